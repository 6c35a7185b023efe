import type { ComponentChildren } from 'preact';

/** The element id of a form field, from its key (`names.nl.label` -> `f-names-nl-label`). */
export const fieldId = (name: string): string => `f-${name.replace(/\./g, '-')}`;

export interface FieldProps {
  /** The field's key, also its `name`; errors are looked up under it. */
  name: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  /** The error in words, shown under the field and announced with it. */
  error?: string;
  hint?: string;
  /** A text area of this many rows instead of one line. */
  rows?: number;
  type?: 'text' | 'url';
  readOnly?: boolean;
  placeholder?: string;
}

/** One labelled input with its hint and error tied to it (aria-describedby, aria-invalid). Props only. */
export function Field({ name, label, value, onValue, error, hint, rows, type = 'text', readOnly, placeholder }: FieldProps) {
  const id = fieldId(name);
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const common = {
    id,
    name,
    value,
    readOnly,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described || undefined,
    onInput: (e: { currentTarget: { value: string } }) => onValue(e.currentTarget.value),
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {rows ? <textarea rows={rows} {...common} /> : type === 'url' ? <input type="url" {...common} /> : <input type="text" {...common} />}
      {hint && (
        <p class="muted hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** A labelled select. Props only. */
export function SelectField(props: {
  name: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  children: ComponentChildren;
  error?: string;
}) {
  const id = fieldId(props.name);
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select
        id={id}
        name={props.name}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        onChange={(e) => props.onValue(e.currentTarget.value)}
      >
        {props.children}
      </select>
      {props.error && (
        <p class="error" id={`${id}-error`}>
          {props.error}
        </p>
      )}
    </div>
  );
}
