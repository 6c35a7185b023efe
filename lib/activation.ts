/**
 * Whether Duiding annotates a page. It must be switched on and the site not excluded; then the page must look like
 * an article, be on a site the reader enabled, or the reader asked for it ("annotate this page anyway"). Pure and
 * without zod: the content script decides with it, the popup explains with it, the options page checks sites with it.
 */

/** Why a page is or is not annotated. */
export type Activation = 'on' | 'off' | 'site-off' | 'not-article';

/** The settings that decide it (see `SettingsSchema`). */
export interface ActivationSettings {
  enabled: boolean;
  /** Sites never annotated (the reader excluded them or switched them off). */
  disabledSites: readonly string[];
  /** Sites annotated on every page, article or not. */
  enabledSites: readonly string[];
}

/** Whether `site` is in the list, itself or as a subdomain of a listed site (`nos.nl` covers `sport.nos.nl`). */
export function siteListed(list: readonly string[], site: string | null): boolean {
  if (site === null) return false;
  return list.some((listed) => site === listed || site.endsWith(`.${listed}`));
}

/** The listed sites that cover `site` (to take it off a list). */
export function listedFor(list: readonly string[], site: string): string[] {
  return list.filter((listed) => siteListed([listed], site));
}

/**
 * Why a page on `site` is annotated or not. `article`: the page looks like an article; `forced`: the reader asked
 * for this page. A page outside the web (site null) is never excluded.
 */
export function activationOf(
  settings: ActivationSettings,
  site: string | null,
  page: { article: boolean; forced: boolean },
): Activation {
  if (!settings.enabled) return 'off';
  if (siteListed(settings.disabledSites, site)) return 'site-off';
  if (page.article || page.forced || siteListed(settings.enabledSites, site)) return 'on';
  return 'not-article';
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * A site as the reader typed it (`nos.nl`, `www.NOS.nl`, `https://nos.nl/nieuws`) in the form the lists keep
 * (`nos.nl`), or null when it is not a site name or address.
 */
export function normaliseSite(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (text === '' || /\s/.test(text)) return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//.test(text);
  let host: string;
  try {
    const url = new URL(hasScheme ? text : `http://${text}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    host = url.hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  if (host === 'localhost' || /^\[[0-9a-f:.]+\]$/.test(host)) return host;
  const labels = host.split('.');
  if (host.length > 253 || labels.length < 2 || !labels.every((label) => LABEL.test(label))) return null;
  return host;
}
