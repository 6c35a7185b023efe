/**
 * Build step: Preact writes `innerHTML` in exactly one place, for `dangerouslySetInnerHTML`, which Duiding never
 * uses (lint forbids it). This rewrites that write to `textContent`, so no code path in the bundles can parse
 * HTML from a string, and store reviewers' linters find no `innerHTML` assignment.
 */
import type { Plugin } from 'vite';

const WRITE = /\b([A-Za-z_$][\w$]*)\.innerHTML=([A-Za-z_$][\w$]*)\.__html\b/g;

export function noInnerHtml(): Plugin {
  return {
    name: 'duiding:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]/.test(id) || !code.includes('innerHTML=')) return null;
      const rewritten = code.replace(WRITE, '$1.textContent=$2.__html');
      return rewritten === code ? null : { code: rewritten, map: null };
    },
  };
}
