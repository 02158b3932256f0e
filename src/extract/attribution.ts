/**
 * Stage 3: attribution rules. Each rule looks at the text around one quotation (before it in its
 * sentence, between its pieces, after it in its sentence) and names a cue and a speaker phrase.
 * The rules are tried in table order; the first that fires gives the attribution's reason.
 */
import { findCues, readSentenceSubject, readSubjectLeft, readSubjectRight } from './cues.js';
import type { Cue, NounPhrase } from './cues.js';
import { findSubject, PREPOSITION_BEFORE } from './subjects.js';
import { sentenceStart, WINDOW_REACH } from './context.js';
import type { QuoteContext } from './context.js';

export interface RuleHit {
  /** The speech cue, or null for the subject rules that fire without one. */
  cue: Cue | null;
  speaker: NounPhrase;
}

export interface AttributionRule {
  name: string;
  confidence: number;
  find: (ctx: QuoteContext) => RuleHit | null;
}

/** Cues that may stand before their subject (`"…," said Smith`, `mused the host`, `agrees Jo Lee`): intransitive speech verbs, past or present. */
const INVERTIBLE = /^(?:said|says|added|adds|asked|asks|wrote|writes|continued|continues|explained|explains|noted|notes|declared|replied|replies|recalled|recalls|insisted|insists|argued|argues|warned|warns|stated|tweeted|posted|observed|concluded|quipped|joked|remarked|asserted|responded|countered|according|mused|remembered|offered|conceded|admitted|acknowledged|retorted|shouted|yelled|laughed|sighed|exclaimed|whispered|cautioned|complained|predicted|suggested|emphasized|emphasised|stressed|agreed|confirmed|boasted|scoffed|lamented|wondered|thundered|barked|cried|screamed|went|goes|pointed|chimed|shot|fired|hit|summed|weighed|explains|announced|reiterated|urged|pleaded|vowed|promised|agrees|concedes|admits|acknowledges|observes|concludes|jokes|quips|remarks|asserts|responds|counters|retorts|cautions|complains|predicts|suggests|emphasizes|emphasises|stresses|confirms|boasts|laments|wonders|declares|announces|urges|vows|promises|muses|recounts|recounted|reacted|reacts|echoed)/iu;

