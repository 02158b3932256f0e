/**
 * Rules for a speaker before a colon (`Lee: "…"`, `In a statement, the ministry said: "…"`) and a
 * report credited to an outlet (`…, the Herald reported`).
 */
import { readSubjectLeft } from '../cues.js';
import { PREPOSITION_BEFORE } from '../subjects.js';
import type { QuoteContext } from '../context.js';
import type { RuleHit } from './types.js';

export const NAME_COLON =
  /^\s*((?:(?:\p{Lu}\.)+\s*|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+|\p{Lu}[\p{L}\p{M}’'-]*\s+){0,3}\p{Lu}[\p{L}\p{M}’'-]*)\s*:/u;

/** A name closing the text before the quotation, then a colon: `… - Jane Doe: "`, `surprise pollster Jane Doe: "`. */
const NAME_THEN_COLON = /(\p{Lu}[\p{L}\p{M}.’'-]*)\s*:\s*$/u;

/** A capitalised name and `and` ending the text before a name: `Jane Doe and ` in `Jane Doe and Ann Lee`. */
const COORDINATED_NAME_END = /(?:\p{Lu}[\p{L}\p{M}.’'-]*\s+){0,2}\p{Lu}[\p{L}\p{M}’'-]*\s+and\s+$/u;

/**
 * `Polls were off - Jane Doe: "…"`, `It did not surprise pollster Jane Doe: "…"`: a name right before the
 * colon that introduces the quotation, not after a preposition (`in an interview with CNN: "…"`).
 */
export function nameBeforeColon(ctx: QuoteContext): RuleHit | null {
  const { text } = ctx;
  const before = text.slice(ctx.beforeStart, ctx.openAt);
  const m = NAME_THEN_COLON.exec(before);
  if (!m) return null;
  const colon = ctx.beforeStart + m.index + m[0].indexOf(':');
  const speaker = readSubjectLeft(text, ctx.beforeStart, ctx.beforeStart + m.index + m[1]!.length);
  if (speaker === null || speaker.kind !== 'named' || speaker.appositive !== null) return null;
  // `Lee delivered a blunt message to Roe: "…"`: a name governed by a preposition inside a description is its object
  if (/^(?:the|a|an|his|her|their|its)\s.*\s(?:to|for|with|at|on|in|of|from|by|about|against)\s/iu.test(speaker.text))
    return null;
  // `Jane Doe and Ann Lee: "…"`: the last of coordinated names speaks (their joint words), unless a
  // preposition governs the first (`in talks with Jane Doe and Ann Lee: "…"`)
  let lead = text.slice(Math.max(ctx.beforeStart, speaker.start - 80), speaker.start);
  const coordinated = COORDINATED_NAME_END.exec(lead);
  if (coordinated) lead = lead.slice(0, coordinated.index);
  if (PREPOSITION_BEFORE.test(lead.slice(-40)) || ADDRESSEE_BEFORE.test(lead.slice(-60))) return null;
  return { cue: { start: colon, end: colon + 1, word: ':' }, speaker };
}

/**
 * `a message he sent to Harbour Trust chairman Jo Lee: "…"`: `to` and a role before the name, capitalised
 * words among it, make the name the one addressed (PREPOSITION_BEFORE allows lower-case words only).
 */
const ADDRESSEE_BEFORE = /(?:^|[^\p{L}])(?:to|for|with|from)\s+(?:the\s+)?(?:\p{L}[\p{L}\p{M}’'.&-]*\s+){1,4}$/u;

const DOCUMENT_NOUN = String.raw`(?:post|posts|statement|tweet|tweets|letter|message|remarks|speech|email|e-mail|op-ed|column|memo|release|interview|blog|page|account|website|note|testimony|response|reply|answer|retort|verdict)`;
const NAME_RUN = String.raw`(?:\p{Lu}[\p{L}\p{M}.’'\-]*\s+){0,3}\p{Lu}[\p{L}\p{M}’'\-]*`;
/**
 * A source named before the colon that introduces a quotation, without a speech verb: `From Jane
 * Doe's Facebook post: "…"`, `Jane Doe's statement read: "…"`, `More from Doe and Lee: "…"`.
 */
const SOURCE_COLON = new RegExp(
  String.raw`(?:^|[.!?—–\-]\s*|\s)(?:(?:(?:More\s+)?[Ff]rom)\s+(?:${NAME_RUN}\s+and\s+)?(${NAME_RUN})(?:['’]s?\s+(?:[\p{L}\-]+\s+){0,3}${DOCUMENT_NOUN})?|(${NAME_RUN})['’]s?\s+(?:[\p{L}\-]+\s+){0,3}${DOCUMENT_NOUN}\s+(?:read|reads|said|says|stated|states|was|is))\s*:\s*$`,
  'u',
);

export function sourceBeforeColon(ctx: QuoteContext): RuleHit | null {
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

/** Documents that `read` (a cue no person takes): `the decree read`, `the statement reads`. */
export const READ_DOCUMENT = String.raw`(?:statement|decree|letter|opinion|summary|ruling|judg(?:e)?ment|order|message|post|tweet|note|notice|warning|memo|release|announcement|document|description|caption|sign|banner|placard|plaque|inscription|citation|verdict|motion|resolution|proclamation|communiqu[eé]|editorial|headline|email|e-mail|text|filing)`;
/** The owner of a document named after it: `signed by the Pope`, `issued by Harbour Council`, `from the king`. */
const DOCUMENT_OWNER = String.raw`(?:(?:signed|issued|released|posted|published|written|sent|tweeted|delivered)\s+by|from)\s+(${NAME_RUN}|the\s+(?:[\p{L}\-]+\s+){0,2}[\p{L}\-]+)`;
/**
 * A document and its named owner reading the quotation: `The decree signed by Pope Leo read "…"`, `the
 * following statement from Jo Lee: "…"`, `Jo Lee's statement reads, "…"`, `Harbour Ltd released a
 * statement which read, "…"`, and the rest of a quotation split by one (`"…," reads a Harbour FC release,
 * "…"`). The owner speaks.
 */
const DOCUMENT_READ_BEFORE = new RegExp(
  String.raw`(?:${READ_DOCUMENT}(?:s)?(?:,)?\s+${DOCUMENT_OWNER}(?:,[^,;:"“”]{1,80},)?(?:\s+(?:read|reads)(?:\s+in\s+part)?\s*[,:]?|\s*:)|(${NAME_RUN})['’]s?\s+(?:[\p{Ll}\-]+\s+){0,2}${READ_DOCUMENT}(?:,[^,;:"“”]{1,80},)?\s+(?:read|reads)(?:\s+in\s+part)?\s*[,:]?|(?:read|reads)\s+(${NAME_RUN})['’]s?\s+(?:[\p{Ll}\-]+\s+){0,2}${READ_DOCUMENT}\s*[,:]?|["”’']\s*,?\s*(?:read|reads)\s+(?:a|an|the)\s+(${NAME_RUN})\s+(?:[\p{Ll}\-]+\s+)?${READ_DOCUMENT}\s*,)\s*$`,
  'u',
);
/** How far back DOCUMENT_READ_BEFORE can reach: a document, its owner, an appositive and `read in part`. */
const DOCUMENT_READ_REACH = 240;
/** `Harbour Ltd released a statement which read, "…"`: group 1 what stands before the verb. */
const RELEASED_DOCUMENT_READ = new RegExp(
  String.raw`^(.*?)\s+(?:[\p{Ll}]+ly\s+)?(?:released|issued|posted|published|put\s+out|sent|shared|tweeted)\s+(?:a|an|the)\s+(?:[\p{L}\-]+\s+){0,2}${READ_DOCUMENT}(?:\s+[^,.;:"“”]{1,60}?)?,?\s+(?:which|that)\s+(?:read|reads)(?:\s*,?\s+in\s+part)?\s*[,:]?\s*$`,
  'u',
);
/**
 * `"…," reads Judge Ann Roe's statement`, `"…," a Harbour FC statement read`, `"…," read the Acme notice`: a
 * document named after a quotation with its owner; group 1, 2 or 3 the owner.
 */
const READS_DOCUMENT_AFTER = new RegExp(
  String.raw`^\s*,?\s*(?:(?:read|reads)\s+(${NAME_RUN})['’]s?\s+(?:[\p{Ll}\-]+\s+){0,2}${READ_DOCUMENT}|(?:a|an|the)\s+(${NAME_RUN})\s+(?:[\p{Ll}\-]+\s+)?${READ_DOCUMENT}\s+(?:read|reads)(?![\p{L}])|(?:read|reads)\s+(?:a|an|the)\s+(${NAME_RUN})\s+(?:[\p{Ll}\-]+\s+)?${READ_DOCUMENT}(?![\p{L}]))`,
  'u',
);
/** How far after a quotation READS_DOCUMENT_AFTER's `read` may stand. */
const READ_AFTER_REACH = 90;

/** The document's owner named before or after the quotation: its offset and words, or null. */
function documentOwner(ctx: QuoteContext, before: string): { at: number; name: string } | null {
  // the pattern is end-anchored and tried from every position: read only the stretch it can span
  const from = Math.max(0, before.length - DOCUMENT_READ_REACH);
  const stretch = before.slice(from);
  // (every form holds `read`, but a document's owner and a colon, `the statement from Jo Lee:`, with `by` or
  // `from`: most stretches, a cue and its colon, `Lee said:`, hold neither and run no pattern)
  const m =
    stretch.includes('read') || (stretch.includes(':') && (stretch.includes('by') || stretch.includes('from')))
      ? DOCUMENT_READ_BEFORE.exec(stretch)
      : null;
  if (m) {
    const name = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    return { at: ctx.beforeStart + from + m.index + m[0].indexOf(name), name };
  }
  const afterText = ctx.text.slice(ctx.closeAt, ctx.afterEnd);
  // (every form after the quotation holds `read`)
  if (!afterText.includes('read')) return null;
  const after = READS_DOCUMENT_AFTER.exec(afterText.replace(/^["”’'»]+/u, ''));
  if (after === null) return null;
  const name = after[1] ?? after[2] ?? after[3]!;
  return { at: ctx.closeAt + afterText.indexOf(name), name };
}

/**
 * A document and its named owner reading the quotation (`The decree signed by Bishop Lee read "…"`,
 * `"…," reads Judge Roe's statement`, `Harbour Ltd released a statement which read, "…"`): the owner speaks.
 */
export function documentRead(ctx: QuoteContext): RuleHit | null {
  const { text } = ctx;
  // every form holds `read` right before the quotation or right after it, or a colon before it: most
  // quotations stop here, before the end-anchored patterns (tried from every position) run
  const near = text.slice(Math.max(ctx.beforeStart, ctx.openAt - 40), ctx.openAt);
  if (
    !near.includes('read') &&
    !near.includes(':') &&
    !text.slice(ctx.closeAt, Math.min(ctx.afterEnd, ctx.closeAt + READ_AFTER_REACH)).includes('read')
  )
    return null;
  const before = text.slice(ctx.beforeStart, ctx.openAt);
  const owner = documentOwner(ctx, before);
  if (owner === null) {
    if (!/(?:which|that)\s+reads?(?![\p{L}])/u.test(before.slice(-40))) return null;
    const r = RELEASED_DOCUMENT_READ.exec(before);
    if (r === null) return null;
    const subject = readSubjectLeft(text, ctx.beforeStart, ctx.beforeStart + r[1]!.length);
    if (subject === null || subject.kind !== 'named') return null;
    const cueAt = ctx.beforeStart + before.lastIndexOf('read');
    return { cue: { start: cueAt, end: cueAt + 4, word: 'read' }, speaker: subject };
  }
  const { at, name } = owner;
  // `from the king`: a definite description is read as any description speaker is (coreference names it)
  const speaker = /^the\s/u.test(name)
    ? { start: at, end: at + name.length, text: name, kind: 'nominal' as const, indefinite: false, appositive: null }
    : readSubjectLeft(text, at, at + name.length);
  if (speaker === null || (speaker.kind !== 'named' && speaker.kind !== 'nominal')) return null;
  // (the owner after the quotation: its `read` is there too)
  const readAt = at > ctx.closeAt ? text.indexOf('read', ctx.closeAt) : text.lastIndexOf('read', ctx.openAt);
  const cue =
    readAt >= ctx.beforeStart ? { start: readAt, end: readAt + 4, word: 'read' } : { start: at, end: at, word: 'read' };
  return { cue, speaker };
}

/** A capitalised name, maybe after `the`: `CNN`, `the Las Vegas Sun`, `USA Today`. */
const OUTLET = String.raw`(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}\p{M}.’'\-]*\s+){0,4}\p{Lu}[\p{L}\p{M}’'\-]*`;
const REPORT_TIME = String.raw`(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|earlier|today|yesterday|last\s+(?:week|month|year)))?`;
/**
 * A reporting clause closing the sentence: `…, according to CNN.`, `…, the Times reported.`,
 * `…, reports USA Today.` The outlet is the source of everything the sentence quotes, the inner
 * speaker's words included (`"…," Lee said, according to the Daily Star.`).
 */
const REPORTED_BY_END = new RegExp(
  String.raw`(?:,\s*|["”’]\s*)(?:according\s+to\s+(${OUTLET})|(${OUTLET})\s+(?:reported|reports)${REPORT_TIME}|(?:reported|reports)\s+(${OUTLET}))\s*[.!?]?\s*["“”‘’']?\s*$`,
  'u',
);

/** `"…," Lee said, according to the Daily Star.`: the outlet in a sentence-final reporting clause. */
export function reportedBy(ctx: QuoteContext, from: number, to: number): RuleHit | null {
  const { text } = ctx;
  const window = text.slice(from, to);
  const m = REPORTED_BY_END.exec(window);
  if (!m) return null;
  const outlet = m[1] ?? m[2] ?? m[3]!;
  const at = from + m.index + m[0].indexOf(outlet);
  if (/^(?:He|She|They|It|We|I|This|That)$/u.test(outlet)) return null;
  const speaker = readSubjectLeft(text, at, at + outlet.length);
  if (
    speaker === null ||
    speaker.kind !== 'named' ||
    (speaker.start !== at + (/^(?:[Tt]he\s+)/u.exec(outlet)?.[0].length ?? 0) && speaker.start !== at)
  )
    return null;
  const cueWord = /according/u.test(m[0]) ? 'according' : /reports/u.test(m[0]) ? 'reports' : 'reported';
  const cueAt = from + m.index + m[0].indexOf(cueWord === 'according' ? 'according' : cueWord);
  return { cue: { start: cueAt, end: cueAt + cueWord.length, word: cueWord }, speaker };
}

/** A closing mark (maybe with a comma or period) right before the window: an earlier quotation cut it. */
