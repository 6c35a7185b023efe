import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { BUNDLED, mergeEntries } from '../../lib/kb';
import type { Entry } from '../../lib/kb/schema';
import { indexById } from '../../lib/kb/id-index';
import { loadOwnGlossary, loadSettings, putOwnEntry, saveSettings, watchStorage } from '../../lib/storage';
import { uiLang } from '../shared/ui-lang';
import { GlossaryList } from './GlossaryList';
import { HiddenTerms } from './HiddenTerms';
import { TermForm } from './TermForm';

/** The options page: the glossary and the form for own terms, kept in step with storage. */
export function Options() {
  const lang = uiLang();
  const [own, setOwn] = useState<Entry[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [hidden, setHidden] = useState<string[]>([]);

  useEffect(() => {
    const controller = new AbortController();
    const load = async (): Promise<void> => {
      const glossary = await loadOwnGlossary();
      setOwn(glossary.entries);
      setProblems(glossary.problems);
    };
    const loadHidden = async (): Promise<void> => setHidden((await loadSettings()).hiddenEntries);
    void load();
    void loadHidden();
    watchStorage({ glossary: () => void load(), settings: () => void loadHidden() }, controller.signal);
    return () => controller.abort();
  }, []);

  const entries = useMemo(() => mergeEntries(BUNDLED.entries, own), [own]);
  const ownIds = useMemo(() => new Set(own.map((entry) => entry.id)), [own]);
  const byId = useMemo(() => indexById(entries), [entries]);

  const showAgain = async (id: string): Promise<void> => {
    // Read what is stored now, so a change made elsewhere in the meantime is kept.
    const current = await loadSettings();
    await saveSettings({ hiddenEntries: current.hiddenEntries.filter((hiddenId) => hiddenId !== id) });
  };

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
      <h2>{t(lang, 'optionsHiddenTitle')}</h2>
      <HiddenTerms ids={hidden} lookup={(id) => byId.get(id)} lang={lang} onShow={(id) => void showAgain(id)} />
      <h2>{t(lang, 'optionsGlossaryTitle')}</h2>
      <GlossaryList entries={entries} ownIds={ownIds} lang={lang} />
    </main>
  );
}
