/**
 * Knowledge-base tools: `npm run kb -- check` (problems, exit 1 when any), `npm run kb -- stats [--json]`,
 * `npm run kb -- coverage` (entities found in the corpus, and frequent names with no entry),
 * `npm run kb -- schema` (docs/kb.schema.json, the JSON Schema of the data files, for contributors),
 * `npm run kb -- format` (rewrites the data files with defaults written out, entries sorted by id).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DATA_FILES } from '../lib/kb';
import { z } from 'zod';
import { EntrySchema, KnowledgeBaseSchema } from '../lib/kb/schema';
import { coverage } from './kb-coverage';
import { checkEntries, kbStats, parseFiles } from '../lib/kb/check';

function main(args: string[]): number {
  const [command = 'check', ...rest] = args;
  const { entries, problems: parseProblems } = parseFiles(DATA_FILES);
  if (command === 'check') {
    const problems = [...parseProblems, ...checkEntries(entries)];
    for (const problem of problems) console.log(`${problem.where}: ${problem.message}`);
    console.log(problems.length === 0 ? `kb check: ${entries.length} entries, no problems` : `kb check: ${problems.length} problems`);
    return problems.length === 0 ? 0 : 1;
  }
  if (command === 'stats') {
    const stats = kbStats(entries);
    if (rest.includes('--json')) console.log(JSON.stringify(stats));
    else {
      console.log(`entries: ${stats.entries}`);
      for (const [category, n] of Object.entries(stats.categories).sort()) console.log(`  ${category}: ${n}`);
      for (const [lang, n] of Object.entries(stats.languages)) console.log(`  ${lang}: ${n.labels} labels, ${n.summaries} summaries`);
    }
    return 0;
  }
  if (command === 'schema') {
    // The schema for contributors' editors and tools, made from the zod schema (which stays the source of truth).
    const schema = z.toJSONSchema(KnowledgeBaseSchema, { io: 'input', unrepresentable: 'any' });
    const path = fileURLToPath(new URL('../docs/kb.schema.json', import.meta.url));
    writeFileSync(path, JSON.stringify(schema, null, 2) + '\n');
    console.log(`kb schema: written to ${path}`);
    return 0;
  }
  if (command === 'coverage') {
    for (const line of coverage()) console.log(line);
    return 0;
  }
  if (command === 'format') {
    if (parseProblems.length) {
      for (const problem of parseProblems) console.log(`${problem.where}: ${problem.message}`);
      return 1;
    }
    for (const [name, data] of Object.entries(DATA_FILES)) {
      const entries = data.entries
        .map((raw) => EntrySchema.parse(raw))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const path = fileURLToPath(new URL(`../lib/kb/data/${name}`, import.meta.url));
      writeFileSync(path, JSON.stringify({ ...data, entries }, null, 2) + '\n');
    }
    console.log(`kb format: ${entries.length} entries written`);
    return 0;
  }
  console.error(`unknown command "${command}"; use check, stats, coverage, schema or format`);
  return 2;
}

process.exit(main(process.argv.slice(2)));
