/**
 * Continuation rules: a quotation no attribution rule speaks for, after an attributed one, may
 * continue its speaker. The rules are tried in table order; the first whose condition holds gives the
 * quotation the previous attribution, with its confidence scaled by the rule's factor.
 */
import { lastStartingBefore } from '../lib/sorted.js';
import { indexAt } from './document.js';
import type { DocumentLayout } from './document.js';
import type { Mention } from './mentions.js';
import { isSpeakerAt, isSubjectAt } from './subjects.js';
import { canSpeak, typeByName } from './entities.js';
import { indefinitePersonSubject } from './coref/reading.js';
import { wordTest } from './word-test.js';
import { READ_DOCUMENT } from './rules/colon-and-source.js';

/** Where an unattributed quotation stands relative to the attributed one before it. */
export interface ContinuationScene {
  text: string;
  doc: DocumentLayout;
  /** Start of the quotation's paragraph. */
  paragraphStart: number;
  /** The quotation's opening mark. */
  openAt: number;
  /** Nothing but white space stands between the paragraph's start and the quotation. */
  opensParagraph: boolean;
  /** The previous quotation: its closing mark, and whether its attribution names somebody (and whom). */
  previous: { closeAt: number; named: boolean; name?: string | null };
  /** The article's name mentions, ascending: a new subject between the quotations ends the continuation. */
  mentions?: readonly Mention[];
  /** Characters back over which a paragraph-opening quotation inherits the previous speaker. */
  reach: number;
  /**
   * A rule read the quotation's own cue and named someone (the continuation is then one candidate beside it, for
   * the ranking); false when no rule fired or the one that did names no one.
   */
  ownCueRead?: boolean;
}

export interface ContinuationRule<Name extends string = string> {
  name: Name;
  /** The previous attribution's confidence is multiplied by this. */
  factor: number;
  applies: (scene: ContinuationScene) => boolean;
}

/** Does a sentence start in `(from, to]`? */
function sentenceEndBetween(doc: DocumentLayout, from: number, to: number): boolean {
  const i = indexAt(doc.sentences, to);
  return doc.sentences[i]! > from;
}

