import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Entry } from '../../lib/kb/schema';
import { loadOwnGlossary, loadSettings, watchStorage } from '../../lib/storage';
import { uiLang } from '../shared/ui-lang';
import { SettingsSection } from './SettingsSection';
import { Glossary } from './Glossary';
import { ImportExport } from './ImportExport';

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

  return (
    <main class="options">
      <h1>{t(lang, 'optionsTitle')}</h1>
      {problems.length > 0 && (
        <p class="notice" role="alert">
          {t(lang, 'optionsStorageProblem', problems.join(' '))}
        </p>
      )}
      <SettingsSection lang={lang} />
      <Glossary lang={lang} own={own} hidden={hidden} />
      <ImportExport lang={lang} />
    </main>
  );
}
