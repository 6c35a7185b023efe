/** Light or dark card, after the page's own background; the reader's colour scheme where the page has none. */
export function pageTheme(doc: Document): 'light' | 'dark' {
  const view = doc.defaultView;
  for (const element of [doc.body, doc.documentElement]) {
    if (!element || !view) continue;
    const rgba = /rgba?\(([^)]+)\)/.exec(view.getComputedStyle(element).backgroundColor);
    if (!rgba) continue;
    const [r = 0, g = 0, b = 0, a = 1] = rgba[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    if (a === 0) continue;
    const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    return luminance < 0.45 ? 'dark' : 'light';
  }
  return view?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