/** `"…," Smith said` / `"…," said Smith` / `"…" — Smith`: the attribution right after the quotation. */
function afterAdjacent(ctx: QuoteContext, from: number, to: number): RuleHit | null {
  const { text } = ctx;
  // `"We won." Phoenix Mayor Jo Lee wrote a letter …`: after a quotation that ends its sentence, only a
  // short attribution sentence (`"We won." Lee said.`) belongs to it
  const quoted = text.slice(ctx.openAt, ctx.closeAt).replace(/["”’'»\s]+$/u, '');
  if (from === ctx.closeAt && /[.!?]$/u.test(quoted) && /^\s*\p{Lu}/u.test(text.slice(from, to))) {
    if (!/^\s*(?:\S+\s+){1,5}\S+?[.!?]?\s*$/u.test(text.slice(from, to))) return null;
    // `"It caused harm." Jo Lee called it a "disaster."`: a sentence that runs on into a quotation of
    // its own is that quotation's attribution, not this one's
    if (/^\s*["“‘'«]/u.test(text.slice(to, to + 3)) && !/[.!?]\s*$/u.test(text.slice(from, to))) return null;
  }
  const lead = /^[\s,]*(?:[—–-]\s*)?/u.exec(text.slice(from, to));
  const at = from + (lead ? lead[0].length : 0);
  const cues = findCues(text, at, to);
  const first = cues[0];
  if (first === undefined) return verbAfterQuote(ctx, at, to) ?? dashName(ctx, from, to);
  if (first.start === at || /^\s*$/u.test(text.slice(at, first.start))) {
    if (!INVERTIBLE.test(first.word)) return null;
    const speaker = readSubjectRight(text, first.end, to);
    return speaker ? { cue: first, speaker } : null;
  }
  const speaker = readSubjectLeft(text, at, first.start);
  if (speaker === null || speaker.start !== at + (/^\s*/u.exec(text.slice(at, speaker.start))?.[0].length ?? 0)) return null;
  return { cue: first, speaker };
}

/** A verb of any kind right after a speaker who follows the quotation: `"…," an angry Hollande retaliated.` */
const ANY_VERB_AFTER = /^\s+((?:[\p{Ll}]+ly\s+)?[\p{Ll}]+(?:ed|s))(?=\s*(?:[.,;:!?—–]|$)|\s+(?:on|in|at|to|during|after|before|when|while|as|from|back|again)\b)/u;

/** `"…," an angry Hollande retaliated.`: a speaker and a verb outside the cue list, closing the sentence. */
function verbAfterQuote(ctx: QuoteContext, at: number, to: number): RuleHit | null {
  const { text } = ctx;
  if (!/,\s*$/u.test(text.slice(Math.max(0, at - 3), at)) && !/[,!?]$/u.test(text.slice(ctx.openAt, ctx.closeAt).replace(/["”’'\s]+$/u, ''))) return null;
  const window = text.slice(at, Math.min(to, at + 120));
  const words = /^((?:[\p{L}.’'-]+\s+){0,6}?[\p{L}.’'-]+)(?=\s+(?:[\p{Ll}]+ly\s+)?[\p{Ll}]+(?:ed|s)(?:\s*[.,;:!?—–]|\s*$|\s+(?:on|in|at|to|during|after|before|when|while|as|from|back|again)\b))/u.exec(window);
  if (!words) return null;
  const verb = ANY_VERB_AFTER.exec(window.slice(words[1]!.length));
  if (!verb) return null;
  const speaker = readSubjectLeft(text, at, at + words[1]!.length);
  if (speaker === null || speaker.start !== at || speaker.kind === 'nominal') return null;
  const vStart = at + words[1]!.length + verb.index + verb[0].length - verb[1]!.length;
  return { cue: { start: vStart, end: vStart + verb[1]!.length, word: verb[1]!.split(/\s+/u).pop()! }, speaker };
}

/** `"Boeing and GE pay zero taxes." - Sanders.`: a dash and a name closing the sentence, as in fact-checks and epigraphs. */
function dashName(ctx: QuoteContext, from: number, to: number): RuleHit | null {
  const m = /^\s*[—–-]\s*((?:[\p{Lu}][\p{L}\p{M}.’'-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}’'-]*)\s*(?:[.,(]|$)/u.exec(ctx.text.slice(from, to));
  if (!m) return null;
  const start = from + m[0].indexOf(m[1]!);
  const speaker = readSubjectLeft(ctx.text, start, start + m[1]!.length);
  if (speaker === null || speaker.kind !== 'named') return null;
  const dash = from + m[0].search(/[—–-]/u);
  return { cue: { start: dash, end: dash + 1, word: '—' }, speaker };
}

/** Characters a credit line may stand below its quotation. */
const CREDIT_REACH = 200;

/**
 * `"We will stay." ⏎ -Jo Lee, Port Ellen.`: a quotation that closes its paragraph, then a paragraph
 * opening with a dash and a name (quote boxes, epigraphs, notebooks of quotes).
 */
function creditLine(ctx: QuoteContext): RuleHit | null {
  const { text } = ctx;
  // the paragraph is only the quotation: nothing but space between its start and the opening mark
  let p = ctx.openAt;
  while (p > 0 && (text[p - 1] === ' ' || text[p - 1] === '\t')) p--;
  if (p > 0 && text[p - 1] !== '\n') return null;
  const tail = /^[\s.,;:!?)\]]*\n\s*/u.exec(text.slice(ctx.closeAt, ctx.closeAt + 20));
  if (tail === null || !/[—–-]/u.test(text[ctx.closeAt + tail[0].length] ?? '')) return null;
  const from = ctx.closeAt + tail[0].length;
  const nl = text.indexOf('\n', from);
  const to = Math.min(nl < 0 ? text.length : nl, from + CREDIT_REACH);
  return dashName(ctx, from, to);
}

/** A name governed by a preposition of place or channel right before a cue: `on Facebook writing`, `in Ohio saying` (not `with`, which may head a subject). */
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:on|in|at|via|from|through|to|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){1,4}$/u;
/** `… and ` right before a participle: `tweeting that … and asking`. */
const COORDINATED_BEFORE = /(?:^|[^\p{L}])and\s+$/u;

/** What may stand between a main-clause cue and its quotation: `said: "`, `said, "`. */
const CLOSES_WINDOW = /^[\s,:]*$/u;
const COMPLEMENTIZER = /[^\p{L}](?:that|once|if|whether|because|when|while|after|before|until|since)\s/u;

/** A sentence opening with a subordinate clause: `After Trump argued that …, Rubio said`. */
const FRONTED_SUBORDINATE = /^\s*(?:(?:But|And|So|Then|Yet)\s+)?(?:After|When|While|As|Before|Since|Although|Though|If|Once|Because|Until|Whereas|Whenever)\s/u;
/**
 * A boundary that closes a complement clause: `, while`, `, but`, `; `, `, whereas`, and `, and` before
 * a new subject and its cue (`Lee warned that …, and Ms. Roe said the "…"`).
 */
const CLAUSE_BOUNDARY = /;\s|,\s+(?:while|but|whereas|although|though|yet)\s|,\s+and\s+(?=(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*\s+(?:[\p{Ll}]+ly\s+)?(?:said|says|told|added|wrote|argued|insisted|noted)\s)/u;

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
const CLAUSE_RESUMES = /^\s*,\s*(?:(?:also|still|now|only|not|never|already)\s+)?(?:can|cannot|can't|could|will|won't|would|should|shall|may|might|must|is|are|was|were|has|have|had|do|does|did|need|needs|remain|remains|remained|[\p{Ll}]+ed)(?![\p{L}’'])/u;
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

/** Speech verbs that take a complement clause without `that`: `said Roe called it …`. */
const BARE_COMPLEMENT_CUE = /^(?:said|says|told)$/u;
/** A subject opening a bare complement clause: a name or a pronoun, then a lower-case word. */
const BARE_COMPLEMENT_START = /^\s+(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?(?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){0,2}\p{Lu}[\p{L}\p{M}’'-]*\s+\p{Ll}/u;

/** Any cue in `[from, to)` with a speaker beside it, nearest to the quotation first. */
function anyCue(ctx: QuoteContext, from: number, to: number, nearestLast: boolean): RuleHit | null {
  let cues = findCues(ctx.text, from, to);
  if (nearestLast && cues.length > 1) {
    // `Rubio said that once the Senate goes on recess, "…"`: a cue inside the complement clause of an
    // earlier cue is embedded; the main clause's cue speaks
    // … unless that cue closes the window (`When asked if it could work, Gale said: "…"`): a cue right
    // before the quotation is the main clause, the earlier one sat in a fronted subordinate clause
    // (the first complementizer after the first cue is found once: a later cue is embedded when it
    // ends before that cue's start, so the filter costs one scan, not one per cue)
    const firstEnd = cues[0]!.end;
    const comp = COMPLEMENTIZER.exec(ctx.text.slice(firstEnd, cues[cues.length - 1]!.start));
    // `Rep. Jo Lee said Ann Roe called it "…"`: a bare complement clause (no `that`) opened by a subject
    // right after a plain speech verb is embedded too
    const bare = comp === null && BARE_COMPLEMENT_CUE.test(cues[0]!.word) && BARE_COMPLEMENT_START.test(ctx.text.slice(firstEnd, firstEnd + 60));
    const embeddedFrom = bare ? firstEnd : comp === null ? Infinity : firstEnd + comp.index + comp[0].length;
    // … but a clause boundary ends the complement: `After Trump argued that …, Rubio said only that`
    // (a fronted subordinate clause closes at its comma), `X suggested that …, while Cruz said`
    const embeddedTo = embeddedFrom === Infinity ? Infinity : complementEnd(ctx.text, from, cues[0]!.start, embeddedFrom, cues[cues.length - 1]!.start);
    cues = cues.filter((c, i) => i === 0 || embeddedFrom > c.start || c.start >= embeddedTo || CLOSES_WINDOW.test(ctx.text.slice(c.end, to)));
  }
  const order = nearestLast ? [...cues].reverse() : cues;
  for (const cue of order) {
    if (cue.word.endsWith('ing')) {
      // `with Jane Doe tweeting that it was a "disaster" and asking, "…"`: a participle coordinated
      // with an earlier one shares its subject; the earlier one is read instead
      if (COORDINATED_BEFORE.test(ctx.text.slice(Math.max(from, cue.start - 6), cue.start)) &&
        cues.some((c) => c.start < cue.start && c.word.endsWith('ing'))) continue;
      // `Lee said, adding, "…"`: a participle right after a cue and its comma shares that cue's speaker
      if (cues.some((c) => c.end <= cue.start && /^\s*,\s*$/u.test(ctx.text.slice(c.end, cue.start)))) continue;
      // `with Donald Trump tweeting that …`: a name right before the participle is its subject
      // … but not the object of a preposition: `Clinton replied on Facebook writing, "…"` is Clinton's
      // (read within the clause after the last comma: the names of earlier clauses are no appositives)
      const clauseFrom = Math.max(from, ctx.text.lastIndexOf(',', cue.start) + 1);
      const adjacent = readSubjectLeft(ctx.text, clauseFrom, cue.start);
      // … an adverb may stand between: `with Jo Lee recently promising to "…"`
      if (adjacent && adjacent.kind === 'named' && /^\s*(?:[\p{Ll}]+ly\s+)?$/u.test(ctx.text.slice(adjacent.end, cue.start)) &&
        !PLACE_BEFORE.test(ctx.text.slice(Math.max(from, cue.start - 80), cue.start))) return { cue, speaker: adjacent };
      // `Smith left the stage, saying "…"`: the speaker is the sentence's subject
      const subject = findSubject(ctx.text, from, cue.start, ctx.isPerson) ?? readSentenceSubject(ctx.text, from, cue.start);
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
      if (right) return { cue, speaker: right };
    }
  }
  return null;
}

/** `according to X`: the speaker follows the cue. */
function accordingTo(ctx: QuoteContext, from: number, to: number): RuleHit | null {
  const slice = ctx.text.slice(from, to);
  const m = /according\s+to/iu.exec(slice);
  if (!m) return null;
  const cue: Cue = { start: from + m.index, end: from + m.index + m[0].length, word: 'according' };
  const speaker = readSubjectRight(ctx.text, cue.end, to);
  return speaker ? { cue, speaker } : null;
}

/** `Smith:` or `Sen. Jane Doe:` opening a sentence, before its quotation. */
const NAME_COLON = /^\s*((?:(?:\p{Lu}\.)+\s*|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+|\p{Lu}[\p{L}\p{M}’'-]*\s+){0,3}\p{Lu}[\p{L}\p{M}’'-]*)\s*:/u;

/** A name closing the text before the quotation, then a colon: `… - Jane Doe: "`, `surprise pollster Jane Doe: "`. */
const NAME_THEN_COLON = /(\p{Lu}[\p{L}\p{M}.’'-]*)\s*:\s*$/u;

/** A capitalised name and `and` ending the text before a name: `Jane Doe and ` in `Jane Doe and Ann Lee`. */
const COORDINATED_NAME_END = /(?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){0,2}\p{Lu}[\p{L}\p{M}’'-]*\s+and\s+$/u;

/**
 * `Polls were off - Jane Doe: "…"`, `It did not surprise pollster Jane Doe: "…"`: a name right before the
 * colon that introduces the quotation, not after a preposition (`in an interview with CNN: "…"`).
 */
function nameBeforeColon(ctx: QuoteContext): RuleHit | null {
  const { text } = ctx;
  const before = text.slice(ctx.beforeStart, ctx.openAt);
  const m = NAME_THEN_COLON.exec(before);
  if (!m) return null;
  const colon = ctx.beforeStart + m.index + m[0].indexOf(':');
  const speaker = readSubjectLeft(text, ctx.beforeStart, ctx.beforeStart + m.index + m[1]!.length);
  if (speaker === null || speaker.kind !== 'named' || speaker.appositive !== null) return null;
  // `Lee delivered a blunt message to Roe: "…"`: a name governed by a preposition inside a description is its object
  if (/^(?:the|a|an|his|her|their|its)\s.*\s(?:to|for|with|at|on|in|of|from|by|about|against)\s/iu.test(speaker.text)) return null;
  // `Jane Doe and Ann Lee: "…"`: the last of coordinated names speaks (their joint words), unless a
  // preposition governs the first (`in talks with Jane Doe and Ann Lee: "…"`)
  let lead = text.slice(Math.max(ctx.beforeStart, speaker.start - 80), speaker.start);
  const coordinated = COORDINATED_NAME_END.exec(lead);
  if (coordinated) lead = lead.slice(0, coordinated.index);
  if (PREPOSITION_BEFORE.test(lead.slice(-40))) return null;
  return { cue: { start: colon, end: colon + 1, word: ':' }, speaker };
}

const DOCUMENT_NOUN = String.raw`(?:post|posts|statement|tweet|tweets|letter|message|remarks|speech|email|e-mail|op-ed|column|memo|release|interview|blog|page|account|website|note|testimony|response|reply|answer|retort|verdict)`;
const NAME_RUN = String.raw`(?:\p{Lu}[\p{L}\p{M}.’'\-]*\s+){0,3}\p{Lu}[\p{L}\p{M}’'\-]*`;
/**
 * A source named before the colon that introduces a quotation, without a speech verb: `From Jane
 * Doe's Facebook post: "…"`, `Jane Doe's statement read: "…"`, `More from Doe and Lee: "…"`.
 */
const SOURCE_COLON = new RegExp(String.raw`(?:^|[.!?—–\-]\s*|\s)(?:(?:(?:More\s+)?[Ff]rom)\s+(?:${NAME_RUN}\s+and\s+)?(${NAME_RUN})(?:['’]s?\s+(?:[\p{L}\-]+\s+){0,3}${DOCUMENT_NOUN})?|(${NAME_RUN})['’]s?\s+(?:[\p{L}\-]+\s+){0,3}${DOCUMENT_NOUN}\s+(?:read|reads|said|says|stated|states|was|is))\s*:\s*$`, 'u');

function sourceBeforeColon(ctx: QuoteContext): RuleHit | null {
  const { text } = ctx;
  const before = text.slice(ctx.beforeStart, ctx.openAt);
  const m = SOURCE_COLON.exec(before);
  if (!m) return null;
  const name = m[1] ?? m[2]!;
  const at = ctx.beforeStart + m.index + m[0].indexOf(name);
  const speaker = readSubjectLeft(text, at, at + name.length);
  if (speaker === null || speaker.kind !== 'named') return null;
  const colon = ctx.beforeStart + m.index + m[0].lastIndexOf(':');
  return { cue: { start: colon, end: colon + 1, word: ':' }, speaker };
}

/** A capitalised name, maybe after `the`: `CNN`, `the Las Vegas Sun`, `USA Today`. */
const OUTLET = String.raw`(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}\p{M}.’'\-]*\s+){0,4}\p{Lu}[\p{L}\p{M}’'\-]*`;
const REPORT_TIME = String.raw`(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|earlier|today|yesterday|last\s+(?:week|month|year)))?`;
/**
 * A reporting clause closing the sentence: `…, according to CNN.`, `…, the Times reported.`,
 * `…, reports USA Today.` The outlet is the source of everything the sentence quotes, the inner
 * speaker's words included (`"…," Lee said, according to the Daily Star.`).
 */
const REPORTED_BY_END = new RegExp(String.raw`(?:,\s*|["”’]\s*)(?:according\s+to\s+(${OUTLET})|(${OUTLET})\s+(?:reported|reports)${REPORT_TIME}|(?:reported|reports)\s+(${OUTLET}))\s*[.!?]?\s*["“”‘’']?\s*$`, 'u');

/** `"…," Lee said, according to the Daily Star.`: the outlet in a sentence-final reporting clause. */
function reportedBy(ctx: QuoteContext, from: number, to: number): RuleHit | null {
  const { text } = ctx;
  const window = text.slice(from, to);
  const m = REPORTED_BY_END.exec(window);
  if (!m) return null;
  const outlet = m[1] ?? m[2] ?? m[3]!;
  const at = from + m.index + m[0].indexOf(outlet);
  if (/^(?:He|She|They|It|We|I|This|That)$/u.test(outlet)) return null;
  const speaker = readSubjectLeft(text, at, at + outlet.length);
  if (speaker === null || speaker.kind !== 'named' || speaker.start !== at + (/^(?:[Tt]he\s+)/u.exec(outlet)?.[0].length ?? 0) && speaker.start !== at) return null;
  const cueWord = /according/u.test(m[0]) ? 'according' : /reports/u.test(m[0]) ? 'reports' : 'reported';
  const cueAt = from + m.index + m[0].indexOf(cueWord === 'according' ? 'according' : cueWord);
  return { cue: { start: cueAt, end: cueAt + cueWord.length, word: cueWord }, speaker };
}

/** A closing mark (maybe with a comma or period) right before the window: an earlier quotation cut it. */
const QUOTE_CUT_BEFORE = /["”’'][,.]?\s*$/u;
/** A sentence-final mark inside a closing quotation mark, before a capital: `… a colony.” Then`. */
const QUOTED_SENTENCE_END = /[.!?]["”’']\s+(?=\p{Lu})/gu;

/**
 * `Lee says his "old friend" Ann Roe ran "a fine race."`, `Lee said that by dodging the words "war
 * on terror," they are "hiding"`: when an earlier quotation of the sentence cut the window, the name
 * after it is the subject of a complement clause; a cue earlier in the sentence speaks for both.
 */
function cueOverEarlierQuote(ctx: QuoteContext): RuleHit | null {
  const { text } = ctx;
  if (!QUOTE_CUT_BEFORE.test(text.slice(Math.max(0, ctx.beforeStart - 4), ctx.beforeStart))) return null;
  const base = sentenceStart(text, ctx.beforeStart, Math.max(0, ctx.beforeStart - WINDOW_REACH));
  // a quotation closing with its own sentence-final mark ends the sentence: `… a colony.” Then Lee`
  let start = base;
  const span = text.slice(base, ctx.openAt);
  for (const m of span.matchAll(QUOTED_SENTENCE_END)) start = base + m.index + m[0].length;
  if (start >= ctx.beforeStart) return null;
  const hit = anyCue(ctx, start, ctx.beforeStart, true);
  return hit !== null && hit.speaker.kind === 'named' ? hit : null;
}

/**
 * `… labeled the plan "unfit to stand." When Lee was asked, a rival said …`: a quotation whose words
 * end with a sentence-final mark, then a capital, closes its sentence; the text after it is the next
 * sentence, whose cue is not this quotation's.
 */
function endsSentence(ctx: QuoteContext): boolean {
  const { text } = ctx;
  const quoted = text.slice(Math.max(ctx.openAt, ctx.closeAt - 6), ctx.closeAt).replace(/["”’'»\s]+$/u, '');
  return /[.!?]$/u.test(quoted) && /^\s+\p{Lu}/u.test(text.slice(ctx.closeAt, ctx.closeAt + 4));
}

/** What follows a cue that reports no clause of its own: punctuation, a preposition, an adverb, `reporters`. */
const CUE_TAKES_NO_CLAUSE = /^(?:\s+[\p{Ll}]+ly)?(?:\s*[.,;:!?—–-]|\s+(?:in|on|at|of|to|as|during|after|before|while|when|about|from|with|into|outside|inside|reporters)(?![\p{L}])|\s*$)/u;

/** `As Jo Lee put it, "`, `As the Harbour Boys sang back in 1985, "`: a fronted `as` clause, a comma, the quotation. */
const AS_NAME_CLAUSE = /^\s*(?:(?:But|And|Or|So)\s+)?As\s+((?:the\s+)?(?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){0,3}\p{Lu}[\p{L}\p{M}’'-]*)\s+(?:[\p{Ll}]+ly\s+)?(?:[\p{Ll}]+(?:ed|s)|sang|wrote|said|put\s+it|told\s+\S+|once\s+[\p{Ll}]+)(?:\s+[^,;:"“”]{0,60})?,\s*$/u;

/** `As the Harbour Boys sang back in 1985, "…"`: the name of a fronted `as` clause speaks. */
function asNameClause(ctx: QuoteContext): RuleHit | null {
  const { text } = ctx;
  const m = AS_NAME_CLAUSE.exec(text.slice(ctx.beforeStart, ctx.openAt));
  if (!m) return null;
  const at = ctx.beforeStart + m.index + m[0].indexOf(m[1]!);
  const speaker = readSubjectLeft(text, at, at + m[1]!.length);
  if (speaker === null || speaker.kind !== 'named') return null;
  return { cue: null, speaker };
}

/** Nouns of speech a possessive name can own: `Lee's claim`, `Roe's campaign slogan`. */
const SPEECH_NOUN = String.raw`(?:claim|claims|pledge|promise|conclusion|slogan|remark|remarks|comment|comments|assertion|accusation|warning|vow|description|charge|argument|suggestion|insistence|contention|declaration|observation|complaint|prediction|assessment|characterization|catchphrase|catch\s+phrase|words|boast|threat|refrain|mantra|motto|tagline)`;
/** `Jo Lee's (controversial) claim that …` ending in the window before a quotation. */
const POSSESSIVE_SPEECH = new RegExp(String.raw`((?:\p{Lu}[\p{L}\p{M}.\-]*\s+){0,3}\p{Lu}[\p{L}\p{M}\-]*)['’]s?\s+(?:[\p{Ll}\-]+\s+){0,2}${SPEECH_NOUN}(?![\p{L}])`, 'gu');

/**
 * `… Jo Lee's claim that the mayor "sold the harbour"`, `Lee's campaign slogan is "…"`: the last
 * possessive name owning a noun of speech in the sentence before the quotation, with no speech
 * cue after it, speaks.
 */
function possessiveSpeechNoun(ctx: QuoteContext): RuleHit | null {
  const { text } = ctx;
  const window = text.slice(ctx.beforeStart, ctx.openAt);
  let last: RegExpExecArray | null = null;
  POSSESSIVE_SPEECH.lastIndex = 0;
  for (let m = POSSESSIVE_SPEECH.exec(window); m; m = POSSESSIVE_SPEECH.exec(window)) last = m;
  if (last === null) return null;
  const nounEnd = ctx.beforeStart + last.index + last[0].length;
  if (findCues(text, nounEnd, ctx.openAt).length > 0) return null;
  const at = ctx.beforeStart + last.index;
  const speaker = readSubjectLeft(text, at, at + last[1]!.length);
  if (speaker === null || speaker.kind !== 'named') return null;
  return { cue: { start: speaker.end, end: nounEnd, word: 'claim' }, speaker };
}

/** The rule table: order matters; the first rule that fires wins. */
export const ATTRIBUTION_RULES: readonly AttributionRule[] = [
  {
    // "We will stay," Lee said, according to the Daily Star. — the outlet reporting the words is their source
    name: 'reported-by',
    confidence: 0.8,
    find: (ctx) => {
      for (const b of ctx.between) {
        const hit = reportedBy(ctx, b.start, b.end);
        if (hit) return hit;
      }
      return reportedBy(ctx, ctx.closeAt, ctx.afterEnd);
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
    find: (ctx) => accordingTo(ctx, ctx.beforeStart, ctx.openAt) ?? accordingTo(ctx, ctx.closeAt, ctx.afterEnd),
  },
  {
    // The minister said: "Nothing has changed." / She added that the deal was 'fragile' …
    name: 'cue-before-quote',
    confidence: 0.8,
    find: (ctx) => anyCue(ctx, ctx.beforeStart, ctx.openAt, true),
  },
  {
    // The minister spoke on Tuesday. "Nothing has changed." — the quotation opens its sentence and
    // the sentence before names a speaker with a cue.
    name: 'cue-in-previous-sentence',
    confidence: 0.6,
    find: (ctx) => {
      if (ctx.previousSentence === null || ctx.text.slice(ctx.beforeStart, ctx.openAt).trim() !== '') return null;
      return anyCue(ctx, ctx.previousSentence.start, ctx.previousSentence.end, true);
    },
  },
  {
    // "Nothing has changed" is what the minister told reporters.
    name: 'cue-later-in-sentence',
    confidence: 0.65,
    find: (ctx) => {
      const hit = anyCue(ctx, ctx.closeAt, ctx.afterEnd, false);
      if (hit === null || !endsSentence(ctx)) return hit;
      // after a quotation that closes its sentence, only a sentence opening with the speaker and a cue
      // that takes no clause of its own is its attribution: `"…." Lee said as she left.`, not `"…." Lee
      // said he had doubts.` nor `"…." When Lee was asked, …`
      const lead = ctx.text.slice(ctx.closeAt, hit.speaker.start);
      if (!/^\s*(?:(?:And|But)\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u.test(lead) || FRONTED_SUBORDINATE.test(lead.replace(/^["”’'\s]+/u, ''))) return null;
      // a phrasal cue names its channel (`wrote in`, `said in`): no clause of its own follows
      if (hit.cue === null || hit.cue.start < hit.speaker.end || /\s/u.test(ctx.text.slice(hit.cue.start, hit.cue.end))) return hit;
      return CUE_TAKES_NO_CLAUSE.test(ctx.text.slice(hit.cue.end, hit.cue.end + 40)) ? hit : null;
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
      const speaker = findSubject(ctx.text, ctx.beforeStart, ctx.openAt, ctx.isPerson);
      return speaker ? { cue: null, speaker } : null;
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
];

/** Applies the rules in order; returns the first hit with its rule. */
export function applyRules(ctx: QuoteContext): { rule: AttributionRule; hit: RuleHit } | null {
  for (const rule of ATTRIBUTION_RULES) {
    const hit = rule.find(ctx);
    if (hit) return { rule, hit };
  }
  return null;
}