/** Does the quotation opening at `openAt` open a sentence (after `.`, `!`, `?`, maybe a closing mark)? */
function opensSentenceAfter(text: string, pStart: number, openAt: number): boolean {
  let i = openAt - 1;
  while (i >= pStart && (text[i] === ' ' || text[i] === '\u00A0')) i--;
  if (i >= pStart && /["”’']/u.test(text[i]!)) i--;
  return i >= pStart && /[.!?]/u.test(text[i]!);
}

/**
 * A verb of saying or thinking after a space: `said` in `One of the victims said`, `recommends` in `The report
 * recommends`, or of naming, which brings in whoever coins the term: `called` in `Critics called the plan a "…"`; or
 * a participle of saying or naming (`Tidewater backed the plan, saying "…"`, `with the Courier labelling it a "…"`),
 * whose subject is the clause it hangs on. Its clause (back to the last comma, sentence mark or line break, at most
 * CLAUSE_REACH characters) is read apart: finding the verb first keeps the scan linear.
 */
const SPEECH_VERB =
  /(?<=\s)(?:said|says|say|told|tells|wrote|writes|added|adds|argued|argues|recommended|recommends|regarded|regards|claimed|claims|insisted|insists|warned|warns|stated|states|announced|announces|reported|reports|believes|believed|thinks|thought|described|describes|called|dubbed|branded|labell?ed|saying|describing|calling|dubbing|branding|labell?ing)(?![\p{L}])/gu;
const CLAUSE_REACH = 120;

/**
 * Does `text[i]` end a clause: a line break, a comma or sentence mark before white space, or a quotation's
 * closing mark after one (`"…," one trader said`: the quotation's words are no part of the cue's clause)?
 */
function clauseMark(text: string, i: number): boolean {
  const c = text[i]!;
  if (c === '\n') return true;
  if (!/\s/u.test(text[i + 1] ?? '')) return false;
  return ',;:.!?'.includes(c);
}

/** The start of the clause ending at `b` in `text`, or null when it reaches back further than CLAUSE_REACH. */
function clauseStart(text: string, b: number): number | null {
  let a = b;
  while (a > 0 && !clauseMark(text, a - 1)) {
    if (b - a >= CLAUSE_REACH) return null;
    a--;
  }
  return a;
}

/**
 * How an insertion between a subject and its verb opens: a relative pronoun (`, who asked not to be named,`), a
 * preposition (`, by a Sunday columnist,`) or a participle (`, serialised in his paper,`). Not a clause of its own
 * (`Although …, this will save a day, says Mr Dean`: the subject stands after the verb).
 */
const INSERTION = /^(?:who|whose|whom|which|by|from|of|at|with|for|\p{Ll}+(?:ed|ing))(?![\p{L}])/u;

/**
 * The clause before the verb at `at` in `text` (without its white space), or null when it is longer than
 * CLAUSE_REACH. A relative clause or another insertion (`INSERTION`) between commas right before the verb is passed
 * over to the clause it hangs on: `one trader` in `one trader, who asked not to be named, told …`, `The book` in `The
 * book, by a Sunday columnist and serialised in his paper, said …`.
 */
function clauseBefore(text: string, at: number): string | null {
  let b = at;
  while (b > 0 && /\s/u.test(text[b - 1]!)) b--;
  let a = clauseStart(text, b);
  if (a === b && text[b - 1] === ',') {
    const r = clauseStart(text, b - 1);
    if (r !== null && r > 0 && text[r - 1] === ',' && INSERTION.test(text.slice(r, b - 1).trimStart())) {
      b = r - 1;
      a = clauseStart(text, b);
    }
  }
  return a !== null && a < b ? text.slice(a, b) : null;
}

/**
 * The clause a participle after a comma hangs on (`Tidewater backed the plan` in `Tidewater backed the plan, saying
 * …`), or null: the participle's subject is that clause's.
 */
function clauseBeforeParticiple(text: string, at: number): string | null {
  let b = at;
  while (b > 0 && /\s/u.test(text[b - 1]!)) b--;
  if (text[b - 1] !== ',') return null;
  const a = clauseStart(text, b - 1);
  return a !== null && a < b - 1 ? text.slice(a, b - 1) : null;
}

/** A subject pronoun or a passive auxiliary in the clause before the verb: the clause reports no new speaker. */
const NO_NEW_SPEAKER =
  /(?:^|[^\p{L}])(?:he|she|they|it|I|we|He|She|They|It|We|was|were|is|are|been|be|being)(?![\p{L}])/u;

/** Words that make no subject: `but claimed`, `and later said` go on the clause before. */
const NOT_SUBJECT_WORD =
  /^(?:but|and|or|nor|then|also|later|yet|so|still|has|had|have|did|does|do|not|never|will|would|could|can|may|might|should|must|just|only|again|already|[\p{Ll}]+ly)$/u;

/** Does a clause before a verb hold a subject of its own (a word that is no conjunction, auxiliary or adverb)? */
const hasSubject = (clause: string): boolean =>
  clause
    .trim()
    .split(/\s+/u)
    .some((w) => w !== '' && !NOT_SUBJECT_WORD.test(w));

/** A word that opens a reported or subordinate clause, before a name in its sentence. */
const EMBEDDING =
  /(?:^|[^\p{L}])(?:said|says|say|told|tells|added|adds|that|if|whether|because|then|unless)(?![\p{L}])/u;

/** The last word of a name (`Lee` of `Jo Lee`), to tell a new name from the previous speaker's. */
const lastWord = (name: string): string => name.split(/\s+/u).pop() ?? name;

/**
 * Does a sentence opening in `[from, to)` have an indefinite description of a person as its subject (`However, a
 * Harbour TV spokeswoman was "satisfied"`)? An indefinite description brings in someone new, never the previous
 * speaker; the sentence's quotation is that person's, unnamed.
 */
function newUnnamedSubject(doc: DocumentLayout, from: number, to: number): boolean {
  for (let k = indexAt(doc.sentences, from); k < doc.sentences.length; k++) {
    const ss = doc.sentences[k]!;
    if (ss >= to) break;
    if (ss >= from && indefinitePersonSubject(doc.text, ss, to) !== null) return true;
  }
  return false;
}

/**
 * Between the previous quotation's sentence and this quotation, does someone else come in: a name other than
 * the previous speaker as a sentence's subject or a cue's speaker (`Politico regarded the debate as "…"`,
 * `Jo Lee, who runs the scheme, believes …`), or a verb of saying whose subject is no pronoun (`One of the
 * victims said they were "…"`, `The report recommends …`)? Then the quotation is not the previous speaker's.
 */
export function someoneElseBetween(s: ContinuationScene): boolean {
  const { text, doc } = s;
  // from the first sentence after the one the previous quotation closes in (its attribution tail is its own)
  const k = indexAt(doc.sentences, s.previous.closeAt) + 1;
  const from = doc.sentences[k];
  if (from === undefined || from >= s.openAt) return false;
  const stretch = text.slice(from, s.openAt);
  const previous = s.previous.name ? lastWord(s.previous.name) : null;
  const hasPrevious = previous === null ? null : wordTest(previous);
  SPEECH_VERB.lastIndex = 0;
  for (let m = SPEECH_VERB.exec(stretch); m !== null; m = SPEECH_VERB.exec(stretch)) {
    const clause =
      clauseBefore(stretch, m.index) ?? (m[0].endsWith('ing') ? clauseBeforeParticiple(stretch, m.index) : null);
    if (
      clause !== null &&
      hasSubject(clause) &&
      !NO_NEW_SPEAKER.test(clause) &&
      (hasPrevious === null || !hasPrevious(clause))
    )
      return true;
  }
  if (newUnnamedSubject(doc, from, s.openAt)) return true;
  const mentions = s.mentions ?? [];
  for (let i = lastStartingBefore(mentions, from) + 1; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.start >= s.openAt) break;
    if (m.quoted || (previous !== null && lastWord(m.name) === previous)) continue;
    // (a name by its shape, a gender, a role or a body's word: not a capitalised word opening a sentence,
    // `Unless`, `Rather`, nor a place or a nationality, `Texas legislation`, `American-born children`)
    if (!(m.gender !== null || m.role !== null || m.org || /\s/u.test(m.name)) || /-\p{Ll}/u.test(m.name)) continue;
    const typed = typeByName(m.name);
    if (typed !== null && !canSpeak(typed)) continue;
    const ss = doc.sentences[indexAt(doc.sentences, m.start)]!;
    // (the subject of a clause reported inside the sentence is no new speaker: `He said if prices rose, the Bank
    // of England may act`)
    if (EMBEDDING.test(text.slice(Math.max(ss, m.start - 200), m.start))) continue;
    if (isSpeakerAt(text, m.start, m.end, ss) || isSubjectAt(text, m.start, m.end, ss)) return true;
  }
  return false;
}

/** The closing mark of each opening one. */
const CLOSER: Readonly<Record<string, string>> = { '"': '"', '“': '”', '‘': '’', "'": "'", '«': '»' };
/** Characters after its opening mark within which a term's closing mark stands. */
const TERM_REACH = 40;

/** Is the quotation opening at `openAt` one or two words (`"churn rate"`, `'miracle'`, `''well''`)? */
function termOfFewWords(text: string, openAt: number): boolean {
  const doubled = text.startsWith("''", openAt);
  const closer = doubled ? "''" : CLOSER[text[openAt]!];
  if (closer === undefined) return false;
  const from = openAt + (doubled ? 2 : 1);
  const end = Math.min(text.length, from + TERM_REACH);
  for (let i = from; i < end; i++) {
    // (a closing mark ends a word: the apostrophes of `it's`, `Lee’s` close nothing)
    if (!text.startsWith(closer, i) || isLetterAfter(text, i + closer.length)) continue;
    return text.slice(from, i).trim().split(/\s+/u).length <= 2;
  }
  return false;
}

/** Is `text[i]` a letter? */
const isLetterAfter = (text: string, i: number): boolean => /\p{L}/u.test(text[i] ?? '');

/** The continuation table: order matters; the first rule whose condition holds wins. */
export const CONTINUATION_RULES = [
  {
    // A paragraph that is only a quotation, right after an attributed one, continues it.
    name: 'continuation-paragraph',
    factor: 0.8,
    applies: (s) => s.opensParagraph && s.openAt - s.previous.closeAt <= s.reach && !someoneElseBetween(s),
  },
  {
    // `"It's tough," Lee said. They live far away. "That's a hard area."`: a sentence that is only a
    // quotation, in the paragraph of an attributed one, continues its speaker
    name: 'continuation-sentence',
    factor: 0.7,
    applies: (s) =>
      s.previous.closeAt >= s.paragraphStart &&
      opensSentenceAfter(s.text, s.paragraphStart, s.openAt) &&
      !someoneElseBetween(s),
  },
  {
    // `"…," Lee added. But that is not the same as "properly chargeable."`: a quotation in a later
    // sentence of the paragraph, with no speaker of its own, is still the paragraph's speaker's (not a
    // term of one or two words: `Call centres have a high "churn rate"` names a thing, nobody's words)
    name: 'continuation-in-paragraph',
    factor: 0.5,
    applies: (s) =>
      s.previous.named &&
      !termOfFewWords(s.text, s.openAt) &&
      s.previous.closeAt >= s.paragraphStart &&
      sentenceEndBetween(s.doc, s.previous.closeAt, s.openAt) &&
      !someoneElseBetween(s),
  },
] as const satisfies readonly ContinuationRule[];

/** The name of a continuation rule (`continuation-paragraph`): the `reason` of the attributions it gives. */
export type ContinuationRuleName = (typeof CONTINUATION_RULES)[number]['name'];

/**
 * Right after a closing mark, a document with no owner named that reads the quotation: `"…," read the warning`,
 * `"…," the notice reads`. The quotation is the document's, not the previous speaker's.
 */
const OWNERLESS_DOCUMENT_READS = new RegExp(
  String.raw`["”]\s*,?\s*(?:(?:read|reads)\s+(?:a|an|the)\s+(?:[\p{Ll}\-]+\s+){0,2}${READ_DOCUMENT}s?|(?:a|an|the)\s+(?:[\p{Ll}\-]+\s+){0,2}${READ_DOCUMENT}s?\s+(?:read|reads))(?![\p{L}\-])`,
  'uy',
);
/** How far after its opening mark a quotation's closing mark is looked for. */
const CLOSE_REACH = 2000;

/** Is the quotation opening at `openAt` read by a document whose owner goes unnamed? */
export function readByOwnerlessDocument(text: string, openAt: number): boolean {
  return afterClosingMark(text, openAt, OWNERLESS_DOCUMENT_READS);
}

/** Does the sticky `pattern` match at the first closing mark after the quotation opening at `openAt`? */
function afterClosingMark(text: string, openAt: number, pattern: RegExp): boolean {
  const end = Math.min(text.length, openAt + CLOSE_REACH);
  for (let i = openAt + 1; i < end; i++) {
    const c = text[i];
    if (c !== '"' && c !== '”') continue;
    pattern.lastIndex = i;
    return pattern.test(text);
  }
  return false;
}

/**
 * Right after a closing mark, an indefinite description of someone as a verb of saying's subject: `"…," one trader
 * told the agency`, `"…," a local man said`. The quotation is that unnamed person's, not the previous speaker's.
 */
const UNNAMED_SPEAKER_AFTER = new RegExp(
  String.raw`["”]\s*,?\s*(?:one|a|an|another)\s+(?:of\s+the\s+)?(?!(?:he|she|they|we|it)\s)(?:[\p{Ll}\-]+\s+){0,2}[\p{Ll}\-]+\s+(?:${SPEECH_VERB.source})`,
  'uy',
);

/** Is the quotation opening at `openAt` followed by a verb of saying whose subject is an unnamed someone? */
export function saidBySomeoneUnnamed(text: string, openAt: number): boolean {
  return afterClosingMark(text, openAt, UNNAMED_SPEAKER_AFTER);
}

/** Verbs of an inverted or postposed cue right after a quotation: `," wrote X`, `," X said`. */
const CUE_VERB = String.raw`(?:said|says|wrote|writes|told|tells|added|adds|insisted|insists|argued|argues|warned|warns|stated|states|claimed|claims|declared|declares)`;
/** A capitalised word of a name (`Time`, `O'Neill`, `St.`). */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.\-]*`;
/**
 * Right after a closing mark that a comma goes with, a cue whose subject is a name: `"…," wrote Time magazine`,
 * `"…," Time magazine wrote`. The quotation has a speaker of its own, named; when the cue's reading did not take it,
 * the previous speaker is no better a guess. Group 1 or 2: the name.
 */
const NAMED_CUE_AFTER = new RegExp(
  String.raw`(?<=,)["”]\s*(?:${CUE_VERB}\s+(?:the\s+)?(${NAME_WORD}(?:\s+${NAME_WORD}){0,3})|(?:the\s+)?(${NAME_WORD}(?:\s+${NAME_WORD}){0,3})\s+(?:[\p{Ll}]+\s+)?${CUE_VERB})(?![\p{L}])`,
  'uy',
);

