/**
 * Stage 3: attribution rules. Each rule looks at the text around one quotation (before it in its
 * sentence, between its pieces, after it in its sentence) and names a cue and a speaker phrase.
 * The rules are tried in table order; the first that fires gives the attribution's reason.
 */
import {
  findCues,
  quotedObject,
  readSentenceSubject,
  readSubjectLeft,
  readSubjectRight,
  type NounPhrase,
} from '../cues.js';
import { findSubject } from '../subjects.js';
import { afterAdjacent, creditLine } from './after-quote.js';
import {
  CUE_TAKES_NO_CLAUSE,
  asNameClause,
  cueOverEarlierQuote,
  endsSentence,
  possessiveSpeechNoun,
} from './clauses.js';
import { NAME_COLON, documentRead, nameBeforeColon, reportedBy, sourceBeforeColon } from './colon-and-source.js';
import { FRONTED_SUBORDINATE, accordingTo, anyCue } from './cue-in-sentence.js';
import type { AttributionRule, RuleContext, RuleHit } from './types.js';

/**
 * What opens a new clause between a quotation and a later cue's speaker: `" while Roe wrote`, `", whereas Roe said`;
 * and between a quotation and a later cue not set off by a comma, an adverbial clause after words of the quotation's
 * own clause (`"…" to pass the bill when Roe had indicated`; not `", when asked, Roe said`, where the clause opens
 * right after the quotation, nor `"…" as when it began, he said`, the attribution set off by its comma; not `since`,
 * as often a preposition: `"…" since 2010, the group says`).
 */
const NEW_CLAUSE_AFTER_QUOTE = /^[\s"”’',]*(?:[^"“”,;]{0,60}\s)?(?:while|whereas|although|though)\s/u;
const ADVERBIAL_CLAUSE_AFTER_QUOTE = /^[\s"”’',]*[^"“”,;]{1,60}\s(?:when|because|unless|if)\s/u;

/**
 * A statement given out, then a colon: `Mayor Ann Roe released the following statement:`, `Acme issued a brief
 * statement to reporters:`. Group 1 the verb and what follows it.
 */
