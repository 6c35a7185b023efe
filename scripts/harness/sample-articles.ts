/**
 * Short news pages in English, German and French, written for the demo and the tests, so that cards can be shown
 * in every card language. Optionally dark, like a site in dark mode.
 */
import { articlePage } from './article-page';

const TEXTS = {
  en: {
    section: 'World',
    headline: 'NATO allies weigh more air defence for Ukraine',
    body: `NATO foreign ministers met in Brussels on Thursday. Secretary General Jens Stoltenberg said the allies would look at their stocks for more Patriot air defence systems.

Dutch prime minister Mark Rutte, who has the support of most allies to succeed Stoltenberg, joined the talks by video. Hungary and Turkey have not yet said whether they back him.`,
  },
  de: {
    section: 'Ausland',
    headline: 'Nato-Staaten prüfen mehr Luftabwehr für die Ukraine',
    body: `Die Außenminister der Nato haben am Donnerstag in Brüssel beraten. Generalsekretär Jens Stoltenberg sagte, die Verbündeten würden ihre Bestände nach weiteren Patriot-Systemen durchsuchen.

Der niederländische Regierungschef Mark Rutte, der als Nachfolger Stoltenbergs gilt, wurde zugeschaltet. Ungarn und die Türkei haben ihre Unterstützung noch nicht zugesagt.`,
  },
  fr: {
    section: 'International',
    headline: "Les alliés de l'OTAN cherchent plus de défense aérienne pour l'Ukraine",
    body: `Les ministres des Affaires étrangères de l'OTAN se sont réunis jeudi à Bruxelles. Le secrétaire général Jens Stoltenberg a indiqué que les alliés allaient chercher dans leurs stocks davantage de systèmes Patriot.

Le Premier ministre néerlandais Mark Rutte, soutenu par la plupart des alliés pour succéder à Stoltenberg, a participé par vidéo. La Hongrie et la Turquie n'ont pas encore donné leur accord.`,
  },
} as const;

export type SampleLang = keyof typeof TEXTS;
export const SAMPLE_LANGS = Object.keys(TEXTS) as SampleLang[];

const DARK_STYLE = '<style>body { background: #15181d !important; color: #e6e6e6 !important; } h1, h2 { color: #fff; }</style>';

/** A sample article page in `lang`, published on `published`, light or dark. */
export function samplePage(lang: SampleLang, published = '2024-04-04', dark = false): string {
  const { body, headline, section } = TEXTS[lang];
  const html = articlePage(body, { lang, published, headline, section });
  return dark ? html.replace('</head>', `${DARK_STYLE}</head>`) : html;
}

/** Any page made dark the same way. */
export function darken(html: string): string {
  return html.replace('</head>', `${DARK_STYLE}</head>`);
}
