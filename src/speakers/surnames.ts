/**
 * How one article writes a bare name word (`Wong`, `Howard`): the evidence that decides whether a speaker the
 * article names by that word alone may take a full name found in another article of the corpus.
 *
 * A fact-checker reads "Lord Browne", "Ms Abbott" or "Sir Howard" and knows which people they cannot be: the peer
 * is not the minister `Des Browne`, Ms Abbott is not `Greg Abbott`, and Sir Howard's `Howard` is his given name.
 */
import { isGivenName } from '../lexicon/given-names.js';
import { NOT_GIVEN_NAMES, PEERAGE, TITLES } from '../lexicon/titles.js';
import { GIVEN_NAMES, HONORIFICS } from '../lexicon/words.js';
import { asciiFold } from '../model/text.js';
import { parseName, type ParsedName } from './names.js';

export type Gender = 'm' | 'f';

/** What an article's own text says about a bare name word. */
export interface NameReading {
  /** The peerage title the article writes before the word (`Lord`, `Baroness`), when it writes one only. */
  peerTitle: string | null;
  /** The gender the article's honorifics give the word (`Mr`, `Mrs`, `Ms`, `Miss`); null when none or both. */
  gender: Gender | null;
  /** The article writes the word as someone's given name: `Sir Howard Newby`, `Howard Flight's`. */
  givenUse: boolean;
  /** The article writes the word after a surname honorific (`Mr Howard`, `Dr Howard`): a surname reading. */
  surnameUse: boolean;
  /** `Sir Ian` where the article writes one `Sir Ian Blair`: the knight's full name (given name + surname). */
  knight: ParsedName | null;
}

/** Honorifics that stand before a surname (`Mr Blair`), as opposed to the knight's given name (`Sir Ian`). */
const SURNAME_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'madame', 'monsieur']);
/** British knights and dames are called by their given name: `Sir Ian` is Sir Ian Blair. */
const GIVEN_NAME_HONORIFICS = new Set(['sir', 'dame']);
const TITLE_WORDS = new Set(TITLES.filter((t) => t.words.length === 1).map((t) => t.words[0]!));

const key = (word: string): string => asciiFold(word).replace(/\.$/, '');

/** Reads every place `word` is written in `text` (whole words, a possessive allowed). */
export function readNameWord(text: string, word: string): NameReading {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // the word before (on the same line), the name word, and a capitalised word right after it
  const pattern = new RegExp(
    `(?:(?<![\\p{L}\\p{M}'’.-])(\\p{Lu}[\\p{L}]*\\.?)[ \\t]+)?(?<![\\p{L}\\p{M}'’-])${escaped}(?:['’]s)?(?![\\p{L}\\p{M}'’-])(?:[ \\t]+(\\p{Lu}[\\p{L}\\p{M}'’-]*\\p{Ll}[\\p{L}\\p{M}'’-]*)(?![\\p{L}\\p{M}]))?`,
    'gu',
  );
  const peers = new Set<string>();
  const genders = new Set<Gender>();
  const knights = new Map<string, ParsedName>();
  let givenUse = false;
  let surnameUse = false;
  let bareKnight = false;
  for (const m of text.matchAll(pattern)) {
    const before = m[1] ? key(m[1]) : null;
    const after = m[2]?.replace(/['’]s$/u, '') ?? null;
    const followedByName = after !== null && !NOT_GIVEN_NAMES.has(key(after)) && !TITLE_WORDS.has(key(after));
    if (before !== null && PEERAGE.has(before) && !followedByName) peers.add(m[1]!.replace(/\.$/, ''));
    if (before !== null && SURNAME_HONORIFICS.has(before)) {
      surnameUse = true;
      const g = HONORIFICS[m[1]!] ?? HONORIFICS[m[1]!.replace(/\.$/, '')];
      if (g) genders.add(g);
    }
    if (before !== null && GIVEN_NAME_HONORIFICS.has(before)) {
      if (followedByName) {
        const parsed = parseName(`${word} ${after}`, 'named');
        if (parsed?.kind === 'person' && parsed.firstKey) knights.set(parsed.exact, parsed);
      } else bareKnight = true;
      givenUse = true;
    } else if (followedByName && !(before !== null && SURNAME_HONORIFICS.has(before)) && isGivenName(word)) {
      givenUse = true;
    }
  }
  return {
    peerTitle: peers.size === 1 ? [...peers][0]! : null,
    gender: genders.size === 1 ? [...genders][0]! : null,
    givenUse,
    surnameUse,
    knight: bareKnight && knights.size === 1 && !surnameUse ? [...knights.values()][0]! : null,
  };
}

/**
 * The gender a full name's given name tells (`Greg Abbott` → m), or null: the hand-kept list with genders only (the
 * stdlib name lists put `Philippe` and `Claude` among women's names alone).
 */
export function genderOfFullName(parsed: ParsedName): Gender | null {
  if (parsed.kind !== 'person' || parsed.firstKey === null) return null;
  return GIVEN_NAMES[parsed.display.split(' ')[0] ?? ''] ?? null;
}
