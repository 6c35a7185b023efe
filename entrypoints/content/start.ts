import { cardLayer, type CardLayer } from '../../components/card/card-layer';
import { listenForCards } from '../../components/card/card-listeners';
import { importOwnModule } from '../../lib/page/extension-module';
import { startSession, type Session, type StartTimes } from '../../lib/session';
import type { ScriptContext } from '../../lib/page/lifecycle';

/**
 * Duiding on a page: the session (settings, scanning, marks) and the card's listeners. The content script calls it:
 * in Firefox from its own code, in Chromium from `content-main.js`, which it imports (see `index.ts`).
 */
export async function startOnPage(ctx: ScriptContext, times: StartTimes): Promise<Session> {
  const session = await startSession(document, ctx.signal, times);
  const start = performance.now();
  listenForCards(document, session, ctx.signal, loadCardLayer);
  session.countSetup(performance.now() - start);
  return session;
}

export type StartOnPage = typeof startOnPage;

/**
 * The card's code: in Chromium from its own file in the extension, imported when the pointer first rests on a term
 * or a card is asked for (see `entrypoints/card.ts`); in Firefox part of the content script, where a module imported
 * by a content script would have to be named by a URL known only at run time, which add-on review does not accept.
 */
async function loadCardLayer(): Promise<CardLayer> {
  if (import.meta.env.FIREFOX) return cardLayer();
  return importOwnModule<CardLayer>('/card.js');
}
