/**
 * Reading one speaker name as written in an article: titles off (kept as a role), possessive off,
 * person or organisation, and the folded keys that let spelling variants of one name meet.
 */
import type { SpeakerKind } from '../model/types.js';
import { HYPHEN_DESCRIBER, isGivenName, romanisedGivenName } from '../lexicon/given-names.js';
import { givenGender } from '../extract/mentions.js';
import { asciiFold } from '../model/text.js';
import {
  BODY_KIND_WORDS,
  GENERIC_BODY_WORDS,
  GROUP_NAMES,
  LEADING_NOT_NAMES,
  NAME_SUFFIXES,
  NICKNAMES,
  NOT_GIVEN_NAMES,
  NAMELESS_SPEAKERS,
  ORGANIZATION_WORDS,
  PEERAGE,
  POST_NOMINALS,
  SURNAME_PARTICLES,
  TITLES,
  type TitleRule,
} from '../lexicon/titles.js';

/** A speaker name taken apart. */
export interface ParsedName {
  /** The name without titles or possessive, as written (`Emmanuel Macron`). */
  display: string;
  /** A role read off the name (`French President`), or null. */
  role: string | null;
  /** The honorific written just before the name (`Mr`, `Sir`, `Dr.`), for the alias `Mr Blair`; else null. */
  honorific: string | null;
  kind: 'person' | 'organization';
  /** Folded given name (nickname and initials folded), or null for a surname alone and for organisations. */
  firstKey: string | null;
  /** Folded surname for persons (`zelensk`), folded whole name for organisations (`kremlin`). */
  lastKey: string;
  /** The display form compared exactly (case and diacritics folded): used for override matching. */
  exact: string;
  /** Words of the id slug: given name and surname, middle names and initials dropped. */
  slugBase: string;
  /** Number of name words, for choosing the fullest form. */
  words: number;
}

/**
 * A spelling-insensitive key for one name word, so transliterations meet:
 * Zelenskyy / Zelensky / Zelenskiy → `zelensk`; Kharkiv / Harkiv; Mykhaylo / Mikhailo.
 * Folds diacritics, kh→h, ph→f, y→i, doubled letters, and a final -i (so -y/-iy/-yy) on words long enough to keep a stem.
 */
export function foldNameWord(word: string): string {
  let key = asciiFold(word).replace(/[^a-z]/g, '');
  key = key
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
  if (key.length > 4) key = key.replace(/i$/, '');
  return key;
}

/** An id slug: ASCII, lowercase, words joined by `-` (`Élysée Palace` → `elysee-palace`). */
export function slugify(text: string): string {
  return asciiFold(text)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Case- and diacritic-insensitive form for exact name comparison (overrides, aliases). */
export function exactKey(text: string): string {
  return asciiFold(text).replace(/[.]/g, '').replace(/\s+/g, ' ').trim();
}

function tokenKey(token: string): string {
  return asciiFold(token).replace(/[.,]/g, '');
}

/** Title rules by their first word, longest first within each. */
const titlesByFirstWord = new Map<string, TitleRule[]>();
for (const rule of [...TITLES].sort((a, b) => b.words.length - a.words.length)) {
  const first = rule.words[0]!;
  titlesByFirstWord.set(first, [...(titlesByFirstWord.get(first) ?? []), rule]);
}

/** The longest title starting at token `at` and ending by `limit`; `keys` are the tokens' `tokenKey`s. */
function matchTitle(keys: readonly string[], at: number, limit: number): TitleRule | null {
  for (const rule of titlesByFirstWord.get(keys[at] ?? '') ?? []) {
    if (at + rule.words.length > limit) continue;
    if (rule.words.every((w, k) => keys[at + k] === w)) return rule;
  }
  // "Under-Secretary Ann Lee", "ex-minister Ann Lee": a hyphenated word ending in a one-word office is a title.
  const tail = /-([a-z]+)$/.exec(keys[at] ?? '')?.[1];
  if (tail && at + 1 <= limit)
    return titlesByFirstWord.get(tail)?.find((rule) => rule.role && rule.words.length === 1) ?? null;
  return null;
}

/**
 * Splits leading titles off a name: "French President Emmanuel Macron" → role `French President`,
 * name `Emmanuel Macron`; "Sen. Jane Doe" → `Senator`, `Jane Doe`; "Mr. Macron" → no role, `Macron`.
 * Up to four words may precede a title ("NATO Secretary General", "Ukraine's foreign minister");
 * at least one word always stays as the name.
 */
function splitTitles(tokens: readonly string[], keys: readonly string[]): { nameStart: number; role: string | null } {
  let i = 0;
  let nameStart = 0;
  let pending = 0;
  const roleWords: string[] = [];
  let hasRole = false;
  let buffered: string[] = [];
  const limit = tokens.length - 1;
  while (i < limit) {
    const rule = matchTitle(keys, i, limit);
    if (rule) {
      if (rule.role) {
        roleWords.push(...buffered, rule.expand ?? tokens.slice(i, i + rule.words.length).join(' '));
        hasRole = true;
      }
      buffered = [];
      i += rule.words.length;
      nameStart = i;
      pending = 0;
      continue;
    }
    // "President of France Emmanuel Macron", "MP for Dover Ann Lee": one "of/for (the) X" phrase after a title belongs to it.
    if (nameStart === i && i > 0 && (keys[i] === 'of' || keys[i] === 'for')) {
      let j = i + 1;
      if (j < limit && keys[j] === 'the') j++;
      if (j < limit) {
        if (hasRole) roleWords.push(tokens.slice(i, j + 1).join(' '));
        i = j + 1;
        nameStart = i;
        continue;
      }
    }
    if (pending >= 4) break;
    buffered.push(tokens[i]!);
    pending++;
    i++;
  }
  return { nameStart, role: hasRole ? roleWords.join(' ') : null };
}

/** The houses of a parliament, written before a member's name (`Commons Jo Lee`). */
const BODY_HOUSES: ReadonlySet<string> = new Set(['commons', 'lords']);

const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'at', 'to', '&']);

