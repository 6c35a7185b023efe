/**
 * Knowledge-base tools: `npm run kb -- check` (problems, exit 1 when any), `npm run kb -- stats [--json]`.
 */
import { DATA_FILES } from '../lib/kb';
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
  console.error(`unknown command "${command}"; use check or stats`);
  return 2;
}

process.exit(main(process.argv.slice(2)));
