import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { termToEntry, type FieldError, type FieldErrors, type TermField, type TermForm as Fields } from '../../lib/kb/own-entry';
import { CATEGORIES, type Entry, type Lang } from '../../lib/kb/schema';

export interface TermFormProps {
  lang: Lang;
  existing: readonly Entry[];
  onSave: (entry: Entry) => Promise<void>;
}

const EMPTY: Fields = { name: '', aliases: '', summary: '', link: '', category: 'concept' };

function message(lang: Lang, error: FieldError): string {
  switch (error.code) {
    case 'required':
      return t(lang, 'errorRequired');
    case 'link':
      return t(lang, 'errorLink');
    case 'too-long':
      return t(lang, 'errorTooLong', error.max ?? 0);
    case 'taken':
      return t(lang, 'errorTaken');
  }
}

/** The form for a term of the reader's own, checked by the knowledge base's schema; errors beside each field. */
export function TermForm({ lang, existing, onSave }: TermFormProps) {
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<string>('');

  const set = (field: TermField) => (e: { currentTarget: { value: string } }) =>
    setFields({ ...fields, [field]: e.currentTarget.value });

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const result = termToEntry(fields, lang, existing);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus('');
      return;
    }
    setErrors({});
    try {
      await onSave(result.entry);
      setFields(EMPTY);
      setStatus(t(lang, 'optionsSaved', fields.name.trim()));
    } catch (error) {
      setStatus(t(lang, 'optionsSaveFailed', error instanceof Error ? error.message : String(error)));
    }
  };

  const fieldError = (field: TermField) =>
    errors[field] && (
      <p class="error" id={`${field}-error`}>
        {message(lang, errors[field])}
      </p>
    );
  const described = (field: TermField) =>
    errors[field] ? { 'aria-invalid': true, 'aria-describedby': `${field}-error` } : {};

  return (
    <form class="form" onSubmit={(e) => void submit(e)} noValidate>
      <label>
        {t(lang, 'fieldName')}
        <input type="text" name="name" value={fields.name} onInput={set('name')} {...described('name')} />
        {fieldError('name')}
      </label>
      <label>
        {t(lang, 'fieldAliases')}
        <textarea name="aliases" rows={3} value={fields.aliases} onInput={set('aliases')} {...described('aliases')} />
        {fieldError('aliases')}
      </label>
      <label>
        {t(lang, 'fieldSummary')}
        <textarea name="summary" rows={3} value={fields.summary} onInput={set('summary')} {...described('summary')} />
        {fieldError('summary')}
      </label>
      <label>
        {t(lang, 'fieldLink')}
        <input type="url" name="link" value={fields.link} onInput={set('link')} {...described('link')} />
        {fieldError('link')}
      </label>
      <label>
        {t(lang, 'fieldCategory')}
        <select name="category" value={fields.category} onChange={set('category')}>
          {CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t(lang, `category_${category.replace('-', '_')}` as 'category_person')}
            </option>
          ))}
        </select>
      </label>
      <div>
        <button type="submit">{t(lang, 'optionsSave')}</button>
      </div>
      <p role="status" class="muted">
        {status}
      </p>
    </form>
  );
}
