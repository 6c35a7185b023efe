/**
 * Hostile text for every field a reader can fill or import. Each payload, if it ever ran as code in the page,
 * would set `window.__xss` or the page's title; each markup payload would leave an element behind.
 */

export const XSS_PAYLOADS = [
  '<script>window.__xss=1;document.title="XSS"</script>',
  '<img src=x onerror="window.__xss=2;document.title=\'XSS\'">',
  '<svg onload="window.__xss=3"><circle r="9"/></svg>',
  '"><img src=x onerror=window.__xss=4>',
  "'><script>window.__xss=5</script><'",
  '</style></template></textarea><script>window.__xss=6</script>',
  '&lt;img src=x onerror=window.__xss=7&gt; &amp; &#60;b&#62;',
  '<template><img src=x onerror=window.__xss=8></template>',
  '{{constructor.constructor("window.__xss=9")()}} ${window.__xss=9}',
  '<a href="javascript:window.__xss=10">click me</a>',
  '<iframe srcdoc="<script>parent.__xss=11</script>"></iframe>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=12>',
  '\u202Egnp.exe\u202C and \u202Eright-to-left override',
  'javascript:window.__xss=13',
];

/** Links that must never become a link: not http(s). */
export const BAD_LINKS = [
  'javascript:window.__xss=20',
  ' JaVaScRiPt:window.__xss=21',
  'data:text/html,<script>window.__xss=22</script>',
  'vbscript:msgbox(23)',
  'java\tscript:window.__xss=24',
  'file:///etc/passwd',
];

/** Web addresses that are links, but carry markup meant to break out of an attribute. */
export const TRICKY_HTTP_LINKS = [
  'https://example.org/"><img src=x onerror=window.__xss=30>',
  "http://example.org/?q='><script>window.__xss=31</script>",
];

/** Words that name the hostile entries in an article (one alias each, so every card can be opened). */
export const HOSTILE_NAMES = [
  'Alpha',
  'Bravo',
  'Charlie',
  'Delta',
  'Echo',
  'Foxtrot',
  'Golf',
  'Hotel',
  'India',
  'Juliett',
  'Kilo',
  'Lima',
  'Mike',
  'November',
  'Oscar',
  'Papa',
].map((word) => `Zorblax ${word}`);

/** An own entry, in the stored glossary's shape, with `payload` in every text field and the given links. */
export function hostileEntry(index: number, payload: string, wikipedia: string, more: string): Record<string, unknown> {
  return {
    id: `own-hostile-${index}`,
    category: 'person',
    names: { en: { label: payload.slice(0, 120), aliases: [HOSTILE_NAMES[index]!, payload.slice(0, 120)] } },
    summary: { en: payload.slice(0, 280) },
    note: payload,
    roles: [
      { label: { en: payload.slice(0, 160) }, from: '2020-01-01' },
      { label: { en: `Role beside ${payload.slice(0, 100)}` }, from: '2021-01-01' },
    ],
    capital: { en: payload.slice(0, 120) },
    born: '1970',
    links: { wikipedia: { en: wikipedia }, more },
  };
}
