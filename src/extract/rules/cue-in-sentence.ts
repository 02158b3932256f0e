/**
 * Rules that read a speech cue anywhere in the quotation's sentence (`Lee said that …`, asides,
 * `according to Lee`), with the clause bounds that keep a cue to its own complement.
 */
import { documentAuthorRight, findCues, readSentenceSubject, readSubjectLeft, readSubjectRight } from '../cues.js';
import type { Cue, NounPhrase } from '../cues.js';
import { findSubject } from '../subjects.js';
import type { QuoteContext } from '../context.js';
import { INVERTIBLE, nameAfterDescription } from './after-quote.js';
import type { RuleHit } from './types.js';
import { CLAUSE_BOUNDARY_CUES, PERSON_NOUNS } from '../../lexicon/words.js';
import { ROLE_WORDS } from '../../lexicon/titles.js';
import { alternation } from '../../lexicon/table.js';
import { isSpaceUnit, trimEndOver } from '../chars.js';

const PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:on|in|at|via|from|through|to|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){1,4}$/u;
/** `… and ` right before a participle: `tweeting that … and asking`. */
const COORDINATED_BEFORE = /(?:^|[^\p{L}])and\s+$/u;

/** What may stand between a main-clause cue and its quotation: `said: "`, `said, "`. */
const CLOSES_WINDOW = /^[\s,:]*$/u;
const COMPLEMENTIZER = /[^\p{L}](?:that|once|if|whether|because|when|while|after|before|until|since)\s/u;

/** A sentence opening with a subordinate clause: `After Trump argued that …, Rubio said`. */
export const FRONTED_SUBORDINATE =
  /^\s*(?:(?:But|And|So|Then|Yet)\s+)?(?:After|When|While|As|Before|Since|Although|Though|If|Once|Because|Until|Whereas|Whenever)\s/u;
/**
 * A boundary that closes a complement clause: `, while`, `, but`, `; `, `, whereas`, and `, and` before
 * a new subject and its cue (`Lee warned that …, and Ms. Roe said the "…"`).
 */
const CLAUSE_BOUNDARY = new RegExp(
  `;\\s|,\\s+(?:while|but|whereas|although|though|yet)\\s|` +
    `,\\s+and\\s+(?=(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}\\p{Lu}[\\p{L}’'-]*\\s+` +
    `(?:[\\p{Ll}]+ly\\s+)?(?:${alternation(CLAUSE_BOUNDARY_CUES)})\\s)`,
  'u',
);

/**
 * Where the complement clause opened at `compAt` ends: at the comma closing a fronted subordinate
 * clause (`After X argued that …, Y said`), or at a coordinating boundary (`X suggested that …, while
 * Y said`). Infinity when it runs to the quotation.
 */
function complementEnd(text: string, from: number, firstCueAt: number, compAt: number, lastCueAt: number): number {
  const span = text.slice(compAt, lastCueAt);
  // the boundary may look ahead at the last cue itself (`, and Ms. Roe said`)
  const boundary = CLAUSE_BOUNDARY.exec(text.slice(compAt, lastCueAt + 12));
  let end = boundary === null ? Infinity : compAt + boundary.index + 1;
  if (FRONTED_SUBORDINATE.test(text.slice(from, firstCueAt))) {
    const comma = span.lastIndexOf(', ');
    if (comma >= 0) end = Math.min(end, compAt + comma + 1);
  }
  return end;
}

