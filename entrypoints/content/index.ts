import { SCRIPT_START } from '../../lib/page/startup';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountCard } from '../../components/card/mount-card';
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
    mountCard(document, session, ctx.signal);
  },
});
