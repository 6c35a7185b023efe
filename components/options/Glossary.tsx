import { useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { BUNDLED, indexById } from '../../lib/kb';
import { buildRows } from '../../lib/kb/glossary-rows';
import { LANGS, type Entry, type Lang } from '../../lib/kb/schema';
import { labelOf } from '../../lib/kb/view';
import { deleteOwnEntry, loadSettings, putOwnEntry, restoreOwnEntry, saveSettings } from '../../lib/storage';
import { EntryPanel } from './EntryPanel';
import { GlossaryList } from './GlossaryList';
import { HiddenTerms } from './HiddenTerms';
import { Toast, type ToastMessage } from './Toast';
import './glossary.css';

export interface GlossaryProps {
  lang: Lang;
  /** The reader's own entries as stored. */
  own: readonly Entry[];
  /** Ids switched off (settings.hiddenEntries). */
  hidden: readonly string[];
}

type Opened = { kind: 'new' } | { kind: 'entry'; id: string };

const BUNDLED_BY_ID = indexById(BUNDLED.entries);

/**
 * The glossary on the options page: the table of every entry, the panel of the one opened, switching entries off
 * and on, and deleting own entries with undo. Writes go straight to storage; what is shown follows storage (the
 * `own` and `hidden` props), so a change made on another page shows here too.
 */
export function Glossary({ lang, own, hidden }: GlossaryProps) {
  const hiddenSet = useMemo(() => new Set(hidden), [hidden]);
  const rows = useMemo(() => buildRows(BUNDLED.entries, own, hiddenSet, lang), [own, hiddenSet, lang]);
  const ownById = useMemo(() => indexById(own), [own]);
  const taken = useMemo(() => new Set([...BUNDLED_BY_ID.keys(), ...ownById.keys()]), [ownById]);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  // The entry just saved, shown until storage reports it back.
  const [saved, setSaved] = useState<Entry | null>(null);
  const [generation, setGeneration] = useState(0);
  const root = useRef<HTMLElement>(null);

  const find = (id: string): Entry | undefined =>
    ownById.get(id) ?? (saved?.id === id ? saved : undefined) ?? BUNDLED_BY_ID.get(id);
  const nameOf = (id: string): string => {
    const entry = find(id);
    return entry ? labelOf(entry, [lang, 'en', ...LANGS]) : id;
  };

  const close = (): void => {
    setOpened(null);
    // Back to the row the entry was opened from.
    requestAnimationFrame(() => root.current?.querySelector<HTMLElement>('.vlist button[tabindex="0"]')?.focus());
  };

  const save = async (entry: Entry): Promise<void> => {
    await putOwnEntry(entry);
    setSaved(entry);
    setOpened({ kind: 'entry', id: entry.id });
    setToast({ text: t(lang, 'optionsSaved', labelOf(entry, [lang, 'en', ...LANGS])) });
  };

  const toggle = async (id: string): Promise<void> => {
    // Read what is stored now, so a change made elsewhere in the meantime is kept.
    const { hiddenEntries } = await loadSettings();
    const off = hiddenEntries.includes(id);
    await saveSettings({ hiddenEntries: off ? hiddenEntries.filter((other) => other !== id) : [...hiddenEntries, id] });
    setToast({ text: t(lang, off ? 'entryEnabledNotice' : 'entryDisabledNotice', nameOf(id)) });
  };

  const remove = async (id: string): Promise<void> => {
    const label = nameOf(id);
    const deleted = await deleteOwnEntry(id);
    if (!deleted) return;
    if (saved?.id === id) setSaved(null);
    if (BUNDLED_BY_ID.has(id)) setGeneration((n) => n + 1);
    else close();
    setToast({
      text: t(lang, 'entryDeleted', label),
      undo: async () => {
        await restoreOwnEntry(deleted.entry, deleted.index);
        setSaved(deleted.entry);
        setGeneration((n) => n + 1);
        setToast({ text: t(lang, 'entryRestored', label) });
      },
    });
  };

  const entry = opened?.kind === 'entry' ? find(opened.id) : undefined;
  const isOwn = !!entry && (ownById.has(entry.id) || saved?.id === entry.id);
  return (
    <section class="glossary-manager" aria-labelledby="glossary-title" ref={root}>
      <div class="panel-head">
        <h2 id="glossary-title">{t(lang, 'optionsGlossaryTitle')}</h2>
        <button type="button" name="add" onClick={() => setOpened({ kind: 'new' })}>
          {t(lang, 'glossaryAdd')}
        </button>
      </div>
      <GlossaryList rows={rows} lang={lang} onOpen={(row) => setOpened({ kind: 'entry', id: row.id })} />
      {opened && (opened.kind === 'new' || entry) && (
        <EntryPanel
          key={opened.kind === 'new' ? 'new' : opened.id}
          lang={lang}
          entry={entry}
          bundled={entry && BUNDLED_BY_ID.get(entry.id)}
          isOwn={isOwn}
          disabled={!!entry && hiddenSet.has(entry.id)}
          // The form starts again when storage reports the own version gone (or back).
          formKey={`${generation}:${isOwn}`}
          taken={taken}
          own={own}
          onSave={save}
          onToggle={(id) => void toggle(id)}
          onDelete={(id) => void remove(id)}
          onClose={close}
        />
      )}
      <h2>{t(lang, 'optionsHiddenTitle')}</h2>
      <HiddenTerms ids={hidden} lookup={find} lang={lang} onShow={(id) => void toggle(id)} />
      <Toast lang={lang} message={toast} onDone={() => setToast(null)} />
    </section>
  );
}
