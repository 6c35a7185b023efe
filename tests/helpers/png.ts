/** Reads what the tests need from a PNG without an image library: the header, and the top-left pixel. */
import { inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  /** 6 is RGBA. */
  colorType: number;
}

function chunks(png: Buffer): { type: string; data: Buffer }[] {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at + 8 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    out.push({ type, data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

/** The IHDR chunk, which must come first. */
export function pngHeader(png: Buffer): PngHeader {
  const first = chunks(png)[0];
  if (first?.type !== 'IHDR') throw new Error('PNG without IHDR first');
  return {
    width: first.data.readUInt32BE(0),
    height: first.data.readUInt32BE(4),
    bitDepth: first.data[8]!,
    colorType: first.data[9]!,
  };
}

/**
 * The alpha of the top-left pixel of an 8-bit RGBA PNG. Every row filter leaves the first pixel of the first row
 * as stored (its left and upper neighbours count as zero), so no unfiltering is needed.
 */
export function topLeftAlpha(png: Buffer): number {
  const data = inflateSync(Buffer.concat(chunks(png).filter((c) => c.type === 'IDAT').map((c) => c.data)));
  // Byte 0 is the row's filter type, then R, G, B, A.
  return data[4]!;
}
