/**
 * Named mentions of an article, found in one pass: who is named where, with role, gender and whether
 * the name looks like a person or an organisation. Coreference and name expansion read from it.
 */
import type { Range } from './quote-spans.js';
import {
  GIVEN_NAMES,
  HONORIFICS,
  CAPITALISED_NOT_NAMES,
  NAME_LEAD_NOUNS,
  ORG_NOUNS,
  ORG_WORDS,
  PERSON_NOUNS,
  PLACE_ORG_WORDS,
  TITLE_TOKENS,
} from '../lexicon/words.js';
import { isSpaceUnit, isUpperUnit } from './chars.js';
import { HYPHEN_DESCRIBER, isGivenName, romanisedGivenName } from '../lexicon/given-names.js';
import { workTitleAt } from '../lexicon/works.js';
import { DEMONYM_NOUNS, NATIONALITIES, PLACES, RESIDENTS, US_STATES } from '../lexicon/places.js';
import { POST_NOMINALS, ROLE_WORDS } from '../lexicon/titles.js';

export type Gender = 'm' | 'f' | null;

export interface Mention {
  start: number;
  end: number;
  /** The name without role words or honorific (`Emmanuel Macron`). */
  name: string;
  /** Role words before the name (`French President`), or null. */
  role: string | null;
  gender: Gender;
  org: boolean;
  /** Inside a quotation: not a candidate antecedent. */
  quoted: boolean;
}

export interface MentionIndex {
  mentions: Mention[];
  /** Last name token → fullest name seen (`Trump` → `Donald Trump`). */
  fullest: Map<string, string>;
  /**
   * Last name token → every full name (two words or more) written with it in the body, outside quotations, in
   * order (`Clinton` → `Bill Clinton`, `Hillary Clinton`); only keys with more than one such name are kept.
   */
  fullNames: Map<string, string[]>;
  /** Last name token → gender, when an honorific or given name tells. */
  genders: Map<string, Gender>;
  /** Last name token → role seen with it. */
  roles: Map<string, string>;
  /**
   * A body's short forms → its name (a body's acronym and its name are one speaker): the acronym written in
   * brackets after it (`IRGC` of `Islamic Revolutionary Guard Corps (IRGC)`) and its last word when that is an
   * organisation's word (SHORT_BODY_WORDS) no other body named in the article ends with (`Corps`). Absent in hand-made indexes.
   */
  bodies?: Map<string, string>;
  /** `splitName` as this article's extractor reads it (through its memo, `nameSplitter`, when it keeps one). */
  split: NameSplitter;
}

const TOKEN = String.raw`\p{Lu}[\p{L}\p{M}.’'\-]*`;
/** Honorifics and abbreviations a name goes on after with their period: `Mr.`, `Gen.`, `St.`. */
const DOTTED_WORDS = 'Mr Mrs Ms Dr Sen Sens Rep Reps Gov Gen Lt Col Capt Sgt Adm St Prof Rev Jr Sr Pres'.split(' ');
const DOTTED_WORD_SET: ReadonlySet<string> = new Set(DOTTED_WORDS);
/**
 * A token that a name may continue after: an initial (`J.`), a dotted abbreviation (`U.S.`), an
 * honorific (`Mr.`) or a word without a final period. `Biden. But` is two runs, not one name.
 */
const INNER_TOKEN = String.raw`(?:(?:\p{Lu}\.)+|(?:${DOTTED_WORDS.join('|')})\.|\p{Lu}[\p{L}\p{M}’'\-]*(?:\.\p{L}[\p{L}\p{M}’'\-]*)*)`;
const PARTICLES = [
  'de',
  'da',
  'del',
  'der',
  'van',
  'von',
  'bin',
  'al',
  'el',
  'di',
  'du',
  'le',
  'la',
  'ibn',
  'dos',
  'das',
  'ben',
  // `Piet den Hartog`, `Jan ter Horst`: Dutch particles
  'den',
  'ter',
];
const PARTICLE = `(?:${PARTICLES.join('|')})`;
/** A run of capitalised tokens, tried (sticky) only where a capital letter stands: every run opens with one. */
const NAME_RUN_AT = new RegExp(String.raw`(?:${INNER_TOKEN}[ \u00A0]+(?:${PARTICLE}[ \u00A0]+){0,2})*${TOKEN}`, 'uy');
const UPPER_POINT = /^\p{Lu}$/u;

/** A code unit that may be a capital: an ASCII one, or any past ASCII (read again below). Not a `u` pattern: code units. */
const CAPITAL_CANDIDATE = /[A-Z\u0080-\uffff]/g;

/**
 * The next offset at or after `from` holding an upper-case letter (`\p{Lu}`, astral ones included),
 * or -1. Candidates found by a one-class pattern (a tighter loop than a char-code scan over the lower-case letters,
 * spaces and punctuation between capitals), each past ASCII then read by char code: testing the name-run regex at
 * every offset of the text costs several times more.
 */
function nextCapital(text: string, from: number): number {
  const n = text.length;
  for (let i = from; ;) {
    CAPITAL_CANDIDATE.lastIndex = i;
    // (`test`, not `exec`: no match array made; the match is one code unit, ending at `lastIndex`)
    if (!CAPITAL_CANDIDATE.test(text)) return -1;
    i = CAPITAL_CANDIDATE.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c < 128) return i;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        if (UPPER_POINT.test(text.slice(i, i + 2))) return i;
        i += 2;
        continue;
      }
    }
    if (isUpperUnit(c)) return i;
    i++;
  }
}

const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * End of the name run at `at` when it is one plain ASCII word that nothing can continue (`The` before
 * `cat`, `Reuters` before a comma), or -1 when only the regex can tell. Most capitals of a text open such
 * a run: the regex then need not run. The run goes on only over a `.`, `'` or `-` (`U.S.`, `O'Neil`), a
 * non-ASCII character, or spaces before a capital or a particle (`Jo Lee`, `Ludwig van Beethoven`).
 */
function plainWordEnd(text: string, at: number): number {
  const n = text.length;
  if (!isAsciiUpper(text.charCodeAt(at))) return -1;
  let e = at + 1;
  while (e < n && isAsciiLetter(text.charCodeAt(e))) e++;
  if (e === n) return e;
  const c = text.charCodeAt(e);
  if (c === 32 || c === 0xa0) {
    let d = e + 1;
    while (d < n && (text.charCodeAt(d) === 32 || text.charCodeAt(d) === 0xa0)) d++;
    if (d === n) return e;
    const next = text.charCodeAt(d);
    if (next >= 128 || isAsciiUpper(next)) return -1;
    // a particle goes on a name only as a whole word followed by a space (`van Beethoven`), not as
    // the start of any word (`Trump delivered`): only then can the run go on
    return particleWordAt(text, d) ? -1 : e;
  }
  // ASCII characters a name token may hold besides letters: `.`, `'`, `-`
  return c < 128 && c !== 46 && c !== 39 && c !== 45 ? e : -1;
}

/** Does a particle stand at `at` as a whole word followed by a space (`van ` of `van Beethoven`)? */
function particleWordAt(text: string, at: number): boolean {
  if (PARTICLE_FIRST[text.charCodeAt(at)] !== 1) return false;
  for (const particle of PARTICLES) {
    if (!text.startsWith(particle, at)) continue;
    const after = text.charCodeAt(at + particle.length);
    if (after === 32 || after === 0xa0) return true;
  }
  return false;
}

/** A character a name's word holds besides ASCII letters, as both tokens of `NAME_RUN_AT` read it: `'`, `’`, `-`. */
const isWordMark = (c: number): boolean => c === 39 || c === 0x2019 || c === 45;

/**
 * End of the name run at `at` when its words are ASCII letters, apostrophes and hyphens (`Jo Lee`, `White House`,
 * `Trump's`, `Lee-Roe.`) joined by spaces, or -1 when only the regex can tell: what `NAME_RUN_AT` matches there, read
 * by char codes. Each word but the last is one the regex's inner token reads whole before its spaces; the last is its
 * final token, with a period closing it (`Lee.` of `Lee. The`) unless an initial's or an abbreviation's (`J.`,
 * `Mr.`), which a name goes on after. Anything else (a period before a letter, a non-ASCII letter, a particle after
 * the spaces) is left to the regex.
 */
function plainRunEnd(text: string, at: number): number {
  const n = text.length;
  let w = at;
  for (;;) {
    if (!isAsciiUpper(text.charCodeAt(w))) return -1;
    let e = w + 1;
    while (e < n && (isAsciiLetter(text.charCodeAt(e)) || isWordMark(text.charCodeAt(e)))) e++;
    if (e === n) return e;
    const c = text.charCodeAt(e);
    if (c === 46) {
      // `Lee.`: the final token takes the period, and the run ends after it, unless what follows may go on with
      // the token (a letter, `.`, `'`, `-`, a non-ASCII character)
      if (e - w === 1 || (e - w <= 4 && DOTTED_WORD_SET.has(text.slice(w, e)))) return -1;
      if (e + 1 === n) return e + 1;
      const f = text.charCodeAt(e + 1);
      return f >= 128 || isAsciiLetter(f) || f === 46 || isWordMark(f) ? -1 : e + 1;
    }
    if (c !== 32 && c !== 0xa0) return c < 128 ? e : -1;
    let d = e + 1;
    while (d < n && (text.charCodeAt(d) === 32 || text.charCodeAt(d) === 0xa0)) d++;
    if (d === n) return e;
    const next = text.charCodeAt(d);
    if (next >= 128) return -1;
    if (!isAsciiUpper(next)) return particleWordAt(text, d) ? -1 : e;
    w = d;
  }
}

/** First letters (char codes) of the particles. */
const PARTICLE_FIRST = new Uint8Array(128);
for (const p of PARTICLES) PARTICLE_FIRST[p.charCodeAt(0)] = 1;

