import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { cardLayer } from '../components/card/card-layer';

/**
 * The card's drawing code, built as a module of its own that the content script imports in Chromium when a card is
 * first about to open; its default export is the layer (see `wxt.config.ts`). Firefox's content script carries it.
 */
export default defineUnlistedScript({ exclude: ['firefox'], main: () => cardLayer() });
