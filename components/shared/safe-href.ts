/** The URL when it is a web address (http or https), else null: no `javascript:` or `data:` link is ever rendered. */
export function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
