/** Opening the index for a command that reads it: a missing or unusable index is one line on stderr. */
import { IndexError, loadIndex, type LoadedIndex } from '../store/index.js';
import { write, type CliIO } from './output.js';

export async function openIndex(dir: string, io: CliIO): Promise<LoadedIndex | null> {
  try {
    return await loadIndex(dir);
  } catch (error) {
    if (!(error instanceof IndexError)) throw error;
    await write(io.stderr, `${error.message}\n`);
    return null;
  }
}
