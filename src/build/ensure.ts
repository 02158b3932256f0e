/** Deciding whether an index must be rebuilt, and making sure a usable one is loaded. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { assertSeparateFolders, buildIndex, type BuildOptions, type BuildSummary } from './build.js';
import { corpusChange } from './corpus-listing.js';
import { CONFIDENCE_MODEL_VERSION } from '../extract/confidence.js';
import { displayPath, IndexError } from '../store/errors.js';
import { hashFile } from '../store/files.js';
import { loadIndex, readManifest, readVerified } from '../store/load.js';
import { recoverInterruptedSwap } from '../store/swap.js';
import type { LoadedIndex } from '../store/types.js';

export interface StaleOptions {
  /** Checksum the index files (default true); false only compares their sizes (a load checksums them). */
  verify?: boolean;
  /** The rule the next build would read the corpus with (default false); an index built under the other is stale. */
  followLinks?: boolean;
}

/**
 * Why the index in `indexDir` does not reflect `corpusDir` (missing, corrupt, another format, or a corpus file
 * added, removed or changed), or null when it is up to date. Corpus files are compared by size first and
 * hashed only when the sizes agree. An index made under another link rule or scored by another confidence model
 * is stale too.
 */
export async function indexStaleReason(
  corpusDir: string,
  indexDir: string,
  options: StaleOptions = {},
): Promise<string | null> {
  const dir = path.resolve(indexDir);
  await recoverInterruptedSwap(dir);
  let manifest;
  try {
    manifest = await readManifest(dir);
    for (const [name, expected] of Object.entries(manifest.files)) {
      if (options.verify === false) {
        const info = await stat(path.join(dir, name)).catch(() => null);
        if (info?.size !== expected.bytes) return `'${displayPath(path.join(dir, name))}' is missing or truncated`;
      } else {
        await readVerified(dir, manifest, name);
      }
    }
  } catch (error) {
    if (error instanceof IndexError) return error.problem;
    throw error;
  }
  const followLinks = options.followLinks ?? false;
  if ((manifest.followLinks ?? false) !== followLinks) {
    return `the index was built ${followLinks ? 'without' : 'with'} --follow-links`;
  }
  if (manifest.confidenceModelVersion !== CONFIDENCE_MODEL_VERSION) {
    return `the confidence model changed (${manifest.confidenceModelVersion ?? 'unrecorded'} → ${CONFIDENCE_MODEL_VERSION})`;
  }
  const change = await corpusChange(path.resolve(corpusDir), manifest.corpusFiles, { followLinks });
  if (change) return change;
  const speakers = manifest.speakersFile;
  if (speakers) {
    const hash = await hashFile(speakers.path).catch(() => null);
    if (hash !== speakers.sha256) return `speakers file '${displayPath(speakers.path)}' changed`;
  }
  return null;
}

/** True when the index is missing, corrupt, or any corpus file was added, removed or changed since it was built. */
export async function isIndexStale(corpusDir: string, indexDir: string, options: StaleOptions = {}): Promise<boolean> {
  return (await indexStaleReason(corpusDir, indexDir, options)) !== null;
}

export interface EnsureOptions extends Partial<Omit<BuildOptions, 'corpusDir' | 'outDir'>> {
  corpusDir: string;
  indexDir: string;
  /** Where to say why a rebuild happens and what it gave (default: nowhere). */
  log?: (message: string) => void;
}

/** Builds the index when it is stale or corrupt (saying why through `log`), then loads it. */
export async function ensureIndex(options: EnsureOptions): Promise<{ index: LoadedIndex; built: BuildSummary | null }> {
  const { corpusDir, indexDir, log = () => {}, ...buildOptions } = options;
  // Before anything is read or recovered: an index inside the corpus would be read back as articles.
  await assertSeparateFolders(corpusDir, indexDir);
  const build = async (reason: string): Promise<BuildSummary> => {
    log(`index: rebuilding '${indexDir}' — ${reason}`);
    const summary = await buildIndex({ ...buildOptions, corpusDir, outDir: indexDir });
    log(
      `index: ${summary.articles} articles, ${summary.quotes} quotes, ${summary.speakers} speakers, ` +
        `${summary.skipped} skipped, ${summary.seconds.toFixed(1)} s`,
    );
    return summary;
  };

  const reason = await indexStaleReason(corpusDir, indexDir, { verify: false, followLinks: buildOptions.followLinks });
  let built = reason ? await build(reason) : null;
  try {
    return { index: await loadIndex(indexDir), built };
  } catch (error) {
    if (built || !(error instanceof IndexError)) throw error;
    built = await build(error.problem);
    return { index: await loadIndex(indexDir), built };
  }
}
