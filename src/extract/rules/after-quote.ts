/**
 * Rules that read right after the quotation: `"…," Lee said`, `"…," said Lee`, `"…" — Lee`, a credit line.
 */
import { documentAuthorRight, findCues, quotedObject, readSubjectLeft, readSubjectRight } from '../cues.js';
import { INVERTIBLE_CUES, PERSON_NOUNS } from '../../lexicon/words.js';
import { alternation } from '../../lexicon/table.js';
import type { QuoteContext } from '../context.js';
import type { RuleHit } from './types.js';
import type { NounPhrase } from '../cues.js';
import { MONTH_FULL_NAMES, WEEKDAY_NAMES } from '../../lexicon/calendar.js';
import { isSpaceUnit } from '../chars.js';

export const INVERTIBLE = new RegExp(`^(?:${alternation(INVERTIBLE_CUES)})`, 'iu');

/**
 * Does `text[from, to)`, without its trailing white space and closing marks (`marks`), end with one of
 * `ends`? What `/[ends]$/u` says of the slice after `.replace(/[marks\s]+$/u, '')`, read by char codes from
 * the end instead of slicing the quotation and trying the pattern at each of its offsets.
 */
function endsWithOneOf(text: string, from: number, to: number, marks: string, ends: string): boolean {
  let i = to;
  while (i > from && (isSpaceUnit(text.charCodeAt(i - 1)) || marks.includes(text[i - 1]!))) i--;
  return i > from && ends.includes(text[i - 1]!);
}

