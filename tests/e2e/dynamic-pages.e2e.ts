import { describe, expect, test } from 'vitest';
import { useExtensionBrowser } from './setup';
import type { Page } from 'playwright-core';
import { highlightedTexts, waitForHighlights } from '../../scripts/harness/chromium';

const env = useExtensionBrowser();

/** A short news page; `og:type` says it is an article, as news sites do (Duiding annotates articles only). */
function page(lang: string, body: string, script = ''): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta property="og:type" content="article"><title>t</title></head>
<body><main id="app">${body}</main>${script ? `<script>${script}</script>` : ''}</body></html>`;
}

async function marked(tab: Page): Promise<string[]> {
  const byName = await highlightedTexts(tab);
  return Object.entries(byName)
    .filter(([name]) => name !== 'duiding-first')
    .flatMap(([, texts]) => texts)
    .sort();
}

describe('pages that change after loading', () => {
  test('a paragraph added later (infinite scroll) is annotated; removed text loses its marks', async () => {
    const url = env.server.add('/live.html', page('en', '<p>NATO foreign ministers met on Thursday.</p>'));
    const tab = await env.browser.open(url);
    try {
      await waitForHighlights(tab, 1);
      expect(await marked(tab)).toEqual(['NATO']);
      await tab.evaluate(() => {
        const p = document.createElement('p');
        p.id = 'later';
        p.textContent = 'Later, Jens Stoltenberg spoke about Ukraine.';
        document.getElementById('app')!.append(p);
      });
      await tab.waitForFunction(() => [...(CSS.highlights.get('duiding-person') ?? [])].some((r) => (r as Range).toString() === 'Jens Stoltenberg'));
      expect(await marked(tab)).toEqual(['Jens Stoltenberg', 'NATO', 'Ukraine']);
      await tab.evaluate(() => document.getElementById('later')!.remove());
      await tab.waitForFunction(() => !CSS.highlights.get('duiding-person') || CSS.highlights.get('duiding-person')!.size === 0);
      expect(await marked(tab)).toEqual(['NATO']);
    } finally {
      await tab.close();
    }
  });

  test('a single-page app that swaps its content on navigation gets the new content annotated', async () => {
    const script = `
      document.getElementById('next').addEventListener('click', (event) => {
        event.preventDefault();
        history.pushState({}, '', '/spa/article-2');
        const app = document.getElementById('app');
        app.replaceChildren();
        const h = document.createElement('h1');
        h.textContent = 'Rutte visits Kyiv';
        const p = document.createElement('p');
        p.textContent = 'Mark Rutte met Volodymyr Zelensky; Finland and Sweden joined the talks.';
        app.append(h, p);
      });`;
    const url = env.server.add(
      '/spa/article-1',
      page('en', '<h1>Budget talks</h1><p>France and Germany disagree.</p><p><a id="next" href="/spa/article-2">next</a></p>', script),
    );
    const tab = await env.browser.open(url);
    try {
      await waitForHighlights(tab, 2);
      expect(await marked(tab)).toEqual(['France', 'Germany']);
      await tab.click('#next');
      await tab.waitForFunction(() => [...(CSS.highlights.get('duiding-country') ?? [])].some((r) => (r as Range).toString() === 'Sweden'));
      const now = await marked(tab);
      expect(now).toContain('Mark Rutte');
      expect(now).toContain('Rutte');
      expect(now).toEqual(expect.arrayContaining(['Finland', 'Sweden']));
      expect(now).not.toContain('France');
    } finally {
      await tab.close();
    }
  });

  test('"Austin" on a page about the Texas city council is not taken for Lloyd Austin', async () => {
    const url = env.server.add(
      '/austin.html',
      page(
        'en',
        '<h1>Austin city council approves budget</h1><p>The Austin City Council voted 9-2 on Thursday to approve the budget. ' +
          'Austin residents will see higher fees, the mayor said at City Hall in Texas.</p><p>Meanwhile NATO allies met in Brussels.</p>',
      ),
    );
    const tab = await env.browser.open(url);
    try {
      await waitForHighlights(tab, 1);
      const now = await marked(tab);
      expect(now).toContain('NATO');
      expect(now).not.toContain('Austin');
    } finally {
      await tab.close();
    }
  });

  test('text in code, form fields and editable regions is never annotated', async () => {
    const url = env.server.add(
      '/fields.html',
      page(
        'en',
        '<p>NATO met.</p><pre>NATO in pre</pre><code>Ukraine in code</code><textarea>Germany in textarea</textarea>' +
          '<div contenteditable="true">France in an editor</div><p hidden>Japan hidden</p>',
      ),
    );
    const tab = await env.browser.open(url);
    try {
      await waitForHighlights(tab, 1);
      await tab.waitForTimeout(300);
      expect(await marked(tab)).toEqual(['NATO']);
      // Typing a name into the editor does not mark it either.
      await tab.click('[contenteditable]');
      await tab.keyboard.type(' Jens Stoltenberg');
      await tab.waitForTimeout(800);
      expect(await marked(tab)).toEqual(['NATO']);
    } finally {
      await tab.close();
    }
  });
});
