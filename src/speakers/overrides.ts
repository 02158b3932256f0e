/**
 * `corpus/speakers.json`: hand-written corrections to corpus-wide speaker resolution.
 *
 * Format (every section optional; names compare case- and diacritic-insensitively, titles stripped):
 *
 *   {
 *     // Pin a speaker: canonical name, optional id and role, and names that always mean them.
 *     "speakers": [
 *       { "name": "Volodymyr Zelensky", "aliases": ["Zelenskyy", "Zelenskiy"],
 *         "role": "President of Ukraine", "id": "volodymyr-zelensky", "kind": "person" }
 *     ],
 *     // Force names to be one speaker (their automatic groups are joined).
 *     "merges": [ { "names": ["Bill Clinton", "William Jefferson Clinton"] } ],
 *     // Quotes attributed to `name` in these articles belong to `speaker`: a pinned speaker; else, without
 *     // `role`, the speaker that name resolves to; with `role`, a separate person of that name told apart by it.
 *     "splits": [ { "name": "Clinton", "articles": ["2016-debate"], "speaker": "Hillary Clinton", "role": "candidate" } ]
 *   }
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { InputProblem } from '../model/types.js';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

const pinnedSpeakerSchema = z.strictObject({
  name: nonEmpty,
  aliases: z.array(nonEmpty).optional(),
  role: nonEmpty.optional(),
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "emmanuel-macron"')
    .optional(),
  kind: z.enum(['person', 'organization']).optional(),
});

const mergeSchema = z.strictObject({
  names: z.array(nonEmpty).min(2, 'a merge needs at least two names'),
});

const splitSchema = z.strictObject({
  name: nonEmpty,
  articles: z.array(nonEmpty).min(1, 'a split needs at least one article id'),
  speaker: nonEmpty,
  role: nonEmpty.optional(),
});

export const speakerOverridesSchema = z.strictObject({
  speakers: z.array(pinnedSpeakerSchema).optional(),
  merges: z.array(mergeSchema).optional(),
  splits: z.array(splitSchema).optional(),
});

/** The parsed content of `corpus/speakers.json`. */
export type SpeakerOverrides = z.infer<typeof speakerOverridesSchema>;

/**
 * Reads and validates a speaker overrides file. A missing file is no problem (null overrides);
 * unreadable JSON or a schema violation gives null overrides and a problem naming the file and the path.
 */
export async function loadSpeakerOverrides(
  file: string,
): Promise<{ overrides: SpeakerOverrides | null; problems: InputProblem[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { overrides: null, problems: [] };
    return {
      overrides: null,
      problems: [{ file, line: null, message: `speakers: '${file}' could not be read: ${(error as Error).message}` }],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      overrides: null,
      problems: [
        {
          file,
          line: null,
          message: `speakers: '${file}' is not valid JSON (${(error as Error).message}); fix it or remove it`,
        },
      ],
    };
  }
  const parsed = speakerOverridesSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      file,
      line: null,
      message: `speakers: '${file}' at ${issue.path.length ? issue.path.join('.') : '(top)'}: ${issue.message}; overrides ignored`,
    }));
    return { overrides: null, problems };
  }
  return { overrides: parsed.data, problems: [] };
}