/** `"…," Smith said` / `"…," said Smith` / `"…" — Smith`: the attribution right after the quotation. */
export function afterAdjacent(ctx: QuoteContext, from: number, to: number): RuleHit | null {
  const { text } = ctx;
  // `"We won." Phoenix Mayor Jo Lee wrote a letter …`: after a quotation that ends its sentence, only a
  // short attribution sentence (`"We won." Lee said.`) belongs to it
  if (
    from === ctx.closeAt &&
    endsWithOneOf(text, ctx.openAt, ctx.closeAt, '"”’\'»', '.!?') &&
    /^\s*\p{Lu}/u.test(text.slice(from, to))
  ) {
    if (!/^\s*(?:\S+\s+){1,5}\S+?[.!?]?\s*$/u.test(text.slice(from, to)) && !attributionSentence(text.slice(from, to)))
      return null;
    // `"It caused harm." Jo Lee called it a "disaster."`: a sentence that runs on into a quotation of
    // its own is that quotation's attribution, not this one's
    if (/^\s*["“‘'«]/u.test(text.slice(to, to + 3)) && !/[.!?]\s*$/u.test(text.slice(from, to))) return null;
  }
  const lead = /^[\s,]*(?:[—–-]\s*)?/u.exec(text.slice(from, to));
  const at = from + (lead ? lead[0].length : 0);
  const came = cameTheResponse(ctx, at, to);
  if (came !== null) return came;
  const passive = quotedPassiveAfterQuote(ctx, at, to);
  if (passive !== null) return passive;
  const cues = findCues(ctx.cues, at, to);
  const first = cues[0];
  if (first === undefined)
    return verbAfterQuote(ctx, at, to) ?? invertedVerbAfterQuote(ctx, at, to) ?? dashName(ctx, from, to);
  if (first.start === at || /^\s*$/u.test(text.slice(at, first.start))) {
    // `"…," mentioned Jo Lee.`, `"…," cited Ann Roe`: a cue that takes an object is read as any verb after the
    // quotation is (`echoes Jo Lee`): only a name that closes its clause speaks, never an object (`cited the report`)
    if (!INVERTIBLE.test(first.word)) return invertedVerbAfterQuote(ctx, at, to);
    const speaker =
      (first.word === 'according' ? documentAuthorRight(text, first.end, to) : null) ??
      readSubjectRight(text, first.end, to);
    return speaker ? { cue: first, speaker: nameAfterDescription(text, speaker, to) ?? speaker } : null;
  }
  // `"…", the paper quoted Mr Lee as saying`: the one quoted speaks
  const quoted = quotedObject(text, first);
  if (quoted !== null) return { cue: first, speaker: quoted };
  const speaker = readSubjectLeft(text, at, first.start);
  if (speaker === null) return null;
  const gap = text.slice(at, speaker.start);
  // `"…," Harbour spokesman Jo Lee said`: a role (a body's name, descriptors and a person noun) before the name
  const role = speaker.kind === 'named' ? ROLE_BEFORE_NAME.exec(gap) : null;
  if (!/^\s*$/u.test(gap) && (role === null || !PERSON_NOUNS.has(role[1]!))) return null;
  return { cue: first, speaker };
}

/**
 * `came the response`, `came the swift reply from Jo Lee` right after a quotation: group 1 the cue (up to the noun),
 * group 2 what follows it.
 */
const CAME_THE_RESPONSE =
  /^((?:[Cc]ame|[Cc]omes)\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:response|reply|answer|retort|rejoinder|riposte|cry|shout|verdict|warning|plea|message))(?![\p{L}])(.*)$/su;

/**
 * `"…," came the response.`: an answer, its speaker not named (a name after `from` speaks: `came the reply from Jo
 * Lee`). The words are no earlier speaker's; an unnamed description holds the cue, so that no later rule gives them
 * to the person of the sentence before.
 */
function cameTheResponse(ctx: QuoteContext, at: number, to: number): RuleHit | null {
  const { text } = ctx;
  // (only a quotation of one piece, none re-opened inside it: an answer closes the words it follows, not those
  // before them)
  if (ctx.between.length > 0 || /["“”]/u.test(text.slice(ctx.openAt + 1, ctx.closeAt - 1))) return null;
  const m = CAME_THE_RESPONSE.exec(text.slice(at, to));
  if (m === null) return null;
  const cueEnd = at + m[1]!.length;
  const cue = { start: at, end: cueEnd, word: 'came' };
  const from = /^\s+from\s+/u.exec(m[2]!);
  const named = from === null ? null : readSubjectRight(text, cueEnd + from[0].length, to);
  if (named !== null && named.kind === 'named') return { cue, speaker: named };
  const nounAt = at + m[1]!.search(/\s(?:the|a|an)\s/u) + 1;
  return {
    cue,
    speaker: {
      start: nounAt,
      end: cueEnd,
      text: text.slice(nounAt, cueEnd),
      kind: 'nominal',
      indefinite: true,
      appositive: null,
    },
  };
}

/** Names of days and months, lower-case: `, Monday`, `, May 4` after a description is its date, not a name. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...MONTH_FULL_NAMES]);

/**
 * A description's prepositional tail, then a name set off by a comma: ` of Eastmarch, ` in `the mayor of
 * Eastmarch, Ann Roe`, ` of the health authority in Eastmarch, ` (group 1 the tail).
 */
const DESCRIPTION_TAIL_THEN_NAME = /^(\s+(?:of|in|at|for|from|on|with)\s+[^,;:"“”.!?()—–]{1,90}?),\s+(?=\p{Lu})/u;

/**
 * `"…," said the head of the health authority in Eastmarch, Ann Roe.`: a description read after an inverted cue,
 * its prepositional tail, then a name set off by a comma and closing the clause: the name speaks, the description
 * is its appositive (the description alone would stand for whoever was named before). Null when no such name
 * follows `np`.
 */
export function nameAfterDescription(text: string, np: NounPhrase, to: number): NounPhrase | null {
  if (np.kind !== 'nominal') return null;
  const tail = DESCRIPTION_TAIL_THEN_NAME.exec(text.slice(np.end, to));
  if (tail === null) return null;
  const at = np.end + tail[0].length;
  const name = readSubjectRight(text, at, to);
  if (name === null || name.kind !== 'named' || name.start !== at) return null;
  // … a full name (`Ann Roe`), not one word (`, Eastmarch.`: a place) nor a date (`, Monday.`)
  const words = name.text.split(/\s+/u);
  if (words.length < 2 || words.some((w) => CALENDAR_WORDS.has(w.toLowerCase()))) return null;
  // … closing its clause: `, Ann Roe.`, `, Ann Roe, who …`, not `, Ann Roe's deputy`, `, Ann Roe and Tom Bell`
  if (!/^\s*(?:[.,;!?)—–]|$)/u.test(text.slice(name.end, Math.min(to, name.end + 3)))) return null;
  return { ...name, appositive: (np.text + tail[1]!).replace(/^(?:the|a|an)\s+/iu, '') };
}

/**
 * `"… in two days!" Jo Lee told the world on Thursday via Twitter.`: a longer sentence after a quotation
 * that closed its own is still its attribution when it is only a name, a cue, a recipient and adverbials
 * (no clause, no object of its own: not `Jo Lee wrote a letter to the council.`).
 */
const ATTRIBUTION_SENTENCE = new RegExp(
  String.raw`^\s*(?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){1,4}(?:[\p{Ll}]+ly\s+)?(?:said|says|wrote|writes|added|adds|tweeted|posted|explained|told|tells)` +
    String.raw`(?:(?<=told|tells)\s+(?:the\s+)?(?:[\p{L}\p{M}’'-]+\s+){0,2}?[\p{L}\p{M}’'-]+)?` +
    String.raw`(?:\s+(?:on|in|at|via|during|after|before|from|outside|last|this|yesterday|today|later|earlier)(?:\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?[\p{L}\p{M}\p{N}’'-]+){1,3})*\s*[.!?]?\s*$`,
  'u',
);
function attributionSentence(sentence: string): boolean {
  return sentence.length <= 140 && ATTRIBUTION_SENTENCE.test(sentence);
}

/** Role words before a name: `Harbour Studios spokesman `, `company spokesman `; group 1 the person noun. */
const ROLE_BEFORE_NAME = /^\s*(?:\p{Lu}[\p{L}\p{M}&.'’-]*\s+){0,4}(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s+$/u;

/** A verb of any kind right after a speaker who follows the quotation: `"…," an angry Hollande retaliated.` */
const ANY_VERB_AFTER =
  /^\s+((?:[\p{Ll}]+ly\s+)?[\p{Ll}]+(?:ed|s))(?=\s*(?:[.,;:!?—–]|$)|\s+(?:on|in|at|to|during|after|before|when|while|as|from|back|again)\b)/u;

/** `"…," an angry Hollande retaliated.`: a speaker and a verb outside the cue list, closing the sentence. */
function verbAfterQuote(ctx: QuoteContext, at: number, to: number): RuleHit | null {
  const { text } = ctx;
  if (
    !/,\s*$/u.test(text.slice(Math.max(0, at - 3), at)) &&
    !endsWithOneOf(text, ctx.openAt, ctx.closeAt, '"”’\'', ',!?')
  )
    return null;
  const window = text.slice(at, Math.min(to, at + 120));
  const words =
    /^((?:[\p{L}.’'-]+\s+){0,6}?[\p{L}.’'-]+)(?=\s+(?:[\p{Ll}]+ly\s+)?[\p{Ll}]+(?:ed|s)(?:\s*[.,;:!?—–]|\s*$|\s+(?:on|in|at|to|during|after|before|when|while|as|from|back|again)\b))/u.exec(
      window,
    );
  if (!words) return null;
  const verb = ANY_VERB_AFTER.exec(window.slice(words[1]!.length));
  if (!verb) return null;
  const speaker = readSubjectLeft(text, at, at + words[1]!.length);
  if (speaker === null || speaker.start !== at || speaker.kind === 'nominal') return null;
  const vStart = at + words[1]!.length + verb.index + verb[0].length - verb[1]!.length;
  return { cue: { start: vStart, end: vStart + verb[1]!.length, word: verb[1]!.split(/\s+/u).pop()! }, speaker };
}

/** A subject (up to six words), then a passive of `quote`: `Ann Roe was quoted`, `the mayor has been quoted`. */
const QUOTED_PASSIVE =
  /^((?:[^\s,.;:!?"“”]+\s+){0,5}?[^\s,.;:!?"“”]+)\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:[\p{Ll}]+ly\s+)?(quoted)(?![\p{L}])/u;

/**
 * `"…," Ann Roe was quoted by the Harbour Ledger.`, `"…," he was quoted as saying.`: after a quotation and its
 * comma, the subject of a passive of `quote` (a name, a pronoun, someone unnamed) spoke the words (the outlet that quoted them did
 * not).
 */
function quotedPassiveAfterQuote(ctx: QuoteContext, at: number, to: number): RuleHit | null {
  const { text } = ctx;
  if (
    !endsWithOneOf(text, ctx.openAt, ctx.closeAt, '"”’\'', ',!?') &&
    !/,\s*$/u.test(text.slice(Math.max(0, at - 3), at))
  )
    return null;
  // (`quoted` first: most attributions hold none, and need no subject read for the passive)
  const after = text.slice(at, Math.min(to, at + 120));
  const m = after.includes('quoted') ? QUOTED_PASSIVE.exec(after) : null;
  if (m === null) return null;
  const speaker = readSubjectLeft(text, at, at + m[1]!.length);
  if (speaker === null || speaker.start !== at || speaker.end !== at + m[1]!.length) return null;
  // (a definite description, `the aid agency was quoted`, is left to the rules that read it elsewhere; an unnamed
  // one, `a source was quoted`, names nobody)
  if (speaker.kind === 'nominal' && !speaker.indefinite) return null;
  const cueAt = at + m[0].length - m[2]!.length;
  return { cue: { start: cueAt, end: cueAt + m[2]!.length, word: 'quoted' }, speaker };
}

/** A verb outside the cue list opening the words after a quotation: `echoes `, `reckons `, `chuckled `. */
const INVERTED_VERB = /^((?:[\p{Ll}]+ly\s+)?([\p{Ll}]{3,}(?:s|ed)))\s+(?=\p{Lu})/u;
/** Verbs of being, having and doing: `"…," says nothing`, `"…," remains Lee's view` are no attributions. */
const NOT_INVERTED =
  /^(?:is|was|has|does|goes|comes|seems|remains|means|makes|takes|gets|needs|needed|follows|followed)$/u;

/**
 * `"…," echoes Jo Lee, a trader.`, `"…," reckons Ann Roe.`: after a quotation and its comma, a verb outside
 * the cue list, then a name closing the clause (a comma, the sentence end): the name speaks.
 */
function invertedVerbAfterQuote(ctx: QuoteContext, at: number, to: number): RuleHit | null {
  const { text } = ctx;
  if (
    !endsWithOneOf(text, ctx.openAt, ctx.closeAt, '"”’\'', ',!?') &&
    !/,\s*$/u.test(text.slice(Math.max(0, at - 3), at))
  )
    return null;
  const verb = INVERTED_VERB.exec(text.slice(at, Math.min(to, at + 40)));
  if (verb === null || NOT_INVERTED.test(verb[2]!)) return null;
  const speaker = readSubjectRight(text, at + verb[1]!.length, to);
  if (speaker === null || speaker.kind !== 'named') return null;
  // the name closes its clause: `echoes Jo Lee.`, `echoes Jo Lee, a trader`, not `echoes Jo Lee's view`
  if (!/^\s*(?:[,.;:!?]|$)/u.test(text.slice(speaker.end, speaker.end + 3))) return null;
  const vStart = at + verb[1]!.length - verb[2]!.length;
  return { cue: { start: vStart, end: vStart + verb[2]!.length, word: verb[2]! }, speaker };
}

/** `"Boeing and GE pay zero taxes." - Sanders.`: a dash and a name closing the sentence, as in fact-checks and epigraphs. */
function dashName(ctx: QuoteContext, from: number, to: number): RuleHit | null {
  const m = /^\s*[—–-]\s*((?:[\p{Lu}][\p{L}\p{M}.’'-]*\s+){0,3}[\p{Lu}][\p{L}\p{M}’'-]*)\s*(?:[.,(]|$)/u.exec(
    ctx.text.slice(from, to),
  );
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
export function creditLine(ctx: QuoteContext): RuleHit | null {
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
