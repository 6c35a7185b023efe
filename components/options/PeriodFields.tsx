import { t } from '../../lib/i18n';
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

function replaceAt<T>(items: T[], index: number, item: T): T[] {
  return items.map((old, i) => (i === index ? item : old));
}

/** The roles of an entry, each with a title per language, an organisation and dates. Props only. */
export function RoleFields({ lang, items, errors, onChange }: ListProps<RoleForm>) {
  const error = (key: string): string | undefined => (errors[key] ? errorMessage(lang, errors[key]) : undefined);
  return (
    <fieldset class="group">
      <legend>{t(lang, 'sectionRoles')}</legend>
      {items.map((role, i) => (
        <fieldset class="period" key={i}>
          <legend>{t(lang, 'roleN', i + 1)}</legend>
          <div class="cols">
            {LANGS.map((l) => (
              <Field
                key={l}
                name={`roles.${i}.label.${l}`}
                label={t(lang, 'fieldRoleTitle', langName(lang, l))}
                value={role.label[l]}
                error={error(`roles.${i}.label.${l}`)}
                onValue={(value) => onChange(replaceAt(items, i, { ...role, label: { ...role.label, [l]: value } }))}
              />
            ))}
          </div>
          <div class="cols">
            <Field name={`roles.${i}.org`} label={t(lang, 'fieldOrg')} value={role.org} error={error(`roles.${i}.org`)} onValue={(org) => onChange(replaceAt(items, i, { ...role, org }))} />
            <Field name={`roles.${i}.from`} label={t(lang, 'fieldFrom')} value={role.from} error={error(`roles.${i}.from`)} onValue={(from) => onChange(replaceAt(items, i, { ...role, from }))} />
            <Field name={`roles.${i}.to`} label={t(lang, 'fieldTo')} value={role.to} error={error(`roles.${i}.to`)} onValue={(to) => onChange(replaceAt(items, i, { ...role, to }))} />
          </div>
          <button type="button" class="secondary" onClick={() => onChange(items.filter((_, j) => j !== i))}>
            {t(lang, 'roleRemove', i + 1)}
          </button>
        </fieldset>
      ))}
      <button type="button" class="secondary" onClick={() => onChange([...items, emptyRole()])}>
        {t(lang, 'roleAdd')}
      </button>
    </fieldset>
  );
}

/** Memberships of organisations (a country in NATO), with dates. Props only. */
export function MembershipFields({ lang, items, errors, onChange }: ListProps<MembershipForm>) {
  const error = (key: string): string | undefined => (errors[key] ? errorMessage(lang, errors[key]) : undefined);
  return (
    <fieldset class="group">
      <legend>{t(lang, 'sectionMemberships')}</legend>
      {items.map((m, i) => (
        <fieldset class="period" key={i}>
          <legend>{t(lang, 'membershipN', i + 1)}</legend>
          <div class="cols">
            <Field name={`memberships.${i}.org`} label={t(lang, 'fieldOrg')} value={m.org} error={error(`memberships.${i}.org`)} onValue={(org) => onChange(replaceAt(items, i, { ...m, org }))} />
            <Field name={`memberships.${i}.from`} label={t(lang, 'fieldFrom')} value={m.from} error={error(`memberships.${i}.from`)} onValue={(from) => onChange(replaceAt(items, i, { ...m, from }))} />
            <Field name={`memberships.${i}.to`} label={t(lang, 'fieldTo')} value={m.to} error={error(`memberships.${i}.to`)} onValue={(to) => onChange(replaceAt(items, i, { ...m, to }))} />
          </div>
          <button type="button" class="secondary" onClick={() => onChange(items.filter((_, j) => j !== i))}>
            {t(lang, 'membershipRemove', i + 1)}
          </button>
        </fieldset>
      ))}
      <button type="button" class="secondary" onClick={() => onChange([...items, emptyMembership()])}>
        {t(lang, 'membershipAdd')}
      </button>
    </fieldset>
  );
}
