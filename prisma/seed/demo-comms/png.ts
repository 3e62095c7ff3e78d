/**
 * Poster-shaped PNG images painted from rectangles and pixel-font words, for the materials that are
 * images: the library shows images as a preview. Deterministic, like the PDFs.
 */
import { deflateSync } from "node:zlib";
import { glyphPixels, glyphWidth } from "./pixel-font";

export type Rgb = [number, number, number];
/** Something to paint: a rectangle, or a line of text at `y` with pixels of `scale`, from `x` or centred. */
export type Shape = { x: number; y: number; width: number; height: number; color: Rgb } | { text: string; x?: number; y: number; scale: number; color: Rgb };

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** Shapes are painted in order, later over earlier. */
export function posterPng(width: number, height: number, background: Rgb, shapes: Shape[]): Uint8Array {
  const stride = width * 3 + 1;
  // Each scanline starts with its filter type, 0 (none), which Buffer.alloc already wrote.
  const rows = Buffer.alloc(stride * height);
  const fill = (x: number, y: number, w: number, h: number, color: Rgb) => {
    for (let row = Math.max(0, y); row < Math.min(height, y + h); row++) {
      for (let column = Math.max(0, x); column < Math.min(width, x + w); column++) rows.set(color, row * stride + 1 + column * 3);
    }
  };
  fill(0, 0, width, height, background);
  for (const shape of shapes) {
    if ("text" in shape) {
      const left = shape.x ?? Math.round((width - glyphWidth(shape.text) * shape.scale) / 2);
      for (const [column, row] of glyphPixels(shape.text)) fill(left + column * shape.scale, shape.y + row * shape.scale, shape.scale, shape.scale, shape.color);
    } else fill(shape.x, shape.y, shape.width, shape.height, shape.color);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, deflate, no filter method, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", deflateSync(rows)), chunk("IEND", Buffer.alloc(0))]));
}
