/**
 * The main job: serves the reference article on 127.0.0.1, opens it in headless Chromium with the built extension,
 * hovers "Stoltenberg" and writes screenshots of the card, the popup and the options page to docs/screenshots/.
 * Run through `npm run demo`, which builds the extension first.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { referenceArticlePage } from './harness/article-page';
import { cardText, highlightedTexts, hoverWord, launchWithExtension, ROOT, waitForHighlights } from './harness/chromium';
import { darken, SAMPLE_LANGS, samplePage } from './harness/sample-articles';
import { startServer } from './harness/server';

const OUT = join(ROOT, 'docs/screenshots');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startServer();
  const browser = await launchWithExtension();
  try {
    const url = server.add('/buitenland/navo-oekraine.html', referenceArticlePage());
    const page = await browser.open(url);
    await waitForHighlights(page);
    const marked = Object.values(await highlightedTexts(page)).flat();
    console.log(`Reference article: ${marked.length} mentions marked, ${new Set(marked).size} distinct forms.`);

    await hoverWord(page, 'Stoltenberg');
    await page.waitForTimeout(700);
    const text = await cardText(page);
    if (!text) throw new Error('The card did not open on "Stoltenberg".');
    console.log(`Card on "Stoltenberg": ${text}`);
    await page.screenshot({ path: join(OUT, 'card-stoltenberg.png') });

    await hoverWord(page, 'Rutte');
    await page.waitForTimeout(700);
    await page.screenshot({ path: join(OUT, 'card-rutte.png') });

    // The card in every card language, on a light and a dark page.
    for (const lang of ['nl', ...SAMPLE_LANGS] as const) {
      for (const dark of [false, true]) {
        const html = lang === 'nl' ? referenceArticlePage() : samplePage(lang);
        const sample = await browser.open(server.add(`/sample-${lang}-${dark ? 'dark' : 'light'}.html`, dark ? darken(html) : html));
        await waitForHighlights(sample);
        await hoverWord(sample, 'Stoltenberg');
        await sample.waitForTimeout(700);
        if (!(await cardText(sample))) throw new Error(`No card in ${lang}${dark ? ' (dark)' : ''}.`);
        await sample.screenshot({ path: join(OUT, `card-${lang}-${dark ? 'dark' : 'light'}.png`) });
        await sample.close();
      }
    }

    const tabId = await browser.tabIdOf(page);
    const popup = await browser.openExtensionPage('popup.html', `?tab=${tabId}`);
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.waitForSelector('.term-group');
    await popup.screenshot({ path: join(OUT, 'popup.png') });

    const options = await browser.openExtensionPage('options.html');
    await options.waitForSelector('.glossary-list .row-main');
    await options.screenshot({ path: join(OUT, 'options.png'), fullPage: false });
    console.log(`Screenshots written to ${OUT}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
