/**
 * A small language detector for the four card languages: counts very common words of each language in the
 * article text. Used when a page declares no language, or declares one its text is plainly not written in.
 */
import type { Lang } from '../kb/schema';
import { lowerWord, scanWords } from './words';

const COMMON_WORDS: Record<Lang, readonly string[]> = {
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'op', 'te', 'zijn', 'niet', 'met', 'voor', 'ook', 'maar', 'er', 'dan', 'wel', 'bij', 'nog', 'naar', 'om', 'uit', 'heeft', 'worden', 'hij', 'ze', 'deze', 'als', 'wordt', 'zich', 'werd', 'hun', 'geen', 'kan'],
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'in', 'it', 'for', 'was', 'on', 'are', 'with', 'as', 'his', 'they', 'be', 'at', 'this', 'have', 'from', 'by', 'not', 'but', 'which', 'their', 'has', 'were', 'said', 'would', 'been', 'will', 'who', 'an', 'its'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'sich', 'mit', 'den', 'dem', 'auf', 'ein', 'eine', 'auch', 'es', 'zu', 'von', 'im', 'für', 'wird', 'sind', 'hat', 'werden', 'nach', 'bei', 'noch', 'wie', 'aus', 'dass', 'sie', 'einen', 'einer', 'wurde', 'über', 'oder'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'un', 'du', 'en', 'que', 'qui', 'dans', 'pour', 'pas', 'sur', 'au', 'avec', 'ce', 'il', 'se', 'sont', 'par', 'plus', 'ne', 'ont', 'mais', 'aux', 'été', 'cette', 'elle', 'leur', 'son', 'sa', 'comme'],
};

let lookup: Map<string, Lang[]> | null = null;

/** The languages of each common word, made on first need (most pages' language is told by the background). */
function commonWords(): Map<string, Lang[]> {
  if (!lookup) {
    lookup = new Map();
    for (const [lang, words] of Object.entries(COMMON_WORDS) as [Lang, readonly string[]][]) {
      for (const word of words) lookup.set(word, [...(lookup.get(word) ?? []), lang]);
    }
  }
  return lookup;
}

export interface Detection {
  lang: Lang;
  /** How far ahead the winner is: its count over the runner-up's (Infinity when there is none). */
  margin: number;
  hits: number;
}

/** The language of `text`, or null when it has too few common words to tell or two languages are close. */
export function detectLanguage(text: string, maxWords = 3000): Detection | null {
  const spans = scanWords(text);
  const counts: Record<Lang, number> = { nl: 0, en: 0, de: 0, fr: 0 };
  const n = Math.min(spans.count, maxWords);
  const languages = commonWords();
  for (let i = 0; i < n; i++) {
    const langs = languages.get(lowerWord(text, spans, i));
    if (langs) for (const lang of langs) counts[lang]++;
  }
  const ranked = (Object.entries(counts) as [Lang, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = [ranked[0]!, ranked[1]!];
  if (best[1] < 12) return null;
  const margin = second[1] === 0 ? Infinity : best[1] / second[1];
  return margin >= 1.5 ? { lang: best[0], margin, hits: best[1] } : null;
}

/** The article's language: the declared one, unless the text is clearly written in another card language. */
export function articleLanguage(declared: Lang | null, text: string): Lang | null {
  return chooseLanguage(declared, detectLanguage(text));
}

/** The first `max` characters of the blocks, as the language of an article is told from them. */
export function languageSample(texts: readonly string[], max = 20000): string {
  let out = '';
  for (const text of texts) {
    if (out.length >= max) break;
    out += text + '\n';
  }
  return out.slice(0, max);
}

/** The article's language from what it declares and what its text was detected to be (see `articleLanguage`). */
export function chooseLanguage(declared: Lang | null, detected: Detection | null): Lang | null {
  if (!detected) return declared;
  if (!declared || detected.lang === declared) return detected.lang;
  return detected.margin >= 2.5 ? detected.lang : declared;
}
