import { describe, expect, test } from 'vitest';
import { BUNDLED } from '../../../lib/kb';
import { annotateBlocks } from '../../../lib/match/annotate';
import { compileMatcher } from '../../../lib/match/compile';
import { findMentions } from '../../../lib/match/find';
import { createFinder } from '../../../lib/match/finder';
import { packIndex, unpackIndex } from '../../../lib/match/packed';
import { buildContext, resolveMentions } from '../../../lib/match/resolve';
import { decodeFound, encodeFound } from '../../../lib/match/wire';
import { FIND_BATCH_BLOCKS, FIND_BATCH_CHARS, findBatches } from '../../../lib/messages';
import { named } from '../../helpers/match';

const bundledIndex = (() => {
  const index = unpackIndex(JSON.parse(JSON.stringify(packIndex(BUNDLED.entries, BUNDLED.asOf))));
  return () => index;
})();

const BLOCKS = [
  'Jens Stoltenberg zei dat de NAVO-lidstaten meer Patriot-systemen moeten leveren.',
  'Lloyd Austin sprak in het Pentagon. Later zei Austin dat Kuleba om hulp vroeg.',
  'Nothing to see here.',
  "Le secrétaire général de l'OTAN, Mark Rutte, était à Washington.",
];

/** Mentions reduced to what resolution decides: text and entry. */
function resolvedPairs(found: ReturnType<typeof findMentions>[], blocks: readonly string[]): [string, string][][] {
  const context = buildContext(found.flat(), () => blocks.join('\n'));
  return found.map((mentions) => resolveMentions(mentions, context).map((m) => [m.surface, m.entryId]));
}

describe('mentions sent from the background to the page', () => {
  test('resolve on the page exactly as they would where they were found', () => {
    const matcher = compileMatcher(BUNDLED.entries);
    const found = BLOCKS.map((text) => findMentions(matcher, text));
    // Through JSON, as runtime messaging carries them.
    const wire = JSON.parse(JSON.stringify(encodeFound(found, () => 'person')));
    const decoded = decodeFound(wire, BLOCKS);
    expect(resolvedPairs(decoded, BLOCKS)).toEqual(resolvedPairs(found, BLOCKS));
    expect(resolvedPairs(decoded, BLOCKS).flat().map(([, id]) => id)).toEqual(
      expect.arrayContaining(['jens-stoltenberg', 'nato', 'lloyd-austin', 'mark-rutte']),
    );
  });

  test('send each alias once, with the categories of their entries', () => {
    const matcher = compileMatcher([named('ada', 'Ada Lovelace', ['Lovelace'])]);
    const texts = ['Ada Lovelace wrote it. Lovelace again, and Lovelace.'];
    const wire = encodeFound(texts.map((text) => findMentions(matcher, text)), (id) => (id === 'ada' ? 'person' : undefined));
    expect(wire.blocks[0]).toHaveLength(3);
    expect(wire.aliases.map((alias) => alias.t).sort()).toEqual(['Ada Lovelace', 'Lovelace']);
    expect(wire.categories).toEqual({ ada: 'person' });
    expect(decodeFound(wire, texts)[0]!.map((m) => m.surface)).toEqual(['Ada Lovelace', 'Lovelace', 'Lovelace']);
  });
});

describe('the background finder', () => {
  test('finds what the bundled matcher finds', () => {
    const find = createFinder(bundledIndex);
    const decoded = decodeFound(find([], [], BLOCKS), BLOCKS);
    const context = buildContext(decoded.flat(), () => BLOCKS.join('\n'));
    const pairs = decoded.map((mentions) => resolveMentions(mentions, context).map((m) => [m.surface, m.entryId]));
    const expected = annotateBlocks(compileMatcher(BUNDLED.entries), BLOCKS).map((ms) => ms.map((m) => [m.surface, m.entryId]));
    expect(pairs).toEqual(expected);
  });

  test('marks own entries, lets an own entry replace a bundled one, and passes over hidden entries', () => {
    const find = createFinder(bundledIndex);
    const text = ['Ada Lovelace met Mark Rutte and Jens Stoltenberg.'];
    const ids = (own: Parameters<typeof find>[0], hidden: string[]): string[] =>
      decodeFound(find(own, hidden, text), text)[0]!.flatMap((m) => m.candidates.map((c) => c.entryId));
    expect(ids([], [])).toEqual(['mark-rutte', 'jens-stoltenberg']);
    const own = [named('ada', 'Ada Lovelace'), named('mark-rutte', 'Mark Rutte')];
    expect(ids(own, [])).toEqual(['ada', 'mark-rutte', 'jens-stoltenberg']);
    expect(find(own, [], text).categories).toMatchObject({ ada: 'person', 'mark-rutte': 'person', 'jens-stoltenberg': 'person' });
    expect(ids(own, ['jens-stoltenberg'])).toEqual(['ada', 'mark-rutte']);
    // Back to no own entries: the matcher is built again, not kept from the last call.
    expect(ids([], [])).toEqual(['mark-rutte', 'jens-stoltenberg']);
  });
});

describe('text sent in batches', () => {
  test.each<[string, string[], number[]]>([
    ['nothing', [], []],
    ['small blocks in one batch', ['a', 'b', 'c'], [3]],
    ['a batch closes before it would grow past the limit', ['x'.repeat(FIND_BATCH_CHARS - 10), 'y'.repeat(20), 'z'], [1, 2]],
    ['too many blocks', Array.from({ length: FIND_BATCH_BLOCKS + 1 }, () => 'w'), [FIND_BATCH_BLOCKS, 1]],
  ])('%s', (_, texts, sizes) => {
    const batches = findBatches(texts);
    expect(batches.map((batch) => batch.length)).toEqual(sizes);
    expect(batches.flat()).toEqual(texts);
  });

  test('a block longer than a whole batch is cut to it', () => {
    const batches = findBatches(['Rutte '.repeat(FIND_BATCH_CHARS / 3)]);
    expect(batches).toHaveLength(1);
    expect(batches[0]![0]).toHaveLength(FIND_BATCH_CHARS);
  });
});

describe('the language of the text', () => {
  test.each<[string, string[], string | null]>([
    ['Dutch', ['De NAVO is het bondgenootschap van de landen die met elkaar een verdrag hebben, en het is niet nieuw.'.repeat(3)], 'nl'],
    ['German', ['Die NATO ist ein Bündnis, und es ist nicht neu, dass sich die Staaten mit dem Vertrag auf eine Linie einigen.'.repeat(3)], 'de'],
    ['too little text to tell', ['NATO'], null],
  ])('%s is told by the background with the names, and survives the trip as JSON', (_, texts, lang) => {
    const find = createFinder(bundledIndex);
    const answer = JSON.parse(JSON.stringify(find([], [], texts))) as ReturnType<typeof find>;
    expect(answer.language?.lang ?? null).toBe(lang);
    if (answer.language) expect(answer.language.margin).toBeGreaterThanOrEqual(1.5);
  });
});
