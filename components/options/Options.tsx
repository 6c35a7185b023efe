import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { BUNDLED, mergeEntries } from '../../lib/kb';
import type { Entry } from '../../lib/kb/schema';
import { loadOwnGlossary, putOwnEntry, watchStorage } from '../../lib/storage';
import { uiLang } from '../shared/ui-lang';
import { GlossaryList } from './GlossaryList';
import { TermForm } from './TermForm';

/** The options page: the glossary and the form for own terms, kept in step with storage. */
export function Options() {
  const lang = uiLang();
  const [own, setOwn] = useState<Entry[]>([]);
  const [problems, setProblems] = useState<string[]>([]);

  useEffect(() => {
    const controller = new AbortController();
    const load = async (): Promise<void> => {
      const glossary = await loadOwnGlossary();
      setOwn(glossary.entries);
      setProblems(glossary.problems);
    };
    void load();
    watchStorage({ glossary: () => void load() }, controller.signal);
    return () => controller.abort();
  }, []);

  const entries = useMemo(() => mergeEntries(BUNDLED.entries, own), [own]);
  const ownIds = useMemo(() => new Set(own.map((entry) => entry.id)), [own]);

  return (
    <main class="options">
      <h1>{t(lang, 'optionsTitle')}</h1>
      {problems.length > 0 && (
        <p class="notice" role="alert">
          {t(lang, 'optionsStorageProblem', problems.join(' '))}
        </p>
      )}
      <h2>{t(lang, 'optionsAddTitle')}</h2>
      <TermForm lang={lang} existing={own} onSave={putOwnEntry} />
      <GlossaryList entries={entries} ownIds={ownIds} lang={lang} />
    </main>
  );
}
