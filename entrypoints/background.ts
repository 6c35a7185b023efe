import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { askTab } from '../lib/messages';
import { checkStoredData } from '../lib/storage';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void checkStoredData());
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'navigate-terms' && tab?.id !== undefined) void askTab(tab.id, { type: 'navigate' });
  });
});
