import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { FormMode } from '../../lib/kb/own-entry';
import { LANGS, type Entry, type Lang } from '../../lib/kb/schema';
import { labelOf } from '../../lib/kb/view';
import { TermForm } from './TermForm';

export interface EntryPanelProps {
  lang: Lang;
  /** The entry shown (the reader's version where there is one); none for a new entry. */
  entry?: Entry;
  /** The bundled entry with the same id, if any. */
  bundled?: Entry;
  /** Whether the reader has an own entry (or own version) with this id. */
  isOwn: boolean;
  disabled: boolean;
  /** Changes when the form must start again from the stored entry (after a delete or an undo). */
  formKey: string;
  taken: ReadonlySet<string>;
  own: readonly Entry[];
  onSave: (entry: Entry) => Promise<void>;
  onToggle: (id: string) => void;
  onDelete: (id: string) => void;
  onClose: () => void;
}

/** One entry opened from the glossary: what it is, switching it off or on, deleting it, and the form. Props only. */
export function EntryPanel(props: EntryPanelProps) {
  const { lang, entry, bundled, isOwn, disabled } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'start' });
  }, [entry?.id]);

  const mode: FormMode = !entry ? 'new' : bundled ? 'bundled' : 'own';
  const label = entry ? labelOf(entry, [lang, 'en', ...LANGS]) : '';
  return (
    <section class="entry-panel" aria-labelledby="entry-panel-title" data-entry={entry?.id ?? ''}>
      <div class="panel-head">
        <h3 id="entry-panel-title" ref={heading} tabIndex={-1}>
          {entry ? t(lang, 'editorEdit', label) : t(lang, 'optionsAddTitle')}
        </h3>
        <button type="button" class="secondary" onClick={props.onClose}>
          {t(lang, 'editorClose')}
        </button>
      </div>
      {bundled && <p class="muted">{t(lang, isOwn ? 'editorChanged' : 'editorBundled')}</p>}
      {disabled && <p class="notice">{t(lang, 'entryIsDisabled')}</p>}
      {entry && (
        <div class="actions">
          <button type="button" class="secondary" name="toggle" onClick={() => props.onToggle(entry.id)}>
            {t(lang, disabled ? 'entryEnable' : 'entryDisable')}
          </button>
          {isOwn && (
            <button type="button" class="danger" name="delete" onClick={() => props.onDelete(entry.id)}>
              {t(lang, bundled ? 'entryDeleteVersion' : 'entryDelete')}
            </button>
          )}
        </div>
      )}
      <TermForm key={props.formKey} lang={lang} mode={mode} base={entry} taken={props.taken} own={props.own} onSave={props.onSave} />
    </section>
  );
}
