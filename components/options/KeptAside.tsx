import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Lang } from '../../lib/kb/schema';
import { checkStoredData, clearKeptAside, loadKeptAside, watchKeptAside, type KeptAside as Kept } from '../../lib/storage';
import { downloadText, fileName } from './download';

/** Says when stored data could not be read and was repaired, and offers the kept originals for download. */
export function KeptAside({ lang }: { lang: Lang }) {
  const [kept, setKept] = useState<Kept | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const load = async (): Promise<void> => setKept(await loadKeptAside());
    // Damaged data is repaired (and its original kept aside) when the extension is installed or updated; data
    // damaged since then is repaired when the options page opens, so that what happened is shown here.
    void checkStoredData().finally(() => void load());
    watchKeptAside(() => void load(), controller.signal);
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
