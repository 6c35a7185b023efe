import { describe, expect, test } from 'vitest';
import { articleLanguage, detectLanguage } from '../../../lib/lang/detect';

const SAMPLES = {
  nl: 'De lidstaten gaan in hun voorraden op zoek naar meer systemen om het land te beschermen. Dat hebben de landen afgesproken op de tweede dag van de top. Hij vroeg ook om meer steun, maar er is nog geen besluit. Volgens de minister is het niet genoeg en wordt er bij de volgende top verder gepraat.',
  en: 'The member states agreed on Thursday to search their stocks for more systems to protect the country. He said that it was not enough and that the allies would have to do more, but the decision has been delayed. Their ministers were told by the secretary general that this is urgent.',
  de: 'Die Mitgliedstaaten wollen in ihren Beständen nach weiteren Systemen suchen, um das Land zu schützen. Das hat der Generalsekretär nach dem Treffen gesagt. Es sei nicht genug, und auch die Munition werde knapp, sagte er. Die Entscheidung wurde auf den nächsten Gipfel vertagt, der im Juli in Washington stattfindet.',
  fr: "Les États membres vont chercher dans leurs stocks des systèmes supplémentaires pour protéger le pays. C'est ce qu'a déclaré le secrétaire général après la réunion. Ce n'est pas assez, et les munitions sont aussi rares, a-t-il dit. La décision a été reportée au prochain sommet qui aura lieu en juillet.",
} as const;

describe('detectLanguage', () => {
  test.each(Object.entries(SAMPLES))('%s text', (lang, text) => {
    expect(detectLanguage(text)?.lang).toBe(lang);
  });

  test.each([
    ['too short', 'NATO Ukraine Rutte'],
    ['names only', 'Stoltenberg Koeleba Biden Trump Rutte Iohannis Austin Washington'],
    ['two languages half and half', `${SAMPLES.en} ${SAMPLES.de}`.slice(0, 120)],
  ])('no answer for %s', (_, text) => {
    expect(detectLanguage(text)).toBeNull();
  });
});

describe('articleLanguage', () => {
  test.each<[string, 'nl' | 'en' | 'de' | 'fr' | null, string, string | null]>([
    ['declared and written alike', 'nl', SAMPLES.nl, 'nl'],
    ['declared English but written in French (as fr-liberation-2)', 'en', SAMPLES.fr, 'fr'],
    ['nothing declared', null, SAMPLES.de, 'de'],
    ['declared, text too short to tell', 'fr', 'Macron', 'fr'],
    ['nothing declared, nothing to tell', null, 'OTAN', null],
  ])('%s', (_, declared, text, expected) => {
    expect(articleLanguage(declared, text)).toBe(expected);
  });
});
