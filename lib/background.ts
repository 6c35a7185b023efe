/**
 * The background's work: checks stored data on install and update, reads and validates storage for the pages,
 * hands out full entries for cards, and passes the keyboard command to the page.
 */
import { browser } from 'wxt/browser';
import { BUNDLED, indexById } from './kb';
import type { Entry } from './kb/schema';
import { parseBackgroundRequest } from './message-schemas';
import { answerRequests, askTab } from './messages';
import { checkStoredData, loadOwnGlossary, loadSettings, saveSettings } from './storage';

/** The entries asked for, with the organisations their roles and memberships name. */
export function entriesFor(ids: readonly string[], byId: ReadonlyMap<string, Entry>): Record<string, Entry> {
  const out: Record<string, Entry> = {};
  for (const id of ids) {
    const entry = byId.get(id);
    if (!entry) continue;
    out[id] = entry;
    for (const org of [...entry.roles.map((role) => role.org), ...(entry.memberships ?? []).map((m) => m.org)]) {
      const referred = org ? byId.get(org) : undefined;
      if (referred) out[referred.id] = referred;
    }
  }
  return out;
}

export function startBackground(): void {
  const byId = indexById(BUNDLED.entries);
  browser.runtime.onInstalled.addListener(() => void checkStoredData());
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'navigate-terms' && tab?.id !== undefined) void askTab(tab.id, { type: 'navigate' });
  });
  answerRequests(
    {
      'page-state': async () => {
        const [settings, glossary] = await Promise.all([loadSettings(), loadOwnGlossary()]);
        return { settings, own: glossary.entries };
      },
      entries: ({ ids }) => entriesFor(ids, byId),
      'hide-entry': async ({ id }) => {
        const settings = await loadSettings();
        if (!settings.hiddenEntries.includes(id)) await saveSettings({ hiddenEntries: [...settings.hiddenEntries, id] });
        return { ok: true };
      },
    },
    parseBackgroundRequest,
  );
}
