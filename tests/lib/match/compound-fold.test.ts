import { describe, expect, test } from 'vitest';
import { annotateText } from '../../../lib/match/annotate';
import { compileMatcher, withoutDiacritics } from '../../../lib/match/compile';
import { sliceAt } from '../../../lib/page/mention-order';
import { entry, pairs } from '../../helpers/match';

const patriot = entry({
  id: 'patriot',
  category: 'weapon-system',
  names: { nl: { label: 'Patriot', aliases: [{ text: 'Patriot', compound: true }] } },
  summary: {},
});
const blaszczak = entry({
  id: 'mariusz-blaszczak',
  category: 'person',
  names: { en: { label: 'Mariusz Błaszczak', aliases: [{ text: 'Błaszczak', fold: true }] } },
  summary: {},
});
const plain = entry({
  id: 'lodz',
  category: 'place',
  names: { en: { label: 'Łódź', aliases: [] } },
  summary: {},
});
const matcher = compileMatcher([patriot, blaszczak, plain]);

describe('closed compounds (compound: true)', () => {
  test.each<[string, [string, string][]]>([
    ['De Patriotsystemen staan klaar.', [['Patriot', 'patriot']]],
    ['Die Patriotsysteme kommen.', [['Patriot', 'patriot']]],
    ['De Patriot-systemen en de Patriot.', [['Patriot', 'patriot'], ['Patriot', 'patriot']]],
    ['PATRIOTSYSTEMEN', []],
    ['De patriotsystemen', []],
    ['PatriotX is geen samenstelling', []],
    ['Patriots won', []],
    ['De Patriotten', []],
  ])('%j', (text, expected) => {
    expect(pairs(annotateText(matcher, text))).toEqual(expected);
  });
});

describe('diacritic folding (fold: true)', () => {
  test.each<[string, [string, string][]]>([
    ['Minister Błaszczak said', [['Błaszczak', 'mariusz-blaszczak']]],
    ['Minister Blaszczak said', [['Blaszczak', 'mariusz-blaszczak']]],
    ['Mariusz Błaszczak said', [['Mariusz Błaszczak', 'mariusz-blaszczak']]],
    // Without `fold`, only the written form matches.
    ['Mariusz Blaszczak said', [['Blaszczak', 'mariusz-blaszczak']]],
    ['Łódź and Lodz', [['Łódź', 'lodz']]],
  ])('%j', (text, expected) => {
    expect(pairs(annotateText(matcher, text))).toEqual(expected);
  });

  test.each([
    ['Błaszczak', 'Blaszczak'],
    ['Łódź', 'Lodz'],
    ['Kouleba', 'Kouleba'],
    ['Zelenskyý', 'Zelenskyy'],
    ['Støre', 'Store'],
  ])('withoutDiacritics(%s) = %s', (text, expected) => {
    expect(withoutDiacritics(text)).toBe(expected);
  });
});

describe('sliceAt (hit-testing within a text node)', () => {
  const slices = [
    { start: 0, end: 4 },
    { start: 10, end: 21 },
    { start: 30, end: 35 },
  ];
  test.each<[number, number | null]>([
    [0, 0],
    [4, 0],
    [5, null],
    [10, 1],
    [15, 1],
    [21, 1],
    [29, null],
    [35, 2],
    [36, null],
  ])('offset %i is in slice %s', (offset, index) => {
    expect(sliceAt(slices, offset)).toBe(index === null ? null : slices[index]);
  });
});
