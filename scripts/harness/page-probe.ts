/**
 * Looking at a page from outside its own world, for tests on pages that break their own DOM methods: a fresh
 * isolated world (the page's replacements do not reach it), the console and page errors, the event listeners
 * on the document, and the box of the card inside its closed shadow root.
 */
import type { CDPSession, Page } from 'playwright-core';

export interface CleanWorld {
  /** Evaluates `expression` (a script whose last value is returned) in a world the page's scripts cannot touch. */
  evaluate<T>(expression: string): Promise<T>;
  cdp: CDPSession;
}

export async function cleanWorld(page: Page): Promise<CleanWorld> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'duiding-test-probe',
  })) as { executionContextId: number };
  return {
    cdp,
    async evaluate<T>(expression: string): Promise<T> {
      const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', {
        expression,
        contextId: executionContextId,
        returnByValue: true,
        awaitPromise: true,
      })) as { result: { value?: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value as T;
    },
  };
}

/** An expression giving the highlighted texts by highlight name (the registry is shared by every world). */
export const HIGHLIGHTS_EXPRESSION = `(() => {
  const out = {};
  for (const [name, highlight] of CSS.highlights) out[name] = [...highlight].map((range) => range.toString());
  return out;
})()`;

/** The texts marked by Duiding in category highlights (first-mention emphasis left out), sorted. */
export function markedTexts(byName: Record<string, string[]>): string[] {
  return Object.entries(byName)
    .filter(([name]) => name.startsWith('duiding-') && !name.startsWith('duiding-first') && name !== 'duiding-focus')
    .flatMap(([, texts]) => texts)
    .sort();
}

/** An expression giving the middle of the first occurrence of `word` on the page, scrolled into view. */
export function wordPointExpression(word: string): string {
  return `(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.data.indexOf(${JSON.stringify(word)});
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + ${word.length});
      const rect = range.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  })()`;
}

/** Every console message and page error of a page from now on. */
export function collectConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  return messages;
}

/**
 * The types of the event listeners on the document and the window as seen from the extension's content-script
 * world (read through CDP; listeners of that world are only listed from it). Empty when that world is gone.
 */
export async function extensionListeners(page: Page, extensionId: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (event: { context: (typeof contexts)[number] }) =>
      contexts.push(event.context),
    );
    await cdp.send('Runtime.enable');
    const world = contexts.find(
      (context) => context.auxData?.type === 'isolated' && context.origin.includes(extensionId),
    );
    if (!world) return [];
    const types: string[] = [];
    for (const expression of ['document', 'window']) {
      const { result } = (await cdp.send('Runtime.evaluate', { expression, contextId: world.id })) as {
        result: { objectId: string };
      };
      const { listeners } = (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })) as {
        listeners: { type: string }[];
      };
      types.push(...listeners.map((listener) => `${expression}:${listener.type}`));
    }
    return types.sort();
  } finally {
    await cdp.detach();
  }
}

interface BoxNode {
  nodeId: number;
  localName?: string;
  attributes?: string[];
  children?: BoxNode[];
  shadowRoots?: BoxNode[];
}

function findByClass(node: BoxNode, className: string): BoxNode | null {
  const attributes = node.attributes ?? [];
  for (let i = 0; i < attributes.length; i += 2) {
    if (attributes[i] === 'class' && attributes[i + 1]!.split(' ').includes(className)) return node;
  }
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = findByClass(child, className);
    if (found) return found;
  }
  return null;
}

/** The border box of the element with `className` inside the card's closed shadow root, or null. */
export async function cardBox(
  page: Page,
  className = 'card',
): Promise<{ left: number; top: number; right: number; bottom: number } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: BoxNode };
    const node = findByClass(root, className);
    if (!node) return null;
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId })) as { model: { border: number[] } };
    const [x1, y1, , , x3, y3] = model.border as [number, number, number, number, number, number];
    return { left: x1, top: y1, right: x3, bottom: y3 };
  } finally {
    await cdp.detach();
  }
}

/** Every element and attribute in the card's closed shadow root, as `name` and `name[attr=value]` strings. */
export async function cardElements(page: Page): Promise<{ elements: string[]; attributes: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: BoxNode };
    const elements: string[] = [];
    const attributes: string[] = [];
    const host = ((): BoxNode | null => {
      const stack = [root];
      while (stack.length) {
        const node = stack.pop()!;
        if (node.localName === 'duiding-card') return node;
        stack.push(...(node.children ?? []), ...(node.shadowRoots ?? []));
      }
      return null;
    })();
    const walk = (node: BoxNode): void => {
      if (node.localName) elements.push(node.localName);
      const list = node.attributes ?? [];
      for (let i = 0; i < list.length; i += 2) attributes.push(`${node.localName}[${list[i]}=${list[i + 1]}]`);
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child);
    };
    for (const shadow of host?.shadowRoots ?? []) walk(shadow);
    return { elements, attributes };
  } finally {
    await cdp.detach();
  }
}
