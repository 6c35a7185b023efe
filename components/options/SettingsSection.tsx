import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Lang } from '../../lib/kb/schema';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, SETTINGS_KEYS, watchStorage, type Settings } from '../../lib/storage';
import { SettingsDisplay } from './SettingsDisplay';
import { SettingsSites } from './SettingsSites';
import './settings.css';

/** What "reset to defaults" puts back: every setting but the terms the reader hid (the glossary keeps those). */
export function resetPatch(): Partial<Settings> {
  const keys = SETTINGS_KEYS.filter((key) => key !== 'hiddenEntries');
  return Object.fromEntries(keys.map((key) => [key, DEFAULT_SETTINGS[key]])) as Partial<Settings>;
}

/** The delay as typed, as a number of milliseconds the settings accept, or null. */
export function parseDwell(text: string): number | null {
  if (!/^\s*\d{1,4}\s*$/.test(text)) return null;
  const value = Number(text);
  return value <= 3000 ? value : null;
}

type SiteList = 'disabledSites' | 'enabledSites';

/** The options page's settings: the popup's, plus the card's delay, both lists of sites, and reset to defaults. */
export function SettingsSection({ lang }: { lang: Lang }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [dwell, setDwell] = useState('');
  const [dwellError, setDwellError] = useState(false);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    const load = async (): Promise<void> => {
      const loaded = await loadSettings();
      setSettings(loaded);
      setDwell(String(loaded.dwellMs));
      setDwellError(false);
    };
    void load();
    watchStorage({ settings: () => void load() }, controller.signal);
    return () => controller.abort();
  }, []);

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  const save = async (patch: Partial<Settings>, done = ''): Promise<void> => {
    setSettings((current) => (current ? { ...current, ...patch } : current));
    try {
      await saveSettings(patch);
      setStatus(done);
    } catch (failure) {
      setStatus(t(lang, 'settingsSaveFailed', failure instanceof Error ? failure.message : String(failure)));
      setSettings(await loadSettings());
    }
  };

  /** Adds to or removes from a list of sites, starting from what is stored now so no other change is lost. */
  const editList = async (list: SiteList, edit: (sites: string[]) => string[]): Promise<void> => {
    const current = await loadSettings();
    await saveSettings({ [list]: edit(current[list]) });
    setSettings({ ...current, [list]: edit(current[list]) });
  };

  const commitDwell = (): void => {
    const value = parseDwell(dwell);
    setDwellError(value === null);
    if (value !== null && value !== settings?.dwellMs) void save({ dwellMs: value });
  };

  if (!settings) return null;
  return (
    <section class="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">{t(lang, 'settingsTitle')}</h2>
      <label class="switch">
        <input
          type="checkbox"
          name="enabled"
          checked={settings.enabled}
          onChange={(e) => void save({ enabled: e.currentTarget.checked })}
        />
        {t(lang, 'popupEnabled')}
      </label>
      <SettingsDisplay settings={settings} lang={lang} idPrefix="options" onChange={(patch) => void save(patch)} />
      <label for="options-dwell">{t(lang, 'settingsDwell')}</label>
      <input
        id="options-dwell"
        class="dwell"
        type="text"
        inputMode="numeric"
        name="dwellMs"
        value={dwell}
        aria-invalid={dwellError ? true : undefined}
        aria-describedby={dwellError ? 'options-dwell-error' : undefined}
        onInput={(e) => setDwell(e.currentTarget.value)}
        onChange={commitDwell}
      />
      {dwellError && (
        <p class="error" id="options-dwell-error" role="alert">
          {t(lang, 'settingsDwellInvalid')}
        </p>
      )}
      <p class="muted">{t(lang, 'settingsSitesHelp')}</p>
      <SettingsSites
        name="excluded"
        title={t(lang, 'settingsExcludedSites')}
        sites={settings.disabledSites}
        lang={lang}
        onAdd={(site) => editList('disabledSites', (sites) => [...sites, site])}
        onRemove={(site) => editList('disabledSites', (sites) => sites.filter((s) => s !== site))}
      />
      <SettingsSites
        name="enabled"
        title={t(lang, 'settingsEnabledSites')}
        sites={settings.enabledSites}
        lang={lang}
        onAdd={(site) => editList('enabledSites', (sites) => [...sites, site])}
        onRemove={(site) => editList('enabledSites', (sites) => sites.filter((s) => s !== site))}
      />
      <div class="reset">
        {confirming ? (
          <div role="group" aria-labelledby="reset-question">
            <p id="reset-question">{t(lang, 'settingsResetConfirm')}</p>
            <button
              type="button"
              name="reset-confirm"
              onClick={() => {
                setConfirming(false);
                void save(resetPatch(), t(lang, 'settingsResetDone')).then(() => resetRef.current?.focus());
              }}
            >
              {t(lang, 'settingsResetYes')}
            </button>{' '}
            <button
              type="button"
              class="secondary"
              name="reset-cancel"
              ref={cancelRef}
              onClick={() => {
                setConfirming(false);
                setTimeout(() => resetRef.current?.focus(), 0);
              }}
            >
              {t(lang, 'settingsResetCancel')}
            </button>
          </div>
        ) : (
          <button type="button" class="secondary" name="reset" ref={resetRef} onClick={() => setConfirming(true)}>
            {t(lang, 'settingsReset')}
          </button>
        )}
      </div>
      <p role="status" class="muted settings-status">
        {status}
      </p>
    </section>
  );
}
