/**
 * A static server on 127.0.0.1 for the demo and the end-to-end tests: generated pages by path, and the saved
 * news pages of the shared corpus under /corpus/.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus/pages/', import.meta.url));

/**
 * The page with its `<script>` elements taken out, bytes otherwise unchanged (read and written back as Latin-1,
 * which keeps every byte of any ASCII-compatible encoding).
 */
export function withoutScripts(bytes: Buffer): Buffer {
  const text = bytes.toString('latin1').replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
  return Buffer.from(text, 'latin1');
}

export interface PageServer {
  origin: string;
  /** Serves `html` at `path` (e.g. `/article.html`), with extra response headers when given. */
  add(path: string, html: string, headers?: Record<string, string>): string;
  close(): Promise<void>;
}

export async function startServer(): Promise<PageServer> {
  const pages = new Map<string, { html: string; headers: Record<string, string> }>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const page = pages.get(path);
    if (page !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...page.headers });
      response.end(page.html);
      return;
    }
    if (path.startsWith('/corpus/') || path.startsWith('/corpus-noscript/')) {
      const name = basename(path);
      readFile(CORPUS_DIR + name).then(
        (body) => {
          response.writeHead(200, { 'content-type': 'text/html' });
          response.end(path.startsWith('/corpus-noscript/') ? withoutScripts(body) : body);
        },
        () => {
          response.writeHead(404).end();
        },
      );
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    add(path, html, headers = {}) {
      pages.set(path, { html, headers });
      return origin + path;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
