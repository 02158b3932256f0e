/**
 * Reading a quotation as people paste it: `Macron said: “We are ready…”`, `"…," Macron said.`, `“…” — Macron`.
 * The attribution around the words is taken off and its name kept as the claimed speaker.
 */

/** A pasted quotation split into the quoted words and the name its wrapper gives, if any. */
export interface PastedQuote {
  /** The words to look for, without wrapper text or enclosing quotation marks. */
  text: string;
  /** The speaker the wrapper names (`Macron`), or null. */
  claimedName: string | null;
}

/** Speech verbs a wrapper uses, as a regular-expression alternation (the rules are data: extend here). */
const WRAPPER_CUES = [
  'said',
  'says',
  'once said',
  'stated',
  'states',
  'declared',
  'declares',
  'wrote',
  'writes',
  'tweeted',
  'posted',
  'claimed',
  'claims',
  'added',
  'announced',
  'insisted',
  'warned',
  'told reporters',
  'told journalists',
] as const;

/** Capitalised words that start sentences rather than name speakers: `We said…` is a quote, not a wrapper. */
const NOT_NAMES: ReadonlySet<string> = new Set([
  'i',
  'we',
  'he',
  'she',
  'they',
  'you',
  'it',
  'this',
  'that',
  'there',
  'nobody',
  'everyone',
  'someone',
  'who',
]);

const NAME = String.raw`((?:[\p{Lu}][\p{L}\p{M}.’'-]*)(?:\s+(?:[\p{Lu}][\p{L}\p{M}.’'-]*|de|von|van|der|da|bin|al)){0,4})`;
const CUES = WRAPPER_CUES.map((c) => c.replace(/ /g, String.raw`\s+`)).join('|');
const OPEN = String.raw`["“”„«‹'‘’]`;
const CLOSE = String.raw`["“”»›'‘’]`;

/** Named wrapper rules, tried in order; `words` and `name` are the capture group numbers. */
const WRAPPERS: ReadonlyArray<{ name: string; pattern: RegExp; words: number; speaker: number }> = [
  // Macron said: "We are ready…"  /  Emmanuel Macron said that we are ready…
  {
    name: 'name-cue-before',
    pattern: new RegExp(String.raw`^${NAME}\s+(?:${CUES})(?:\s+that)?\s*[:,]?\s*(.+)$`, 'su'),
    words: 2,
    speaker: 1,
  },
  // "We are ready," Macron said.  /  "We are ready," said Macron.
  {
    name: 'quote-name-cue',
    pattern: new RegExp(String.raw`^(${OPEN}.+${CLOSE})\s*,?\s*${NAME}\s+(?:${CUES})\s*[.!]?$`, 'su'),
    words: 1,
    speaker: 2,
  },
  {
    name: 'quote-cue-name',
    pattern: new RegExp(String.raw`^(${OPEN}.+${CLOSE})\s*,?\s*(?:${CUES})\s+${NAME}\s*[.!]?$`, 'su'),
    words: 1,
    speaker: 2,
  },
  // "We are ready." — Emmanuel Macron
  {
    name: 'quote-dash-name',
    pattern: new RegExp(String.raw`^(.+?)\s*[-–—―]+\s*${NAME}\s*$`, 'su'),
    words: 1,
    speaker: 2,
  },
];

const ENCLOSING = new RegExp(String.raw`^[\s"“”„«»‹›'‘’]+|[\s"“”„«»‹›'‘’]+$`, 'gu');

function isName(candidate: string): boolean {
  const first = candidate.split(/\s+/)[0]?.toLowerCase() ?? '';
  return !NOT_NAMES.has(first);
}

/** Takes a pasted quotation apart: the words and, when a wrapper names someone, the claimed speaker. */
export function parsePastedQuote(input: string): PastedQuote {
  const trimmed = input.replace(/\s+/g, ' ').trim();
  for (const rule of WRAPPERS) {
    const m = rule.pattern.exec(trimmed);
    const name = m?.[rule.speaker]?.trim();
    const words = m?.[rule.words];
    if (!m || !name || !words || !isName(name)) continue;
    // A dash inside an unquoted sentence is not an attribution: only take it when the words were quoted.
    if (rule.name === 'quote-dash-name' && !new RegExp(`^${OPEN}`, 'u').test(words.trim())) continue;
    const text = words.replace(ENCLOSING, '').trim();
    if (text !== '') return { text, claimedName: name.replace(/[’']s$/u, '') };
  }
  return { text: trimmed.replace(ENCLOSING, '').trim(), claimedName: null };
}
