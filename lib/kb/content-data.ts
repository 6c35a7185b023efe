/**
 * The knowledge base as the content script holds it: the aliases compiled and packed at build time, parsed when
 * the page is annotated. Full entries for cards come from the background (see `messages.ts`).
 */
import packedText from 'virtual:duiding/packed';
import { unpackIndex, type PackedIndex, type UnpackedIndex } from '../match/packed';

let unpacked: UnpackedIndex | null = null;

export function bundledIndex(): UnpackedIndex {
  unpacked ??= unpackIndex(JSON.parse(packedText) as PackedIndex);
  return unpacked;
}

/** The day the bundled facts were checked. */
export function bundledAsOf(): string {
  return bundledIndex().asOf;
}