/** A name's word: capitalised, or a lower-case prefix glued to a capitalised word (`al-Kasra`, `el-Sisi`). */
const GLUED_OR_CAPITALISED = /^(?:\p{Ll}{1,3}-)?\p{Lu}/u;

/**
 * A lowercase descriptor or a possessive before a capitalised name: "conservative writer Ann Lee",
 * "Iowa State University's Ann Lee" → name `Ann Lee`, role `conservative writer` / `Iowa State University`.
 * "Department of Homeland Security" is left alone: a connector word is not a descriptor.
 * A descriptor longer than three words or opening with an article ("a statement saying Lee") is dropped, not kept as a role.
 */
function splitDescriptor(
  tokens: readonly string[],
  keys: readonly string[],
): { nameStart: number; role: string | null } | null {
  let k = tokens.length - 2;
  // (`Hollowmere's al-Kasra TV`: a lower-case article glued to a capitalised word by a hyphen is a name's word, no
  // descriptor)
  while (k >= 0 && GLUED_OR_CAPITALISED.test(tokens[k]!) && !/['’]s$/u.test(tokens[k]!)) k--;
  if (k < 0) return null;
  const word = tokens[k]!;
  const possessive = /['’]s$/u.test(word);
  const lowercase = /^\p{Ll}/u.test(word) && !SURNAME_PARTICLES.has(word) && !CONNECTORS.has(keys[k]!);
  if (!possessive && !lowercase) return null;
  const descriptor = tokens.slice(0, k + 1);
  const keep = descriptor.length <= 3 && !['a', 'an', 'the'].includes(keys[0]!);
  return { nameStart: k + 1, role: keep ? descriptor.join(' ').replace(/['’]s$/u, '') : null };
}

/** Single letters written as initials ("J.", "D") or run together ("J.D.", "JD") → `jd`. */
function initialsKey(tokens: readonly string[]): { key: string; used: number } | null {
  const first = tokens[0];
  if (!first) return null;
  if (/^(?:\p{Lu}\.){2,}$/u.test(first) || /^\p{Lu}{2,3}$/u.test(first))
    return { key: asciiFold(first).replace(/\./g, ''), used: 1 };
  let used = 0;
  let key = '';
  while (used < tokens.length - 1 && /^\p{Lu}\.?$/u.test(tokens[used]!))
    key += asciiFold(tokens[used++]!.replace('.', ''));
  return used > 1 ? { key, used } : null;
}

/**
 * A word written capitalised before a name that is no part of it: a sentence adverb (`Maybe`, `However`), a
 * description of people (`Olympian`, `Veterans`), or an adjective with lower-case parts (`Oscar-nominated`; not a
 * title, `Fly-half`, `Ex-minister`, kept as the role; not a romanised given name, `Man-kei`).
 */
function leadingNotName(word: string): boolean {
  return (
    (/^\p{Lu}\p{Ll}+$/u.test(word) && LEADING_NOT_NAMES.has(tokenKey(word))) ||
    (/^\p{Lu}\p{Ll}*(?:-\p{Ll}+)+$/u.test(word) &&
      matchTitle([tokenKey(word)], 0, 1) === null &&
      !romanisedGivenName(word))
  );
}

/**
 * Reads a speaker name as the extractor gives it (`French President Emmanuel Macron's`,
 * `the Kremlin`, `Mr. Clinton`). Returns null when nothing name-like is left (`the President`).
 */
export function parseName(raw: string, kindHint: SpeakerKind | null): ParsedName | null {
  // "Mark Rutte, NATO's chief": the part after a comma is a role.
  const [head = '', ...tail] = raw.split(',');
  const suffixRoles = tail.join(',').trim() ? [tail.join(',').trim()] : [];
  let text = head
    .trim()
    .replace(/['’]s?$/u, '')
    .replace(/\s+/g, ' ');
  let hadThe = /^the\s/i.test(text);
  if (hadThe) text = text.slice(4).trim();
  if (!/\p{L}/u.test(text)) return null;
  const allTokens = text.split(' ');
  // "Maybe Trump", "Olympian Lee", "the Oscar-nominated Lee": a sentence adverb or a description written capitalised
  // before the name is no part of it (and the `the` was the description's); "Would Have", "Maybe" are no name at all
  if (allTokens.every(leadingNotName)) return null;
  while (allTokens.length > 1 && leadingNotName(allTokens[0]!) && /^\p{Lu}/u.test(allTokens[1]!)) {
    allTokens.shift();
    hadThe = false;
  }
  // `North Kestrel-born Jo Lee`, `the Harbour Bay-inspired Rovers`: a place's or a person's word glued to a participle
  // describes the name after it, kept as the role; a run ending in one (`Harbour Street-style`) names nobody
  const describer = allTokens.findLastIndex((t) => HYPHEN_DESCRIBER.test(t) && !romanisedGivenName(t));
  if (describer === allTokens.length - 1) return null;
  if (describer >= 0) {
    suffixRoles.unshift(allTokens.splice(0, describer + 1).join(' '));
    hadThe = false;
  }
  text = allTokens.join(' ');
  // "Ann Lee MP", "Ann Lee QC": a title after the name is a role.
  while (allTokens.length > 1 && POST_NOMINALS[tokenKey(allTokens[allTokens.length - 1]!)]) {
    suffixRoles.unshift(POST_NOMINALS[tokenKey(allTokens.pop()!)]!);
  }
  const allKeys = allTokens.map(tokenKey);
  // "the President", "Mr." alone: a title is not a name; "the Tories" is the party.
  const whole = matchTitle(allKeys, 0, allTokens.length);
  if (whole?.words.length === allTokens.length)
    return whole.organization ? organizationName(whole.organization, null) : null;
  const titled = splitTitles(allTokens, allKeys);
  let { nameStart } = titled;
  // `General Motors`, `General Electric`: the bare title word before one word that is no given name opens a
  // company's name (a general is `Gen. Jo Lee` or `General Jo Lee`), as the extractor reads it (splitName)
  // (only when the entity layer typed the speaker a body: `General Musharraf` is a person)
  if (
    kindHint === 'organization' &&
    allTokens.length === 2 &&
    allTokens[0] === 'General' &&
    nameStart === 1 &&
    !isGivenName(allTokens[1]!)
  )
    return organizationName(text, suffixRoles.join(', ') || null, 2);
  let titleRole = titled.role;
  if (nameStart === 0) {
    const described = splitDescriptor(allTokens, allKeys);
    if (described) ({ nameStart, role: titleRole } = described);
  }
  // `Commons Jo Lee`, `UKIP Jo Lee`: a body's word or acronym run into a given name and a surname is the person's body,
  // kept as the role (not when the entity layer typed the whole a body's name)
  if (
    nameStart === 0 &&
    kindHint !== 'organization' &&
    allTokens.length >= 3 &&
    (/^\p{Lu}{2,}$/u.test(allTokens[0]!) || BODY_HOUSES.has(allKeys[0]!) || ORGANIZATION_WORDS.has(allKeys[0]!)) &&
    !isGivenName(allTokens[0]!) &&
    givenGender(allTokens[1]!) !== undefined &&
    /^\p{Lu}\p{Ll}/u.test(allTokens[allTokens.length - 1]!)
  ) {
    nameStart = 1;
    titleRole = allTokens[0]!;
  }
  // `Scottish Labour Party`, `US Trade Representative's Office`: a party's word read as a title, or a possessive read
  // as a descriptor, leaves only a body's common noun (`Party`, `Office`), which names no one body: the words before
  // it were the body's name
  // (and `Conservatives and Lib Dems`, `Conservative and Unionist Party`: what is left opening with `and` is no name)
  if (
    nameStart > 0 &&
    (allKeys.slice(nameStart).every((k) => GENERIC_BODY_WORDS.has(k)) || CONNECTORS.has(allKeys[nameStart]!))
  ) {
    nameStart = 0;
    titleRole = null;
  }
  // "Tory MP", "Lib Dem leader": titles all the way to the end name nobody.
  if (nameStart > 0 && matchTitle(allKeys, nameStart, allTokens.length)?.words.length === allTokens.length - nameStart)
    return null;
  // "Lord Chancellor Lord Falconer" → the peer `Lord Falconer`: a peerage title stays with a lone surname.
  if (nameStart > 0 && nameStart === allTokens.length - 1 && PEERAGE.has(allKeys[nameStart - 1]!)) nameStart--;
  const before = nameStart > 0 ? matchTitle(allKeys, nameStart - 1, nameStart) : null;
  const honorific = before && !before.role ? allTokens[nameStart - 1]! : null;
  const tokens = allTokens.slice(nameStart);
  // "He", "Us": a pronoun is nobody's name; "US", "WHO" written in capitals are acronyms.
  if (tokens.length === 1 && NAMELESS_SPEAKERS.has(allKeys[allKeys.length - 1]!) && !/^\p{Lu}{2,}$/u.test(tokens[0]!))
    return null;
  const role = [titleRole, ...suffixRoles].filter((r): r is string => r !== null).join(', ') || null;
  const display = tokens.join(' ');
  const lastToken = tokens[tokens.length - 1]!;
  // "The Kremlin ruler Vladimir Putin": a title before a name makes a person, whatever the article or hint said.
  // "the interview Mr Blair": an honorific makes a person too.
  const titledPerson = nameStart > 0 && (titleRole !== null || tokens.length >= 2 || honorific !== null);
  const isOrganization =
    ORGANIZATION_WORDS.has(tokenKey(lastToken)) ||
    (tokens.length === 1 && GROUP_NAMES.has(tokenKey(lastToken))) ||
    (!titledPerson && (kindHint === 'organization' || hadThe || /^\p{Lu}{2,}$/u.test(display)));
  if (isOrganization) return organizationName(display, role, tokens.length);
  // (`al-Shabaab`, `el-Sisi`: a lower-case prefix glued to a capitalised name is a name)
  if (tokens.every((t) => !/^(?:\p{Ll}{1,3}-)?\p{Lu}/u.test(t))) return null;

  const core = tokens.filter((t, k) => k === 0 || !NAME_SUFFIXES.has(tokenKey(t)));
  const last = core[core.length - 1]!;
  // Surname with its particles: "Ursula von der Leyen" → "von der Leyen".
  let surnameStart = core.length - 1;
  while (surnameStart > 0 && SURNAME_PARTICLES.has(core[surnameStart - 1]!)) surnameStart--;
  const surname = core.slice(surnameStart).join(' ');
  const lastKey = foldNameWord(last);
  if (surnameStart === 0) {
    return {
      display,
      role,
      honorific,
      kind: 'person',
      firstKey: null,
      lastKey,
      exact: exactKey(display),
      slugBase: surname,
      words: tokens.length,
    };
  }
  const initials = initialsKey(core.slice(0, surnameStart));
  const given = initials ? initials.key : tokenKey(core[0]!).replace(/[^a-z-]/g, '');
  const firstKey = initials ? initials.key : foldNameWord(NICKNAMES[given] ?? given);
  // "J. D. Vance", "J.D. Vance" and "JD Vance" all slug as `jd-vance`.
  const givenWritten = initials ? initials.key : core[0]!;
  return {
    display,
    role,
    honorific,
    kind: 'person',
    firstKey,
    lastKey,
    exact: exactKey(display),
    slugBase: `${givenWritten} ${surname}`,
    words: tokens.length,
  };
}

/** An organisation's name read: keyed by its whole folded name. */
function organizationName(display: string, role: string | null, words = display.split(' ').length): ParsedName {
  const key = asciiFold(display)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return {
    display,
    role,
    honorific: null,
    kind: 'organization',
    firstKey: null,
    lastKey: key,
    exact: exactKey(display),
    slugBase: display,
    words,
  };
}

/**
 * The full names an article writes for a surname: "DJ Ann Cook said…" gives `Ann Cook` for `Cook`,
 * "Juan Carlos Ferro" gives `Juan Carlos Ferro`. Up to three capitalised words before the surname are read, and
 * the given name is what follows the last word that is not one: titles, honorifics, possessives, acronyms and
 * sentence words ("But Cook", "Mr Cook", "Labour's Cook", "BBC Cook", "On Monday Cook"). A middle initial is allowed,
 * and a nickname in quotation marks (`Ann "Sunny" Cook`).
 */
export function fullNamesInText(text: string, surname: string): ParsedName[] {
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const word = `\\p{Lu}[\\p{L}\\p{M}'’-]*`;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{M}'’.-])((?:${word}\\s+){1,3})(?:["“]\\p{Lu}[\\p{L}.'’ -]{0,20}["”]\\s+)?(?:\\p{Lu}\\.?\\s+)?${escaped}(?![\\p{L}\\p{M}-])`,
    'gu',
  );
  const found = new Map<string, ParsedName>();
  for (const match of text.matchAll(pattern)) {
    const words = match[1]!.trim().split(/\s+/);
    const notGiven = (w: string): boolean =>
      NOT_GIVEN_NAMES.has(tokenKey(w)) ||
      matchTitle([tokenKey(w)], 0, 1) !== null ||
      /['’]s?$/u.test(w) ||
      /^\p{Lu}{2,}$/u.test(w) ||
      // `WRAZ-TV Fox`: a call sign in capitals is a station's name, no given name
      /^[\p{Lu}\p{N}]{2,}(?:-[\p{Lu}\p{N}]+)+$/u.test(w) ||
      // `Fourteen-year-old Zoe`, `Well-known Lee`: a hyphenated word with lower-case parts is an adjective (not
      // `Man-kei`, a romanised given name)
      (/^\p{Lu}\p{Ll}*(?:-\p{Ll}+)+$/u.test(w) && !romanisedGivenName(w));
    const given = words.slice(words.findLastIndex(notGiven) + 1);
    if (given.length === 0) continue;
    const parsed = parseName(`${given.join(' ')} ${surname}`, 'named');
    if (parsed?.kind === 'person' && parsed.firstKey && parsed.firstKey.length >= 2 && !found.has(parsed.firstKey))
      found.set(parsed.firstKey, parsed);
  }
  return [...found.values()];
}

/**
 * A body's common noun standing alone as a name (`Institute`, `Committee`) is no one body: read in its article, it is
 * the one body named there whose name ends with the word (`The American Film Institute … The Institute said` gives
 * `American Film Institute`), else nobody (null). Returns the name as it is when it is no such noun.
 */
export function bodyNounInText(text: string, parsed: ParsedName): ParsedName | null {
  if (
    parsed.kind !== 'organization' ||
    parsed.words !== 1 ||
    !BODY_KIND_WORDS.has(tokenKey(parsed.display).toLowerCase())
  )
    return parsed;
  const escaped = parsed.display.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // (the noun's own `of` phrase goes with it: `US Department of Harbour Safety`)
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{M}'’.-])((?:\\p{Lu}[\\p{L}\\p{M}&'’.-]*\\s+){0,5})${escaped}((?:\\s+(?:of|for|on)(?:\\s+the)?(?:\\s+\\p{Lu}[\\p{L}\\p{M}&'’-]*)+)?)(?![\\p{L}\\p{M}-])`,
    'gu',
  );
  const found = new Map<string, ParsedName>();
  for (const match of text.matchAll(pattern)) {
    // (`The Institute`, `But the Committee`: a sentence's capitalised opening word is no part of the name)
    const words = match[1]!.trim().split(/\s+/u).filter(Boolean);
    while (words.length > 0 && /^(?:The|A|An|But|And|Or|So|Yet|As|In|On|At|By|For|From|With)$/u.test(words[0]!))
      words.shift();
    if (words.length === 0 && match[2] === '') continue;
    const named = parseName([...words, parsed.display].join(' ') + match[2]!, 'organization');
    if (named !== null && named.kind === 'organization' && named.words > 1) found.set(named.exact, named);
  }
  // (`Department of Harbour Safety` and `US Department of Harbour Safety`: one body, its fullest form)
  const named = [...found.values()].filter(
    (n) => ![...found.values()].some((other) => other !== n && other.exact.endsWith(` ${n.exact}`)),
  );
  return named.length === 1 ? named[0]! : null;
}
