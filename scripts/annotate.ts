/**
 * Command-line annotator, on the same lib/ code as the extension:
 *   npm run annotate -- [--json] [--lang xx] [--date YYYY-MM-DD] FILE   (FILE is .html or .txt)
 *   npm run annotate -- --aliases
 * Offsets are UTF-16 offsets into the text: the file's own text for .txt, and for .html the page's text blocks
 * joined by blank lines. Unreadable input: exit code 2 and a one-line error.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { BUNDLED, indexById } from '../lib/kb';
import { LANGS, type Lang } from '../lib/kb/schema';
import { rolesOn } from '../lib/kb/view';
import { annotateBlocks } from '../lib/match/annotate';
import { aliasesOf, compileMatcher } from '../lib/match/compile';
import { toIsoDay, today } from '../lib/page/article';
import { readPageText } from './harness/corpus-text';

interface Args {
  json: boolean;
  aliases: boolean;
  lang?: Lang;
  date?: string;
  file?: string;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, aliases: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') args.json = true;
    else if (arg === '--aliases') args.aliases = true;
    else if (arg === '--lang') {
      const lang = argv[++i];
      if (!lang || !(LANGS as readonly string[]).includes(lang)) throw new UsageError(`--lang takes one of ${LANGS.join(', ')}`);
      args.lang = lang as Lang;
    } else if (arg === '--date') {
      const date = toIsoDay(argv[++i]);
      if (!date || date.length !== 10) throw new UsageError('--date takes a date written as YYYY-MM-DD');
      args.date = date;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (args.file) throw new UsageError('give one file');
    else args.file = arg;
  }
  return args;
}

/** Paragraphs of a plain text with their offsets in it. */
function textBlocks(text: string): { text: string; offset: number }[] {
  const blocks: { text: string; offset: number }[] = [];
  const pattern = /\n[ \t]*\n/g;
  let start = 0;
  for (let match = pattern.exec(text); ; match = pattern.exec(text)) {
    const end = match ? match.index : text.length;
    if (end > start) blocks.push({ text: text.slice(start, end), offset: start });
    if (!match) break;
    start = match.index + match[0].length;
  }
  return blocks;
}

interface Loaded {
  blocks: { text: string; offset: number }[];
  lang: Lang | null;
  date: string | null;
}

function load(file: string): Loaded {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.txt') {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { blocks: textBlocks(text), lang: null, date: null };
  }
  if (ext !== '.html' && ext !== '.htm') throw new UsageError(`${file}: give a .html or .txt file`);
  const page = readPageText(file);
  const blocks: { text: string; offset: number }[] = [];
  let offset = 0;
  for (const text of page.blocks) {
    blocks.push({ text, offset });
    offset += text.length + 2;
  }
  return { blocks, lang: page.lang, date: page.date };
}

function main(argv: string[]): number {
  const args = parseArgs(argv);
  const entries = indexById(BUNDLED.entries);
  if (args.aliases) {
    const seen = new Set<string>();
    for (const entry of BUNDLED.entries) {
      for (const alias of aliasesOf(entry)) seen.add(typeof alias === 'string' ? alias : alias.text);
    }
    for (const alias of [...seen].sort()) console.log(alias);
    return 0;
  }
  if (!args.file) throw new UsageError('usage: npm run annotate -- [--json] [--lang xx] [--date YYYY-MM-DD] FILE');
  const loaded = load(args.file);
  const date = args.date ?? loaded.date ?? today();
  const lang = args.lang ?? loaded.lang ?? 'en';
  const matcher = compileMatcher(BUNDLED.entries);
  const resolved = annotateBlocks(matcher, loaded.blocks.map((block) => block.text));
  const rows = resolved.flatMap((mentions, i) =>
    mentions.map((mention) => {
      const entry = entries.get(mention.entryId)!;
      const role = rolesOn(entry.roles, date)[0];
      return {
        start: loaded.blocks[i]!.offset + mention.start,
        end: loaded.blocks[i]!.offset + mention.end,
        text: mention.surface,
        entity: entry.id,
        category: entry.category,
        ...(entry.links.wikipedia.en ? { wikipedia: entry.links.wikipedia.en } : {}),
        ...(role?.label.en ? { role: role.label.en } : {}),
        label: (entry.names[lang] ?? entry.names.en ?? Object.values(entry.names)[0])!.label,
      };
    }),
  );
  if (args.json) {
    console.log(JSON.stringify(rows.map(({ label: _label, ...row }) => row), null, 2));
    return 0;
  }
  const table = rows.map((row) => [`${row.start}-${row.end}`, row.text, row.label, row.category, row.role ?? '']);
  const header = ['offset', 'text', 'entity', 'category', `role on ${date}`];
  const widths = header.map((h, c) => Math.max(h.length, ...table.map((r) => r[c]!.length)));
  const line = (cells: string[]): string => cells.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd();
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of table) console.log(line(row));
  console.log(`\n${rows.length} mentions of ${new Set(rows.map((r) => r.entity)).size} entities (language ${lang}, date ${date})`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`annotate: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
