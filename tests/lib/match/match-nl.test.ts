/**
 * Dutch matching rules against the bundled knowledge base: compounds, genitives, multi-word names, case rules.
 * Each row lists every mark the sentence should get, in order, as [surface, entry id].
 */
import { describe, expect, test } from 'vitest';
import { bundledPairs, marksFor, type Pair } from '../../helpers/match';

describe('Dutch: what is marked', () => {
  test.each<[string, string, Pair[]]>([
    ['acronym in a compound', 'De NAVO-lidstaten vergaderen.', [['NAVO', 'nato']]],
    ['acronym in the middle of a compound', 'Overleg met niet-NAVO-landen.', [['NAVO', 'nato']]],
    [
      'ambiguous weapon name settled by air-defence context',
      'Het land vraagt om luchtverdediging, vooral Patriot-systemen.',
      [['Patriot', 'mim-104-patriot']],
    ],
    [
      'context word inside a longer compound',
      'Er zijn meer luchtverdedigingssystemen nodig, zoals Patriot.',
      [['Patriot', 'mim-104-patriot']],
    ],
    ['hyphenated country', 'Samen met Nieuw-Zeeland.', [['Nieuw-Zeeland', 'new-zealand']]],
    ['hyphenated country (Korea)', 'Ook Zuid-Korea doet mee.', [['Zuid-Korea', 'south-korea']]],
    ['two-word country', 'De Verenigde Staten betalen.', [['Verenigde Staten', 'united-states']]],
    ['two-word place', 'Een verklaring van het Witte Huis.', [['Witte Huis', 'white-house']]],
    ['full name wins over the surname', 'Donald Trump twijfelt.', [['Donald Trump', 'donald-trump']]],
    [
      'full name and later the surname',
      'Donald Trump twijfelt. Trump wil minder betalen.',
      [
        ['Donald Trump', 'donald-trump'],
        ['Trump', 'donald-trump'],
      ],
    ],
    ['genitive s on a person', 'Ruttes kandidatuur groeit.', [['Ruttes', 'mark-rutte']]],
    ['genitive with apostrophe', "Rutte's kandidatuur groeit.", [['Rutte', 'mark-rutte']]],
    ['genitive on a full name', 'Donald Trumps campagne.', [['Donald Trumps', 'donald-trump']]],
    ['surname in capitals', 'STOLTENBERG ZEGT JA', [['STOLTENBERG', 'jens-stoltenberg']]],
    [
      'acronym as written',
      'De VS steunen Rutte.',
      [
        ['VS', 'united-states'],
        ['Rutte', 'mark-rutte'],
      ],
    ],
    ['alias in Dutch spelling', 'Minister Koeleba vroeg om hulp.', [['Koeleba', 'dmytro-kuleba']]],
    ['demonym alias', 'Vanuit de Britten 10.000 drones.', [['Britten', 'united-kingdom']]],
    ['broadcaster acronym', 'Bronnen meldden aan de NOS dat', [['NOS', 'nos']]],
    ['label with diaeresis', 'Steun aan Oekraïne.', [['Oekraïne', 'ukraine']]],
    [
      'office named by a compound alias',
      'zei NAVO-topman Stoltenberg',
      [
        ['NAVO-topman', 'nato-secretary-general'],
        ['Stoltenberg', 'jens-stoltenberg'],
      ],
    ],
    [
      'office label beats the acronym inside it',
      'De secretaris-generaal van de NAVO sprak.',
      [['secretaris-generaal van de NAVO', 'nato-secretary-general']],
    ],
    [
      'name across a line break and extra spaces',
      'De woorden van Donald\n   Trump.',
      [['Donald\n   Trump', 'donald-trump']],
    ],
    ['name across a non-breaking space', 'Mark\u00a0Rutte vertrekt.', [['Mark\u00a0Rutte', 'mark-rutte']]],
    ['soft hyphen inside a name', 'Stol\u00adten\u00adberg sprak.', [['Stol\u00adten\u00adberg', 'jens-stoltenberg']]],
    ['typographic hyphen in a compound name', 'Nieuw\u2010Zeeland', [['Nieuw\u2010Zeeland', 'new-zealand']]],
    [
      'several countries in one sentence',
      'Duitsland, Frankrijk, Finland en Zweden.',
      [
        ['Duitsland', 'germany'],
        ['Frankrijk', 'france'],
        ['Finland', 'finland'],
        ['Zweden', 'sweden'],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(bundledPairs(text)).toEqual(expected);
  });
});

describe('Dutch: what is not marked', () => {
  test.each([
    ['acronym in lower case', 'de navo vergadert', 'nato'],
    ['acronym with only a capital first letter', 'De Navo vergadert', 'nato'],
    ['"vs" as an abbreviation of versus', 'Ajax vs Feyenoord', 'united-states'],
    ['compound name in the wrong case', 'Nieuw-zeeland', 'new-zealand'],
    ['compound name with a space instead of a hyphen', 'Nieuw Zeeland', 'new-zealand'],
    ['part of a longer word', 'Finlandia is een symfonisch gedicht.', 'finland'],
    ['adjective made from a country', 'Japanse bedrijven.', 'japan'],
    ['adjective made from a compound country', 'Zuid-Koreaanse bedrijven.', 'south-korea'],
    ['surname glued into another word', 'Trumpiaanse retoriek', 'donald-trump'],
    ['genitive s on a country', 'Japans economie', 'japan'],
    ['ambiguous weapon name without context', 'De Patriot reed de straat uit.', 'mim-104-patriot'],
    ['a longer word that starts with a surname', 'Ivanka Trumpet speelt.', 'donald-trump'],
  ])('%s: %j is not %s', (_, text, id) => {
    expect(marksFor(text, id)).toEqual([]);
  });
});
