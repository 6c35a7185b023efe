import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Lang } from '../../lib/kb/schema';
import { clearKeptAside, loadKeptAside, watchStorage, type KeptAside as Kept } from '../../lib/storage';
import { downloadText, fileName } from './download';

/** Says when stored data could not be read and was repaired, and offers the kept originals for download. */
export function KeptAside({ lang }: { lang: Lang }) {
  const [kept, setKept] = useState<Kept | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const load = async (): Promise<void> => setKept(await loadKeptAside());
    void load();
    watchStorage({ glossary: () => void load(), settings: () => void load() }, controller.signal);
    return () => controller.abort();
  }, []);

  if (!kept || (kept.entries.length === 0 && Object.keys(kept.settings).length === 0)) return null;
  const download = (): void =>
    downloadText(fileName('kept-aside', 'json'), `${JSON.stringify(kept, null, 2)}\n`, 'application/json');
  const remove = async (): Promise<void> => {
    if (!window.confirm(t(lang, 'ioKeptAsideConfirm'))) return;
    await clearKeptAside();
    setKept(await loadKeptAside());
  };
  return (
    <div class="notice" role="alert" data-testid="kept-aside">
      <p>{t(lang, 'ioKeptAside', kept.entries.length, Object.keys(kept.settings).length)}</p>
      <div class="import-actions">
        <button type="button" onClick={download}>
          {t(lang, 'ioKeptAsideDownload')}
        </button>
        <button type="button" class="secondary" onClick={() => void remove()}>
          {t(lang, 'ioKeptAsideRemove')}
        </button>
      </div>
    </div>
  );
}
