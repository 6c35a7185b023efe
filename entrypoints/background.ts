import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { checkStoredData } from '../lib/storage';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void checkStoredData());
});
