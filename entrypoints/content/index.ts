import { SCRIPT_START } from '../../lib/page/startup';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountCard } from '../../components/card/mount-card';
import { endWhenCutOff } from '../../lib/page/lifecycle';
import { startSession } from '../../lib/session';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    endWhenCutOff(ctx);
    const session = await startSession(document, ctx.signal, { scriptStart: SCRIPT_START, mainStart: performance.now() });
    mountCard(document, session, ctx.signal);
  },
});
