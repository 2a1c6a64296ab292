import { statSync } from 'node:fs';

/**
 * Inputs from this size on get a larger young generation. Parsing YAML makes a syntax tree several times the size of
 * the text, and V8's default semi-spaces (16 MB) then spend more and more of the run in scavenges: a million lines of
 * principals took 17x as long as 100,000 (measured: 92-121 s against 5.3-6.9 s); with 64 MB semi-spaces 11x.
 */
export const LARGE_INPUT_BYTES = 8 * 1024 * 1024;

/** From this size on, larger still: a million lines (96 MB) loaded in 65 s with 64 MB semi-spaces, 59.6 s with 256 MB (512 MB: 58.9 s, no gain worth its memory). */
export const HUGE_INPUT_BYTES = 64 * 1024 * 1024;

/** The young-generation flag for large inputs. V8 reads it only at start-up (v8.setFlagsFromString later changes nothing). */
export const YOUNG_GENERATION_FLAG = '--max-semi-space-size=64';
export const HUGE_YOUNG_GENERATION_FLAG = '--max-semi-space-size=256';

/**
 * For huge inputs the heap also starts large: three quarters of the heap limit, at most 3 GB (the million lines:
 * 59.6 s -> 56.0 s, and a lower peak, as V8 no longer collects again and again while the heap grows to what the
 * input needs anyway). A share of the limit, so that a small machine's limit is never exceeded.
 */
export function hugeInputHeapFlag(heapLimitMb: number): string {
  return `--initial-heap-size=${Math.max(1, Math.min(3072, Math.floor(heapLimitMb * 0.75)))}`;
}

/**
 * The V8 flags the CLI wants for these arguments: a larger young generation when one of them is a file of at least
 * LARGE_INPUT_BYTES, larger still (and a larger initial heap) from HUGE_INPUT_BYTES. Arguments that are not files (commands, options, values) cost one failed stat each.
 */
export function cliNodeFlags(argv: readonly string[], heapLimitMb: () => number = processHeapLimitMb): string[] {
  const largest = Math.max(0, ...argv.map(fileSize));
  if (largest >= HUGE_INPUT_BYTES) return [HUGE_YOUNG_GENERATION_FLAG, hugeInputHeapFlag(heapLimitMb())];
  return largest >= LARGE_INPUT_BYTES ? [YOUNG_GENERATION_FLAG] : [];
}

/** This process's heap limit: the child it starts has the same (same node, same flags from execArgv). */
function processHeapLimitMb(): number {
  const { getHeapStatistics } = require('node:v8') as typeof import('node:v8');
  return getHeapStatistics().heap_size_limit / (1024 * 1024);
}

function fileSize(arg: string): number {
  if (arg.startsWith('-')) return 0;
  try {
    const stats = statSync(arg);
    return stats.isFile() ? stats.size : 0;
  } catch {
    return 0;
  }
}
