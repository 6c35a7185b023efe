/**
 * Ambiguous aliases are marked only when the article settles them; the rest of the article is the context.
 */
import { describe, expect, test } from 'vitest';
import { annotateBlocks, annotateText } from '../../../lib/match/annotate';
import { compileMatcher } from '../../../lib/match/compile';
import { findMentions } from '../../../lib/match/find';
import { buildContext, contextText, resolveMentions, type ArticleContext } from '../../../lib/match/resolve';
import { blockPairs, bundledMatcher, bundledPairs, marksFor, named, type Pair } from '../../helpers/match';

describe('ambiguous aliases in the bundled knowledge base', () => {
  test.each<[string, string, Pair[]]>([
    ['Austin after his office (nl)', 'Dat zei de minister van Defensie, Austin.', [['Austin', 'lloyd-austin']]],
    ['Austin after his office, lower case (nl)', 'defensieminister Austin', [['Austin', 'lloyd-austin']]],
    ['Austin after his office (en)', 'Defense Secretary Austin said', [['Austin', 'lloyd-austin']]],
    ['Austin after his office (de)', 'Verteidigungsminister Austin sagte', [['Austin', 'lloyd-austin']]],
    [
      'Austin after his office (fr)',
      'Le ministre américain de la Défense, Austin, a dit',
      [['Austin', 'lloyd-austin']],
    ],
    [
      'Austin with his first name, then alone',
      'Lloyd Austin kwam. Austin sprak.',
      [
        ['Lloyd Austin', 'lloyd-austin'],
        ['Austin', 'lloyd-austin'],
      ],
    ],
    [
      'Patriot with air defence (nl)',
      'De Patriot is een systeem voor luchtverdediging.',
      [['Patriot', 'mim-104-patriot']],
    ],
    ['Patriot with air defence (de)', 'Patriot-Systeme zur Luftverteidigung', [['Patriot', 'mim-104-patriot']]],
    [
      'Patriot named by its type',
      'Het MIM-104-systeem, de Patriot.',
      [
        ['MIM-104', 'mim-104-patriot'],
        ['Patriot', 'mim-104-patriot'],
      ],
    ],
    [
      'Washington with the White House',
      'Het Witte Huis meldt een top in Washington.',
      [
        ['Witte Huis', 'white-house'],
        ['Washington', 'washington-dc'],
      ],
    ],
    [
      'Washington with the United States',
      'De Verenigde Staten ontvangen in Washington.',
      [
        ['Verenigde Staten', 'united-states'],
        ['Washington', 'washington-dc'],
      ],
    ],
    [
      'secretary general with NATO',
      'De NAVO zoekt een nieuwe secretaris-generaal.',
      [
        ['NAVO', 'nato'],
        ['secretaris-generaal', 'nato-secretary-general'],
      ],
    ],
    // An ambiguous mention does not settle itself: "NAVO-topman" names the office, not NATO.
    [
      'secretary general next to the office only',
      'NAVO-topman en secretaris-generaal',
      [
        ['NAVO-topman', 'nato-secretary-general'],
        ['secretaris-generaal', 'nato-secretary-general'],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(bundledPairs(text)).toEqual(expected);
  });

  test.each([
    ['Austin the city', 'I flew to Austin, Texas.', 'lloyd-austin'],
    ['Patriot: sports team', 'The Patriots won the game.', 'mim-104-patriot'],
    ['Patriot: helicopter', 'Trump landed in a Patriot helicopter.', 'mim-104-patriot'],
    ['Patriot: no context', 'De Patriot-raketten zijn duur.', 'mim-104-patriot'],
    ['Washington alone', 'Hij woont in Washington.', 'washington-dc'],
    ['secretary general of another organisation', 'De secretaris-generaal van de VN sprak.', 'nato-secretary-general'],
  ])('not settled: %s (%j is not %s)', (_, text, id) => {
    expect(marksFor(text, id)).toEqual([]);
  });

  test.each([
    ['a line break and indentation, as in HTML source text', 'de minister van\n        Defensie, Austin'],
    ['a non-breaking space', 'de minister van\u00a0Defensie, Austin'],
  ])('a context phrase still counts when its words are separated by %s', (_, text) => {
    // Aliases match across any white space (normaliseSeparator); context phrases should too.
    expect(bundledPairs(text)).toEqual([['Austin', 'lloyd-austin']]);
  });
});

describe('co-reference across blocks (annotateBlocks)', () => {
  test('a bare surname resolves after the full name in an earlier block', () => {
    expect(blockPairs(bundledMatcher(), ['Lloyd Austin landde gisteren.', 'Austin sprak met de pers.'])).toEqual([
      [['Lloyd Austin', 'lloyd-austin']],
      [['Austin', 'lloyd-austin']],
    ]);
  });

  test('and also before it: the whole article is the context', () => {
    expect(blockPairs(bundledMatcher(), ['Austin sprak met de pers.', 'Lloyd Austin landde gisteren.'])).toEqual([
      [['Austin', 'lloyd-austin']],
      [['Lloyd Austin', 'lloyd-austin']],
    ]);
  });

  test('a genitive of the bare surname resolves too', () => {
    expect(blockPairs(bundledMatcher(), ['Lloyd Austin kwam.', 'Austins woorden.'])).toEqual([
      [['Lloyd Austin', 'lloyd-austin']],
      [['Austins', 'lloyd-austin']],
    ]);
  });

  test('context words in another block settle an ambiguous alias', () => {
    expect(blockPairs(bundledMatcher(), ['Oekraïne wil luchtverdediging.', 'Vooral Patriot.'])).toEqual([
      [['Oekraïne', 'ukraine']],
      [['Patriot', 'mim-104-patriot']],
    ]);
  });

  test('a single block on its own does not borrow context from others', () => {
    expect(annotateText(bundledMatcher(), 'Austin sprak met de pers.')).toEqual([]);
  });
});

describe('why an ambiguous mention was kept', () => {
  const resolve = (blocks: string[]) => annotateBlocks(bundledMatcher(), blocks).flat();

  test.each([
    ['same entry named', ['Lloyd Austin kwam. Austin sprak.'], 'Austin', { kind: 'same-entry', value: 'lloyd-austin' }],
    [
      'related entry named',
      ['De Verenigde Staten: Washington.'],
      'Washington',
      { kind: 'related', value: 'united-states' },
    ],
    ['context word', ['minister van Defensie, Austin'], 'Austin', { kind: 'context', value: 'minister van defensie' }],
  ])('%s', (_, blocks, surface, settledBy) => {
    const mention = resolve(blocks).find((m) => m.surface === surface);
    expect(mention?.settledBy).toEqual(settledBy);
  });

  test('an unambiguous mention carries no reason', () => {
    const [mention] = resolve(['Mark Rutte']);
    expect(mention).toMatchObject({ entryId: 'mark-rutte', aliasText: 'Mark Rutte' });
    expect(mention).not.toHaveProperty('settledBy');
  });
});

describe('resolveMentions on synthetic entries', () => {
  const city = named('austin-tx', 'Austin, Texas', [{ text: 'Austin', ambiguous: true, context: ['Texas'] }], 'place');
  const person = named('lloyd', 'Lloyd Austin', [{ text: 'Austin', ambiguous: true, context: ['Pentagon'] }]);
  const matcher = compileMatcher([city, person]);
  const resolve = (text: string): Pair[] => {
    const mentions = findMentions(matcher, text);
    return resolveMentions(mentions, buildContext(mentions, text)).map((m) => [m.surface, m.entryId]);
  };

  test.each<[string, string, Pair[]]>([
    ['no context: dropped', 'Austin is groot.', []],
    ['context for the city only', 'Austin ligt in Texas.', [['Austin', 'austin-tx']]],
    ['context for the person only', 'Austin leidt het Pentagon.', [['Austin', 'lloyd']]],
    ['context for both: left unmarked rather than guessed', 'Austin uit Texas leidt het Pentagon.', []],
    [
      'the person named in full settles it',
      'Lloyd Austin kwam. Austin sprak.',
      [
        ['Lloyd Austin', 'lloyd'],
        ['Austin', 'lloyd'],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(resolve(text)).toEqual(expected);
  });

  test('two entries sharing a plain alias: the one named elsewhere wins, else none', () => {
    const shared = compileMatcher([named('jan', 'Jan Jansen', ['Jansen']), named('piet', 'Piet Jansen', ['Jansen'])]);
    const run = (text: string): Pair[] => {
      const mentions = findMentions(shared, text);
      return resolveMentions(mentions, buildContext(mentions, text)).map((m) => [m.surface, m.entryId]);
    };
    expect(run('Jansen zei niets.')).toEqual([]);
    expect(run('Piet Jansen kwam. Jansen zei niets.')).toEqual([
      ['Piet Jansen', 'piet'],
      ['Jansen', 'piet'],
    ]);
    expect(run('Piet Jansen en Jan Jansen kwamen. Jansen zei niets.')).toEqual([
      ['Piet Jansen', 'piet'],
      ['Jan Jansen', 'jan'],
    ]);
  });

  test('buildContext names only entries with one unambiguous candidate', () => {
    const text = 'Lloyd Austin en Austin';
    const context = buildContext(findMentions(matcher, text), text);
    expect([...context.named]).toEqual(['lloyd']);
    expect(context.lowerText).toBe(text.toLowerCase());
  });
});

describe('the article text context words are looked up in', () => {
  test.each([
    ['single spaces kept', 'De Minister van Defensie', 'de minister van defensie'],
    ['a run of spaces becomes one', 'minister  van   Defensie', 'minister van defensie'],
    ['line breaks and tabs become a space', 'minister\nvan\tDefensie\r\n', 'minister van defensie '],
    ['non-breaking and thin spaces become a space', 'Secretary\u00a0of\u2009Defense', 'secretary of defense'],
    ['mixed runs become one space', 'Pentagon \n\u00a0 zei', 'pentagon zei'],
    ['soft hyphens and zero-width characters go', 'Verteidigungs\u00administer\u200b Austin\ufeff', 'verteidigungsminister austin'],
    ['a run of invisibles between words leaves no space', 'Pen\u200b\u200dtagon', 'pentagon'],
  ])('%s', (_, text, expected) => {
    expect(contextText(text)).toBe(expected);
  });
});

describe('context words in a long article', () => {
  const person = named('lloyd', 'Lloyd Austin', [{ text: 'Austin', ambiguous: true, context: ['pentagon', 'defensie'] }]);
  const matcher = compileMatcher([person]);

  test('are looked for once per alias, however often its name is mentioned', () => {
    const text = 'Austin zei dit. Austin zei dat. Austin zweeg.';
    const mentions = findMentions(matcher, text);
    expect(mentions).toHaveLength(3);
    let reads = 0;
    const context: ArticleContext = {
      get lowerText() {
        reads++;
        return contextText(text);
      },
      named: new Set(),
    };
    expect(resolveMentions(mentions, context)).toEqual([]);
    // Each of the two words once, not once for every mention.
    expect(reads).toBe(2);
  });

  test('the word found for the first mention settles the later ones', () => {
    const text = 'Austin zei dit. Het Pentagon zweeg. Austin zei dat.';
    const mentions = findMentions(matcher, text);
    const resolved = resolveMentions(mentions, buildContext(mentions, text));
    expect(resolved.map((m) => [m.surface, m.entryId, m.settledBy?.value])).toEqual([
      ['Austin', 'lloyd', 'pentagon'],
      ['Austin', 'lloyd', 'pentagon'],
    ]);
  });
});

describe('a long ambiguous name left open falls back to the names inside it', () => {
  test.each([
    ['a summit named without NATO: only the city', 'Het Witte Huis meldt een top in Washington.', [['Witte Huis', 'white-house'], ['Washington', 'washington-dc']]],
    ['with NATO named: the summit itself', 'De NAVO hield een top in Washington.', [['NAVO', 'nato'], ['top in Washington', 'nato-summit-2024-washington']]],
  ] as const)('%s', (_, text, expected) => {
    expect(bundledPairs(text)).toEqual(expected);
  });
});