/** A verb or modal opening the rest of a clause after a parenthetical cue: `, can take`, `, will rise`. */
const CLAUSE_RESUMES =
  /^\s*,\s*(?:(?:also|still|now|only|not|never|already)\s+)?(?:can|cannot|can't|could|will|won't|would|should|shall|may|might|must|is|are|was|were|has|have|had|do|does|did|need|needs|remain|remains|remained|[\p{Ll}]+ed)(?![\p{L}’'])/u;
/** The comma opening a parenthetical attribution, and the speaker between it and the cue: `, the official ` in `X, the official argued, can …`. */
const ASIDE_BEFORE = /[^,;:"“”]\s*,([^,;:"“”]{1,80})$/u;

/**
 * `Europeans, the official argued, can take responsibility "…"`: a cue set off by commas inside a
 * clause that goes on after it (a verb or modal follows the second comma) is a parenthetical
 * attribution; its speaker stands between the commas, and the word before the first comma is the
 * subject of the interrupted clause, not an appositive's name. Undefined when the cue is no
 * parenthetical, null when it is but no speaker stands between the commas.
 */
function parentheticalSpeaker(text: string, from: number, cue: Cue, to: number): NounPhrase | null | undefined {
  if (!CLAUSE_RESUMES.test(text.slice(cue.end, Math.min(to, cue.end + 40)))) return undefined;
  const aside = ASIDE_BEFORE.exec(text.slice(from, cue.start));
  if (!aside) return undefined;
  const at = cue.start - aside[1]!.length;
  return readSubjectLeft(text, at, cue.start);
}

/** Cues that take an object and no clause: `cited the report when …` embeds no later cue. */
const OBJECT_ONLY_CUES = /^(?:cited|cites|citing)$/u;
/** Cues that take the one spoken to as their object: `told one agent, "…"`, `asked reporters: "…"`. */
const RECIPIENT_CUES = /^(?:told|tells|asked|asks|warned|warns|assured|assures|reminded|reminds)$/u;
/** A short object (the one spoken to) and a comma or colon closing the window: ` one agent, `, ` reporters: `. */
const RECIPIENT_CLOSES_WINDOW = /^\s+(?:[\p{L}\p{M}.’'-]+\s+){0,3}[\p{L}\p{M}.’'-]+\s*[,:]\s*$/u;
/**
 * Does the cue right before the quotation close the window: nothing but `,` or `:` between (`said: "`), or, for a
 * cue of telling, its short object and then the pause (`he told one agent, "…"`)?
 */
function closesWindow(text: string, cue: Cue, to: number): boolean {
  const rest = text.slice(cue.end, to);
  return CLOSES_WINDOW.test(rest) || (RECIPIENT_CUES.test(cue.word) && RECIPIENT_CLOSES_WINDOW.test(rest));
}
/** A subordinator of time or cause found as the complementizer after the first cue: ` after `, ` when `. */
const ADVERBIAL_SUBORDINATOR = /^[^\p{L}](?:once|when|while|after|before|until|since|because)\s$/u;
/** No clause boundary and no other quotation between a cue and the quotation: `argued for a week that `. */
const SAME_CLAUSE_TO_QUOTE = /^[^,;:.!?"“”]*$/u;

/**
 * `Axelrod tweeted after Clinton argued that "…"`, `Roe weighed in hours after Lee said he was "encouraged"`: an
 * adverbial clause of time or cause opened after the first cue holds a cue of its own, with its own subject right
 * after the subordinator and the quotation in the same clause: the quotation is that subject's words, not the main
 * clause's (`Lee said after Roe spoke, "…"`, past a comma, stays the main clause's).
 */
function adverbialClauseCue(text: string, clauseAt: number, cue: Cue, to: number): boolean {
  if (!SAME_CLAUSE_TO_QUOTE.test(text.slice(cue.end, to))) return false;
  const subject = readSubjectLeft(text, clauseAt, cue.start);
  return subject !== null && /^\s*$/u.test(text.slice(clauseAt, subject.start));
}
/** A negation right before a cue: `had not mentioned `, `never said `, `didn't really say `. */
const NEGATED_BEFORE = /(?:^|[^\p{L}])(?:not|never|n['’]t)\s+(?:[\p{Ll}]+ly\s+)?$/u;

/** Speech verbs that take a complement clause without `that`: `said Roe called it …`. */
const BARE_COMPLEMENT_CUE = /^(?:said|says|told)$/u;
/** A subject opening a bare complement clause: a name or a pronoun, then a lower-case word. */
const BARE_COMPLEMENT_START =
  /^\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?(?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){0,2}\p{Lu}[\p{L}\p{M}’'-]*\s+\p{Ll}/u;

/** Cues whose passive (`was described by X as`) names the speaker after `by`. */
const PASSIVE_AGENT_CUES =
  /^(?:described|told|called|characteri[sz]ed|labell?ed|branded|dubbed|termed|accused|warned|urged|advised|informed|assured|critici[sz]ed|praised|hailed|slammed|blasted|condemned|denounced|reminded)$/u;
/** `by` and an agent, then `as` closing the text before a quotation: ` by the Ledger as ` (group 1 up to the agent). */
const REDUCED_PASSIVE_BY = /^(\s+by\s+)[^,;:.!?"“”]{1,80}\s+as\s+(?:an?\s+|the\s+)?$/u;
/** A form of `be` right before a participle: the passive voice (`was described`, `has been called`). */
const PASSIVE_BEFORE =
  /(?:^|[^\p{L}])(?:was|were|is|are|been|being|be)\s+(?:(?:also|once|often|later|then|[\p{Ll}]+ly)\s+)?$/u;

/**
 * The spans of dashed and bracketed asides in `[from, to)` (`— which the Ledger noted as unusual —`,
 * `(as the paper said)`), as [start, end) offsets; only asides that close inside the window.
 */
function asideRanges(text: string, from: number, to: number): Array<[number, number]> {
  const slice = text.slice(from, to);
  if (!/[—–(]/u.test(slice)) return [];
  const out: Array<[number, number]> = [];
  const re = /\s(?:[—–]|--)\s[^—–"“”]{1,160}?\s(?:[—–]|--)(?=\s)|\([^()"“”]{1,200}\)/gu;
  for (let m = re.exec(slice); m; m = re.exec(slice)) out.push([from + m.index, from + m.index + m[0].length]);
  return out;
}

/** A verb, its object and `for` right before a participle: `attacked the media for `; group 1 the object. */
const OBJECT_FOR =
  /[^\s,;:]\s+[\p{Ll}]+(?:ed|s)\s+((?:the|a|an|its|their|his|her)\s+(?:[\p{L}\p{M}’'-]+\s+){0,2}?[\p{L}\p{M}’'-]+|(?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){0,3}\p{Lu}[\p{L}\p{M}’'-]*)\s+for\s+$/u;

/**
 * The object of the verb before `for` and a participle at `cueAt` (`the media` in `Lee attacked the media for
 * describing`), read within `[from, cueAt)`; null when the verb has no object (`Lee apologised for saying`).
 */
function objectBeforeFor(text: string, from: number, cueAt: number): NounPhrase | null {
  const window = Math.max(from, cueAt - 120);
  const m = OBJECT_FOR.exec(text.slice(window, cueAt));
  if (m === null) return null;
  const start = window + m.index + m[0].length - m[0].slice(m[0].indexOf(m[1]!)).length;
  const end = start + m[1]!.length;
  const named = readSubjectLeft(text, start, end);
  if (named !== null && named.end === end) return named;
  const raw = m[1]!;
  // (`the media`, `the press`: no person and no body's noun, nobody to name)
  const head = raw.split(/\s+/u).pop()!.toLowerCase();
  const describes = PERSON_NOUNS.has(head) || ROLE_WORDS.has(head);
  return { start, end, text: raw, kind: 'nominal', indefinite: !describes || /^an?\s/u.test(raw), appositive: null };
}

/** What opens a reported account after an outer cue: `that`, `how`, `why`, `whether`. */
const ACCOUNT_OPENER = /[^\p{L}](?:that|how|why|whether)\s/u;
/**
 * The unread subject of an inner cue right after the opener: a determiner's phrase of up to six words, maybe an
 * auxiliary or an adverb after it (`one of her male colleagues `, `a former aide had `), no verb, no comma.
 */
const INNER_UNNAMED_SUBJECT =
  /^(?:one|a|an|another|some|several|many|two|three|his|her|their|its|the)\s+(?:[\p{L}\p{M}’'-]+\s+){0,5}(?:(?:had|would|once|always|often|[\p{Ll}]+ly)\s+)?$/u;
/**
 * A clause of its own inside the account, whose verb the inner cue is coordinated with: a subordinator and a
 * subject pronoun or a capitalised name, then lower-case words, then `and` (` when he sported a moustache and `).
 * Group 1 the subordinator, group 2 the subject.
 */
const INNER_CLAUSE_AND =
  /(\s(?:when|after|as|before|while|because|once|until)\s+)(he|she|they|(?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){0,3}\p{Lu}[\p{L}\p{M}’'-]*)\s+\p{Ll}[^,;:.!?"“”]*\s+and\s+$/u;

/**
 * `Lee told the magazine that Hale's assistant realised … when he sported a moustache and asked: "…"`, `Roe
 * remembered how one of her colleagues called all women "…"`: the cue nearest the quotation sits in an account
 * opened after an outer cue, and has an agent of its own there (an unnamed one before it, or the subject of a clause
 * whose verb it is coordinated with), in the quotation's clause: the words are that agent's, not the outer cue's
 * subject's. A name speaks; anyone else is nobody named. Null when the nearest cue has no agent of its own there.
 */
function innerAgentCue(text: string, cues: readonly Cue[], from: number, to: number): RuleHit | null {
  if (cues.length < 2) return null;
  const cue = cues[cues.length - 1]!;
  const outer = cues[cues.length - 2]!;
  const opener = ACCOUNT_OPENER.exec(text.slice(outer.end, cue.start));
  if (opener === null) return null;
  const accountAt = outer.end + opener.index + opener[0].length;
  if (readSubjectLeft(text, Math.max(from, accountAt), cue.start) !== null) return null;
  const account = text.slice(accountAt, cue.start);
  const nobody = (start: number, end: number): RuleHit => ({
    cue,
    speaker: { start, end, text: text.slice(start, end), kind: 'nominal', indefinite: true, appositive: null },
  });
  if (INNER_UNNAMED_SUBJECT.test(account) && SAME_CLAUSE_TO_QUOTE.test(text.slice(cue.end, to)))
    return nobody(accountAt, trimEndOver(text, cue.start, isSpaceUnit));
  const clause = closesWindow(text, cue, to) ? INNER_CLAUSE_AND.exec(account) : null;
  if (clause === null) return null;
  const subjectAt = accountAt + clause.index + clause[1]!.length;
  const subjectEnd = subjectAt + clause[2]!.length;
  const named = /^\p{Lu}/u.test(clause[2]!) ? readSubjectLeft(text, subjectAt, subjectEnd) : null;
  if (named !== null && named.kind === 'named') return { cue, speaker: named };
  return nobody(subjectAt, subjectEnd);
}

/** Any cue in `[from, to)` with a speaker beside it, nearest to the quotation first. */
export function anyCue(ctx: QuoteContext, from: number, to: number, nearestLast: boolean): RuleHit | null {
  let cues = findCues(ctx.cues, from, to);
  if (nearestLast && cues.length > 1) {
    // `Rubio said that once the Senate goes on recess, "…"`: a cue inside the complement clause of an
    // earlier cue is embedded; the main clause's cue speaks
    // … unless that cue closes the window (`When asked if it could work, Gale said: "…"`): a cue right
    // before the quotation is the main clause, the earlier one sat in a fronted subordinate clause
    // (the first complementizer after the first cue is found once: a later cue is embedded when it
    // ends before that cue's start, so the filter costs one scan, not one per cue)
    // (`Downing Street cited that comment when reporters said …`: a cue that takes no clause, only an object,
    // embeds nothing; the first cue that may take one does)
    let head = cues.findIndex((c) => !OBJECT_ONLY_CUES.test(c.word));
    if (head < 0) head = cues.length - 1;
    const first = cues[head]!;
    const firstEnd = first.end;
    const comp = COMPLEMENTIZER.exec(ctx.text.slice(firstEnd, cues[cues.length - 1]!.start));
    // `Rep. Jo Lee said Ann Roe called it "…"`: a bare complement clause (no `that`) opened by a subject
    // right after a plain speech verb is embedded too
    const bare =
      comp === null &&
      BARE_COMPLEMENT_CUE.test(first.word) &&
      BARE_COMPLEMENT_START.test(ctx.text.slice(firstEnd, firstEnd + 60));
    const embeddedFrom = bare ? firstEnd : comp === null ? Infinity : firstEnd + comp.index + comp[0].length;
    const adverbial = !bare && comp !== null && ADVERBIAL_SUBORDINATOR.test(comp[0]);
    // … but a clause boundary ends the complement: `After Trump argued that …, Rubio said only that`
    // (a fronted subordinate clause closes at its comma), `X suggested that …, while Cruz said`
    const embeddedTo =
      embeddedFrom === Infinity
        ? Infinity
        : complementEnd(ctx.text, from, first.start, embeddedFrom, cues[cues.length - 1]!.start);
    // an embedded cue right before the quotation speaks for it (`When asked if it could work, Gale said: "…"`),
    // unless it is negated: `Roe said Lee had not mentioned "…"` quotes Roe, Lee said no such thing
    cues = cues.filter(
      (c, i) =>
        i <= head ||
        embeddedFrom > c.start ||
        c.start >= embeddedTo ||
        ((closesWindow(ctx.text, c, to) ||
          (adverbial && i === cues.length - 1 && adverbialClauseCue(ctx.text, embeddedFrom, c, to))) &&
          !NEGATED_BEFORE.test(ctx.text.slice(Math.max(from, c.start - 24), c.start))),
    );
  }
  // `Lee commented on the plan — which the Ledger noted as unusual — "…"`: a cue inside a dashed or
  // bracketed aside that closes before the quotation belongs to the aside, not to the quotation
  if (cues.length > 1) {
    const asides = asideRanges(ctx.text, from, to);
    if (asides.length > 0) {
      const outside = cues.filter((c) => !asides.some(([s, e]) => c.start > s && c.end < e));
      if (outside.length > 0) cues = outside;
    }
  }
  const inner = nearestLast ? innerAgentCue(ctx.text, cues, from, to) : null;
  if (inner !== null) return inner;
  const order = nearestLast ? [...cues].reverse() : cues;
  for (const cue of order) {
    // `Downing Street cited that comment when reporters said he had told Lee: "…"`: a cue taking only an object
    // speaks for a quotation no later cue stands before (the later cue's clause holds it, speaker read or not)
    if (nearestLast && OBJECT_ONLY_CUES.test(cue.word) && cues.some((c) => c.start > cue.end)) continue;
    // `The plan was described by the Harbour Ledger as "rash"`, `he was told by Jo Lee of "…"`: a passive
    // cue names its speaker after `by`; the subject is who the words were about or told to
    // … and a reduced passive after a noun, the agent and `as` right before the quotation: `with a pattern
    // described by the Harbour Bulletin as "…"`
    const reducedBy =
      PASSIVE_AGENT_CUES.test(cue.word) &&
      !PASSIVE_BEFORE.test(ctx.text.slice(Math.max(from, cue.start - 30), cue.start))
        ? REDUCED_PASSIVE_BY.exec(ctx.text.slice(cue.end, to))
        : null;
    if (reducedBy !== null && to === ctx.openAt) {
      const agent = readSubjectRight(ctx.text, cue.end + reducedBy[1]!.length, to);
      if (
        agent !== null &&
        agent.kind !== 'pronoun' &&
        /^\s+as\s+(?:an?\s+|the\s+)?$/u.test(ctx.text.slice(agent.end, to))
      )
        return { cue, speaker: agent };
    }
    if (
      PASSIVE_AGENT_CUES.test(cue.word) &&
      PASSIVE_BEFORE.test(ctx.text.slice(Math.max(from, cue.start - 30), cue.start))
    ) {
      const by = /^\s+by\s+/u.exec(ctx.text.slice(cue.end, to));
      const agent = by === null ? null : readSubjectRight(ctx.text, cue.end + by[0].length, to);
      // … only when the quotation follows the agent closely (`by X as "…"`, `by X of "…"`), in the same clause
      if (agent !== null && /^[^;.!?]{0,40}$/u.test(ctx.text.slice(agent.end, to))) return { cue, speaker: agent };
      // `Lee was branded a "traitor" by Ann Roe`: the agent after the quotation
      if (to === ctx.openAt) {
        const byAfter = /^["”’']?\s*by\s+/u.exec(ctx.text.slice(ctx.closeAt, ctx.afterEnd));
        const after =
          byAfter === null ? null : readSubjectRight(ctx.text, ctx.closeAt + byAfter[0].length, ctx.afterEnd);
        if (after !== null && after.kind !== 'pronoun') return { cue, speaker: after };
      }
    }
    if (cue.word.endsWith('ing')) {
      // `with Jane Doe tweeting that it was a "disaster" and asking, "…"`: a participle coordinated
      // with an earlier one shares its subject; the earlier one is read instead
      if (
        COORDINATED_BEFORE.test(ctx.text.slice(Math.max(from, cue.start - 6), cue.start)) &&
        cues.some((c) => c.start < cue.start && c.word.endsWith('ing'))
      )
        continue;
      // `Lee said, adding, "…"`: a participle right after a cue and its comma shares that cue's speaker
      if (cues.some((c) => c.end <= cue.start && /^\s*,\s*$/u.test(ctx.text.slice(c.end, cue.start)))) continue;
      // `with Donald Trump tweeting that …`: a name right before the participle is its subject
      // … but not the object of a preposition: `Clinton replied on Facebook writing, "…"` is Clinton's
      // (read within the clause after the last comma: the names of earlier clauses are no appositives)
      const clauseFrom = Math.max(from, ctx.text.lastIndexOf(',', cue.start) + 1);
      const adjacent = readSubjectLeft(ctx.text, clauseFrom, cue.start);
      // … an adverb may stand between: `with Jo Lee recently promising to "…"`
      if (
        adjacent &&
        adjacent.kind === 'named' &&
        /^\s*(?:[\p{Ll}]+ly\s+)?$/u.test(ctx.text.slice(adjacent.end, cue.start)) &&
        !PLACE_BEFORE.test(ctx.text.slice(Math.max(from, cue.start - 80), cue.start))
      )
        return { cue, speaker: adjacent };
      // `Lee attacked the media for describing him as a "felon"`, `Lee thanked Ann Roe for calling it "…"`: a
      // participle after a verb's object and `for` is the object's doing (`Lee apologised for calling it
      // "…"`, with no object, is the subject's)
      const object = objectBeforeFor(ctx.text, clauseFrom, cue.start);
      if (object) return { cue, speaker: object };
      // `Smith left the stage, saying "…"`: the speaker is the sentence's subject
      const subject =
        findSubject(ctx.text, from, cue.start, ctx.isPerson) ?? readSentenceSubject(ctx.text, from, cue.start);
      if (subject) return { cue, speaker: subject };
      continue;
    }
    const aside = parentheticalSpeaker(ctx.text, from, cue, to);
    if (aside !== undefined) {
      if (aside) return { cue, speaker: aside };
      continue;
    }
    // `…, according to its website`: the source of `according to` follows it, never precedes it
    const left = cue.word === 'according' ? null : readSubjectLeft(ctx.text, from, cue.start);
    if (left) return { cue, speaker: left };
    if (INVERTIBLE.test(cue.word)) {
      const right = readSubjectRight(ctx.text, cue.end, to);
      if (right) return { cue, speaker: nameAfterDescription(ctx.text, right, to) ?? right };
    }
  }
  return null;
}

/** `according to X`: the speaker follows the cue. */
export function accordingTo(ctx: QuoteContext, from: number, to: number): RuleHit | null {
  const slice = ctx.text.slice(from, to);
  const m = /according\s+to/iu.exec(slice);
  if (!m) return null;
  const cue: Cue = { start: from + m.index, end: from + m.index + m[0].length, word: 'according' };
  // `according to a tweet on Monday by Jo Lee`, `according to a memo posted online by Senator Ann Roe`: a
  // document's author named after `by` is the source, not the document
  const speaker =
    documentAuthorRight(ctx.text, cue.end, to) ??
    readSubjectRight(ctx.text, cue.end, to) ??
    objectPronoun(ctx, cue.end, to);
  return speaker ? { cue, speaker } : null;
}

/**
 * `According to him, it was done with the help of "…"`: the object pronoun after `according to` stands for the
 * speaker before it, as a subject pronoun would (`he`).
 */
function objectPronoun(ctx: QuoteContext, start: number, to: number): NounPhrase | null {
  const m = /^\s*(him|her|them)(?=\s*,)/u.exec(ctx.text.slice(start, to));
  if (m === null) return null;
  const at = start + m[0].length - m[1]!.length;
  return { start: at, end: at + m[1]!.length, text: m[1]!, kind: 'pronoun', indefinite: false, appositive: null };
}

/** `Smith:` or `Sen. Jane Doe:` opening a sentence, before its quotation. */
