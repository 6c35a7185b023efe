/** Many own entries for the glossary's size tests: valid, varied in category and language, each findable by an alias. */
import { CATEGORIES, LANGS, type Entry } from '../../lib/kb/schema';

export function syntheticEntries(count: number): Entry[] {
  return Array.from({ length: count }, (_, i): Entry => {
    const lang = LANGS[i % LANGS.length]!;
    return {
      id: `own-term-${i}`,
      category: CATEGORIES[i % CATEGORIES.length]!,
      names: { [lang]: { label: `Term ${i}`, aliases: [`alias ${i}`] } },
      summary: { [lang]: `Generated entry number ${i}.` },
      roles: [],
      links: { wikipedia: {} },
    };
  });
}
