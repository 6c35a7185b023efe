/**
 * German matching rules against the bundled knowledge base. Each row lists every mark the sentence should get.
 */
import { describe, expect, test } from 'vitest';
import { bundledPairs, marksFor, type Pair } from '../../helpers/match';

describe('German: what is marked', () => {
  test.each<[string, string, Pair[]]>([
    [
      'longest alias: office compound over the acronym',
      'Nato-Generalsekretär Stoltenberg warnte.',
      [
        ['Nato-Generalsekretär', 'nato-secretary-general'],
        ['Stoltenberg', 'jens-stoltenberg'],
      ],
    ],
    [
      'office label in capitals form',
      'Der NATO-Generalsekretär sprach.',
      [['NATO-Generalsekretär', 'nato-secretary-general']],
    ],
    [
      'acronym inside another compound',
      'Die NATO-Staaten und die Nato-Partner.',
      [
        ['NATO', 'nato'],
        ['Nato', 'nato'],
      ],
    ],
    ['country', 'Schweden ist beigetreten.', [['Schweden', 'sweden']]],
    [
      'umlaut',
      'Hilfe für die Ukraine aus Großbritannien.',
      [
        ['Ukraine', 'ukraine'],
        ['Großbritannien', 'united-kingdom'],
      ],
    ],
    ['declined place name', 'Eine Erklärung aus dem Weißen Haus.', [['Weißen Haus', 'white-house']]],
    ['genitive s on a person', 'Stoltenbergs Amtszeit endet.', [['Stoltenbergs', 'jens-stoltenberg']]],
    ['full official name', 'Die Bundesrepublik Deutschland zahlt.', [['Bundesrepublik Deutschland', 'germany']]],
    ['acronym shared by two languages', 'Die USA liefern.', [['USA', 'united-states']]],
    [
      'ambiguous office settled by NATO',
      'Die NATO wählt einen neuen Generalsekretär.',
      [
        ['NATO', 'nato'],
        ['Generalsekretär', 'nato-secretary-general'],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(bundledPairs(text)).toEqual(expected);
  });
});

describe('German: what is not marked', () => {
  test.each([
    ['ambiguous office without NATO', 'UN-Generalsekretär Guterres warnte.', 'nato-secretary-general'],
    ['country adjective', 'Schwedische Truppen.', 'sweden'],
    ['acronym in lower case', 'die nato-staaten', 'nato'],
  ])('%s: %j is not %s', (_, text, id) => {
    expect(marksFor(text, id)).toEqual([]);
  });
});
