/**
 * When the content script began to load, for measuring its start-up. Imported first by the content script, so
 * this runs before the knowledge base and the rest of the bundle are evaluated. Reading a clock is its only effect.
 */
export const SCRIPT_START = typeof performance === 'undefined' ? 0 : performance.now();
