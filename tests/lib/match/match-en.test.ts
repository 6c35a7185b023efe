/**
 * English matching rules against the bundled knowledge base. Each row lists every mark the sentence should get.
 */
import { describe, expect, test } from 'vitest';
import { bundledPairs, marksFor, type Pair } from '../../helpers/match';

describe('English: what is marked', () => {
  test.each<[string, string, Pair[]]>([
    ['possessive of an acronym', "NATO's summit opened.", [['NATO', 'nato']]],
    ['typographic possessive', 'NATO\u2019s summit opened.', [['NATO', 'nato']]],
    ['acronym written as a word', 'Nato allies agreed.', [['Nato', 'nato']]],
    ['short acronym after an article', 'Aid from the US arrived.', [['US', 'united-states']]],
    ['dotted acronym', 'The U.S. pledged more.', [['U.S', 'united-states']]],
    ['longest alias wins', 'The United States of America pledged.', [['United States of America', 'united-states']]],
    [
      'office before a full name',
      'NATO Secretary General Jens Stoltenberg said',
      [
        ['NATO Secretary General', 'nato-secretary-general'],
        ['Jens Stoltenberg', 'jens-stoltenberg'],
      ],
    ],
    ['name with a middle initial', 'Donald J. Trump spoke.', [['Donald J. Trump', 'donald-trump']]],
    ['possessive of a person', "Biden's statement", [['Biden', 'joe-biden']]],
    ['surname in capitals', 'STOLTENBERG WARNS', [['STOLTENBERG', 'jens-stoltenberg']]],
    [
      'two-word country',
      'South Korea and New Zealand joined.',
      [
        ['South Korea', 'south-korea'],
        ['New Zealand', 'new-zealand'],
      ],
    ],
    ['place', 'a statement from the White House', [['White House', 'white-house']]],
    [
      'city with its district, no context needed',
      'Leaders met in Washington, D.C., in July.',
      [['Washington, D.C', 'washington-dc']],
    ],
    [
      'ambiguous city settled by the White House',
      'The White House said leaders will meet in Washington.',
      [
        ['White House', 'white-house'],
        ['Washington', 'washington-dc'],
      ],
    ],
    [
      'ambiguous weapon settled by air-defence context',
      'The country needs air defence, above all Patriot batteries.',
      [['Patriot', 'mim-104-patriot']],
    ],
    ['alternative country name', 'Türkiye objected.', [['Türkiye', 'turkey']]],
    ['name across a line break', 'Donald\nTrump', [['Donald\nTrump', 'donald-trump']]],
  ])('%s', (_, text, expected) => {
    expect(bundledPairs(text)).toEqual(expected);
  });
});

describe('English: what is not marked', () => {
  test.each([
    ['pronoun "us"', 'Tell us more.', 'united-states'],
    ['"Us" at the start of a sentence', 'Us and them.', 'united-states'],
    ['adjective from a country name', 'Japanese carmakers.', 'japan'],
    ['part of a longer word', 'Finlandia by Sibelius.', 'finland'],
    ['acronym in lower case', 'nato is not a word', 'nato'],
    ['ambiguous name of a city', 'I flew to Austin, Texas.', 'lloyd-austin'],
    ['sports team, not the missile', 'The Patriots won the game.', 'mim-104-patriot'],
    ['helicopter, not the missile', 'The president boarded a Patriot helicopter.', 'mim-104-patriot'],
    ['ambiguous city alone', 'She grew up in Washington.', 'washington-dc'],
  ])('%s: %j is not %s', (_, text, id) => {
    expect(marksFor(text, id)).toEqual([]);
  });
});
