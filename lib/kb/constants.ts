/** The card languages and entry categories: plain constants, so that code without zod can use them. */
export const LANGS = ['nl', 'en', 'de', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

export const CATEGORIES = [
  'person',
  'organization',
  'country',
  'place',
  'weapon-system',
  'event',
  'concept',
  'party',
  'media',
  'office',
] as const;
export type Category = (typeof CATEGORIES)[number];
