/**
 * The build's memory budget (`--memory-mb`) and the batch sizes it sets. The budget cuts the work, never the
 * index: an index built under any budget is the same, byte for byte.
 *
 * What it bounds: the article text extracted and written at a time (the corpus is read a file at a time and
 * never held whole; two batches at a time), the extraction workers' heaps, and the quotes the term index takes in one
 * piece (its working rows, about 1 KB a quote, two pieces at a time on two cores). Quotes are held on disk from
 * extraction to the write (quote-spill.ts), and the search file's text blobs and term pieces' postings from the
 * search phase until search.bin is written (scratch files in the temp folder: about 550 bytes a quote). What it
 * does not bound yet: the search tables' other columns and stop lists (about 140 bytes a quote, until search.bin is
 * written), statements' word and fingerprint columns (about 270 bytes a quote, on their worker from the speakers
 * phase to the search's end) and speaker mentions (in their phase), and ids and dates (about 80 bytes a quote, to
 * the end).
 */
import { totalmem } from 'node:os';

/** The smallest budget taken (MB): below it the batches would be too small to keep two threads busy. */
export const MIN_MEMORY_MB = 256;

/** Default budget: a quarter of the machine's memory, at most 8 GB. */
export function defaultMemoryMb(): number {
  return Math.max(MIN_MEMORY_MB, Math.min(8192, Math.floor(totalmem() / 2 ** 20 / 4)));
}

export interface BudgetSizes {
  /** Characters of article text extracted (and their texts written) in one batch. */
  batchChars: number;
  /** Quotes indexed in one piece of the term index. */
  pieceQuotes: number;
  /**
   * Each extraction worker's old generation (MB); its young generation is {@link WORKER_YOUNG_MB} whatever the
   * budget.
   */
  workerHeapMb: number;
  /**
   * The build's own heap (old generation, MB) where it can be given one: a build run on a worker thread with
   * this limit (the bench child with --memory-mb). Half the budget: the rest is the process, the extraction
   * workers and the buffers written. A build whose live heap needs more fails rather than passing its budget.
   */
  heapMb: number;
}

/**
 * Each extraction worker's young generation (MB). Extraction allocates many short-lived strings and keeps an
 * article's records alive while it works: with 8 MB (the size before the seventeenth session) the collector ran
 * again and again and promoted what was still alive. Paired, the compiled extractor in one worker a size
 * (`scripts/bench/extract-young-ab.ts --sizes 8,32,64,192`, load 16–22): 32 MB ×1.03, 64 MB ×1.15, 192 MB ×1.25
 * the speed of 8 MB. (The 100k peaks of then, 464–516 MB, were read with `time -v` after build-child's per-phase
 * reset: not the build's.) Twentieth session, the whole peak read right, 100k quotes, paired runs of the same tree
 * (`build-child.ts --engine dist`, load 1–5): 32 MB against 64 MB, peak 602 against 656 MB and extraction's CPU
 * 50.1 against 49.9 s (wall 51.4 / 51.5 s); in other runs 565 / 563 / 462 MB at 32 against 652 / 655 / 554 at 64.
 * Each worker's young generation is held in full at the extraction peak: 32 MB is what the 600 MB target leaves.
 */
export const WORKER_YOUNG_MB = 32;

const MB = 2 ** 20;

/**
 * The largest batch (characters of article text), whatever the budget: larger batches did not make extraction
 * faster, and the build thread's heap grows with them (see `batchChars` below). Twentieth session, 100k quotes
 * under the default budget (batchChars at this largest size), the extraction phase's peak RSS: 726 MB at 8 M
 * characters, 450 at 2 M (same CPU time, index byte-identical); the pool now queues a batch behind the last one's
 * messages (workers.ts), so small batches leave no worker idle at each batch's end.
 */
export const MAX_BATCH_CHARS = 2 * MB;

/** The batch sizes for a budget of `memoryMb` MB. */
export function budgetSizes(memoryMb: number): BudgetSizes {
  if (!Number.isFinite(memoryMb) || memoryMb <= 0)
    throw new RangeError(`memory budget must be a positive number of MB, got ${memoryMb}`);
  const mb = Math.max(MIN_MEMORY_MB, memoryMb);
  return {
    // A batch's texts (up to 2 bytes a character) and what extracting them makes: a 256th of the budget, between
    // 1 M and {@link MAX_BATCH_CHARS} characters (a batch cut at 256 K characters is one worker's message).
    // Extraction holds two at a time (it reads one ahead), and the build thread's heap is sized by the collector
    // from what it holds at its peak: at 100k quotes (no heap limit) its heap reached 311 MB with 8 M-character
    // batches and 159 MB with 2 M (twentieth session; a sixty-fourth of the budget before, which no budget from
    // 512 MB up reached below the 8 M cap).
    batchChars: Math.round(Math.min(MAX_BATCH_CHARS, Math.max(1 * MB, (mb * MB) / 256))),
    // Two pieces in flight at about 1 KB a quote: a sixteenth of the budget, between 10 K and 125 K quotes.
    pieceQuotes: Math.round(Math.min(125_000, Math.max(10_000, (mb * MB) / 16 / 1024 / 2))),
    // A worker's heap holds one message of articles and what extracting them makes: a thirty-second of the budget,
    // between 128 and 512 MB (a worker over it fails, and the rest is extracted in the build's own thread).
    workerHeapMb: Math.round(Math.min(512, Math.max(128, mb / 32))),
    heapMb: Math.round(mb / 2),
  };
}
