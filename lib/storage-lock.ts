/**
 * A lock shared by the extension's pages and its service worker, so that a read-modify-write of stored data in
 * one window cannot interleave with one in another.
 */
const localChains = new Map<string, Promise<unknown>>();

/**
 * Runs `work` while no other page of the extension runs work under the same name: a Web Lock where the browser
 * has them (extension pages and the service worker share them), else a queue within this page.
 */
export async function withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(`duiding-${name}`, work);
  const previous = localChains.get(name) ?? Promise.resolve();
  const run = previous.then(work, work);
  localChains.set(name, run.catch(() => undefined));
  return run;
}
