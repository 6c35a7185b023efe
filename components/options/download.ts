/** Saves text as a file through a Blob URL and an `<a download>`, the URL released once the click is handled. */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** `duiding-glossary-2024-04-04.json` for the day a file is written. */
export function fileName(kind: string, extension: string, now = new Date()): string {
  return `duiding-${kind}-${now.toISOString().slice(0, 10)}.${extension}`;
}
