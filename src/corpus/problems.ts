import type { InputProblem } from '../types.js';

/**
 * Builds the one message shape every corpus problem uses, so a reader can jump to the input:
 * `corpus: 'news/x.jsonl' line 12: missing "text" field`.
 */
export function corpusProblem(file: string, line: number | null, what: string): InputProblem {
  const where = line === null ? `'${file}'` : `'${file}' line ${line}`;
  return { file, line, message: `corpus: ${where}: ${what}` };
}