const STATEMENT_COLON =
  /\s((?:released|issued|put\s+out|posted|gave|provided|sent\s+out)\s+(?:the\s+following|a|an|this|his|her|their|its)\s+(?:[\p{Ll}-]+\s+)?(?:statement|response|reply|comment|message)(?:\s+(?:to|on|via|in)\s+[^:;"“”]{1,40})?)\s*:\s*$/u;
/**
 * A named speaker's answer, then a colon: `Jo Lee’s response was:`, `Ann Roe's reply came swiftly:`. Group 1
 * the name, group 2 the noun and its verb.
 */
const RESPONSE_COLON =
  /(?:^|[^\p{L}\p{M}.’'-])((?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){0,3}\p{Lu}[\p{L}\p{M}-]*)['’]s?\s+((?:(?:first|only|brief|terse|blunt|curt|swift|immediate|initial)\s+)?(?:response|reply|answer|reaction|retort|verdict|explanation|message)(?:\s+to\s+[^:;"“”]{1,40})?\s+(?:was|came)(?:\s+[\p{Ll}]+ly)?)\s*:\s*$/u;
/** RESPONSE_COLON after a possessive pronoun (`His message to the board was:`): group 1 the pronoun, group 2 the rest. */
const PRONOUN_RESPONSE_COLON =
  /(?:^|[^\p{L}\p{M}’'-])(His|Her|his|her)\s+((?:(?:first|only|brief|terse|blunt|curt|swift|immediate|initial)\s+)?(?:response|reply|answer|reaction|retort|verdict|explanation|message)(?:\s+to\s+[^:;"“”]{1,40})?\s+(?:was|came)(?:\s+[\p{Ll}]+ly)?)\s*:\s*$/u;

/**
 * A colon in `[from, to)` (a sentence before the quotation) closing a statement given out by its subject or a
 * named person's response (STATEMENT_COLON, RESPONSE_COLON): that subject or person speaks. Null when neither.
 */
function statementColon(ctx: RuleContext, from: number, to: number): RuleHit | null {
  const { text } = ctx;
  let end = to;
  while (end > from && /\s/u.test(text[end - 1]!)) end--;
  if (text.charCodeAt(end - 1) !== 58) return null;
  const lead = text.slice(Math.max(from, end - 200), to);
  const at = to - lead.length;
  const stated = STATEMENT_COLON.exec(lead);
  if (stated !== null) {
    const verbAt = at + stated.index + 1;
    const speaker = readSubjectLeft(text, from, verbAt);
    if (speaker === null || speaker.kind === 'pronoun') return null;
    const cueEnd = verbAt + stated[1]!.length;
    return { cue: { start: verbAt, end: cueEnd, word: 'statement' }, speaker };
  }
  const answered = RESPONSE_COLON.exec(lead);
  if (answered === null) {
    const own = PRONOUN_RESPONSE_COLON.exec(lead);
    if (own === null) return null;
    const pronounAt = at + own.index + own[0].indexOf(own[1]!);
    const pronoun = own[1]!.toLowerCase() === 'his' ? 'he' : 'she';
    const cueAt = at + own.index + own[0].lastIndexOf(own[2]!);
    return {
      cue: { start: cueAt, end: cueAt + own[2]!.length, word: 'response' },
      speaker: {
        start: pronounAt,
        end: pronounAt + own[1]!.length,
        text: pronoun,
        kind: 'pronoun',
        indefinite: false,
        appositive: null,
      },
    };
  }
  const nameAt = at + answered.index + answered[0].indexOf(answered[1]!);
  const speaker = readSubjectLeft(text, nameAt, nameAt + answered[1]!.length);
  if (speaker === null || speaker.kind !== 'named') return null;
  const cueAt = at + answered.index + answered[0].lastIndexOf(answered[2]!);
  return { cue: { start: cueAt, end: cueAt + answered[2]!.length, word: 'response' }, speaker };
}

/** Cues of going on with one's words: `added`, `continued`, `went on`. */
const CONTINUING_CUE = /^(?:add|added|adds|adding|continued|continues|continuing|went|goes)$/u;

/** Does an adverbial clause open between the quotation and a later cue whose clause no comma sets off? */
function adverbialClauseBefore(ctx: RuleContext, cueAt: number, speakerAt: number): boolean {
  const clauseAt = Math.min(cueAt, speakerAt);
  if (/,\s*$/u.test(ctx.text.slice(Math.max(ctx.closeAt, clauseAt - 4), clauseAt))) return false;
  return ADVERBIAL_CLAUSE_AFTER_QUOTE.test(ctx.text.slice(ctx.closeAt, cueAt));
}

/**
 * `The plan is too costly, according to Jo Lee. "Nobody asked us."`: a sentence of reported speech whose
 * source a named `according to` gives speaks for the uncued quotation after it (its cue takes no subject
 * before it, so the cue rules read no speaker there).
 */
function namedAccordingTo(ctx: RuleContext, from: number, to: number): RuleHit | null {
  const hit = accordingTo(ctx, from, to);
  if (hit === null || hit.speaker.kind !== 'named') return null;
  // … closing the sentence, maybe with an appositive (`, who runs the ferry.`): `According to the Ledger,
  // Lee spoke to reporters` names the outlet that reported a sentence about someone else
  return SENTENCE_CLOSE_AFTER_SOURCE.test(ctx.text.slice(hit.speaker.end, to)) ? hit : null;
}
/** The rest of a sentence after a source that closes it: nothing, or an appositive (`, who runs it.`). */
const SENTENCE_CLOSE_AFTER_SOURCE = /^(?:[\s.!?]*|\s*,\s*\p{Ll}[^]*)$/u;

/**
 * A subordinator opening a sentence, before a subject of its own: `After Jo Lee lost, …`, `If Roe wins, …`
 * (not `As`: `As Jo Lee noted, …` credits the words that follow).
 */
const FRONTED_CLAUSE =
  /^\s*(?:(?:But|And|So|Then|Yet)\s+)?(?:After|When|While|Before|Since|Although|Though|If|Once|Because|Until|Unless|Whereas|Whenever)\s+$/u;

/**
 * A coordinator after a comma, semicolon or dash, then a new subject that is no pronoun (a determiner's phrase or a
 * capitalised word): `, while Ann Roe `, ` - and the mayor `. A pronoun (`, but he `) may well be the same person.
 */
const COORDINATED_SUBJECT =
  /(?:[,;]|\s[—–-])\s+(?:but|and|yet|while|whereas)\s+(?=(?:the|a|an|his|her|their|its)\s|\p{Lu})/gu;

/** Where the last coordinated clause with a subject of its own opens in `[from, to)`, or -1. */
function coordinatedClauseAt(text: string, from: number, to: number): number {
  const stretch = text.slice(from, to);
  let at = -1;
  COORDINATED_SUBJECT.lastIndex = 0;
  for (let m = COORDINATED_SUBJECT.exec(stretch); m; m = COORDINATED_SUBJECT.exec(stretch))
    at = from + m.index + m[0].length;
  return at;
}

/** A definite description with a capitalised title opening a clause: `the Prime Minister`, `the Chief Justice`. */
const TITLED_DESCRIPTION_OPENS = /^\s*the\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}\p{Ll}/u;

/**
 * A passive of a verb of speech or naming after a subject: `was said to be`, `was later called`, `has been
 * described as`. Its subject is what others spoke of (not `is reported to have called`, `was quoted as saying`:
 * the subject's own words, reported).
 */
const PASSIVE_SPEECH_AFTER =
  /^\s*(?:,[^,;:"“”]{1,80},\s*)?(?:(?:has|have|had|will|would|may|might)\s+)?(?:(?:also|later|widely|often|once|even|since|repeatedly|publicly|\p{Ll}+ly)\s+)?(?:was|were|is|are|been|being|be)\s+(?:(?:also|later|widely|often|once|even|since|repeatedly|publicly|\p{Ll}+ly)\s+)?(?:said|called|described|dubbed|labell?ed|branded|named|nicknamed|reported|referred\s+to)(?![\p{L}])(?!\s+(?:to\s+have|as\s+(?:saying|telling|writing|stating))\s)/u;

/** A verb of the subject's own speech after a passive: `was criticised for calling them "…"` quotes the subject. */
const OWN_SPEECH_AFTER_PASSIVE =
  /(?:^|[^\p{L}])(?:calling|saying|describing|referring|using|tweeting|writing|telling|claiming|comparing|labell?ing|branding|dubbing|remarking|suggesting|declaring)(?![\p{L}])/u;

/** Does a passive of speech open `rest` (the text after a subject) with none of the subject's own speech after it? */
function passiveOfSpeechAfter(rest: string): boolean {
  const m = PASSIVE_SPEECH_AFTER.exec(rest);
  return m !== null && !OWN_SPEECH_AFTER_PASSIVE.test(rest.slice(m[0].length));
}

/** A fronted `According to …,` before a clause: the source it names (or leaves unnamed) reports the clause. */
const ACCORDING_TO_FRONTED = /(?:^|[^\p{L}])[Aa]ccording\s+to\s[^;:"“”.]{1,120},\s*$/u;

/**
 * A subject that the sentence around a quotation does not make its speaker, though it stands as the subject:
 * `Jo Lee was said to be "…"` (a passive of speech: others spoke), `According to police, Lee was driving
 * "…"` (the fronted source reports the words).
 */
function namedNotQuoted(ctx: RuleContext, subject: { start: number; end: number }): boolean {
  return (
    passiveOfSpeechAfter(ctx.text.slice(subject.end, ctx.openAt)) ||
    ACCORDING_TO_FRONTED.test(ctx.text.slice(ctx.beforeStart, subject.start))
  );
}

/** The words of a stretch of text (quotation marks and punctuation aside). */
function wordCount(stretch: string): number {
  return stretch.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * `According to the Ledger, a spokesman for Orbix said: "…"`: the source of a fronted `according to`
 * reports a clause whose own subject, someone unnamed, speaks with a cue before the quotation; the cue
 * rules read that clause (the body the spokesman speaks for, or nobody named), not the outlet. A named
 * subject keeps the source (`According to the Ledger, Lee said "…"`: the outlet is the one the reader
 * hears it from, as annotated news credits it), and so do `According to Lee, "…"` and `According to Lee,
 * a plan is "dead"` (no cue of their own).
 */
function accordingBefore(ctx: RuleContext): RuleHit | null {
  const hit = accordingTo(ctx, ctx.beforeStart, ctx.openAt);
  if (hit === null) return null;
  // (the cue need not find its speaker: `a spokesman for Orbix regretted it and said …; "…"`)
  const rest = ctx.text.slice(hit.speaker.end, ctx.openAt);
  const indefinite = /^\s*,\s*(?=(?:a|an|one|another)\s)/u.exec(rest);
  if (indefinite === null) return hit;
  if (findCues(ctx.cues, hit.speaker.end, ctx.openAt).length > 0) return null;
  // `According to the Ledger, a spokesman for Orbix expressed regret; "…"`: a quotation after the clause,
  // past a semicolon or a colon, is its subject's, the words the outlet reports (`According to the Ledger,
  // a spokesman was "sorry"`, inside the clause, stays the outlet's)
  if (!/[;:]\s*["“‘']?\s*$/u.test(rest)) return hit;
  const subjectAt = hit.speaker.end + indefinite[0].length;
  const subject = readSubjectRight(ctx.text, subjectAt, ctx.openAt);
  return subject !== null && subject.start === subjectAt ? { cue: null, speaker: subject } : hit;
}

/**
 * `Roe said the report was "not true." According to the Ledger, officials knew.`: after a quotation that
 * closes its sentence, a capitalised `According to` opens the next sentence and credits its clause; only a
 * source that closes that sentence (`"…." According to Lee.` is rare; `"…," according to Lee.`) is read.
 */
function accordingAfter(ctx: RuleContext): RuleHit | null {
  const hit = accordingTo(ctx, ctx.closeAt, ctx.afterEnd);
  // `“Is the bridge closed?” The Old Mill is a shop, which, according to Jo Lee, …`: after a quotation that closes
  // its sentence, an `according to` past a clause of other words is the next sentence's source (as in `reported-by`)
  // (not past an attribution clause: `“…?” Lee said at a rally, according to the Ledger.`, the outlet's report)
  if (
    hit !== null &&
    hit.cue !== null &&
    endsSentence(ctx) &&
    wordCount(ctx.text.slice(ctx.closeAt, hit.cue.start)) > 5 &&
    findCues(ctx.cues, ctx.closeAt, hit.cue.start).length === 0
  )
    return null;
  if (hit === null || hit.cue === null) return hit;
  // `"…." But later, according to the Ledger, Lee spoke to reporters.`: after a quotation that closes its sentence,
  // a source with a clause of its own after it reports that clause, the next sentence's words (as a capitalised
  // `According to` does)
  if (ctx.text[hit.cue.start] !== 'A' && !endsSentence(ctx)) return hit;
  return SOURCE_CLOSES_SENTENCE.test(ctx.text.slice(hit.speaker.end, ctx.afterEnd)) ? hit : null;
}

/** The rest of a sentence after a source that closes it: nothing, or a relative clause (`, who runs it.`). */
const SOURCE_CLOSES_SENTENCE = /^(?:[\s.!?]*|\s*,\s*(?:who|which|whose)\s[^]*)$/u;

/**
 * `what it calls `, `what it described as ` closing the text before the quotation: a free relative of naming (not
 * `which it called`, whose `it` may be any thing named before: `a car, which it called "fast"`).
 */
const IT_NAMES_BEFORE =
  /(?:^|[^\p{L}])what\s+(it)\s+(?:[\p{Ll}]+ly\s+)?(calls|called|describes|described|terms|termed|dubs|dubbed|labels|labell?ed|brands|branded)(?:\s+as)?\s*$/u;

/**
 * `Delta has declined to elaborate on what it calls "internal matters"`: an `it` naming the words in a free relative
 * (no person's pronoun, which the cue rules read) stands for the named subject of its own sentence, the body whose
 * words they are. Null when no such `it` closes the text before the quotation, or no named subject opens the sentence.
 */
function itNamesForSubject(ctx: RuleContext): RuleHit | null {
  const from = Math.max(ctx.beforeStart, ctx.openAt - 60);
  const m = IT_NAMES_BEFORE.exec(ctx.text.slice(from, ctx.openAt));
  if (m === null) return null;
  const itAt = from + m.index + m[0].search(/\sit\s/u) + 1;
  const verbAt = itAt + ctx.text.slice(itAt, ctx.openAt).indexOf(m[2]!);
  const subject = readSentenceSubject(ctx.text, ctx.beforeStart, itAt);
  // (`Jo Lee fixed what it calls "the old bridge"`: a person is no `it`)
  if (subject === null || subject.kind !== 'named' || ctx.isPerson?.(subject.text) === true) return null;
  return { cue: { start: verbAt, end: verbAt + m[2]!.length, word: m[2]! }, speaker: subject };
}

/** The rule table: order matters; the first rule that fires wins. */
export const ATTRIBUTION_RULES = [
  {
    // "We will stay," Lee said, according to the Daily Star. — the outlet reporting the words is their source
    name: 'reported-by',
    confidence: 0.8,
    find: (ctx) => {
      for (const b of ctx.between) {
        const hit = reportedBy(ctx, b.start, b.end);
        if (hit) return hit;
      }
      const hit = reportedBy(ctx, ctx.closeAt, ctx.afterEnd);
      // `Her daughter told police he "left home." His phone was off, the Ledger reported.`: after a
      // quotation that closes its sentence, a reporting clause credits the next sentence, unless it
      // follows the quotation directly or after a short attribution (`"…." Lee said, the Ledger reported.`)
      if (hit !== null && endsSentence(ctx) && wordCount(ctx.text.slice(ctx.closeAt, hit.speaker.start)) > 5)
        return null;
      return hit;
    },
  },
  {
    // "We will stay," she said, "and we will win."
    name: 'split-quote-between',
    confidence: 0.92,
    find: (ctx) => {
      for (const b of ctx.between) {
        const hit = afterAdjacent(ctx, b.start, b.end) ?? anyCue(ctx, b.start, b.end, false);
        if (hit) return hit;
      }
      return null;
    },
  },
  {
    // "We will stay," she said. / "We will stay," said the minister. / "We will stay" — the minister
    name: 'after-quote-adjacent',
    confidence: 0.9,
    find: (ctx) => afterAdjacent(ctx, ctx.closeAt, ctx.afterEnd),
  },
  {
    // "We will stay." ⏎ — Jo Lee, Port Ellen. — a credit line under a paragraph that is only a quotation
    name: 'credit-line',
    confidence: 0.85,
    find: creditLine,
  },
  {
    // According to the minister, "nothing has changed".
    name: 'according-to',
    confidence: 0.85,
    find: (ctx) => accordingBefore(ctx) ?? accordingAfter(ctx),
  },
  {
    // The decree signed by the Pope read: "…" / Harbour Ltd released a statement which read, "…" — a
    // document reads the words; its named owner speaks
    name: 'document-read',
    confidence: 0.75,
    find: documentRead,
  },
  {
    // The minister said: "Nothing has changed." / She added that the deal was 'fragile' …
    name: 'cue-before-quote',
    confidence: 0.8,
    find: (ctx) =>
      anyCue(ctx, ctx.beforeStart, ctx.openAt, true) ??
      itNamesForSubject(ctx) ??
      statementColon(ctx, ctx.beforeStart, ctx.openAt),
  },
  {
    // The minister spoke on Tuesday. "Nothing has changed." — the quotation opens its sentence and
    // the sentence before names a speaker with a cue.
    name: 'cue-in-previous-sentence',
    confidence: 0.6,
    find: (ctx) => {
      if (ctx.previousSentence === null || ctx.text.slice(ctx.beforeStart, ctx.openAt).trim() !== '') return null;
      return (
        anyCue(ctx, ctx.previousSentence.start, ctx.previousSentence.end, true) ??
        namedAccordingTo(ctx, ctx.previousSentence.start, ctx.previousSentence.end) ??
        statementColon(ctx, ctx.previousSentence.start, ctx.previousSentence.end)
      );
    },
  },
  {
    // "Nothing has changed" is what the minister told reporters.
    name: 'cue-later-in-sentence',
    confidence: 0.65,
    find: (ctx) => {
      const hit = anyCue(ctx, ctx.closeAt, ctx.afterEnd, false);
      // `Lee said the victims were "…" in an "…" while Roe wrote he had ordered checks`: a cue after a
      // subordinator or a coordinator opens a clause of its own, whose words are not this quotation
      if (
        hit !== null &&
        hit.speaker.start > ctx.closeAt &&
        (NEW_CLAUSE_AFTER_QUOTE.test(ctx.text.slice(ctx.closeAt, hit.speaker.start)) ||
          (hit.cue !== null && adverbialClauseBefore(ctx, hit.cue.start, hit.speaker.start)))
      )
        return null;
      if (hit === null || !endsSentence(ctx)) return hit;
      // `"…." Traffic went to the ring road, according to Jo Lee.`: the next sentence's source (`according-to`
      // reads one that follows the quotation closely)
      if (hit.cue !== null && hit.cue.word === 'according') return null;
      // `"…." Jo Lee quipped: "…"`: a cue and a colon before a quotation introduce that one, not the one before
      // (not a cue of going on, `"…." Jo Lee added: "…"`: the same speaker's next words)
      if (
        hit.cue !== null &&
        !CONTINUING_CUE.test(hit.cue.word) &&
        /^\s*:\s*["“‘'«]/u.test(ctx.text.slice(hit.cue.end, hit.cue.end + 8))
      )
        return null;
      // after a quotation that closes its sentence, only a sentence opening with the speaker and a cue
      // that takes no clause of its own is its attribution: `"…." Lee said as she left.`, not `"…." Lee
      // said he had doubts.` nor `"…." When Lee was asked, …`
      const lead = ctx.text.slice(ctx.closeAt, hit.speaker.start);
      if (
        !/^\s*(?:(?:And|But)\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u.test(lead) ||
        FRONTED_SUBORDINATE.test(lead.replace(/^["”’'\s]+/u, ''))
      )
        return null;
      // a phrasal cue names its channel (`wrote in`, `said in`): no clause of its own follows
      if (hit.cue === null || hit.cue.start < hit.speaker.end || /\s/u.test(ctx.text.slice(hit.cue.start, hit.cue.end)))
        return hit;
      return CUE_TAKES_NO_CLAUSE.test(ctx.text.slice(hit.cue.end, hit.cue.end + 40)) ? hit : null;
    },
  },
  {
    // The agency found "no ties," apart from a "casual" link, said Jo Lee. — the sentence goes on past a
    // later quotation to an attribution clause closing it: that clause speaks for every quotation before
    name: 'cue-closing-sentence',
    confidence: 0.6,
    find: (ctx) => {
      const tail = ctx.closingTail?.() ?? null;
      if (tail === null) return null;
      // the tail is one attribution clause: a name and a cue, or a cue and a name (with an appositive and
      // a time), read as the later quotation's own attribution is read (`“casual,” said Jo Lee`), or as a
      // cue later in its sentence that takes no clause of its own (`“casual” at most, said Jo Lee, the
      // director`, not `“casual,” and Lee said he would go`)
      const later = { ...ctx, openAt: tail.quoteAt, closeAt: tail.start, afterEnd: tail.end };
      let hit = afterAdjacent(later, tail.start, tail.end);
      if (hit === null) {
        hit = anyCue(later, tail.start, tail.end, false);
        if (
          hit !== null &&
          hit.cue !== null &&
          hit.cue.start > hit.speaker.start &&
          !CUE_TAKES_NO_CLAUSE.test(ctx.text.slice(hit.cue.end, hit.cue.end + 40))
        )
          return null;
      }
      if (hit === null || hit.cue === null) return null;
      // … set off by a comma from the words before it (`…, said Jo Lee.`, `… ''Title,'' Ms. Roe noted.`)
      const clauseAt = Math.min(hit.cue.start, hit.speaker.start);
      return /,\s*["”’'»]*\s*$/u.test(ctx.text.slice(Math.max(0, clauseAt - 6), clauseAt)) ? hit : null;
    },
  },
  {
    // Smith: "We will not resign." — a sentence opening with a name and a colon (headlines, transcripts)
    name: 'name-colon',
    confidence: 0.75,
    find: (ctx) => {
      const before = ctx.text.slice(ctx.beforeStart, ctx.openAt);
      const m = NAME_COLON.exec(before);
      if (!m) return nameBeforeColon(ctx) ?? sourceBeforeColon(ctx);
      const start = ctx.beforeStart + before.indexOf(m[1]!);
      const speaker = readSubjectLeft(ctx.text, start, start + m[1]!.length);
      if (speaker === null || speaker.kind !== 'named') return null;
      const colon = ctx.beforeStart + m[0].length - 1;
      return { cue: { start: colon, end: colon + 1, word: ':' }, speaker };
    },
  },
  {
    // Lee says his "old friend" Ann Roe ran "a fine race." — an earlier quotation cut the window; the
    // cue before it in the sentence speaks for this quotation too
    name: 'cue-over-earlier-quote',
    confidence: 0.6,
    find: cueOverEarlierQuote,
  },
  {
    // As the band sang in 1985, "…" — a fronted `As <Name> <verb>` clause names the source of the words after it
    name: 'as-name-clause',
    confidence: 0.6,
    find: asNameClause,
  },
  {
    // Lee's claim that the mayor "sold the harbour" — a possessive and a noun of speech
    name: 'possessive-speech-noun',
    confidence: 0.6,
    find: possessiveSpeechNoun,
  },
  {
    // Rubio also bemoaned that people "literally hate each other." — no speech verb, but the
    // quotation sits in a clause whose subject is a person: the words are the subject's.
    name: 'subject-of-quote-sentence',
    confidence: 0.5,
    find: (ctx) => {
      const found = findSubject(ctx.text, ctx.beforeStart, ctx.openAt, ctx.isPerson);
      if (found === null || namedNotQuoted(ctx, found)) return null;
      // `Lee won the seat, while Ann Roe declared the race "…"`: a coordinated clause with a person of its own as
      // subject holds the quotation; that person speaks
      const clauseAt = coordinatedClauseAt(ctx.text, found.end, ctx.openAt);
      const later = clauseAt < 0 ? null : findSubject(ctx.text, clauseAt, ctx.openAt, ctx.isPerson);
      const speaker = later ?? found;
      if (speaker !== found && namedNotQuoted(ctx, speaker)) return null;
      // `Lee went on to become the party's "enforcer"`: a quotation closing the subject's `become` is a label
      if (BECOME_LABEL.test(ctx.text.slice(speaker.end, ctx.openAt))) return null;
      // `After Jo Lee lost the seat, Ann Roe apologised for "…"`: a subject inside a fronted subordinate
      // clause is not the main clause's; a subject of the main clause, after its comma, speaks instead (a
      // description there, `the Australian said`, may well be the same person: the first subject stays)
      if (!FRONTED_CLAUSE.test(ctx.text.slice(ctx.beforeStart, speaker.start))) return { cue: null, speaker };
      const comma = ctx.text.slice(speaker.end, ctx.openAt).indexOf(', ');
      const main = comma < 0 ? null : findSubject(ctx.text, speaker.end + comma + 1, ctx.openAt, ctx.isPerson);
      if (main !== null) return namedNotQuoted(ctx, main) ? null : { cue: null, speaker: main };
      // … but a titled description opening the main clause is someone else, no cue naming them: `After Jo
      // Lee failed to buy boats, the Prime Minister apologised for "…"` is not Lee's
      const clause = comma < 0 ? '' : ctx.text.slice(speaker.end + comma + 1, ctx.openAt);
      return TITLED_DESCRIPTION_OPENS.test(clause) ? null : { cue: null, speaker };
    },
  },
  {
    // Valastro praised the governor's record. "We need someone who gets things done." — a quotation
    // opening its sentence continues the person the sentence before is about.
    name: 'subject-of-previous-sentence',
    confidence: 0.45,
    find: (ctx) => {
      if (ctx.previousSentence === null || ctx.text.slice(ctx.beforeStart, ctx.openAt).trim() !== '') return null;
      const speaker = findSubject(ctx.text, ctx.previousSentence.start, ctx.previousSentence.end, ctx.isPerson);
      return speaker ? { cue: null, speaker } : null;
    },
  },
  {
    // The plan is too costly, says Jo Lee, who runs the ferry. ⏎ "Nobody asked us." — a paragraph that is
    // only a quotation, under a paragraph closing on reported speech with a named speaker, is that speaker's
    name: 'cue-in-previous-paragraph',
    confidence: 0.6,
    find: (ctx) => {
      const pp = ctx.previousParagraph;
      if (pp === null || pp === undefined || ctx.text.slice(ctx.beforeStart, ctx.openAt).trim() !== '') return null;
      const hit = anyCue(ctx, pp.start, pp.end, true) ?? namedAccordingTo(ctx, pp.start, pp.end);
      return hit !== null && hit.speaker.kind === 'named' ? hit : null;
    },
  },
] as const satisfies readonly AttributionRule[];

/**
 * The subject's own `become` right before a quotation, maybe after `went on to` or an auxiliary and with up to
 * four words between (`went on to become the "…"`, `later became Lee's "…"`), read from the subject's end: what the
 * subject became is a label others gave, not their words (not `… before we become "…"`, another clause's verb).
 */
const BECOME_LABEL =
  /^\s+(?:(?:went|goes|go)\s+on\s+to\s+|(?:had|has|have|would|will|later|then|soon|eventually|quickly|swiftly)\s+)*(?:became|become|becomes)\s+(?:[^\s"“”,;.!?]+\s+){0,4}["“]?\s*$/u;

/** The name of an attribution rule (`after-quote-adjacent`): the `reason` of the attributions it gives. */
export type AttributionRuleName = (typeof ATTRIBUTION_RULES)[number]['name'];

/** `to have`, `to be` right after a cue: `reported to have resigned`, `said to be leaving`. */
const RAISED_PASSIVE = /^\s+to\s+(?:have|be)\s/u;
/** Cues whose participle raises its subject (`is said to`), unlike verbs of promise (`vowed to be`, `pledge to be`). */
const RAISING_CUES = /^(?:said|reported|alleged|rumou?red|believed|thought|understood|claimed)$/u;

/**
 * `The head of the "failing" Harbour Agency, widely reported to have resigned, …`, `the "reckless" chief said
 * to be leaving`: a cue raised to an infinitive of `be` or `have` is hearsay about its subject, who said
 * nothing; no rule's hit stands on it.
 */
function raisedPassive(ctx: RuleContext, hit: RuleHit): boolean {
  return (
    hit.cue !== null &&
    RAISING_CUES.test(hit.cue.word) &&
    RAISED_PASSIVE.test(ctx.text.slice(hit.cue.end, hit.cue.end + 12))
  );
}

/** A passive's auxiliary (and an adverb) closing the text before a cue: `was `, `has been later `, `is often `. */
const PASSIVE_AUXILIARY_BEFORE =
  /(?:^|[^\p{L}])(?:was|were|is|are|been|being|be)\s+(?:(?:also|later|once|widely|often|even|since|repeatedly|publicly|\p{Ll}+ly)\s+)?$/u;
/** Cues of naming and judging whose passive has the one named as its subject (not `quoted`: `was quoted as saying`). */
const PASSIVE_NAMING_CUES =
  /^(?:called|described|dubbed|labell?ed|branded|nicknamed|named|hailed|praised|critici[sz]ed|accused|condemned|slammed|blasted)$/u;

/**
 * Reporting verbs whose passive has what was spoken of, or to, as its subject: `Jo Lee was cited for speeding`,
 * `the plan was mentioned`, `staff were reminded`, `the cost was estimated at "…"`.
 */
const PASSIVE_OBJECT_CUES =
  /^(?:mentioned|cited|clarified|indicated|estimated|implied|recommended|reminded|reassured|specified|begged|chided|queried|signall?ed)$/u;

/**
 * `Jo Lee was later called a "…" by rivals`, `the firm was accused of "…"`: the subject of a passive of naming
 * is the one spoken of, not the speaker; no rule's hit stands on a speaker before such a cue (an agent after it,
 * `described by the Ledger as "…"`, still speaks).
 */
function passiveOfNaming(ctx: RuleContext, hit: RuleHit): boolean {
  return (
    hit.cue !== null &&
    hit.speaker.end <= hit.cue.start &&
    (PASSIVE_NAMING_CUES.test(hit.cue.word) || PASSIVE_OBJECT_CUES.test(hit.cue.word)) &&
    PASSIVE_AUXILIARY_BEFORE.test(ctx.text.slice(Math.max(0, hit.cue.start - 40), hit.cue.start))
  );
}

/** A title's words: two or more, each capitalised or a short function word (`Sailing Together`, `Days of Rain`). */
const TITLE_WORDS =
  /^["“'‘]*\p{Lu}[\p{L}\p{M}’'!?:.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}’'!?:.,-]*|\p{N}+|of|the|a|an|and|on|in|for|to|at|with))+["”'’.,]*$/u;
/** Cues of naming: with the quotation right after them, no object between, they give a name, not words. */
const NAMING_CUES = /^(?:called|named|dubbed|titled|entitled|nicknamed)$/u;
/**
 * `what the Ledger called `, `which Mr. Lee called `, `a rival that Jo Lee, for one, called ` before a cue: the
 * object fronted (or relative), the subject between names the words.
 */
const WHAT_SUBJECT_BEFORE = /(?:^|[^\p{L}])(?:what|which|whom|who|that)\s+[^;:!?"“”]{1,60}$/u;

/**
 * `a course at Tinker Hall called "Sailing Together"`, `a group named "Boats for All"`: a naming cue with the
 * quotation right after it, no object between, and a title's words in it names a thing; whoever stands before
 * the cue said nothing (a nickname in lower case, `called "crooked"`, may still be the subject's word).
 * Not `what the Ledger called "fury"`, `a rival that Lee called "…"` (the object fronted or relative), nor a cue
 * with an object (`called it "a disgrace"`).
 */
function namingCall(ctx: RuleContext, hit: RuleHit): boolean {
  if (hit.cue === null || !NAMING_CUES.test(hit.cue.word) || hit.cue.end > ctx.openAt) return false;
  if (!/^[\s,]*$/u.test(ctx.text.slice(hit.cue.end, ctx.openAt))) return false;
  if (!TITLE_WORDS.test(ctx.text.slice(ctx.openAt, ctx.closeAt))) return false;
  return !WHAT_SUBJECT_BEFORE.test(ctx.text.slice(Math.max(0, hit.cue.start - 80), hit.cue.start));
}

/**
 * `Arab News quoted Prince Saud as saying "…"`, `"…," Reuters quoted one trader as saying`: the outlet that quotes
 * is not the speaker; the one it quotes as saying is (a description such as `one trader` names nobody). The hit
 * keeps its cue with the quoted person as its speaker.
 */
function quotedAsSaying(ctx: RuleContext, hit: RuleHit): RuleHit {
  const quoted = hit.cue === null ? null : quotedObject(ctx.text, hit.cue);
  return jointSpeakers(
    ctx,
    titledDocument(ctx, quoted === null || hit.cue === null ? hit : { cue: hit.cue, speaker: quoted }),
  );
}

/**
 * A person's name as written: an honorific and a surname (`Mr Lee`), or two or three capitalised words (`Jo Lee`,
 * `Ann K. Roe`), no possessive (not `Economic`, `Ernst and Young's Jo Lee`, `Culture, Media and Sport Secretary`).
 */
const PERSON_NAME_SHAPE = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Prof)\.?\s+\p{Lu}[\p{L}\p{M}’'-]+|\p{Lu}[\p{Ll}\p{M}’'-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}\p{M}’'-]+(?:\s+\p{Lu}[\p{L}\p{M}’'-]+)?)(?<!['’]s)`;
const PERSON_NAME = new RegExp(`^${PERSON_NAME_SHAPE}$`, 'u');
/** A person's name, then `and`, right after a cue: `said Jo Lee and `; group 1 the name. */
const JOINT_AFTER_CUE = new RegExp(`^\\s+(${PERSON_NAME_SHAPE})\\s+and\\s+$`, 'u');

/**
 * `"…," said Jo Lee and Ann Roe`: two named speakers after one inverted cue say the words together; naming the one
 * beside the cue would say B spoke alone. No one is named (the pair is an unnamed description). (A joint subject
 * before its cue, `Jo Lee and Ann Roe issued a statement`, is left as it was: its last name heads it.)
 */
function jointSpeakers(ctx: RuleContext, hit: RuleHit): RuleHit {
  const np = hit.speaker;
  if (np.kind !== 'named' || hit.cue === null || np.start < hit.cue.end) return hit;
  if (!PERSON_NAME.test(np.text.replace(/[.,]$/u, ''))) return hit;
  const m = JOINT_AFTER_CUE.exec(ctx.text.slice(hit.cue.end, np.start));
  const pairAt = m === null ? -1 : np.start - m[0].length + m[0].indexOf(m[1]!);
  if (pairAt < 0) return hit;
  return {
    cue: hit.cue,
    speaker: {
      start: pairAt,
      end: np.end,
      text: ctx.text.slice(pairAt, np.end),
      kind: 'nominal',
      indefinite: true,
      appositive: null,
    },
  };
}

/**
 * The last word of a document's title, never a body's (`the Amber Book`, `the Harbour Manifesto`, `the Budget`):
 * such a title is no person or organisation (`Report`, `Review`, `Survey`, `Paper` are left alone: outlets and bodies bear
 * them).
 */
const DOCUMENT_TITLE_END = /\s(?:Book|Manifesto|Treaty|Charter|Memorandum|Budget)$/u;

/**
 * A named speaker that is a document's title (`"…," the Amber Book said`): its author speaks when the article says
 * the document is a body's own (`the Harbour Reserve said in its latest Amber Book report`: the subject of that
 * cue); otherwise no one is named (the title becomes a description, which names nobody).
 */
function titledDocument(ctx: RuleContext, hit: RuleHit): RuleHit {
  const np = hit.speaker;
  if (np.kind !== 'named' || !DOCUMENT_TITLE_END.test(np.text)) return hit;
  const title = np.text.replace(/^(?:the|The)\s+/u, '');
  const author = documentAuthor(ctx, title);
  if (author !== null) return { cue: hit.cue, speaker: author };
  return { cue: hit.cue, speaker: { ...np, kind: 'nominal', indefinite: true, appositive: null } };
}

/**
 * The subject of a cue the article puts before `in its <title>` (`the Harbour Reserve said in its latest Amber Book
 * report`), when it is a name: the document's author. Null when the article says no such thing.
 */
function documentAuthor(ctx: RuleContext, title: string): NounPhrase | null {
  const { text } = ctx;
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+');
  const own = new RegExp(`\\s(?:in|by)\\s+its\\s+(?:[\\p{Ll}-]+\\s+){0,2}${escaped}(?![\\p{L}])`, 'u').exec(text);
  if (own === null) return null;
  // (the cue may take the `in` in: `said in`)
  const cues = findCues(ctx.cues, Math.max(0, own.index - 60), own.index + 4).filter((c) => c.start < own.index);
  const cue = cues[cues.length - 1];
  if (cue === undefined || /[.!?"“”\n]/u.test(text.slice(cue.end, own.index))) return null;
  const sentenceAt = Math.max(text.lastIndexOf('\n', cue.start), text.lastIndexOf('. ', cue.start) + 1, 0);
  const speaker = readSubjectLeft(text, sentenceAt, cue.start);
  return speaker !== null && speaker.kind === 'named' && !speaker.indefinite ? speaker : null;
}

/**
 * Applies the rules in order; returns the first hit with its rule. With `accept`, a hit whose speaker it
 * refuses (no person or organisation: `When` in `When asked …, Lee thought and said that "…"`) gives way
 * to the next rule's; when no hit is accepted, the first is returned (its cue and mention stay as evidence).
 */
export function applyRules(
  ctx: RuleContext,
  accept?: (hit: RuleHit) => boolean,
): { rule: AttributionRule<AttributionRuleName>; hit: RuleHit } | null {
  let first: { rule: AttributionRule<AttributionRuleName>; hit: RuleHit } | null = null;
  for (const rule of ATTRIBUTION_RULES) {
    const found = rule.find(ctx);
    if (!found || raisedPassive(ctx, found) || passiveOfNaming(ctx, found) || namingCall(ctx, found)) continue;
    const hit = quotedAsSaying(ctx, found);
    if (accept === undefined || accept(hit)) return { rule, hit };
    first ??= { rule, hit };
  }
  return first;
}

/**
 * Every rule's hit, in table order: the candidates the rules propose for one quotation (the ranker
 * weighs them; `applyRules` is the first of them).
 */
export function applyAllRules(ctx: RuleContext): Array<{ rule: AttributionRule<AttributionRuleName>; hit: RuleHit }> {
  const out: Array<{ rule: AttributionRule<AttributionRuleName>; hit: RuleHit }> = [];
  for (const rule of ATTRIBUTION_RULES) {
    const hit = rule.find(ctx);
    if (hit && !raisedPassive(ctx, hit) && !passiveOfNaming(ctx, hit) && !namingCall(ctx, hit))
      out.push({ rule, hit: quotedAsSaying(ctx, hit) });
  }
  return out;
}
