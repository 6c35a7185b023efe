/**
 * Build step: the content script's share of the knowledge base, made when the extension is built:
 * `virtual:duiding/packed`, the aliases compiled and packed (see lib/match/packed.ts), as JSON text. JSON text in
 * a string is far cheaper for a page to load than the same data written as object literals.
 */
import type { Plugin } from 'vite';
import { BUNDLED } from '../lib/kb';
import { packIndex } from '../lib/match/packed';

const MODULES: Record<string, () => string> = {
  'virtual:duiding/packed': () => JSON.stringify(packIndex(BUNDLED.entries, BUNDLED.asOf)),
};

export function kbModules(): Plugin {
  return {
    name: 'duiding:kb-modules',
    resolveId(id) {
      return id in MODULES ? `\0${id}` : null;
    },
    load(id) {
      const make = id.startsWith('\0') ? MODULES[id.slice(1)] : undefined;
      return make ? `export default ${JSON.stringify(make())};` : null;
    },
  };
}
