/**
 * The background's work: checks stored data on install and update, reads and validates storage for the pages,
 * finds the names in the text pages send (it holds the compiled knowledge base), hands out full entries for cards,
 * passes the keyboard command to the page, tells open pages when settings or the glossary change, and shows each
 * tab's count of marked names on the toolbar button when the reader wants it (the page says when its count changes).
 */
import { browser } from 'wxt/browser';
import { BUNDLED, indexById } from './kb';
import type { Entry } from './kb/schema';
import { bundledIndex } from './kb/content-data';
import { createFinder } from './match/finder';
import { parseBackgroundRequest } from './message-schemas';
import { answerRequests, askTab } from './messages';
import { checkStoredData, loadOwnGlossary, loadSettings, saveSettings } from './storage';
import { changeOf } from './storage-watch';

/** The entries asked for, with the organisations their roles and memberships name. */
export function entriesFor(ids: readonly string[], byId: Pick<ReadonlyMap<string, Entry>, 'get'>): Record<string, Entry> {
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

/** The badge for a count of names: nothing for none, and short enough for the button past 999. */
export function badgeText(count: number | null): string {
  if (count === null || count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

type ToolbarAction = typeof browser.action;

/** The toolbar button: `action` in Manifest V3, `browserAction` in Firefox's Manifest V2. */
function toolbarAction(): ToolbarAction | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: ToolbarAction }).browserAction;
}

/** Tells every open tab that settings or the glossary changed; a tab without Duiding's content script says nothing. */
async function tellPages(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? null : askTab(tab.id, { type: 'state-changed' }))));
}

export function startBackground(): void {
  const byId = indexById(BUNDLED.entries);
  const find = createFinder(bundledIndex);
  browser.runtime.onInstalled.addListener(() => void checkStoredData());
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'navigate-terms' && tab?.id !== undefined) void askTab(tab.id, { type: 'navigate' });
  });
  void toolbarAction()?.setBadgeBackgroundColor({ color: '#1f5fae' });
  // Pages follow changes of settings and glossary through the background: one listener here, instead of one
  // in every open page, whose first touch of the storage API costs each page start-up a fraction of a millisecond.
  browser.storage.onChanged.addListener((changes, area) => {
    if (changeOf(changes, area)) void tellPages();
  });
  answerRequests(
    {
      'page-state': async () => ({ settings: await loadSettings(), asOf: BUNDLED.asOf }),
      find: async ({ texts }) => {
        const [settings, glossary] = await Promise.all([loadSettings(), loadOwnGlossary()]);
        return find(glossary.entries, settings.hiddenEntries, texts);
      },
      entries: async ({ ids }) => {
        const own = indexById((await loadOwnGlossary()).entries);
        return entriesFor(ids, { get: (id: string) => own.get(id) ?? byId.get(id) });
      },
      'hide-entry': async ({ id }) => {
        const settings = await loadSettings();
        if (!settings.hiddenEntries.includes(id)) await saveSettings({ hiddenEntries: [...settings.hiddenEntries, id] });
        return { ok: true };
      },
      badge: async ({ count }, sender) => {
        const tabId = sender.tab?.id;
        const action = toolbarAction();
        if (tabId === undefined || !action) return { ok: false };
        await action.setBadgeText({ tabId, text: badgeText(count) });
        return { ok: true };
      },
    },
    parseBackgroundRequest,
  );
}
