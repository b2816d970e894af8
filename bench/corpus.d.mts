/** Types for bench/corpus.mjs, which the tests import (tests/helpers/corpus.ts). */
export function prng(seed: number): () => number;
export function split(text: string): { head: string[]; sections: string[][] };
export function loadSeeds(seedsDir: string): string[];
export function makeReport(seeds: string[], i: number, rand: () => number, target: number): string;
export function generate(options: { seedsDir: string; outDir: string; count?: number; seed?: number; bigBytes?: number }): {
  files: string[];
  bytes: number;
  big: string;
  mid: string;
};
