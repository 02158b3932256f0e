/**
 * Subjects: which name or pronoun stands as the subject of its clause. Coreference uses it to find
 * the focus of a sentence; the attribution rules use it when a quotation has no speech cue
 * (`Rubio also bemoaned that people "literally hate each other"`).
 */
import { ORG_BODIES, ORG_NOUNS, PERSON_NOUNS } from '../lexicon/words.js';
import type { NounPhrase } from './cues.js';
import { splitName } from './mentions.js';

/** Words before a name that make it an object or a place, not a subject: `with Cruz`, `in South Carolina`. */
const bothCases = (words: string): string =>
  words
    .split('|')
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|');
/**
 * Words before a name that make it an object or a place, not a subject: `with Cruz`, `in South
 * Carolina`, `with former governor Jane Doe` (lowercase modifiers may stand between).
 */
export const PREPOSITION_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${bothCases('in|at|from|to|of|for|with|by|on|about|against|between|than|like|into|across|near|under|over|toward|towards|through|throughout|via|versus|called|named|asked|told|thanked|praised|attacked|criticized|criticised|endorsed|defeated|beat|met|visited|joined|introduced|replaced|succeeded|backed|supported|opposed')}|and|or|nor)\s+(?:[Tt]he\s+)?(?:[\p{Ll}.’'\-]+\s+){0,3}$`,
  'u',
);
/** A speech verb just before a name makes it the speaker: `…, said James Henson, director of …`. */
const INVERTED_SPEAKER_BEFORE =
  /(?:^|[^\p{L}])(?:said|says|added|wrote|asked|explained|noted|argued|continued|insisted|recalled|warned|observed|replied|responded|according\s+to)\s+(?:[\p{Ll}-]+\s+){0,3}$/u;

/**
 * A speech verb right after a name (and an optional place, appositive or adverb): `Viguerie argues`,
 * `Lee, an aide, said`, `Ann Lee of Ohio, a party ally, said`, `Ann Lee, the ranking member, who said`.
 */
const SPEECH_AFTER =
  /^(?:\s*\([^()]{1,40}\))?(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}.’'-]*(?:\s+\p{Lu}[\p{L}\p{M}.’'-]*){0,3})?(?:\s*,[^,;:"“”]{1,120},)?\s*(?:who\s+)?(?:(?:has|had|have)\s+)?(?:[\p{Ll}]+ly\s+|also\s+|later\s+|then\s+)?(?:said|says|added|adds|argued|argues|told|tells|wrote|writes|noted|notes|explained|explains|insisted|insists|warned|warns|asked|asks|recalled|recalls|continued|continues|stated|tweeted|replied|responded|acknowledged|conceded|contended|maintained|predicted|suggested|declared|announced|observed|remarked|emphasized|stressed)(?![\p{L}])/u;

/** A subordinator right before a name: `when Tapper asked` is no main-clause speaker. */
const SUBORDINATE_BEFORE =
  /(?:^|[^\p{L}])(?:when|while|after|before|because|if|until|since|although|though|whereas)\s+$/iu;

/**
 * Is the name at `[start, end)` the speaker of a cue, inverted (`said Smith`) or not (`Smith argues`)?
 * Not in a subordinate clause: `Ryan looked unsure when Tapper asked about the House` is about Ryan.
 */
export function isSpeakerAt(text: string, start: number, end: number, sentenceStart: number): boolean {
  if (/['’]s?$/u.test(text.slice(start, end))) return false;
  const before = text.slice(Math.max(sentenceStart, start - 40), start);
  if (SUBORDINATE_BEFORE.test(before) || possessedModifier(text, start, end, sentenceStart)) return false;
  return INVERTED_SPEAKER_BEFORE.test(before) || SPEECH_AFTER.test(text.slice(end, end + 200));
}

/** What may follow a subject before its verb: an appositive, a party tag, a time adverbial. */
const SUBJECT_TAIL =
  /^(?:\s*\([^()]{1,40}\))?(?:\s+of\s+(?:the\s+)?(?:[\p{Ll}]+-[\p{L}-]+\s+)?\p{Lu}[\p{L}\p{M}.’'-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.’'-]*|of|the|for|and)){0,5}(?=\s+\p{Ll}|\s*,))?(?:\s*,[^,;:"“”]{1,160},)?(?:\s*\([^()]{1,40}\))?\s*/u;
/**
 * The rarer appositives, tried only when the plain tail finds no verb: one holding a quoted title (`Jo Lee,
 * star of “Harbour Nights,” thanked`, the closing comma inside the mark) or set off by dashes (`Lee — named
 * as the likely pick — told`, or spaced hyphens: `Lee - the chief - said`), never across a sentence end.
 */
const SUBJECT_TAIL_QUOTED_OR_DASHED =
  /^(?:\s*\([^()]{1,40}\))?(?:\s+of\s+(?:the\s+)?(?:[\p{Ll}]+-[\p{L}-]+\s+)?\p{Lu}[\p{L}\p{M}.’'-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.’'-]*|of|the|for|and)){0,5}(?=\s+\p{Ll}|\s*,))?(?:\s*,[^,;:"“”.!?\n]{1,100}?(?:“[^“”\n]{1,60}?”|"[^"\n]{1,60}?"|''(?:[^'\n]|'(?!')){1,60}?'')[^,;:"“”.!?\n]{0,60}?(?:,|(?<=,(?:”|"|'')))|\s+(?:[—–]|--?)\s[^—–"“”;.!?\n]{1,160}?\s(?:[—–]|--?)(?=\s))(?:\s*\([^()]{1,40}\))?\s*/u;
/** An appositive opening right after the name, with a comma (a quotation mark within reach) or a dash: the rarer tails are worth trying. */
const RARE_TAIL_OPENS = /^\s*(?:,[^,;:.!?\n]{0,100}?["“]|,[^,;:.!?\n]{0,100}?''|(?:[—–]|--?)\s)/u;
/** Words that cannot be the verb after a subject: `Clinton a ringing …`, `Hannity how high …`. */
/** A subject pronoun right after a name opens the clause: `standing next to Mr Lee he added` (Lee is no subject). */
const PRONOUN_NEXT = /^\s+(?:he|she|it|they|we|I|you)\s/u;
const NOT_VERB =
  /^(?:a|an|the|that|this|these|those|who|whom|whose|which|how|what|when|where|why|if|whether|and|or|but|nor|in|on|at|to|of|for|with|by|from|via|as|than|into|about|over|after|before|during|under|his|her|their|its|our|my|your|no|not|some|any|all|both|each|every|because|since|while|until|so|then|there|here)$/u;
/** Place-like first words: `North Korea`, `New Hampshire`, `Los Angeles`. */
export const PLACE_FIRST =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|New|Los|Las|San|Santa|Saint|St\.|Little|Great|United|Upper|Lower|Fort|Mount|Lake|Port|Cape)$/u;

/**
 * Does the phrase at `[start, end)` stand as the subject of its clause? Not after a preposition
 * (`with Cruz`), not a possessive (`Trump's plan`), and followed (after an optional appositive)
 * by a word that can be a verb: `Manafort said`, `Walsh, a former labor leader, had`.
 */
export function isSubjectAt(text: string, start: number, end: number, sentenceStart: number): boolean {
  if (/['’]s?$/u.test(text.slice(start, end))) return false;
  if (PREPOSITION_BEFORE.test(text.slice(Math.max(sentenceStart, start - 40), start))) return false;
  if (possessedModifier(text, start, end, sentenceStart)) return false;
  const rest = text.slice(end, end + 220);
  if (PRONOUN_NEXT.test(rest)) return false;
  // `skipped the Acme meeting.`, `at a Lee rally`: a name between an article and a noun modifies the noun (an
  // `-ing` noun reads as a verb otherwise)
  if (ARTICLE_BEFORE.test(text.slice(Math.max(sentenceStart, start - 4), start)) && ING_NOUN_AFTER.test(rest))
    return false;
  if (verbFollows(rest, SUBJECT_TAIL)) return true;
  return RARE_TAIL_OPENS.test(rest) && verbFollows(rest, SUBJECT_TAIL_QUOTED_OR_DASHED);
}

/**
 * A possessive determiner (and up to two lower-case words, group 1) right before a name. (Not `her`, also an object:
 * `told her Lee would`; nor `His`/`Her` opening a title: `His Holiness`.)
 */
const POSSESSIVE_BEFORE =
  /(?:^|[^\p{L}])(?:its|his|their|our|my|your|Its|Their|Our|My|Your)\s+((?:[\p{Ll}-]+\s+){0,2})$/u;

/**
 * Is the name at `[start, end)` a modifier of a thing someone owns: a possessive determiner before it and a
 * lower-case noun after it (`its new Quayco technology will`, `says its Kestrel fleet`)? Then it is neither a
 * subject nor a speaker. Not a person named by a role after the determiner (`its chief executive Jo Lee said`).
 */
function possessedModifier(text: string, start: number, end: number, sentenceStart: number): boolean {
  const m = POSSESSIVE_BEFORE.exec(text.slice(Math.max(sentenceStart, start - 40), start));
  if (m === null || !/^[ \u00A0]+\p{Ll}/u.test(text.slice(end, end + 3))) return false;
  return !m[1]!.split(/\s+/u).some((w) => w !== '' && (namesPeople(w) || PERSON_NOUNS.has(w)));
}

/** `the `, `a ` right before a name. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|a|an)[ \u00A0]$/u;
/** A bare `-ing` word right after a name, then no object-taking word: `meeting.`, `hearing on`. */
const ING_NOUN_AFTER = /^[ \u00A0]+\p{Ll}+ing(?![\p{L}])/u;

/** Does a word that can be a verb follow `tail` at the start of `rest`? */
function verbFollows(rest: string, tail: RegExp): boolean {
  const t = tail.exec(rest);
  // `He then adopted`, `Lee also warned`: an adverb may stand before the verb
  const next = VERB_AFTER_ADVERB.exec(rest.slice(t ? t[0].length : 0));
  if (!next) return false;
  // `Obama consultant Cornell Belcher`: a role noun after a name makes it a modifier, not a subject
  return !NOT_VERB.test(next[1]!) && !PERSON_NOUNS.has(next[1]!);
}

/** The first lower-case word after a subject, past an adverb of time or manner (`then adopted`, `quickly said`). */
const VERB_AFTER_ADVERB =
  /^(?:(?:then|also|later|again|still|just|never|already|once|often|now|[\p{Ll}]{2,}ly)\s+(?=[\p{Ll}]))?([\p{Ll}][\p{Ll}’'-]*)/u;

/** What may open a sentence before its subject: a conjunction, an adverb, a short adverbial and its comma. */
const SENTENCE_OPENER =
  /^\s*(?:(?:But|And|So|Yet|Still|Then|Later|Meanwhile|Instead|Earlier|Separately)\s+)?(?:[^,;:"“”]{1,60},\s*)?$/u;
/** The words after a possessive up to the head of its phrase: `discussion` in `X's discussion with Y`. */
const POSSESSED_WORDS =
  /^\s+((?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)(?=\s+(?:with|to|for|of|on|in|at|about|over|between|and)\s|\s+[\p{Ll}]|\s*[,.;:]|$)/u;

/** `wife`, `lawyers`, `aides`: a noun for people (not a body or a document: `office`, `statement`). */
function namesPeople(word: string): boolean {
  const stems = [word, word.replace(/s$/u, ''), word.replace(/ies$/u, 'y')];
  return stems.some((w) => PERSON_NOUNS.has(w) && !ORG_NOUNS.has(w) && !ORG_BODIES.has(w));
}

/**
 * Is the possessive name at `[start, end)` the possessor of its sentence's subject, the person the
 * sentence is about? `Ann Lee's talk with Tom Hale ran long` is about Lee: the subject's head is a
 * thing (`talk`, `office`, `statement`), and the name opens the sentence. `Lee's lawyer said` is about
 * the lawyer, and a possessive after a preposition (`in Lee's office`) is no subject's.
 */
export function isPossessorOfSubjectAt(text: string, start: number, end: number, sentenceStart: number): boolean {
  if (!/['’]s?$/u.test(text.slice(start, end))) return false;
  if (!SENTENCE_OPENER.test(text.slice(sentenceStart, start))) return false;
  const words = POSSESSED_WORDS.exec(text.slice(end, end + 80));
  if (!words) return false;
  return !words[1]!.split(/\s+/u).some(namesPeople);
}

/** `and` and a second name after a name: `Jo Lee and Ann Roe` (the second name is group 1). */
const AND_NAME =
  /^\s+and\s+((?:(?:\p{Lu}\.)+\s*|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+|\p{Lu}[\p{L}\p{M}’'-]*\s+){0,3}\p{Lu}[\p{L}\p{M}’'-]*)/u;

/**
 * `Jo Lee and Ann Roe issued a statement`: a subject of two coordinated names. The last name is
 * the phrase's head, as annotators mark a joint source; null when the pair is no subject.
 */
function jointSubjectAfter(text: string, start: number, end: number, sentenceStart: number): NounPhrase | null {
  if (PREPOSITION_BEFORE.test(text.slice(Math.max(sentenceStart, start - 40), start))) return null;
  const m = AND_NAME.exec(text.slice(end, end + 80));
  if (!m) return null;
  const at = end + m[0].length - m[1]!.length;
  const parts = splitName(m[1]!);
  if (parts === null || parts.org) return null;
  const rest = text.slice(at + m[1]!.length, at + m[1]!.length + 220);
  const tail = SUBJECT_TAIL.exec(rest);
  const next = /^([\p{Ll}][\p{Ll}’'-]*)/u.exec(rest.slice(tail ? tail[0].length : 0));
  if (!next || NOT_VERB.test(next[1]!) || PERSON_NOUNS.has(next[1]!)) return null;
  return { start: at, end: at + m[1]!.length, text: m[1]!, kind: 'named', indefinite: false, appositive: null };
}

/** A capitalised run (with initials and honorifics) or `he`/`she`. */
const CANDIDATE =
  /(?<![\p{L}\p{M}’'.-])(?:(?:(?:\p{Lu}\.)+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|St|Prof|Rev)\.|\p{Lu}[\p{L}\p{M}’'-]*)\s+)*\p{Lu}[\p{L}\p{M}’'-]*|(?<![\p{L}])(?:he|she|He|She)(?![\p{L}’'])/gu;

/**
 * The first person (name or `he`/`she`) standing as a subject in `[from, to)`: `Rubio` in
 * `On Tuesday, Rubio also bemoaned that …`. Organisation-like and place-like names are passed over,
 * and a lone word (`Guns are …`) only counts when `isPerson` knows it as a person's name.
 */
export function findSubject(
  text: string,
  from: number,
  to: number,
  isPerson: (name: string) => boolean = () => true,
): NounPhrase | null {
  const slice = text.slice(from, to);
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(slice); m; m = CANDIDATE.exec(slice)) {
    let at = from + m.index;
    let raw = m[0];
    // `Britain's Jo Lee`, `Harbour’s Virginia state director`: a possessor inside the run is not the subject;
    // what it possesses is (a place there, `Virginia`, is passed over as any place is)
    const possessor = /^.*['’]s\s+/u.exec(raw);
    if (possessor !== null) {
      at += possessor[0].length;
      raw = raw.slice(possessor[0].length);
    }
    if (/^(?:he|she)$/iu.test(raw)) {
      if (isSubjectAt(text, at, at + raw.length, from))
        return { start: at, end: at + raw.length, text: raw, kind: 'pronoun', indefinite: false, appositive: null };
      continue;
    }
    const parts = splitName(raw);
    if (parts === null || parts.org || PLACE_FIRST.test(parts.name.split(' ')[0] ?? '')) continue;
    // `PHILADELPHIA, July 25 —` datelines, `the Indiana audience`, `Weighing in, …`: not people
    if (
      /^[\p{Lu}\s.]{4,}$/u.test(parts.name) ||
      /(?:^|\s)(?:the|a|an|The|A|An)\s+$/u.test(text.slice(Math.max(from, at - 5), at))
    )
      continue;
    if (!parts.name.includes(' ') && (/(?:ing|ed|ly)$/u.test(parts.name) || !isPerson(parts.name))) continue;
    // … after a possessor, only a full name (`Britain's Jo Lee`), not a word (`IBM's Power architecture`)
    if (possessor !== null && !parts.name.includes(' ')) continue;
    const nameAt = at + parts.nameOffset;
    if (!isSubjectAt(text, nameAt, at + raw.length, from)) {
      const joint = jointSubjectAfter(text, nameAt, at + raw.length, from);
      if (joint) return joint;
      continue;
    }
    const phrase = text.slice(nameAt, at + raw.length);
    return { start: nameAt, end: at + raw.length, text: phrase, kind: 'named', indefinite: false, appositive: null };
  }
  return null;
}