/**
 * Is the quotation opening at `openAt` followed by a cue naming someone other than `previous` (the previous
 * quotation's speaker)? A name that shares a word with the previous speaker's (`Lee` of `Jo Lee`) is the same person.
 */
export function namedCueOfAnother(text: string, openAt: number, previous: string | null | undefined): boolean {
  const end = Math.min(text.length, openAt + CLOSE_REACH);
  for (let i = openAt + 1; i < end; i++) {
    const c = text[i];
    if (c !== '"' && c !== '”') continue;
    NAMED_CUE_AFTER.lastIndex = i;
    const m = NAMED_CUE_AFTER.exec(text);
    if (m === null) return false;
    const words = (m[1] ?? m[2] ?? '').split(/\s+/u);
    const known = new Set((previous ?? '').split(/\s+/u));
    return !words.some((w) => known.has(w));
  }
  return false;
}

/** The first continuation rule whose condition holds for `scene`, or null. */
export function findContinuation(scene: ContinuationScene): ContinuationRule<ContinuationRuleName> | null {
  if (
    readByOwnerlessDocument(scene.text, scene.openAt) ||
    saidBySomeoneUnnamed(scene.text, scene.openAt) ||
    (scene.ownCueRead !== true && namedCueOfAnother(scene.text, scene.openAt, scene.previous.name))
  )
    return null;
  return CONTINUATION_RULES.find((rule) => rule.applies(scene)) ?? null;
}
