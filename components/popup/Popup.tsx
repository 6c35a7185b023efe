import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { listedFor, siteListed } from '../../lib/activation';
import { t } from '../../lib/i18n';
import { askTab, followTab, type PageInfo } from '../../lib/messages';
import { BUNDLED, indexById } from '../../lib/kb';
import type { Entry } from '../../lib/kb/schema';
import { labelOf } from '../../lib/kb/view';
import { loadOwnGlossary, loadSettings, saveSettings, watchStorage, type Settings } from '../../lib/storage';
import { SettingsDisplay } from '../options/SettingsDisplay';
import { TermList } from './TermList';
import { uiLang } from '../shared/ui-lang';

/** The tab the popup speaks about: the one named in `?tab=` (when opened as a page), else the active tab. */
async function targetTab(): Promise<number | null> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function Popup() {
  const lang = uiLang();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [page, setPage] = useState<PageInfo | null | undefined>(undefined);
  const [tabId, setTabId] = useState<number | null>(null);
  const [entries, setEntries] = useState<Map<string, Entry>>(() => indexById(BUNDLED.entries));
  const [error, setError] = useState('');

  useEffect(() => {
    const controller = new AbortController();
    // Changed elsewhere (the options page, another window): show what is stored.
    watchStorage({ settings: () => void loadSettings().then(setSettings) }, controller.signal);
    void (async () => {
      setSettings(await loadSettings());
      const own = await loadOwnGlossary();
      if (own.entries.length) setEntries(indexById([...BUNDLED.entries, ...own.entries]));
      const id = await targetTab();
      setTabId(id);
      // The page tells what it marks now and after every change (of settings here, or of the page itself).
      if (id === null) setPage(null);
      else followTab(id, setPage, controller.signal);
    })();
    return () => controller.abort();
  }, []);

  const update = async (patch: Partial<Settings>): Promise<void> => {
    setSettings((current) => (current ? { ...current, ...patch } : current));
    try {
      await saveSettings(patch);
      setError('');
    } catch (failure) {
      setError(t(lang, 'settingsSaveFailed', failure instanceof Error ? failure.message : String(failure)));
      setSettings(await loadSettings());
    }
  };

  const annotateAnyway = async (): Promise<void> => {
    if (tabId === null) return;
    await askTab(tabId, { type: 'annotate-anyway' });
  };

  if (!settings) return null;
  const site = page?.site ?? null;
  const siteOn = site !== null && !siteListed(settings.disabledSites, site);
  return (
    <main class="popup">
      <h1>Duiding</h1>
      <label class="switch">
        <input
          type="checkbox"
          name="enabled"
          checked={settings.enabled}
          onChange={(e) => void update({ enabled: e.currentTarget.checked })}
        />
        {t(lang, 'popupEnabled')}
      </label>
      {site !== null && (
        <label class="switch">
          <input
            type="checkbox"
            name="site"
            checked={siteOn}
            disabled={!settings.enabled}
            onChange={(e) =>
              void update({
                disabledSites: e.currentTarget.checked
                  ? settings.disabledSites.filter((s) => !listedFor(settings.disabledSites, site).includes(s))
                  : [...settings.disabledSites, site],
              })
            }
          />
          {t(lang, 'popupSite', site)}
        </label>
      )}
      {page === null && <p class="muted">{t(lang, 'popupUnavailable')}</p>}
      {page?.status === 'site-off' && settings.enabled && <p class="muted">{t(lang, 'popupSiteExcluded')}</p>}
      {page?.status === 'not-article' && site !== null && (
        <div class="article-status">
          <p>{t(lang, 'popupNotArticle')}</p>
          <button type="button" name="annotate-anyway" onClick={() => void annotateAnyway()}>
            {t(lang, 'popupAnnotateAnyway')}
          </button>
        </div>
      )}
      {site !== null && (page?.status === 'not-article' || siteListed(settings.enabledSites, site)) && (
        <label class="switch">
          <input
            type="checkbox"
            name="always"
            checked={siteListed(settings.enabledSites, site)}
            onChange={(e) =>
              void update({
                enabledSites: e.currentTarget.checked
                  ? [...settings.enabledSites, site]
                  : settings.enabledSites.filter((s) => !listedFor(settings.enabledSites, site).includes(s)),
              })
            }
          />
          {t(lang, 'popupAlwaysSite', site)}
        </label>
      )}
      {page && page.active && (
        <p class="muted" data-count={page.count}>
          {t(lang, 'popupCount', page.count)}
        </p>
      )}
      {page && page.active && page.terms.length > 0 && tabId !== null && (
        <TermList
          terms={page.terms}
          lang={lang}
          labelOf={(id) => {
            const entry = entries.get(id);
            return entry ? labelOf(entry, [lang, 'en']) : id;
          }}
          onShow={(id) => void askTab(tabId, { type: 'show-term', id })}
        />
      )}
      <details>
        <summary>{t(lang, 'settingsDisplay')}</summary>
        <SettingsDisplay settings={settings} lang={lang} idPrefix="popup" onChange={(patch) => void update(patch)} />
      </details>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <p>
        <a
          href={browser.runtime.getURL('/options.html')}
          onClick={(e) => {
            e.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          {t(lang, 'popupOptions')}
        </a>
      </p>
    </main>
  );
}
