import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../../lib/i18n';
import { emptyMembership, emptyRole, type FieldErrors, type MembershipForm, type RoleForm } from '../../lib/kb/own-entry';
import { LANGS, type Lang } from '../../lib/kb/schema';
import { errorMessage, langName } from './field-errors';
import { Field } from './FormField';

interface ListProps<T> {
  lang: Lang;
  items: T[];
  errors: FieldErrors;
  onChange: (items: T[]) => void;
}

/** What a period (a role, a membership) has: an organisation and dates. */
interface Period {
  org: string;
  from: string;
  to: string;
}

interface PeriodListProps<T extends Period> extends ListProps<T> {
  /** The form's field path of the list (`roles`, `memberships`). */
  path: string;
  keys: { section: MessageKey; item: MessageKey; remove: MessageKey; add: MessageKey };
  empty: () => T;
  /** Fields an item has besides its organisation and dates, shown above them. */
  extra?: (item: T, update: (item: T) => void, error: (key: string) => string | undefined, index: number) => ComponentChildren;
}

/** A list of periods, each with its organisation, dates and a remove button, and a button to add one. */
function PeriodList<T extends Period>({ lang, items, errors, onChange, path, keys, empty, extra }: PeriodListProps<T>) {
  const error = (key: string): string | undefined => (errors[key] ? errorMessage(lang, errors[key]) : undefined);
  return (
    <fieldset class="group">
      <legend>{t(lang, keys.section)}</legend>
      {items.map((item, i) => {
        const update = (next: T): void => onChange(items.map((old, j) => (j === i ? next : old)));
        const field = (name: keyof Period, label: MessageKey) => (
          <Field
            name={`${path}.${i}.${name}`}
            label={t(lang, label)}
            value={item[name]}
            error={error(`${path}.${i}.${name}`)}
            onValue={(value) => update({ ...item, [name]: value })}
          />
        );
        return (
          <fieldset class="period" key={i}>
            <legend>{t(lang, keys.item, i + 1)}</legend>
            {extra?.(item, update, error, i)}
            <div class="cols">
              {field('org', 'fieldOrg')}
              {field('from', 'fieldFrom')}
              {field('to', 'fieldTo')}
            </div>
            <button type="button" class="secondary" onClick={() => onChange(items.filter((_, j) => j !== i))}>
              {t(lang, keys.remove, i + 1)}
            </button>
          </fieldset>
        );
      })}
      <button type="button" class="secondary" onClick={() => onChange([...items, empty()])}>
        {t(lang, keys.add)}
      </button>
    </fieldset>
  );
}

const ROLE_KEYS = { section: 'sectionRoles', item: 'roleN', remove: 'roleRemove', add: 'roleAdd' } as const;
const MEMBERSHIP_KEYS = {
  section: 'sectionMemberships',
  item: 'membershipN',
  remove: 'membershipRemove',
  add: 'membershipAdd',
} as const;

/** The roles of an entry, each with a title per language, an organisation and dates. Props only. */
export function RoleFields(props: ListProps<RoleForm>) {
  const { lang } = props;
  return (
    <PeriodList
      {...props}
      path="roles"
      keys={ROLE_KEYS}
      empty={emptyRole}
      extra={(role, update, error, i) => (
        <div class="cols">
          {LANGS.map((l) => (
            <Field
              key={l}
              name={`roles.${i}.label.${l}`}
              label={t(lang, 'fieldRoleTitle', langName(lang, l))}
              value={role.label[l]}
              error={error(`roles.${i}.label.${l}`)}
              onValue={(value) => update({ ...role, label: { ...role.label, [l]: value } })}
            />
          ))}
        </div>
      )}
    />
  );
}

/** Memberships of organisations (a country in NATO), with dates. Props only. */
export function MembershipFields(props: ListProps<MembershipForm>) {
  return <PeriodList {...props} path="memberships" keys={MEMBERSHIP_KEYS} empty={emptyMembership} />;
}
