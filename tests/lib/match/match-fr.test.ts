/**
 * French matching rules against the bundled knowledge base: elision before an apostrophe in every typographic form.
 * Each row lists every mark the sentence should get.
 */
import { describe, expect, test } from 'vitest';
import { bundledPairs, marksFor, type Pair } from '../../helpers/match';

describe('French: what is marked', () => {
  test.each<[string, string, Pair[]]>([
    ['elided article, straight apostrophe', "Les membres de l'OTAN.", [['OTAN', 'nato']]],
    ['elided article, typographic apostrophe', 'Les membres de l\u2019OTAN.', [['OTAN', 'nato']]],
    // U+02BC MODIFIER LETTER APOSTROPHE is listed as an apostrophe in lib/lang/text.ts.
    ['elided article, modifier-letter apostrophe', 'Les membres de l\u02bcOTAN.', [['OTAN', 'nato']]],
    ['elided preposition before a country', "L'aide d'Ukraine.", [['Ukraine', 'ukraine']]],
    ['acronym written as a word', "Le sommet de l'Otan.", [['Otan', 'nato']]],
    [
      'office with elision, typographic apostrophe',
      'Le secrétaire général de l\u2019OTAN, Jens Stoltenberg, a parlé.',
      [
        ['secrétaire général de l\u2019OTAN', 'nato-secretary-general'],
        ['Jens Stoltenberg', 'jens-stoltenberg'],
      ],
    ],
    [
      'full name with elision inside it',
      "L'Organisation du traité de l\u2019Atlantique nord fête ses 75 ans.",
      [['Organisation du traité de l\u2019Atlantique nord', 'nato']],
    ],
    [
      'hyphenated country with accent',
      'Les États-Unis et la Nouvelle-Zélande.',
      [
        ['États-Unis', 'united-states'],
        ['Nouvelle-Zélande', 'new-zealand'],
      ],
    ],
    ['hyphenated country written without accent', 'Les Etats-Unis.', [['Etats-Unis', 'united-states']]],
    ['two-word country', 'La Corée du Sud participe.', [['Corée du Sud', 'south-korea']]],
    ['place with hyphen', 'Un communiqué de la Maison-Blanche.', [['Maison-Blanche', 'white-house']]],
    ['place without hyphen', 'Un communiqué de la Maison Blanche.', [['Maison Blanche', 'white-house']]],
    [
      'ambiguous city settled by the Maison-Blanche',
      'La Maison-Blanche annonce un sommet à Washington.',
      [
        ['Maison-Blanche', 'white-house'],
        ['Washington', 'washington-dc'],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(bundledPairs(text)).toEqual(expected);
  });
});

describe('French: what is not marked', () => {
  test.each([
    ['possessive "nos", not the broadcaster', 'Nos alliés et nos partenaires.', 'nos'],
    ['acronym in lower case', "l'otan", 'nato'],
    ['country adjective', 'Les forces ukrainiennes.', 'ukraine'],
    ['ambiguous office without NATO', "Le secrétaire général de l'ONU.", 'nato-secretary-general'],
  ])('%s: %j is not %s', (_, text, id) => {
    expect(marksFor(text, id)).toEqual([]);
  });
});
