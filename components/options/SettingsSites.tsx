import { useState } from 'preact/hooks';
import { normaliseSite, siteListed } from '../../lib/activation';
import { t } from '../../lib/i18n';
import type { Lang } from '../../lib/kb/schema';
import './settings.css';

export interface SettingsSitesProps {
  /** Names the list's fields and ids (`excluded`, `enabled`). */
  name: string;
  title: string;
  sites: readonly string[];
  lang: Lang;
  onAdd: (site: string) => Promise<void>;
  onRemove: (site: string) => Promise<void>;
}

/** What to do with what the reader typed: a site to add, or the message saying why not. */
export function checkSiteInput(
  lang: Lang,
  input: string,
  sites: readonly string[],
): { ok: true; site: string } | { ok: false; message: string } {
  const site = normaliseSite(input);
  if (site === null) return { ok: false, message: t(lang, 'settingsSiteInvalid', input.trim()) };
  if (siteListed(sites, site)) return { ok: false, message: t(lang, 'settingsSiteListed', site) };
  return { ok: true, site };
}

/** A list of sites with a field to add one (checked, with a message beside it) and a button to remove each. */
export function SettingsSites({ name, title, sites, lang, onAdd, onRemove }: SettingsSitesProps) {
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const inputId = `${name}-site`;
  const errorId = `${name}-site-error`;

  const failed = (failure: unknown): void =>
    setError(t(lang, 'settingsSaveFailed', failure instanceof Error ? failure.message : String(failure)));

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const checked = checkSiteInput(lang, input, sites);
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    try {
      await onAdd(checked.site);
      setInput('');
      setError('');
    } catch (failure) {
      failed(failure);
    }
  };

  return (
    <section class="site-list" data-list={name} aria-labelledby={`${name}-title`}>
      <h3 id={`${name}-title`}>{title}</h3>
      {sites.length === 0 ? (
        <p class="muted">{t(lang, 'settingsSitesNone')}</p>
      ) : (
        <ul>
          {sites.map((site) => (
            <li key={site} data-site={site}>
              <span class="site">{site}</span>
              <button type="button" class="secondary" onClick={() => void onRemove(site).catch(failed)}>
                {t(lang, 'settingsSiteRemove', site)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="site-add" onSubmit={(e) => void submit(e)} noValidate>
        <label for={inputId}>{t(lang, 'settingsSiteInput')}</label>
        <div class="row">
          <input
            id={inputId}
            type="text"
            name={inputId}
            value={input}
            autocomplete="off"
            spellcheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onInput={(e) => setInput(e.currentTarget.value)}
          />
          <button type="submit">{t(lang, 'settingsSiteAdd')}</button>
        </div>
        {error && (
          <p class="error" id={errorId} role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
