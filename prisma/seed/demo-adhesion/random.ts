/**
 * Deterministic randomness for the demo seed: the same data on every run and every machine, so the
 * seed stays idempotent and screenshots, demos and tests can rely on it.
 */
import { createHash } from "node:crypto";

export type Random = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items in random order. */
  sample<T>(items: readonly T[], count: number): T[];
};

/** mulberry32: tiny, fast and good enough for demo data (not for anything secret). */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)],
    sample: (items, count) => {
      const pool = [...items];
      for (let i = pool.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [pool[i], pool[j]] = [pool[j], pool[i]];
      }
      return pool.slice(0, count);
    },
  };
  return random;
}

const SEED = "sello-migrante-demo-v1";

/**
 * An independent stream per key (usually a municipality code): changing what one municipality draws
 * does not reshuffle the data of all the others.
 */
export function randomFor(...key: (string | number)[]): Random {
  return mulberry32(createHash("sha256").update([SEED, ...key].join(":")).digest().readUInt32BE(0));
}

/** A stable UUID (version 5 layout) for a demo row, so re-running the seed finds the same row again. */
export function demoId(...key: (string | number)[]): string {
  const hex = createHash("sha1").update([SEED, ...key].join(":")).digest("hex");
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
