/** A bar chart (SVG, log scale) of Duiding's and mark.js's main-thread time per corpus page. */
import type { CorpusRow } from './corpus';

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

export function chart(rows: readonly CorpusRow[]): string {
  const rowHeight = 16;
  const left = 190;
  const width = 900;
  const top = 40;
  const height = top + rows.length * rowHeight + 30;
  const max = Math.max(...rows.map((r) => Math.max(r.duidingMs, r.markjsMs ?? 0)), 1);
  const scale = (ms: number): number => (Math.log10(Math.max(ms, 0.1)) + 1) / (Math.log10(max) + 1) * (width - left - 20);
  const bars = rows
    .map((row, i) => {
      const y = top + i * rowHeight;
      const ours = `<rect x="${left}" y="${y + 2}" width="${scale(row.duidingMs).toFixed(1)}" height="5" fill="#1f5fae"/>`;
      const theirs =
        row.markjsMs === null ? '' : `<rect x="${left}" y="${y + 8}" width="${scale(row.markjsMs).toFixed(1)}" height="5" fill="#c0572c"/>`;
      return `<text x="${left - 6}" y="${y + 11}" text-anchor="end">${escape(row.page)}</text>${ours}${theirs}`;
    })
    .join('\n');
  const ticks = [0.1, 1, 10, 100, 1000, 10000, 100000]
    .filter((ms) => ms <= max * 1.01)
    .map((ms) => {
      const x = left + scale(ms);
      return `<line x1="${x.toFixed(1)}" y1="${top - 4}" x2="${x.toFixed(1)}" y2="${height - 26}" stroke="#ddd"/><text x="${x.toFixed(1)}" y="${height - 12}" text-anchor="middle">${ms} ms</text>`;
    })
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="10">
<rect width="100%" height="100%" fill="#fff"/>
<text x="10" y="18" font-size="13" font-weight="600">Main-thread time per page (log scale)</text>
<rect x="${left}" y="24" width="10" height="6" fill="#1f5fae"/><text x="${left + 14}" y="30">Duiding (load, compile, scan)</text>
<rect x="${left + 190}" y="24" width="10" height="6" fill="#c0572c"/><text x="${left + 204}" y="30">mark.js, same aliases</text>
${ticks}
${bars}
</svg>
`;
}
