/**
 * `npm run kb -- coverage`: annotates every page of the shared corpus and prints, per language, the entities found
 * and the capitalised names that occur often but match no alias, so gaps in the knowledge base show.
 */
import { BUNDLED } from '../lib/kb';
import { annotateBlocks } from '../lib/match/annotate';
import { compileMatcher } from '../lib/match/compile';
import { corpusPages } from './bench/corpus';
import { readPageText } from './harness/corpus-text';
import { CORPUS_DIR } from './harness/server';

/** Runs of one to three capitalised words, not at the start of a sentence. */
const NAME_RUN = /(?<![.!?:"“„«]\s)(?<!^)\b(\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s\p{Lu}[\p{Ll}\p{M}'’-]+){0,2})/gmu;

/** Capitalised words that are only sentence furniture in these languages. */
const COMMON = new Set(
  'The A An In On At For And But Or Of To It He She They We You I This That These Those His Her Their Its Our Mr Mrs Ms Dr De Het Een En Van In Op Die Der Das Den Dem Des Ein Eine Und Im Am Zum Zur Le La Les Un Une Des Et Du Au Aux Il Elle Ils Sie Er Es Wir Ich Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Januar Februar März Juni Juli Oktober Dezember Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Janvier Février Mars Avril Mai Juin Juillet Août Septembre Octobre Novembre Décembre'.split(' '),
);

export function coverage(): string[] {
  const matcher = compileMatcher(BUNDLED.entries);
  const lines: string[] = [];
  const byLang = new Map<string, { pages: number; entities: Map<string, number>; gaps: Map<string, Set<string>> }>();
  for (const { file, lang } of corpusPages(CORPUS_DIR)) {
    const page = readPageText(CORPUS_DIR + file);
    const stats = byLang.get(lang) ?? { pages: 0, entities: new Map(), gaps: new Map() };
    byLang.set(lang, stats);
    stats.pages++;
    const resolved = annotateBlocks(matcher, page.blocks);
    const found = new Set<string>();
    page.blocks.forEach((text, i) => {
      const covered = resolved[i]!.map((m) => [m.start, m.end] as const);
      for (const mention of resolved[i]!) found.add(mention.entryId);
      for (const match of text.matchAll(NAME_RUN)) {
        const name = match[1]!;
        const start = match.index! + match[0].length - name.length;
        if (COMMON.has(name.split(' ')[0]!)) continue;
        if (covered.some(([s, e]) => start < e && start + name.length > s)) continue;
        const pages = stats.gaps.get(name) ?? new Set<string>();
        pages.add(file);
        stats.gaps.set(name, pages);
      }
    });
    for (const id of found) stats.entities.set(id, (stats.entities.get(id) ?? 0) + 1);
  }
  for (const [lang, stats] of [...byLang].sort()) {
    const entities = [...stats.entities].sort((a, b) => b[1] - a[1]);
    lines.push(`== ${lang}: ${stats.pages} pages, ${entities.length} distinct entities found`);
    lines.push(`  most found (pages): ${entities.slice(0, 25).map(([id, n]) => `${id} ${n}`).join(', ')}`);
    const gaps = [...stats.gaps].filter(([, pages]) => pages.size >= 2).sort((a, b) => b[1].size - a[1].size);
    lines.push(`  capitalised names on 2+ pages with no entry (${gaps.length}): ${gaps.slice(0, 40).map(([name, pages]) => `${name} ${pages.size}`).join(', ')}`);
  }
  return lines;
}
