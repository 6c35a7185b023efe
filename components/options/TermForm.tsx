import { useRef, useState } from 'preact/hooks';
import { categoryName, t } from '../../lib/i18n';
import {
  emptyForm,
  entryToForm,
  formToEntry,
  type EntryForm,
  type FieldErrors,
  type FormMode,
} from '../../lib/kb/own-entry';
import { CATEGORIES, LANGS, type Category, type Entry, type Lang } from '../../lib/kb/schema';
import { errorMessage, langName } from './field-errors';
import { Field, fieldId, SelectField } from './FormField';
import { MembershipFields, RoleFields } from './PeriodFields';

export interface TermFormProps {
  lang: Lang;
  mode: FormMode;
  /** The entry edited: an own entry, or the bundled entry an own version starts from. */
  base?: Entry;
  /** Ids in use, which a new entry may not take. */
  taken: ReadonlySet<string>;
  own: readonly Entry[];
  onSave: (entry: Entry) => Promise<void>;
}

type PerLangField = 'summary' | 'capital' | 'wikipedia';

/**
 * Every field of a knowledge-base entry, checked by the knowledge base's own schema when saved; each error is
 * shown beside its field and the first one gets the focus. Props only: saving is the caller's.
 */
export function TermForm({ lang, mode, base, taken, own, onSave }: TermFormProps) {
  const [form, setForm] = useState<EntryForm>(() => (base ? entryToForm(base) : emptyForm()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState('');
  const formRef = useRef<HTMLFormElement>(null);

  const error = (key: string): string | undefined => (errors[key] ? errorMessage(lang, errors[key]) : undefined);
  const update = (patch: Partial<EntryForm>): void => setForm((old) => ({ ...old, ...patch }));
  const setName = (l: Lang, key: 'label' | 'aliases', value: string): void =>
    setForm((old) => ({ ...old, names: { ...old.names, [l]: { ...old.names[l], [key]: value } } }));
  const setPerLang = (field: PerLangField, l: Lang, value: string): void =>
    setForm((old) => ({ ...old, [field]: { ...old[field], [l]: value } }));

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const result = formToEntry(form, { mode, base, taken, own, lang });
    if (!result.ok) {
      setErrors(result.errors);
      setSummary(t(lang, 'formHasErrors', Object.keys(result.errors).length));
      const first = Object.keys(result.errors)[0]!;
      const target = first === 'names' ? `names.${lang}.label` : first;
      // After the errors are rendered, so the field is announced with its error.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`#${fieldId(target)}`)?.focus());
      return;
    }
    setErrors({});
    setSummary('');
    try {
      await onSave(result.entry);
      if (mode === 'new') setForm(emptyForm(form.category));
    } catch (failure) {
      setSummary(t(lang, 'optionsSaveFailed', failure instanceof Error ? failure.message : String(failure)));
    }
  };

  const order: Lang[] = [lang, ...LANGS.filter((l) => l !== lang)];
  return (
    <form ref={formRef} class="form entry-form" onSubmit={(e) => void submit(e)} noValidate>
      <p role="alert" class={summary ? 'error' : 'muted'}>
        {summary}
      </p>
      <fieldset class="group">
        <legend>{t(lang, 'sectionGeneral')}</legend>
        <div class="cols">
          <Field
            name="id"
            label={t(lang, 'fieldId')}
            value={form.id}
            readOnly={mode !== 'new'}
            hint={mode === 'new' ? t(lang, 'fieldIdHint') : undefined}
            error={error('id')}
            onValue={(id) => update({ id })}
          />
          <SelectField name="category" label={t(lang, 'fieldCategory')} value={form.category} onValue={(c) => update({ category: c as Category })}>
            {CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {categoryName(lang, category)}
              </option>
            ))}
          </SelectField>
          <Field name="wikidata" label={t(lang, 'fieldWikidata')} value={form.wikidata} error={error('wikidata')} onValue={(wikidata) => update({ wikidata })} />
        </div>
        <div class="cols">
          <Field name="born" label={t(lang, 'fieldBorn')} value={form.born} error={error('born')} onValue={(born) => update({ born })} />
          <Field name="died" label={t(lang, 'fieldDied')} value={form.died} error={error('died')} onValue={(died) => update({ died })} />
          <Field name="founded" label={t(lang, 'fieldFounded')} value={form.founded} error={error('founded')} onValue={(founded) => update({ founded })} />
        </div>
        <Field name="more" type="url" label={t(lang, 'fieldLink')} value={form.more} error={error('more')} onValue={(more) => update({ more })} />
        <Field name="note" rows={3} label={t(lang, 'fieldNote')} value={form.note} error={error('note')} onValue={(note) => update({ note })} />
        <Field name="verified" label={t(lang, 'fieldVerified')} value={form.verified} error={error('verified')} onValue={(verified) => update({ verified })} />
      </fieldset>
      {order.map((l) => (
        <fieldset class="group" key={l} lang={l}>
          <legend>{langName(lang, l)}</legend>
          <Field
            name={`names.${l}.label`}
            label={`${t(lang, 'fieldName')} (${langName(lang, l)})`}
            value={form.names[l].label}
            // "Give a name in at least one language" goes beside the name in the interface language.
            error={error(`names.${l}.label`) ?? (l === lang ? error('names') : undefined)}
            onValue={(value) => setName(l, 'label', value)}
          />
          <Field
            name={`names.${l}.aliases`}
            rows={3}
            label={`${t(lang, 'fieldAliases')} (${langName(lang, l)})`}
            value={form.names[l].aliases}
            error={error(`names.${l}.aliases`)}
            onValue={(value) => setName(l, 'aliases', value)}
          />
          <Field
            name={`summary.${l}`}
            rows={3}
            label={`${t(lang, 'fieldSummary')} (${langName(lang, l)})`}
            value={form.summary[l]}
            error={error(`summary.${l}`)}
            onValue={(value) => setPerLang('summary', l, value)}
          />
          <div class="cols">
            <Field
              name={`wikipedia.${l}`}
              type="url"
              label={`${t(lang, 'fieldWikipedia')} (${langName(lang, l)})`}
              value={form.wikipedia[l]}
              error={error(`wikipedia.${l}`)}
              onValue={(value) => setPerLang('wikipedia', l, value)}
            />
            <Field
              name={`capital.${l}`}
              label={`${t(lang, 'fieldCapital')} (${langName(lang, l)})`}
              value={form.capital[l]}
              error={error(`capital.${l}`)}
              onValue={(value) => setPerLang('capital', l, value)}
            />
          </div>
        </fieldset>
      ))}
      <RoleFields lang={lang} items={form.roles} errors={errors} onChange={(roles) => update({ roles })} />
      <MembershipFields lang={lang} items={form.memberships} errors={errors} onChange={(memberships) => update({ memberships })} />
      <div>
        <button type="submit">{t(lang, 'optionsSave')}</button>
      </div>
    </form>
  );
}
