import { SCRIPT_START } from '../../lib/page/startup';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { cardLayer, type CardLayer } from '../../components/card/card-layer';
import { listenForCards } from '../../components/card/card-listeners';
import { endWhenCutOff } from '../../lib/page/lifecycle';
import { startSession } from '../../lib/session';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Older instances hear of a newer one through a DOM event; a message posted to the page's window would reach
  // the page's own listeners, and costs milliseconds on busy pages.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    endWhenCutOff(ctx);
    const session = await startSession(document, ctx.signal, { scriptStart: SCRIPT_START, mainStart: performance.now() });
    const start = performance.now();
    listenForCards(document, session, ctx.signal, loadCardLayer);
    session.countSetup(performance.now() - start);
  },
});

/**
 * The card's code: in Chromium from its own file in the extension, imported when the pointer first rests on a term
 * or a card is asked for (see `entrypoints/card.ts`); in Firefox part of this script, where a module imported by a
 * content script would have to be named by a URL known only at run time, which add-on review does not accept.
 */
async function loadCardLayer(): Promise<CardLayer> {
  if (import.meta.env.FIREFOX) return cardLayer();
  const url = browser.runtime.getURL('/card.js');
  // A fixed file of the extension itself, never anything from the page.
  // eslint-disable-next-line no-unsanitized/method
  const module = (await import(/* @vite-ignore */ url)) as { default: CardLayer };
  return module.default;
}