/** Whitespace as `\s` reads it. */
const isSpaceAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && isSpaceUnit(c));
};
/** Nationality or place adjectives that prefix a role: `French`, `Ukrainian`, `Finland's`. */
/** A country's or a union's short name: `US`, `U.K.`, `EU`, `UN`. */
const COUNTRY_SHORT = /^(?:U\.S\.|U\.K\.|E\.U\.|UN|EU|US|UK)$/u;
const ROLE_PREFIX =
  /^(?:\p{Lu}\p{Ll}+(?:an|ian|ese|ish|ch|i|ic)|\p{Lu}[\p{L}.]*['’]s|U\.S\.|U\.K\.|E\.U\.|UN|EU|US|UK)$/u;

// GIVEN_NAMES and HONORIFICS as Maps: their lookups take the tokens of every name run, slices of the text
// (an object's property lookup first interns its key). A word that no capital opens is also looked up in the
// object, whose prototype's names (`constructor`, `toString`, …; none opens with a capital) it gives as before.
const GIVEN_GENDERS: ReadonlyMap<string, 'm' | 'f'> = new Map(Object.entries(GIVEN_NAMES));
const HONORIFIC_GENDERS: ReadonlyMap<string, 'm' | 'f' | null> = new Map(Object.entries(HONORIFICS));
const opensAsciiCapital = (t: string): boolean => t.charCodeAt(0) >= 65 && t.charCodeAt(0) <= 90;

/** `GIVEN_NAMES[t]`. */
export function givenGender(t: string): 'm' | 'f' | undefined {
  const known = GIVEN_GENDERS.get(t);
  if (known !== undefined || opensAsciiCapital(t)) return known;
  return GIVEN_NAMES[t];
}

/** `HONORIFICS[t]`. */
function honorificOf(t: string): 'm' | 'f' | null | undefined {
  if (HONORIFIC_GENDERS.has(t)) return HONORIFIC_GENDERS.get(t);
  return opensAsciiCapital(t) ? undefined : HONORIFICS[t];
}

/** `t in HONORIFICS`. */
export function isHonorific(t: string): boolean {
  return HONORIFIC_GENDERS.has(t) || (!opensAsciiCapital(t) && t in HONORIFICS);
}

/** Strips a trailing possessive and a sentence-final period from a token. */
export function cleanToken(token: string): string {
  // a final `'`, `’`, `'s` or `’s` dropped (what `replace(/['’]s?$/u, '')` does), read by char codes
  const n = token.length;
  const last = token.charCodeAt(n - 1);
  let t = token;
  if (last === 39 || last === 0x2019) t = token.slice(0, n - 1);
  else if (last === 115 && n >= 2 && (token.charCodeAt(n - 2) === 39 || token.charCodeAt(n - 2) === 0x2019))
    t = token.slice(0, n - 2);
  else if (last !== 46) return token;
  if (t.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(t) && !isHonorific(t) && !TITLE_TOKENS.has(t)) t = t.slice(0, -1);
  return t;
}

export interface NameParts {
  name: string;
  role: string | null;
  gender: Gender;
  org: boolean;
  /** Offset of the name within the raw text. */
  nameOffset: number;
}

/** A token that may stand in a name: a capital, or `4Cast`, `al-Shabaab`. */
const PARTICLE_SET: ReadonlySet<string> = new Set(PARTICLES);
const NAME_TOKEN_START = /^(?:\p{Lu}|\p{N}+\p{Lu}|(?:al|el|ad)-\p{Lu})/u;

/** A word that, alone before a post-nominal title, makes a description (`Tory MP`, `Labour MP`, `Welsh MP`). */
const describesTitle = (t: string): boolean =>
  TITLE_TOKENS.has(t) || ORG_WORDS.has(t) || ROLE_WORDS.has(t.toLowerCase()) || NATIONALITIES.has(t);

/** `50` of `50 Cent`: a number of one or two digits opening the run, before a capitalised word, opens a stage name. */
const numberLeadAt = (tokens: ReadonlyArray<{ t: string }>, k: number): boolean =>
  k === 0 && tokens.length > 1 && /^\p{N}{1,2}$/u.test(tokens[0]!.t) && /^\p{Lu}/u.test(tokens[1]!.t);

/**
 * `splitName` of a run that is one plain ASCII word (`[A-Z][A-Za-z]*`, what `plainWordEnd` gives), by
 * the same reading without tokenising it or consulting the memo: a word that is no name gives null, a
 * lone title word names a body only when it is an organisation word (`Senate`), any other word is a
 * name of its own.
 */
function splitPlainWord(word: string): NameParts | null {
  // (one lookup of the word, a slice of the text hashed once, instead of up to three)
  const sets = PLAIN_WORD_SETS.get(word);
  if (sets === undefined) return { name: word, role: null, gender: null, org: false, nameOffset: 0 };
  if ((sets & NOT_NAME) !== 0) return null;
  if ((sets & TITLE) !== 0)
    return (sets & ORG) !== 0 ? { name: word, role: null, gender: null, org: true, nameOffset: 0 } : null;
  return { name: word, role: null, gender: null, org: (sets & ORG) !== 0, nameOffset: 0 };
}

/** Bits of `PLAIN_WORD_SETS`: the word is in CAPITALISED_NOT_NAMES, TITLE_TOKENS, ORG_WORDS. */
const NOT_NAME = 1;
const TITLE = 2;
const ORG = 4;
/** The words of CAPITALISED_NOT_NAMES, TITLE_TOKENS and ORG_WORDS, each with the bits of the sets that hold it (built once). */
const PLAIN_WORD_SETS: ReadonlyMap<string, number> = (() => {
  const sets = new Map<string, number>();
  const add = (words: ReadonlySet<string>, bit: number): void => {
    for (const w of words) sets.set(w, (sets.get(w) ?? 0) | bit);
  };
  add(CAPITALISED_NOT_NAMES, NOT_NAME);
  add(TITLE_TOKENS, TITLE);
  add(ORG_WORDS, ORG);
  return sets;
})();

/** `splitName` as an extractor reads it: plain, or through the memo it keeps across articles (`nameSplitter`). */
export type NameSplitter = (raw: string) => NameParts | null;

/**
 * A memo of `splitName` for one extractor (a build's worker thread, a CLI run), made by its owner and passed
 * down with each article: the same runs recur across articles (`Trump`, `White House`), and a memo per
 * article made extraction 7 % slower (BENCH.md, ninth session). `splitName` is pure, so results are shared
 * safely; at most `limit` runs are kept.
 */
export function nameSplitter(limit = 50_000): NameSplitter {
  const memo = new Map<string, NameParts | null>();
  return (raw) => {
    const known = memo.get(raw);
    if (known !== undefined) return known;
    // the run is a slice of its article's text, and a slice kept as a key (or split into the parts' names)
    // holds the whole article in memory: the memo keeps a flat copy (a two-part string, flattened by the slice)
    const key = `${raw} `.slice(0, -1);
    const parts = splitName(key);
    if (memo.size >= limit) memo.clear();
    memo.set(key, parts);
    return parts;
  };
}

/**
 * Splits a capitalised run into role and name: `French President Emmanuel Macron` → role
 * `French President`, name `Emmanuel Macron`; `Mr. Rubio` → name `Rubio`, gender m.
 */
export function splitName(raw: string): NameParts | null {
  // the tokens `/\S+/gu` finds, by char codes (no astral character is white space)
  const tokens: Array<{ t: string; at: number }> = [];
  const n = raw.length;
  const shy = raw.includes('\u00AD');
  for (let i = 0; i < n;) {
    if (isSpaceUnit(raw.charCodeAt(i))) {
      i++;
      continue;
    }
    let e = i + 1;
    while (e < n && !isSpaceUnit(raw.charCodeAt(e))) e++;
    // (a soft hyphen, U+00AD, inside or opening a word is no part of the name: `Doug \u00ADAndres`)
    tokens.push({ t: shy ? raw.slice(i, e).replaceAll('\u00AD', '') : raw.slice(i, e), at: i });
    i = e;
  }
  // `Martin Luther King Jr.`: a suffix after a title word that is a surname would leave the suffix as the
  // name; the name is read without it
  if (
    tokens.length > 2 &&
    /^(?:Jr|Sr|II|III|IV)\.?,?$/u.test(tokens[tokens.length - 1]!.t) &&
    TITLE_TOKENS.has(cleanToken(tokens[tokens.length - 2]!.t))
  )
    tokens.pop();
  let i = 0;
  while (i < tokens.length && CAPITALISED_NOT_NAMES.has(cleanToken(tokens[i]!.t))) i++;
  const body = bodyOfName(tokens, i);
  if (body !== null) return body;
  let gender: Gender = null;
  const roleStart = i;
  const j = tokens.length - 1;
  // name = the trailing run of tokens that are not role words
  let k = j;
  while (
    k >= i &&
    // `Charles de Gaulle`: a particle between capitalised tokens stays in the name
    (NAME_TOKEN_START.test(tokens[k]!.t) || nameParticleAt(tokens, k, i, j) || numberLeadAt(tokens, k)) &&
    !TITLE_TOKENS.has(tokens[k]!.t) &&
    !TITLE_TOKENS.has(cleanToken(tokens[k]!.t)) &&
    !(k < j && ROLE_PREFIX.test(tokens[k]!.t) && TITLE_TOKENS.has(tokens[k + 1]?.t ?? ''))
  )
    k--;
  if (k >= j && j > 0 && /^(?:Mr|Mrs|Ms|Miss|Dr)\.?$/u.test(tokens[j - 1]!.t)) {
    // `Ms. White`, `Mr King`: after an honorific (one read as no name's part too), a role word is a surname
    k = j - 1;
    if (k < i) i = k;
  } else if (
    k >= j &&
    j === i + 1 &&
    BARE_SURNAME_TITLES.has(cleanToken(tokens[j]!.t)) &&
    unknownGivenName(cleanToken(tokens[i]!.t))
  ) {
    // `Mervyn King`: a capitalised word that is no title, body, place or nationality before a title word
    // that is mostly a surname is a given name the lists do not hold
    k = i - 1;
  } else if (k >= j && j > i && givenBeforeTitle(tokens[j - 1]!.t, tokens[j]!.t)) {
    // `Amy Pope`, `Jane Judge`, `Billie Jean King`: given names before a role word make it a surname
    k = j - 2;
    while (k >= i && givenBeforeTitle(tokens[k]!.t, tokens[j]!.t)) k--;
  }
  if (k >= j) {
    // `Jo Lee's Harbour Party`: a given name and a surname owning a body's name the title list reads (`Party`, `Labour`)
    // close that person's name, as they do before other names (below); what follows is the run read alone
    const owned = ownedAfterPerson(tokens, i);
    if (owned > 0) {
      const at = tokens[owned]!.at;
      const rest = splitName(raw.slice(at));
      return rest === null ? null : { ...rest, nameOffset: at + rest.nameOffset };
    }
    // everything is role words: `the White House`-like organisations keep the whole run
    const whole = tokens
      .slice(i)
      .map((x) => cleanToken(x.t))
      .join(' ');
    if (!whole) return null;
    const org = tokens.slice(i).some((x) => ORG_WORDS.has(cleanToken(x.t)));
    return org ? { name: whole, role: null, gender: null, org: true, nameOffset: tokens[i]!.at } : null;
  }
  // `General Electric`, `General Mills`: the bare title word before one name that is no given name
  // opens a company's name (a general is `Gen. Jo Lee` or `General Jo Lee`)
  if (k === roleStart && k + 1 === j && tokens[k]!.t === 'General') k--;
  // `Alachua Sheriff's Office`, `the Governor's Ball`: a word after an office's possessive is a thing or a body named
  // for the office (no person's name): the whole run is a name, a body's
  if (k === j - 1 && k >= roleStart && /['’]s$/u.test(tokens[k]!.t) && TITLE_TOKENS.has(cleanToken(tokens[k]!.t))) {
    const whole = tokens
      .slice(i)
      .map((x, m) => (m === j - i ? cleanToken(x.t) : x.t))
      .join(' ');
    return { name: whole, role: null, gender: null, org: true, nameOffset: tokens[i]!.at };
  }
  // `Crown Bill` of `Succession to the Crown Bill`, `Finance Bill`: a title's word (no honorific or person's role:
  // `Senator Bill`) before a lone `Bill`
  // names a bill before parliament, not a person called Bill (a title goes with a surname): a thing's name
  if (
    k === j - 1 &&
    k >= roleStart &&
    cleanToken(tokens[j]!.t) === 'Bill' &&
    !isHonorific(tokens[k]!.t) &&
    !ROLE_WORDS.has(tokens[k]!.t.toLowerCase())
  ) {
    const whole = tokens
      .slice(roleStart)
      .map((x) => cleanToken(x.t))
      .join(' ');
    return { name: whole, role: null, gender: null, org: false, nameOffset: tokens[roleStart]!.at };
  }
  let nameTokens = tokens.slice(k + 1);
  const roleTokens = tokens.slice(roleStart, k + 1);
  // `Senator from Vermont Jo Lee`, `President of Argentina Ana Ruiz`: a place before a given name and a
  // surname is the end of a title, not part of the name
  const place = leadingPlace(nameTokens);
  if (place > 0) nameTokens = nameTokens.slice(place);
  // `Director of National Intelligence Jo Lee`, `Minister for Harbour Affairs Ann Roe`: after a title's `of` or
  // `for`, the capitalised words before a given name and a surname name what the title is of, not the person
  const objectOfTitle = place === 0 ? titleObjectBeforeName(roleTokens, nameTokens) : 0;
  const titleObject = nameTokens.slice(0, objectOfTitle).map((x) => x.t);
  if (objectOfTitle > 0) nameTokens = nameTokens.slice(objectOfTitle);
  // `North Kestrel-born Jo Lee`, `the Harbour Bay-inspired Rovers`: a word glued to a participle describes the name
  // after it, and closes the words before it (no role, as `Leeds-based` is none); a run ending in one (`Harbour
  // Street-style`) names nobody
  if (raw.includes('-')) {
    const d = nameTokens.findLastIndex((x) => HYPHEN_DESCRIBER.test(x.t) && !romanisedGivenName(x.t));
    if (d === nameTokens.length - 1) return null;
    if (d >= 0) nameTokens = nameTokens.slice(d + 1);
  }
  // `Voter Kitty Mak`, `Fourteen-year-old Zoe`, `NASA Administrator Jim Bridenstine`, `United Nations Nikki
  // Haley`: a role, an age or a body's name glued before a person's name is no part of it
  const glued = leadingRoleOrBody(nameTokens);
  // (an award's last word is no role: `Year` of `… of the Year Jo Lee`)
  const gluedRole = nameTokens
    .slice(0, glued)
    .map((x) => x.t)
    .filter((t) => !EPITHET_TAILS.has(cleanToken(t)) && !HYPHEN_ADJECTIVE.test(t));
  if (glued > 0) nameTokens = nameTokens.slice(glued);
  // `Jo Lee QC`, `Ann Roe MP`: a title written after the name is no part of it (the speaker's record reads it
  // off the mention as a role)
  // (`Tory MP`, `Scottish MP`: a party, a role or a nationality before it is a description, not a name `Tory`)
  while (
    nameTokens.length > 1 &&
    POST_NOMINALS[cleanToken(nameTokens[nameTokens.length - 1]!.t).toLowerCase()] &&
    (nameTokens.length > 2 || !describesTitle(cleanToken(nameTokens[0]!.t)))
  )
    nameTokens = nameTokens.slice(0, -1);
  // `Wenger's Harbourton`, `Acme's Jo Lee`, `Acme's Political Editor Jo Lee`: a possessor written inside the run is
  // another's name, not this one's part; what follows it is read as a run of its own (its role, its gender)
  for (let p = nameTokens.length - 2; p >= 0; p--)
    if (possessorBeforeName(nameTokens[p]!.t, nameTokens.slice(p + 1), p > 0)) {
      const at = nameTokens[p + 1]!.at;
      const rest = splitName(raw.slice(at));
      return rest === null ? null : { ...rest, nameOffset: at + rest.nameOffset };
    }
  // `Jo Lee's Budget`, `Ann Roe's Harbour`: a possessive after a given name and a surname closes that person's name;
  // what follows is what the person owns, read as a run of its own (no person's name with the owner's gender)
  if (
    nameTokens.length >= 3 &&
    (isGivenName(cleanToken(nameTokens[0]!.t)) || givenGender(nameTokens[0]!.t) !== undefined)
  )
    for (let p = 1; p < nameTokens.length - 1; p++)
      if (/\p{L}['’]s$/u.test(nameTokens[p]!.t)) {
        const at = nameTokens[p + 1]!.at;
        const rest = splitName(raw.slice(at));
        return rest === null ? null : { ...rest, nameOffset: at + rest.nameOffset };
      }
  // (`Ms James`, `Mr Pugh`: the undotted honorific is skipped as no name's part, and still tells the gender)
  for (const r of tokens.slice(0, k + 1)) {
    const g = honorificOf(r.t);
    if (g !== undefined && g !== null) gender = g;
  }
  const first = cleanToken(nameTokens[0]!.t);
  // (`Chelsea's William Gallas`: a possessor written before the name is not its given name)
  const given = /['’]s?$/u.test(nameTokens[0]!.t) ? cleanToken(nameTokens[1]?.t ?? '') : first;
  if (gender === null && nameTokens.length > 1) gender = givenGender(given) ?? null;
  const roleWords = [...roleTokens.map((r) => r.t), ...titleObject, ...gluedRole].filter(
    (t, n, all) => !isHonorific(t) || honorificInTitle(all, n),
  );
  const org = nameTokens.some((x) => ORG_WORDS.has(cleanToken(x.t)));
  const name = nameTokens.map((x, n) => (n === nameTokens.length - 1 ? cleanToken(x.t) : x.t)).join(' ');
  if (!name || CAPITALISED_NOT_NAMES.has(name)) return null;
  // `US Immigration`, `UK Athletics`: a country's short name alone before one word that is no given name opens a
  // body's name (a person is `US Senator Lee`, `US-born Lee`, with a role's word)
  if (
    roleTokens.length === 1 &&
    roleWords.length === 1 &&
    nameTokens.length === 1 &&
    !org &&
    COUNTRY_SHORT.test(roleTokens[0]!.t) &&
    !isGivenName(name) &&
    givenGender(name) === undefined &&
    !PLACES.has(name)
  )
    return { name: `${roleTokens[0]!.t} ${name}`, role: null, gender: null, org: true, nameOffset: roleTokens[0]!.at };
  return { name, role: roleWords.length ? roleWords.join(' ') : null, gender, org, nameOffset: nameTokens[0]!.at };
}

/**
 * The index of the token after a person's possessive (`Jo Lee's`: a given name, a surname, `'s`) opening the run at
 * `i`, with a body's word after it (`Party`, `House`); 0 when the run opens otherwise.
 */
function ownedAfterPerson(tokens: ReadonlyArray<{ t: string }>, i: number): number {
  if (tokens.length - i < 3) return 0;
  const first = cleanToken(tokens[i]!.t);
  if (!isGivenName(first) && givenGender(tokens[i]!.t) === undefined) return 0;
  for (let p = i + 1; p < tokens.length - 1 && p <= i + 2; p++)
    if (/\p{L}['’]s$/u.test(tokens[p]!.t))
      return tokens.slice(p + 1).some((x) => ORG_WORDS.has(cleanToken(x.t))) ? p + 1 : 0;
  return 0;
}

/** A possessive word: `Acme's`, `Ladbrokes'`, `ABS'` (not `O'` of `O' Neill`). */
const POSSESSOR = /\p{L}(?:['’]s|s['’])$|^\p{Lu}+S['’]$/u;
/** An acronym's possessive written with a bare apostrophe: `ABS'` (a body's name, as `ABS's` is seldom written). */
const ACRONYM_POSSESSOR = /^\p{Lu}+S['’]$/u;
/** A plural noun's or a group's possessive that opens a body's name: `Bankers'`, `Women's` of `Women's Institute`. */
const BODY_POSSESSOR = /(?:ers|ors|ists|ians|men)['’]$|^(?:Women|Men|Children|People|Workers)['’]s$/u;

/**
 * Is `possessor` another's name written before a person's or a body's own name (`Acme's` of `Acme's Jo Lee`,
 * `Wenger's` of `Wenger's Harbourton`), not part of one name (`British Bankers' Association`, `Lawyers' Christian
 * Fellowship`, `Lloyd's Register`)? What follows holds no body's word, and is a given name and more, or one word
 * that can be a name after a singular possessor.
 */
function possessorBeforeName(possessor: string, tail: ReadonlyArray<{ t: string }>, afterWord = false): boolean {
  // (at most three words after it: a longer run is a headline's or a role's, `Acme's Washington Political Editor Jo Lee`)
  if (tail.length > 3 || !POSSESSOR.test(possessor) || BODY_POSSESSOR.test(possessor)) return false;
  if (!NAME_TOKEN_START.test(tail[0]!.t)) return false;
  for (const x of tail) {
    const t = cleanToken(x.t);
    if (ORG_WORDS.has(t) || PLACE_ORG_WORDS.has(t)) return false;
  }
  if (tail.length >= 2) {
    const first = cleanToken(tail[0]!.t);
    if (isGivenName(first) || givenGender(first) !== undefined) return true;
    // `Acme News Live's Ivo Roe`, `ABS' Ivo Roe`: a longer name's or an acronym's possessive (a body's, an outlet's)
    // before two words that can be a given name no list holds and a surname
    return (
      tail.length === 2 &&
      (afterWord || ACRONYM_POSSESSOR.test(possessor)) &&
      tail.every((x) => unlistedNameWord(cleanToken(x.t)))
    );
  }
  const word = cleanToken(tail[0]!.t);
  return /['’]s$/u.test(possessor) && unlistedNameWord(word) && !ORG_NOUNS.has(word.toLowerCase());
}

/**
 * Is the honorific at `n` of a role's words part of a title (`Lady` of `Former First Lady`, `Lord` of `Lord Mayor`,
 * `Lord Chancellor`), not a name's honorific to drop (`Sir` of `Chief Executive Sir Jo Lee`)?
 */
function honorificInTitle(words: readonly string[], n: number): boolean {
  const t = words[n]!;
  if (t !== 'Lady' && t !== 'Lord') return false;
  if (n > 0 && words[n - 1] === 'First') return true;
  const next = words[n + 1];
  return t === 'Lord' && next !== undefined && TITLE_TOKENS.has(next) && !isHonorific(next);
}

/**
 * `Ministry of Defence`, `Bank of England`, `Council for Harbour Trade`: an organisation's word before `of` or `for`
 * opens a body's whole name (not a place's word: `Harbour County`), unless a given name and a surname end the run
 * (`Department of Health Secretary Jo Lee`: the person, read as usual). Null when the run is no such name.
 */
function bodyOfName(tokens: ReadonlyArray<{ t: string; at: number }>, i: number): NameParts | null {
  let of = -1;
  for (let n = i + 1; n < tokens.length - 1 && of < 0; n++) if (tokens[n]!.t === 'of' || tokens[n]!.t === 'for') of = n;
  if (of < 0) return null;
  const head = cleanToken(tokens[of - 1]!.t);
  if (!ORG_WORDS.has(head) || PLACE_ORG_WORDS.has(head)) return null;
  const n = tokens.length;
  if (n - of > 3 && isGivenName(cleanToken(tokens[n - 2]!.t))) return null;
  const name = tokens
    .slice(i)
    .map((x, m) => (m === n - i - 1 ? cleanToken(x.t) : x.t))
    .join(' ');
  return { name, role: null, gender: null, org: true, nameOffset: tokens[i]!.at };
}

/** Capitalised role words that the title list does not hold, written before names in web news (`Lead Jo Lee`). */
const GLUED_ROLE_WORDS: ReadonlySet<string> = new Set([
  'lead',
  'co-lead',
  'administrator',
  'fellow',
  'assemblywoman',
  'assemblyman',
  'assemblymember',
  'emeritus',
  'archbishop',
  'developer',
  'co-developer',
  'co-author',
  'co-founder',
  'researcher',
  'voter',
  // (young people, named by their age: `Teenager Ivo Roe`, a given name no list holds)
  'teenager',
  'youngster',
  'schoolboy',
  'schoolgirl',
]);
/** Last words of bodies' names that may stand glued before a person's name (`Amnesty International Jo Lee`). */
const BODY_TAILS: ReadonlySet<string> = new Set(['International', 'Nations', 'Institute', 'Society', 'Foundation']);

/**
 * Last words of an award's or epithet's name written before a person's (`Player of the Year Jo Lee`, `Man of the
 * Match Ann Roe`): the capitalised run opens at it, and it is no part of the name.
 */
const EPITHET_TAILS: ReadonlySet<string> = new Set(['Year', 'Month', 'Week', 'Decade', 'Century', 'Match', 'Season']);

/** Is the token a role, an age or a job before a name: `Voter`, `Fourteen-year-old`, `Co-developer`, `Chef`? */
function gluedRoleWord(token: string): boolean {
  const t = cleanToken(token);
  const lower = t.toLowerCase();
  return (
    /^\p{Lu}[\p{L}-]*-year-old$/u.test(t) ||
    EPITHET_TAILS.has(t) ||
    GLUED_ROLE_WORDS.has(lower) ||
    ((PERSON_NOUNS.has(lower) || ROLE_WORDS.has(lower) || NAME_LEAD_NOUNS.has(lower)) &&
      !givenGender(t) &&
      !isGivenName(t)) ||
    /^Co-\p{Ll}+$/u.test(t)
  );
}

/** `Leeds-based`, `Harbour-born`, `Top-seeded`: a capitalised word glued to a participle, an adjective before a name. */
const HYPHEN_ADJECTIVE = /^\p{Lu}[\p{L}]*-(?:based|born|bred|seeded|backed|owned|led|run|funded|listed)$/u;

/**
 * How many leading tokens of a name are a role, an age or a body's name glued before a person's name
 * (`Voter Kitty Mak` → 1, `NASA Administrator Jim Bridenstine` → 2, `United Nations Nikki Haley` → 2), or an
 * adjective of a place or a nation (`Leeds-based Acme` → 1, `Australian Jo Lee` → 1); 0 when none. The person's name left must be a given name and more, or follow an age; no organisation word in it.
 */
function leadingRoleOrBody(nameTokens: ReadonlyArray<{ t: string }>): number {
  const n = nameTokens.length;
  if (n < 2) return 0;
  // most names hold no such word: one cheap pass over the tokens before the last decides
  let any = false;
  for (let i = 0; i < n - 1 && !any; i++) {
    const t = cleanToken(nameTokens[i]!.t);
    any =
      ORG_WORDS.has(t) ||
      BODY_TAILS.has(t) ||
      /^\p{Lu}{2,}$|-year-old$|^Co-/u.test(t) ||
      HYPHEN_ADJECTIVE.test(t) ||
      NATIONALITIES.has(t) ||
      DEMONYM_NOUNS.has(t) ||
      GLUED_ROLE_WORDS.has(t.toLowerCase()) ||
      PERSON_NOUNS.has(t.toLowerCase()) ||
      ROLE_WORDS.has(t.toLowerCase()) ||
      NAME_LEAD_NOUNS.has(t.toLowerCase()) ||
      EPITHET_TAILS.has(t);
  }
  if (!any) return 0;
  for (let p = Math.min(n - 2, 5); p >= 0; p--) {
    const tok = cleanToken(nameTokens[p]!.t);
    const rest = nameTokens.slice(p + 1).map((x) => cleanToken(x.t));
    if (rest.length > 3 || rest.some((t) => ORG_WORDS.has(t) || CAPITALISED_NOT_NAMES.has(t))) continue;
    // (`Leeds-based Acme`, `Harbour-born Jo Lee`: like an age, a place's adjective glued before any name)
    const age = /-year-old$/u.test(tok) || HYPHEN_ADJECTIVE.test(tok);
    // a role word of the list (`Assemblywoman`, `Co-developer`) needs no known given name after it
    const sure = GLUED_ROLE_WORDS.has(tok.toLowerCase()) || /^Co-\p{Ll}+$/u.test(tok);
    const givenNext = sure || isGivenName(rest[0]!) || givenGender(rest[0]!) !== undefined;
    // `Australian Jo Lee`, `Swede Jo Lind`: a nationality before a given name and a surname
    if (
      rest.length >= 2 &&
      givenNext &&
      (NATIONALITIES.has(tok) || DEMONYM_NOUNS.has(tok)) &&
      nameTokens.slice(0, p).every((x) => HYPHEN_ADJECTIVE.test(x.t))
    )
      return p + 1;
    if (!age && (rest.length < 2 || !givenNext)) continue;
    if (age || gluedRoleWord(tok)) {
      // every token before the role is a role, a body's name or an acronym (`NASA Administrator`)
      const lead = nameTokens.slice(0, p).map((x) => cleanToken(x.t));
      if (lead.every((t) => gluedRoleWord(t) || ORG_WORDS.has(t) || BODY_TAILS.has(t) || /^\p{Lu}{2,}$/u.test(t)))
        return p + 1;
    }
    if (BODY_TAILS.has(tok) || (ORG_WORDS.has(tok) && p > 0)) return p + 1;
  }
  return bodyTailThenUnlistedName(nameTokens);
}

/**
 * `Amnesty International Ivo-ka Roe`, `Harbour Foundation Ivo Roe`: a body's last word (`BODY_TAILS`, which no person's
 * name ends with) before two words that can be a given name no list holds and a surname → the number of the body's
 * tokens, else 0. Not a place's two words (`Amnesty International Hong Kong`).
 */
function bodyTailThenUnlistedName(nameTokens: ReadonlyArray<{ t: string }>): number {
  const n = nameTokens.length;
  if (n < 3 || n > 6 || !BODY_TAILS.has(cleanToken(nameTokens[n - 3]!.t))) return 0;
  const given = nameTokens[n - 2]!.t;
  const surname = cleanToken(nameTokens[n - 1]!.t);
  if (!unlistedNameWord(given) || !unlistedNameWord(surname)) return 0;
  const pair = `${given} ${surname}`;
  if (PLACES.has(pair) || US_STATES.has(pair) || POST_NOMINALS[surname.toLowerCase()]) return 0;
  return n - 2;
}

/**
 * Is `tokens[k]` a lower-case particle of the name ending at `j` (`de` of `Charles de Gaulle`, both of `Ursula von
 * der Leyen`)? Before a later token of the name, after a capitalised token or another particle, or opening the run
 * (`de Gaulle`, as a cue's reading gives it).
 */
function nameParticleAt(tokens: ReadonlyArray<{ t: string }>, k: number, i: number, j: number): boolean {
  if (k >= j || !PARTICLE_SET.has(tokens[k]!.t)) return false;
  if (k === i) return k === 0;
  const prev = tokens[k - 1]!.t;
  return NAME_TOKEN_START.test(prev) || PARTICLE_SET.has(prev);
}

/** Title words that are also surnames (`Stephen King`, `John Major`, `Amy Pope`). */
const SURNAME_TITLES: ReadonlySet<string> = new Set([
  'King',
  'Major',
  'Bishop',
  'Pope',
  'Judge',
  'Prince',
  'Dean',
  'Marshal',
  'Baron',
  'Earl',
  'Duke',
  'Abbot',
  'Chancellor',
  'Sheriff',
  'Mayor',
  'Speaker',
  'Knight',
  'Sergeant',
  'White',
  'Black',
]);

/** Title words that are more often surnames than titles after a capitalised word (`Mervyn King`, `Jack Black`). */
const BARE_SURNAME_TITLES: ReadonlySet<string> = new Set([
  'King',
  'Major',
  'Bishop',
  'Pope',
  'Knight',
  'White',
  'Black',
]);

/** Could `word` be a given name no list holds: no title, body, place, known non-name, nor a nationality's shape (`Saudi`, `Spanish`)? */
function unknownGivenName(word: string): boolean {
  return (
    /^\p{Lu}\p{Ll}+$/u.test(word) &&
    !TITLE_TOKENS.has(word) &&
    !ORG_WORDS.has(word) &&
    !CAPITALISED_NOT_NAMES.has(word) &&
    !PLACES.has(word) &&
    !US_STATES.has(word) &&
    !/(?:ish|ian|ese|an|i)$/u.test(word)
  );
}

/**
 * Is `token` a given name before the title word `title`, making the title a surname? A name of the
 * hand-kept list before any title word (`Jane Judge`, `Jo White`); one of the longer first-name lists
 * (which hold words like `Tory`) only before a title word that is also a surname (`Billie Jean King`).
 */
function givenBeforeTitle(token: string, title: string): boolean {
  const t = cleanToken(token);
  if (TITLE_TOKENS.has(token) || TITLE_TOKENS.has(t)) return false;
  return givenGender(t) !== undefined || (SURNAME_TITLES.has(cleanToken(title)) && isGivenName(t));
}

/**
 * How many tokens of `nameTokens` open it with a place (a country, a large city, a US state) or a word for
 * its people (`Texan`, `New Yorker`) followed by at least a given name and a surname; 0 when it does not. A place that is also a given name (`Georgia`) never counts.
 */
function leadingPlace(nameTokens: ReadonlyArray<{ t: string }>): number {
  if (nameTokens.length < 3) return 0;
  const head = cleanToken(nameTokens[0]!.t);
  for (let n = Math.min(3, nameTokens.length - 2); n >= 1; n--) {
    const place =
      n === 1
        ? head
        : nameTokens
            .slice(0, n)
            .map((x) => cleanToken(x.t))
            .join(' ');
    // (or a word for its people: `New Yorker Dick Morris`, `Texan Jo Lee`)
    if (!PLACES.has(place) && !US_STATES.has(place) && !NATIONALITIES.has(place) && !RESIDENTS.has(place)) continue;
    if (isGivenName(head)) return 0;
    return isGivenName(cleanToken(nameTokens[n]!.t)) ? n : 0;
  }
  return 0;
}

/**
 * How many tokens of `nameTokens` name what a title ending in `of` or `for` is of (`National Intelligence` of
 * `Director of National Intelligence Jo Lee` → 2): the tokens before the first given name, when one to three of
 * them (no given name) come before it and one or two tokens follow it; 0 otherwise.
 */
function titleObjectBeforeName(
  roleTokens: ReadonlyArray<{ t: string }>,
  nameTokens: ReadonlyArray<{ t: string }>,
): number {
  const last = roleTokens[roleTokens.length - 1]?.t;
  if ((last !== 'of' && last !== 'for') || roleTokens.length < 2 || nameTokens.length < 3) return 0;
  for (let p = 1; p <= Math.min(3, nameTokens.length - 2); p++) {
    const t = cleanToken(nameTokens[p]!.t);
    if (!isGivenName(t)) continue;
    if (nameTokens.length - p > 3) return 0;
    return nameTokens.slice(0, p).some((x) => isGivenName(cleanToken(x.t))) ? 0 : p;
  }
  return objectThenUnknownName(nameTokens);
}

/** A word that may be a person's given name or surname the lists do not hold: `Ivo`, `Roe` (not `Council`, `Texas`). */
export const unlistedNameWord = (t: string): boolean =>
  /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(t) &&
  !OFFICE_OBJECT_WORDS.has(t) &&
  !ORG_WORDS.has(t) &&
  !PLACE_ORG_WORDS.has(t) &&
  !TITLE_TOKENS.has(t) &&
  !CAPITALISED_NOT_NAMES.has(t) &&
  !PLACES.has(t) &&
  !US_STATES.has(t) &&
  !NATIONALITIES.has(t);

/** Do the first `k` tokens name a place, a US state or a country (`London` of `Mayor of London Ivo Roe`)? */
function placeObject(nameTokens: ReadonlyArray<{ t: string }>, k: number): boolean {
  const object = nameTokens
    .slice(0, k)
    .map((x) => cleanToken(x.t))
    .join(' ');
  return PLACES.has(object) || US_STATES.has(object);
}

/**
 * `Parliament Ivo Roe` of `Speaker of Parliament Ivo Roe`, `National Intelligence Ivo Roe`, `London Ivo Roe` of `Mayor
 * of London Ivo Roe`: what a title is of, ending in a body's or an office's word, or a place, then two words that can be a given name the lists do not hold and a surname →
 * the number of the object's tokens (1 to 3), else 0.
 */
function objectThenUnknownName(nameTokens: ReadonlyArray<{ t: string }>): number {
  const n = nameTokens.length;
  if (n < 3 || n > 5) return 0;
  const lastOfObject = cleanToken(nameTokens[n - 3]!.t);
  if (!ORG_WORDS.has(lastOfObject) && !OFFICE_OBJECT_WORDS.has(lastOfObject) && !placeObject(nameTokens, n - 2))
    return 0;
  if (!unlistedNameWord(nameTokens[n - 2]!.t) || !unlistedNameWord(cleanToken(nameTokens[n - 1]!.t))) return 0;
  return n - 2;
}

/**
 * Does `phrase` open with a place followed by a given name and a surname (`Vermont Jo Lee`)? Then the
 * place ends a title before it (`Senator from Vermont Jo Lee`) and the rest is the person's name.
 */
export function opensWithPlaceThenName(phrase: string): boolean {
  const tokens: Array<{ t: string }> = [];
  for (const t of phrase.split(/\s+/u)) if (t !== '') tokens.push({ t });
  return leadingPlace(tokens) > 0;
}

/**
 * Does `phrase`, `of` or `for` and what follows a title (`of National Intelligence Jo Lee`), name what the title is
 * of and then a given name and a surname?
 */
export function opensWithTitleObjectThenName(phrase: string): boolean {
  const tokens: Array<{ t: string }> = [];
  for (const t of phrase.split(/\s+/u)) if (t !== '') tokens.push({ t });
  if (tokens.length < 4 || (tokens[0]!.t !== 'of' && tokens[0]!.t !== 'for')) return false;
  return titleObjectBeforeName([{ t: 'Title' }, tokens[0]!], tokens.slice(1)) > 0;
}

function wordCount(name: string): number {
  let n = 1;
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) n++;
  return n;
}

/**
 * `WRAZ-TV Harbour`, `K9-FM Harbour`: a name opening with a call sign (capitals and a hyphen) is a station's name with
 * another name after it (a station and its network), no fuller form of the last word (`Harbour producers` is not
 * `WRAZ-TV Harbour`). (A plain word in capitals is left alone: initials run together, `JRR Lee`, and headings'
 * capitals open people's names too.)
 */
function callSignLead(name: string): boolean {
  const space = name.indexOf(' ');
  if (space < 0) return false;
  // (a call sign holds a hyphen: a first word without one needs no expression run)
  const hyphen = name.indexOf('-');
  if (hyphen < 0 || hyphen > space) return false;
  return /^[\p{Lu}\p{N}]{2,}(?:-[\p{Lu}\p{N}]+)+$/u.test(name.slice(0, space));
}

/** A longer name wins, but a name opening with a known given name beats a longer one that does not. */
function betterName(name: string, prev: string | undefined): boolean {
  if (prev === undefined) return true;
  // (a one-word name is a surname: `James` is not preferred to `Shani Rhys James` for being a given name too)
  const given = (n: string): boolean => {
    const space = n.indexOf(' ');
    return space > 0 && givenGender(n.slice(0, space)) !== undefined;
  };
  if (given(name) !== given(prev)) return given(name);
  const a = wordCount(name);
  const b = wordCount(prev);
  return a > b && a <= 4;
}

/** Does the name open with a given name (`Jo` of `Jo Lee`)? */
function givenNameFirst(name: string): boolean {
  const first = name.slice(0, name.indexOf(' '));
  return isGivenName(first) || givenGender(first) !== undefined;
}

export const lastToken = (name: string): string => {
  // (the last space found by char codes: `lastIndexOf` is a call into the runtime, dearer for these short names)
  let space = name.length - 1;
  while (space >= 0 && name.charCodeAt(space) !== 32) space--;
  return space < 0 ? name : name.slice(space + 1);
};

/** An organisation word and `of` just before: `Council of ` in `Council of Economic Advisers`. */
const ORG_OF_BEFORE = /(\p{Lu}[\p{L}\p{M}.]*)\s+(?:of|for)\s+(?:the\s+)?$/u;

/**
 * Does the capitalised run at `at` continue an organisation's name (`University of ` + `Texas`)? What `ORG_OF_BEFORE`
 * reads in the 40 characters before the run, read back by char codes: the window's end fixes where `of` or `for`
 * stands, so the word before them is the only one the expression can take, from its first capital (`Bank` of
 * `xBank of `). A word with a non-ASCII character is left to the expression.
 */
function orgTailAt(text: string, at: number): boolean {
  const from = Math.max(0, at - 40);
  let j = at;
  while (j > from && isSpaceAt(text, j - 1)) j--;
  if (j === at) return false;
  // `the` and the spaces before it, after `of` or `for`
  if (j - from >= 3 && text.startsWith('the', j - 3)) {
    const the = j - 3;
    j = the;
    while (j > from && isSpaceAt(text, j - 1)) j--;
    if (j === the) return false;
  }
  let link: number;
  if (j - from >= 2 && text.startsWith('of', j - 2)) link = j - 2;
  else if (j - from >= 3 && text.startsWith('for', j - 3)) link = j - 3;
  else return false;
  let end = link;
  while (end > from && isSpaceAt(text, end - 1)) end--;
  if (end === link) return false;
  let start = end;
  for (; start > from; start--) {
    const c = text.charCodeAt(start - 1);
    if (c >= 128) {
      const m = ORG_OF_BEFORE.exec(text.slice(from, at));
      return m !== null && ORG_WORDS.has(m[1]!);
    }
    if (!isAsciiLetter(c) && c !== 46) break;
  }
  while (start < end && !isAsciiUpper(text.charCodeAt(start))) start++;
  return start < end && ORG_WORDS.has(text.slice(start, end));
}

/**
 * Words that name what an office is of (`National Intelligence` of `Director of National Intelligence`, `Homeland
 * Security`, `Health and Human Services`): a government's fields and departments, never a surname.
 */
const OFFICE_OBJECT_WORDS: ReadonlySet<string> = new Set(
  `National Intelligence Homeland Security Health Human Services Defense Defence State Education Energy Justice
  Transportation Transport Commerce Agriculture Labor Labour Treasury Interior Housing Urban Development Veterans
  Affairs Foreign Home Economic Economy Trade Environment Environmental Culture Finance Public Works Staff Joint
  Chiefs Navy Army Air Force Intelligence Information Communications Science Technology Industry Employment Work
  Pensions Immigration Citizenship Tourism Sport Sports Digital Media Justice Police Prisons Fisheries Food
  Rural Northern Scotland Wales Ireland International Cooperation Relations Management Budget Planning Policy
  Operations Research Investigation Investigations Enforcement Safety Emergency Emergencies Civil Protection Water
  Resources Natural Mines Mining Oil Gas Petroleum Power Infrastructure Communities Local Government Family Families
  Children Youth Women Equality Equalities Social Welfare Protection Consumer Customs Revenue Taxation Central`
    .split(/\s+/u)
    .filter(Boolean),
);

/**
 * How many tokens of a run after a title's `of` name the office before a surname alone (`National Intelligence` of
 * `Director of National Intelligence Ratcliffe` → 2), or 0: every token but the last names a field of government
 * (`OFFICE_OBJECT_WORDS`) and the last names none, nor a body, title, place or a word that is no name.
 */
function surnameAfterOffice(tokens: ReadonlyArray<{ t: string }>): number {
  const n = tokens.length;
  if (n < 2 || n > 5) return 0;
  const last = cleanToken(tokens[n - 1]!.t);
  if (
    !/^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(last) ||
    OFFICE_OBJECT_WORDS.has(last) ||
    ORG_WORDS.has(last) ||
    TITLE_TOKENS.has(last) ||
    CAPITALISED_NOT_NAMES.has(last) ||
    PLACES.has(last) ||
    US_STATES.has(last) ||
    NATIONALITIES.has(last)
  )
    return 0;
  for (let p = 0; p < n - 1; p++) if (!OFFICE_OBJECT_WORDS.has(tokens[p]!.t)) return 0;
  return n - 1;
}

/**
 * The title whose `of` or `for` stands just before `runStart` (`Secretary of ` before `State Jo Lee`, `US Secretary
 * of `), or null: a title's word (no body's) and `of` or `for`, maybe with capitalised words before it.
 */
function titleBefore(text: string, runStart: number): string | null {
  const j = runStart - 1;
  if (j < 4 || !isSpaceAt(text, j)) return null;
  const ofBefore = text.charCodeAt(j - 1) === 102 && text.charCodeAt(j - 2) === 111;
  const forBefore = text.charCodeAt(j - 1) === 114 && text.charCodeAt(j - 2) === 111 && text.charCodeAt(j - 3) === 102;
  if (!ofBefore && !forBefore) return null;
  if (!titleWordBeforeOf(text, runStart)) return null;
  const m = TITLE_OF_BEFORE.exec(text.slice(Math.max(0, runStart - 40), runStart));
  if (m === null || !TITLE_TOKENS.has(m[2]!) || ORG_WORDS.has(m[2]!)) return null;
  const words = m[0].trim().split(/\s+/u);
  // (`Havana. US Secretary of `: a word ending a sentence, and the words before it, are no part of the title)
  for (let w = words.length - 2; w >= 0; w--)
    if (/[^.]\p{Ll}\.$/u.test(words[w]!) && !TITLE_TOKENS.has(words[w]!) && !isHonorific(words[w]!)) {
      words.splice(0, w + 1);
      break;
    }
  while (words.length > 2 && CAPITALISED_NOT_NAMES.has(words[0]!)) words.shift();
  return words.join(' ');
}

/**
 * Is the word before the `of ` or `for ` that ends just before `runStart` a title's word (no body's)? A cheap test
 * (one word read back) before `TITLE_OF_BEFORE`, which most runs after `of` (`of New York`) do not match.
 */
function titleWordBeforeOf(text: string, runStart: number): boolean {
  let ofAt = runStart - 2;
  while (ofAt > 0 && !isSpaceAt(text, ofAt)) ofAt--;
  let wordAt = ofAt;
  while (wordAt > 0 && isSpaceAt(text, wordAt - 1)) wordAt--;
  const wordEnd = wordAt;
  while (wordAt > 0 && !isSpaceAt(text, wordAt - 1) && !'"“(\''.includes(text[wordAt - 1]!)) wordAt--;
  const word = text.slice(wordAt, wordEnd);
  return TITLE_TOKENS.has(word) && !ORG_WORDS.has(word);
}

/** A title's word and `of` or `for` just before: `Director of ` in `Director of National Intelligence Jo Lee`. */
const TITLE_OF_BEFORE = /((?:\p{Lu}[\p{L}.-]*\s+){0,3}(\p{Lu}[\p{L}.]*))\s+(?:of|for)\s+$/u;

/**
 * Where the person's name opens in the run at `runStart` when the run first names what a title before it is of
 * (`National Intelligence ` of `Director of National Intelligence Jo Lee`), and the whole title; null when not: the run holds three words or more and a title's word (no
 * body's) and `of` or `for` come just before it.
 */
function titleObjectAt(text: string, runStart: number, run: string): { at: number; role: string } | null {
  const space = run.indexOf(' ');
  if (space < 0) return null;
  // (`of ` or `for ` just before, else the pattern cannot match: most runs stop here)
  const j = runStart - 1;
  if (j < 3 || !isSpaceAt(text, j) || text.charCodeAt(j - 1) !== 102 || text.charCodeAt(j - 2) !== 111) {
    if (j < 4 || !isSpaceAt(text, j) || text.charCodeAt(j - 1) !== 114 || text.charCodeAt(j - 2) !== 111) return null;
    if (text.charCodeAt(j - 3) !== 102) return null;
  }
  if (!titleWordBeforeOf(text, runStart)) return null;
  const m = TITLE_OF_BEFORE.exec(text.slice(Math.max(0, runStart - 40), runStart));
  if (m === null || !TITLE_TOKENS.has(m[2]!) || ORG_WORDS.has(m[2]!)) return null;
  const tokens: Array<{ t: string; at: number }> = [];
  for (const w of run.matchAll(/\S+/gu)) tokens.push({ t: w[0], at: w.index });
  const k = titleObjectBeforeName([{ t: m[2]! }, { t: 'of' }], tokens) || surnameAfterOffice(tokens);
  if (k === 0) return null;
  // (the title's words, without a word that is no name's or title's part opening it: `Current` of `Current Prime …`)
  const words = m[0].trim().split(/\s+/u);
  while (words.length > 2 && CAPITALISED_NOT_NAMES.has(words[0]!)) words.shift();
  return { at: tokens[k]!.at, role: `${words.join(' ')} ${run.slice(0, tokens[k]!.at).trim()}` };
}

/** A capitalised `-ing` word of five letters or more before it (`Bringing`, `Fixing`), and the spaces after it. */
const GERUND_HEAD = /^\p{Lu}\p{Ll}{2,}ing[ \u00A0]+(?=\p{Lu})/u;

/**
 * How many characters of the run at `runStart` are a gerund opening a sentence (`Bringing ` of `Bringing
 * Cadillac back …`, `Hiring ` of `Hiring Jo Lee was …`), or 0. A sentence opens at the text's
 * start or after `.`, `!`, `?`, `:` or a line break, maybe with opening quotation marks between. A given name
 * (`Sterling Brown`) is no gerund, and neither is the first word of a body's name (`Reading Borough Council`).
 */
function openingGerund(text: string, runStart: number, run: string): number {
  // (the head's `ing` stands right before the run's first space: most runs' first words end otherwise, and need
  // no expression run)
  let space = 0;
  while (space < run.length && run.charCodeAt(space) !== 32 && run.charCodeAt(space) !== 0xa0) space++;
  if (space < 6 || !run.startsWith('ing', space - 3)) return 0;
  const m = GERUND_HEAD.exec(run);
  if (m === null) return 0;
  const word = m[0].trimEnd();
  if (isGivenName(word) || givenGender(word) !== undefined) return 0;
  for (const t of run.slice(m[0].length).split(/[ \u00A0]+/u))
    if (ORG_WORDS.has(cleanToken(t)) || PLACE_ORG_WORDS.has(cleanToken(t))) return 0;
  let i = runStart - 1;
  while (i >= 0 && (isSpaceAt(text, i) || '"“‘\'('.includes(text[i]!))) i--;
  return i < 0 || '.!?:\n'.includes(text[i]!) ? m[0].length : 0;
}

/**
 * Finds the named mentions of `text`; mentions inside `quotes` are marked `quoted`. `split`: the extractor's
 * name splitter (`nameSplitter`), when it keeps one across articles.
 */
export function findMentions(
  text: string,
  quotes: readonly Range[],
  bodyStart = 0,
  split: NameSplitter = splitName,
): MentionIndex {
  const mentions: Mention[] = [];
  const fullest = new Map<string, string>();
  const fullNames = new Map<string, string[]>();
  const genders = new Map<string, Gender>();
  const roles = new Map<string, string>();
  let q = 0;
  let lower: LowerWords | undefined;
  // names `dropCommonLead` shortened here (`Agent Jo Lee` → `Jo Lee`), for the index's own splitter
  let dropped: Map<string, NameParts> | undefined;
  for (let at = nextCapital(text, 0); at >= 0;) {
    let runStart = at;
    let run: string;
    const plainEnd = plainWordEnd(text, at);
    // (a run of several plain words, `Jo Lee`, is read by char codes too: the regex is left the rest)
    const wordsEnd = plainEnd >= 0 ? -1 : plainRunEnd(text, at);
    if (plainEnd >= 0) {
      run = text.slice(at, plainEnd);
    } else if (wordsEnd >= 0) {
      run = text.slice(at, wordsEnd);
    } else {
      NAME_RUN_AT.lastIndex = at;
      const m = NAME_RUN_AT.exec(text);
      if (m === null) {
        at = nextCapital(text, at + (text.charCodeAt(at) >= 0xd800 && text.charCodeAt(at) <= 0xdbff ? 2 : 1));
        continue;
      }
      run = m[0];
    }
    at = nextCapital(text, runStart + run.length);
    // `… and Harbour X. Ann Roe said`: a letter closing a name the article writes without its period ends the sentence
    const closed = plainEnd >= 0 ? 0 : letterClosingName(text, run);
    if (closed > 0) {
      run = run.slice(0, closed);
      at = nextCapital(text, runStart + closed + 1);
    }
    // `Bringing Cadillac back to profit …`: a gerund opening a sentence is no part of the name after it
    const gerund = plainEnd >= 0 ? 0 : openingGerund(text, runStart, run);
    if (gerund > 0) {
      runStart += gerund;
      run = run.slice(gerund);
    }
    let parts = plainEnd >= 0 ? splitPlainWord(run) : split(run);
    if (parts === null) continue;
    // `the film Harbour Nights`, `the star of Harbour Nights and Kestrel Sky`, `films include Harbour Nights`: a work's
    // title is no one's mention, for a description or a pronoun to stand for (a given name and a surname stay: `the
    // film Jo Lee made`)
    if (workTitleAt(text, runStart) && !(parts.name.includes(' ') && givenNameFirst(parts.name))) continue;
    // `Jo "Nick" Lee`: a given name, a nickname in quotation marks and a surname name one person (not Jo alone)
    const nicknamed = nicknamedSurname(text, runStart, run);
    if (nicknamed !== null) {
      parts = { ...parts, name: `${run} ${nicknamed.surname}`, gender: parts.gender ?? givenGender(run) ?? null };
      run = text.slice(runStart, nicknamed.end);
      at = nextCapital(text, nicknamed.end);
    }
    // `Director of National Intelligence Jo Lee`: the run after a title's `of` opens with what the title is of
    // (a body's word too: `Speaker of Parliament Jo Lee` reads as one body's name alone)
    if (parts.role === null && plainEnd < 0) {
      const object = titleObjectAt(text, runStart, run);
      if (object !== null) {
        const named = split(run.slice(object.at));
        if (named !== null) parts = { ...named, role: object.role, nameOffset: object.at + named.nameOffset };
      }
    } else if (parts.role !== null && !parts.org && parts.nameOffset > 0 && plainEnd < 0) {
      // `Secretary of State Jo Lee`: the run's own role (`State`) is what a title before it is of
      const title = titleBefore(text, runStart);
      if (title !== null && run.startsWith(parts.role)) parts = { ...parts, role: `${title} ${parts.role}` };
    }
    if (plainEnd < 0 && !parts.org) {
      // `Defiant Jo Lee`, `Backbencher Jo Lee`, `VOTE Was Jo Lee`: words the article writes in lower case (or a
      // headline's capitals) glued before a given name and a surname are no part of the name
      lower ??= lowerCaseWords(text);
      const kept = bodyNamedBefore(dropCommonLead(parts, run, lower, text, runStart), run, text, runStart);
      if (kept !== parts) (dropped ??= new Map()).set(parts.name, kept);
      parts = kept;
      // `Lloyd's Register`: a possessor before one word the article writes in lower case is part of one name
      const whole = possessedCommonWord(parts, run, lower);
      if (whole !== null) parts = whole;
    }
    const start = runStart + parts.nameOffset;
    while (q < quotes.length && quotes[q]!.end <= start) q++;
    const quoted = q < quotes.length && quotes[q]!.start <= start;
    // `the Council of Economic Advisers`, `Federation of American Scientists`: the tail of a body's name
    const org = parts.org || (parts.role === null && orgTailAt(text, runStart));
    const mention: Mention = {
      start,
      end: runStart + run.length,
      name: parts.name,
      role: parts.role,
      gender: parts.gender,
      org,
      quoted,
    };
    mentions.push(mention);
    const key = lastToken(parts.name);
    const prev = fullest.get(key);
    // the same name again changes nothing: skip the comparison (most mentions repeat a name)
    if (prev !== parts.name && start >= bodyStart && !quoted && !org && !callSignLead(parts.name)) {
      if (betterName(parts.name, prev)) fullest.set(key, parts.name);
      if (parts.name.includes(' ')) {
        const seen = fullNames.get(key);
        if (seen === undefined) fullNames.set(key, [parts.name]);
        else if (!seen.includes(parts.name)) seen.push(parts.name);
      }
    }
    if (parts.gender !== null && !genders.has(key)) genders.set(key, parts.gender);
    if (parts.role !== null && !roles.has(key)) roles.set(key, parts.role);
  }
  for (const [key, names] of fullNames) if (names.length < 2) fullNames.delete(key);
  const bodies = bodyShortForms(text, mentions);
  return { mentions, fullest, fullNames, genders, roles, split: articleSplitter(split, dropped), bodies };
}

/**
 * The splitter an article's index answers with: `split`, and a name whose leading words the article showed to be
 * no part of it (`Agent Jo Lee` opening a sentence, `Backbencher Jo Lee`: `dropCommonLead`) read as the mentions
 * read it, so a speaker phrase written with those words (`Agent Jo Lee said:`) names the same person as its mention.
 */
function articleSplitter(split: NameSplitter, dropped: ReadonlyMap<string, NameParts> | undefined): NameSplitter {
  if (dropped === undefined) return split;
  return (raw) => {
    const parts = split(raw);
    const kept = parts === null ? undefined : dropped.get(parts.name);
    if (parts === null || kept === undefined) return parts;
    const at = raw.lastIndexOf(kept.name);
    return at < 0 ? parts : { ...kept, role: kept.role ?? parts.role, nameOffset: at };
  };
}

/** A capital letter and a period inside a run, then a space and a capital: `X. A` of `Harbour X. Ann Roe`. */
const LETTER_PERIOD_INSIDE = /[ \u00A0]\p{Lu}\.[ \u00A0]+\p{Lu}/u;

/**
 * `Malcolm X. Ann Roe, his daughter, said`: where a run holds a name ending in a letter with a period, then two words
 * or more, and the article writes that name elsewhere without the period (`Malcolm X,`), the period ends a sentence
 * and the run ends at the letter (a middle initial, `Jo A. Lee`, is never written alone so). Returns the length of the
 * run's first name, or 0 when the run is one name.
 */
function letterClosingName(text: string, run: string): number {
  // (most runs hold no period: no expression run)
  if (!run.includes('.')) return 0;
  const m = LETTER_PERIOD_INSIDE.exec(run);
  if (m === null) return 0;
  const end = m.index + 2;
  const rest = run
    .slice(end + 1)
    .trim()
    .split(/[ \u00A0]+/u);
  if (rest.length < 2) return 0;
  const head = run.slice(0, end);
  for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
    const after = text.charCodeAt(at + head.length);
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    if (after !== 46 && !isLetterOrDigitAt(after) && !isLetterOrDigitAt(before)) return end;
  }
  return 0;
}

/** Is the code unit a letter or a digit (a name's letter written on)? */
const isLetterOrDigitAt = (c: number): boolean => !Number.isNaN(c) && /[\p{L}\p{N}]/u.test(String.fromCharCode(c));

/**
 * A nickname in quotation marks and a surname after a given name: ` "Nick" Lee`, ` 'Nick' Lee` (straight single marks
 * hold no apostrophe inside: the closing mark is the first after the nickname) (group 1 the surname).
 */
const NICKNAME_THEN_SURNAME =
  /[ \u00A0](?:["“‘]\p{Lu}[\p{L}.'’-]*(?:[ \u00A0]\p{Lu}[\p{L}.'’-]*)?["”’]|'\p{Lu}[\p{L}.-]*(?:[ \u00A0]\p{Lu}[\p{L}.-]*)?')[ \u00A0](\p{Lu}[\p{L}\p{M}'’-]*\p{Ll})(?![\p{L}\p{M}\p{N}])/uy;

/**
 * `Jo "Nick" Lee`, `Jo 'Nick' Lee`: the surname after a given name `run` (at `runStart`) and a nickname in quotation marks, and where
 * it ends; null when no nickname and surname follow, or `run` is no given name the lists hold.
 */
function nicknamedSurname(text: string, runStart: number, run: string): { surname: string; end: number } | null {
  const after = runStart + run.length;
  const mark = text.charCodeAt(after + 1);
  // (cheap tests first: a space, then a quotation mark)
  if (text.charCodeAt(after) !== 32 || (mark !== 34 && mark !== 39 && mark !== 0x201c && mark !== 0x2018)) return null;
  if (!isGivenName(run) && givenGender(run) === undefined) return null;
  NICKNAME_THEN_SURNAME.lastIndex = after;
  const m = NICKNAME_THEN_SURNAME.exec(text);
  return m === null ? null : { surname: m[1]!, end: after + m[0].length };
}

/** Does a sentence, a paragraph or the text open at `at` (after `.`, `!`, `?`, `:`, a line break, a quotation mark)? */
function sentenceOpensAt(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (isSpaceAt(text, i) || '"“‘\'('.includes(text[i]!))) i--;
  return i < 0 || '.!?:\n'.includes(text[i]!);
}

/**
 * `Lloyd's Register` (read as `Register` after another's possessor, `possessorBeforeName`) → the whole `Lloyd's
 * Register`, a body's name, when the one word after the singular possessor is one the article writes in lower case
 * (a common word, no person's name); null otherwise.
 */
function possessedCommonWord(parts: NameParts, run: string, lower: LowerWords): NameParts | null {
  if (parts.nameOffset === 0 || parts.name.includes(' ')) return null;
  const before = run.slice(0, parts.nameOffset).trimEnd();
  if (!/['’]s$/u.test(before)) return null;
  const m = /(\S+)$/u.exec(before);
  if (m === null || !/\p{L}['’]s$/u.test(m[1]!) || !lower.has(parts.name.toLowerCase())) return null;
  const at = m.index;
  return { name: `${m[1]!} ${parts.name}`, role: null, gender: null, org: true, nameOffset: at };
}

/** What `findMentions` asks of an article's words: does it write `word` (lower case) as a word of its own? */
interface LowerWords {
  has(word: string): boolean;
}

const WORD_UNIT = /[\p{L}\p{M}'’-]/u;

/**
 * The lower-case words of `text` (`agent`, `defiant`): words it writes as common words. Looked up on demand (a few
 * candidates an article), each answer kept: reading every word of every article made extraction a third slower.
 */
function lowerCaseWords(text: string): LowerWords {
  const known = new Map<string, boolean>();
  return {
    has(word: string): boolean {
      let found = known.get(word);
      if (found !== undefined) return found;
      found = false;
      for (let at = text.indexOf(word); at >= 0 && !found; at = text.indexOf(word, at + 1)) {
        const before = at > 0 ? text[at - 1]! : ' ';
        const after = at + word.length < text.length ? text[at + word.length]! : ' ';
        found = !WORD_UNIT.test(before) && !/[\p{L}\p{M}]/u.test(after);
      }
      known.set(word, found);
      return found;
    },
  };
}

/** Shapes of English adjectives and role nouns (`Defiant`, `Backbencher`, `Immunologist`, `Creative`). */
const COMMON_SHAPE = /\p{Ll}(?:ant|ent|er|ist|ate|ive|ous|ful|less|ic|al)$/u;
/** The word after the first is no known given name: the first may be one the lists do not hold (`Ard Jan Vetham`). */
const unknownName = (tokens: readonly string[]): boolean =>
  tokens.length < 2 || !(isGivenName(tokens[1]!) || givenGender(tokens[1]!) !== undefined);

/** Words that make what is dropped before a name its role (`Agent`, `Backbencher`, `Magistrate`, `Immunologist`). */
const ROLE_SHAPE = /(?:er|or|ist|ate|ent|man|woman)$/u;

/**
 * `Defiant Jo Lee` → `Jo Lee`, `Agent Jo Lee` → `Jo Lee` (role `Agent`), `VOTE Was Jo Lee` → `Jo Lee`: the leading
 * words of a name that are no given name, each a word `lower` (the article's lower-case words) holds or a headline's
 * capitals (three letters or more), before a given name and one or two more words, are an adjective's, a role's or a
 * headline's words, not the person's. A role noun among them is kept as the role.
 */
function dropCommonLead(parts: NameParts, run: string, lower: LowerWords, text: string, runStart: number): NameParts {
  // (most names are of one or two words: no split for them)
  const space = parts.name.indexOf(' ');
  if (space < 0 || parts.name.indexOf(' ', space + 1) < 0) return parts;
  const tokens = parts.name.split(' ');
  const n = tokens.length;
  let p = 0;
  let words = 0;
  while (p < n - 2) {
    const t = tokens[p]!;
    const bare = t.replace(/['’]s?$/u, '');
    // (a place opening the words, even one that is a given name too: `Harbour City Political Editor Jo Lee`)
    const place = PLACES.has(bare) || US_STATES.has(bare);
    if (!place && (isGivenName(t) || givenGender(t) !== undefined || PARTICLE_SET.has(t))) break;
    // (or, opening a sentence, a word of an adjective's or a role noun's shape: `Defiant`, `Backbencher`)
    const lc = bare.toLowerCase();
    // (or a word the lists hold as a person's noun or a role, `Teenager`, or a nationality, `Russian`, or a compound
    // with lower-case parts, `Oscar-winner`, `Man-of-the-match`)
    const common =
      (/^\p{Lu}\p{Ll}+$/u.test(bare) &&
        (PERSON_NOUNS.has(lc) ||
          ROLE_WORDS.has(lc) ||
          NATIONALITIES.has(bare) ||
          lower.has(lc) ||
          (p === 0 && COMMON_SHAPE.test(bare) && !unknownName(tokens) && sentenceOpensAt(text, runStart)))) ||
      /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)+$/u.test(bare);
    const capitals = /^\p{Lu}{3,}$/u.test(bare);
    if (!common && !capitals && !place) break;
    if (!place) words++;
    p++;
  }
  if (p === 0 || words === 0 || n - p > 3) return parts;
  const rest = tokens.slice(p);
  const given = rest[0]!;
  const last = tokens[p - 1]!.toLowerCase();
  const roleNoun = PERSON_NOUNS.has(last) || ROLE_WORDS.has(last) || ROLE_SHAPE.test(last);
  // (a given name the lists do not hold after a role noun or a nationality: `Teenager Ivo Roe`, `Russian Ivo Roe`)
  const unlisted =
    (roleNoun || NATIONALITIES.has(tokens[p - 1]!)) &&
    rest.length === 2 &&
    rest.every((t) => unlistedNameWord(t) && !lower.has(t.toLowerCase()));
  if (!(isGivenName(given) || givenGender(given) !== undefined || unlisted)) return parts;
  if (rest.some((t) => ORG_WORDS.has(t) || PLACE_ORG_WORDS.has(t) || TITLE_TOKENS.has(t))) return parts;
  const dropped = tokens.slice(0, p);
  let skip = parts.nameOffset;
  for (const t of dropped) skip += t.length;
  const offset = run.indexOf(given, skip);
  if (offset < 0) return parts;
  // (the role: the words from the first capitalised word on, when the last is a role noun: `Agent`, `Political Editor`)
  const from = dropped.findIndex((t) => /^\p{Lu}\p{Ll}/u.test(t));
  const roleWord = parts.role === null && /^\p{Lu}\p{Ll}+$/u.test(dropped[p - 1]!) && roleNoun;
  const gender = parts.gender ?? givenGender(given) ?? null;
  const role = roleWord ? dropped.slice(from).join(' ') : parts.role;
  return { ...parts, name: rest.join(' '), role, gender, nameOffset: offset };
}

/** A body's common noun written in lower case right before a name: `union ` of `the union Harbourside Jo Lee`. */
const BODY_NOUN_BEFORE_RUN =
  /(?<![\p{L}-])(?:union|group|charity|firm|company|party|band|club|organi[sz]ation|federation|association|network|broadcaster|newspaper|magazine|website|watchdog|regulator|agency|body)\s+$/u;

/**
 * `the union Harbourside Jo Lee said` → `Jo Lee` (role `Harbourside`): after a body's common noun, one word that is no
 * given name before a given name of the hand-kept list (with a gender) and a surname is the body's name, run into its
 * officer's without a comma. The person's name is the given name and the surname.
 */
function bodyNamedBefore(parts: NameParts, run: string, text: string, runStart: number): NameParts {
  // (a name of three words has two spaces, and no third: most names are not, and need no split)
  const first = parts.name.indexOf(' ');
  const second = first < 0 ? -1 : parts.name.indexOf(' ', first + 1);
  if (second < 0 || parts.name.indexOf(' ', second + 1) >= 0) return parts;
  const tokens = parts.name.split(' ');
  const [body, given, surname] = tokens as [string, string, string];
  if (givenGender(given) === undefined || isGivenName(body) || givenGender(body) !== undefined) return parts;
  if (!/^\p{Lu}[\p{L}&-]*$/u.test(body) || !unlistedNameWord(surname)) return parts;
  const at = runStart + parts.nameOffset;
  if (!BODY_NOUN_BEFORE_RUN.test(text.slice(Math.max(0, at - 30), at))) return parts;
  const offset = run.indexOf(given, parts.nameOffset + body.length);
  if (offset < 0) return parts;
  return {
    ...parts,
    name: `${given} ${surname}`,
    role: parts.role ?? body,
    gender: parts.gender ?? givenGender(given) ?? null,
    nameOffset: offset,
  };
}

/** `Islamic Revolutionary Guard Corps (IRGC)`: an acronym in brackets right after a name. */
const BRACKETED_ACRONYM = /^\s*\((\p{Lu}{2,8})\)/u;
/** Words a body's acronym may skip: `of`, `the`, `and`, `for` (`Federation of Small Businesses (FSB)`). */
const ACRONYM_SKIPS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&']);

/**
 * Organisations' words that stand for the one body named in full before (`the Corps`, `the Commission`); not
 * those that name a body of their own (`the House`, `the Senate`, `the Court`, `the Government`).
 */
const SHORT_BODY_WORDS: ReadonlySet<string> = new Set(
  'Corps Commission Committee Council Agency Association Institute Foundation Bureau Federation Society Board Authority Alliance Coalition Fund'.split(
    ' ',
  ),
);

/** Does `acronym` spell the capitals opening `name`'s words (the small words skipped or not)? */
function spells(acronym: string, name: string): boolean {
  const words = name.split(/\s+/u);
  const all = words.map((w) => w[0]!).join('');
  const big = words
    .filter((w) => !ACRONYM_SKIPS.has(w))
    .map((w) => w[0]!)
    .join('');
  return acronym === all.toUpperCase() || acronym === big;
}

/**
 * A body's short forms in one article (`MentionIndex.bodies`): each acronym written in brackets after a body's
 * name that spells it, and each organisation's word that closes the name of exactly one body named in the article.
 */
function bodyShortForms(text: string, mentions: readonly Mention[]): Map<string, string> {
  const forms = new Map<string, string>();
  const tails = new Map<string, string | null>();
  for (const m of mentions) {
    if (!m.org || !m.name.includes(' ')) continue;
    // (a bracket right after a body's name is rare: read only where one stands)
    if (text.charCodeAt(m.end) === 40 || text.charCodeAt(m.end + 1) === 40) {
      const acronym = BRACKETED_ACRONYM.exec(text.slice(m.end, m.end + 12))?.[1];
      if (acronym !== undefined && spells(acronym, m.name) && !forms.has(acronym)) forms.set(acronym, m.name);
    }
    const tail = lastToken(m.name);
    if (!SHORT_BODY_WORDS.has(tail)) continue;
    const seen = tails.get(tail);
    if (seen === undefined) tails.set(tail, m.name);
    else if (seen !== null && seen !== m.name) tails.set(tail, null);
  }
  for (const [tail, name] of tails) if (name !== null && !forms.has(tail)) forms.set(tail, name);
  return forms;
}

/** The fullest form of a name within the article (`Trump` → `Donald Trump`; a body's `IRGC`, `Corps` → its name). */
export function expandName(index: MentionIndex, name: string): string {
  const body = index.bodies?.get(name);
  if (body !== undefined) return body;
  const full = index.fullest.get(lastToken(name));
  // (fewer words or as many: as `split(' ')` counts them, its spaces counted without the arrays)
  if (full === undefined || spaceCount(full) <= spaceCount(name)) return name;
  return full;
}

/** How many spaces (U+0020) `s` holds: one fewer than the pieces of `s.split(' ')`. */
function spaceCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) n++;
  return n;
}

/**
 * The fullest form of a name for a person of `gender` (`she` … `Clinton` → `Hillary Clinton` where the article also
 * names `Bill Clinton`): the fullest name when its given name does not deny the gender, else the one full name of
 * that gender written with the surname, else the name as it stands.
 */
export function expandNameAs(index: MentionIndex, name: string, gender: Gender): string {
  const full = expandName(index, name);
  if (gender === null || full === name) return full;
  const own = (n: string): Gender => givenGender(n.slice(0, n.indexOf(' '))) ?? null;
  if (own(full) === gender) return full;
  const others = (index.fullNames.get(lastToken(name)) ?? []).filter((n) => own(n) === gender);
  if (others.length === 1) return others[0]!;
  return own(full) === null ? full : name;
}

/** A person's gender: a full name's own given name (`Bill Clinton`), else what the article tells for the surname. */
export function genderOf(index: MentionIndex, name: string): Gender {
  const space = name.indexOf(' ');
  if (space > 0) {
    const own = givenGender(name.slice(0, space));
    if (own !== undefined) return own;
  }
  const key = lastToken(name);
  const known = index.genders.get(key);
  if (known !== undefined) return known;
  const first = expandName(index, name).split(' ')[0] ?? '';
  return givenGender(first) ?? null;
}

/**
 * The person an office and a surname name (`Director of National Intelligence Ratcliffe said`, `said Director of
 * National Intelligence Ratcliffe`, which a cue reads as a description or as `Director` alone for its `of`): the
 * first mention after `start` whose role is an office of something (`Director of National Intelligence`) written
 * from `start` on, with the name's fullest form; null when there is none.
 */
export function officeHolderAt(
  index: MentionIndex,
  text: string,
  start: number,
): { name: string; role: string } | null {
  const { mentions } = index;
  let lo = 0;
  let hi = mentions.length;
  // the first mention starting at or after `start` (mentions are in text order)
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const m = mentions[lo];
  if (m === undefined || m.start - start > 80 || m.org || m.role === null || !/\s(?:of|for)\s/u.test(m.role))
    return null;
  const written = text.slice(start, m.start).trim().replace(/\s+/gu, ' ');
  if (written === '' || !m.role.endsWith(written)) return null;
  return { name: expandName(index, m.name), role: m.role };
}
