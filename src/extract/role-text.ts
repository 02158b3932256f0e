/**
 * The role shown beside a speaker (result cards, permalinks, API, exports) must be a true description from the
 * text: a noun phrase naming the person's or body's title, job or affiliation (`Home Secretary`, `analyst at
 * Acme`, `spokesman for the council`, `Labour`). The extractor reads roles from the words before or around a
 * name, and these sometimes carry the sentence along: a lone determiner (`the` of `the IMF`), a dangling
 * possessive (`Labour's`), narration (`a late penalty and`, `win over Wales on Saturday`), a clause with its own
 * verb of saying (`farmer from the north told Reuters`), a document rather than a describer (`report` of `an
 * Oxfam report`), or the object of a preposition (`to the UN` of `ambassador to the UN, Ann Lee`).
 *
 * This tidies the role after the quotation's confidence is computed (the confidence model's features are
 * unchanged), so only the role field moves. When unsure it gives no role: a wrong role is worse than none.
 */
import { MONTH_FULL_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar.js';
import { ROLE_WORDS, TITLES } from '../lexicon/titles.js';

/** The quotation fields the tidying reads and writes. */
export interface RoleQuote {
  attribution: {
    name: string | null;
    role: string | null;
    mention: { start: number; end: number; text: string } | null;
  };
}

/** Words a role cannot end in: it was cut off from its object or from a following clause. */
const DANGLING = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'nor',
  'but',
  'for',
  'of',
  'to',
  'with',
  'at',
  'in',
  'on',
  'from',
  'by',
  'amid',
  'as',
  'while',
  'whilst',
  'that',
  'who',
  'whom',
  'which',
  'whose',
  'than',
  'about',
  'after',
  'before',
  'during',
  'into',
]);

/** Words that open a clause of narration: a role holds none (`an injury but`, `the premiership while`). */
const CLAUSE_CONJUNCTIONS = new Set([
  'but',
  'while',
  'whilst',
  'although',
  'though',
  'because',
  'when',
  'whereas',
  'unless',
  'until',
  'since',
  'yet',
  'so',
]);

/** Verbs of saying or reporting: the role ends before them (`farmer told Reuters`, `official quoted in X`). */
const SAYING = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'tell',
  'added',
  'adds',
  'quoted',
  'according',
  'observes',
  'observed',
  'noted',
  'explained',
  'explains',
  'insisted',
  'insists',
  'stated',
  'warned',
  'warns',
  'wrote',
  'writes',
  'claimed',
  'recalled',
  'recalls',
  'commented',
  'declared',
  'announced',
  'confirmed',
  'reported',
  'reportedly',
  'speaking',
  'interviewed',
]);

/** Relative pronouns: a role ends before the clause they open (`spokesman for X which commissioned …`). */
const RELATIVES = new Set(['who', 'whom', 'which', 'whose', 'that']);

/** Words with no content of their own: a role made only of these says nothing (`the`, `former`, `de`). */
const EMPTY = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'this',
  'that',
  'these',
  'those',
  'one',
  'another',
  'some',
  'former',
  'ex',
  'late',
  'then',
  'new',
  'senior',
  'junior',
  'acting',
  'interim',
  'deputy',
  'de',
  'del',
  'della',
  'der',
  'den',
  'van',
  'von',
  'da',
  'di',
  'du',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'mr',
  'mrs',
  'ms',
  'dr',
]);

/**
 * Words of mood a reporter puts before a name (`a tearful Ann Lee`, `a proud coach`): they describe the moment,
 * not the person's role.
 */
const MOODS = new Set([
  'angry',
  'proud',
  'tearful',
  'crestfallen',
  'delighted',
  'relieved',
  'furious',
  'disappointed',
  'elated',
  'frustrated',
  'happy',
  'unhappy',
  'upset',
  'jubilant',
  'dejected',
  'emotional',
  'defiant',
  'bullish',
  'bemused',
  'confident',
  'cautious',
  'buoyant',
  'sombre',
  'downbeat',
  'upbeat',
  'beaming',
  'smiling',
  'visibly',
  'clearly',
  'shocked',
  'stunned',
  'satisfied',
  'pleased',
  'thrilled',
  'gutted',
  'distraught',
  'exasperated',
  'irate',
  'livid',
  'ecstatic',
  'nervous',
  'weary',
  'tired',
  'bitter',
]);

/**
 * Heads of documents, events and talk: `an Oxfam report`, `in a statement`, `during the interview`. They tell
 * how words were given, not who gave them, so they are no role of a named speaker (an unnamed `report` or
 * `statement` that speaks keeps it: there the phrase is the speaker).
 */
const DOCUMENTS = new Set([
  'report',
  'reports',
  'statement',
  'statements',
  'study',
  'survey',
  'poll',
  'letter',
  'interview',
  'conversation',
  'lawsuit',
  'suit',
  'complaint',
  'email',
  'e-mail',
  'website',
  'blog',
  'tweet',
  'memo',
  'article',
  'column',
  'editorial',
  'speech',
  'release',
  'remarks',
  'testimony',
  'summit',
  'meeting',
  'conference',
  'hearing',
  'debate',
  'progress',
  'pseudonym',
]);

/** Prepositions and verbs whose object a phrase before a name may be (`in Leeds Mr Lee`, `to the UN, Ann Lee`). */
const GOVERNORS = new Set([
  'of',
  'to',
  'for',
  'in',
  'at',
  'on',
  'with',
  'from',
  'by',
  'during',
  'after',
  'before',
  'into',
  'about',
  'against',
  'under',
  'over',
  'through',
  'leaving',
  'visiting',
  'addressing',
  'unveiling',
  'told',
  'tells',
]);

const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

const PREPOSITIONS = new Set(['of', 'for', 'at', 'with', 'in', 'on', 'from', 'by', 'amid', 'to', 'about', 'over']);

/** Governors of a place or an occasion (`in Leeds`, `during the visit`, `leaving the summit`). */
const PLACE_GOVERNORS = new Set([
  'in',
  'at',
  'on',
  'during',
  'after',
  'before',
  'leaving',
  'visiting',
  'addressing',
  'unveiling',
]);

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that']);

/**
 * A full stop that belongs to the role's last word: a short capitalised abbreviation (`Sen.`, `Lt. Gov.`, `Capt.`,
 * `Jr.`), a firm's `Co.`/`Inc.`, dotted initials (`U.S.`). A role's other full stop is the sentence's.
 */
const ABBREVIATION_END = /(?:^|\s)(?:\p{Lu}\p{Ll}{0,3}|co|inc|ltd|corp|bros|(?:\p{L}\.)+\p{L})\.$/u;

const lower = (w: string): string =>
  w
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/[’']$/u, '');

const TIME_WORDS = new Set([
  ...WEEKDAY_NAMES.map((w) => w.toLowerCase()),
  // (not the months that are also words or names: `March on the capital`, `Theresa May`, `April Ryan`)
  ...MONTH_FULL_NAMES.filter((m) => !['may', 'march', 'april', 'june', 'august'].includes(m)),
  'yesterday',
  'today',
  'tonight',
  'tomorrow',
  'weekend',
]);

/** A score or a time of the match (`24-18`, `87th minute`): words of a match report, no role. */
const MATCH_REPORT = /\b\d+\s*-\s*\d+\b|\b\d+(?:st|nd|rd|th)[- ]minute\b|\bminutes?\b|\bhalf-time\b|\bfull-time\b/iu;

/**
 * Role words that also end the names of places, bodies and parties (`Foreign Policy Centre`, `Labour`): no
 * title of a person by themselves in `governedInText`.
 */
const NOT_TITLES = new Set([
  'centre',
  'lock',
  'prop',
  'hooker',
  'head',
  'chair',
  'general',
  'labour',
  'liberal',
  'conservative',
  'conservatives',
  'tory',
  'tories',
  'dem',
  'dems',
  'democrat',
  'democrats',
  'lib',
  'plaid',
  'snp',
  'ukip',
  'cymru',
  'prime',
  'vice',
  'managing',
  'justice',
  'report',
]);

/** Whether a word names a role or a describer of people (`coach`, `co-chairman`, `spokeswoman`). */
function roleLike(word: string): boolean {
  const key = lower(word).replace(/[^\p{L}-]/gu, '');
  if (ROLE_WORDS.has(key) || ROLE_WORDS.has(key.split('-').pop() ?? '')) return true;
  // `businessman`, `spokeswoman`, `chairperson` (lower case: `German`, `Roman` are no describers of a job)
  return /^\p{Ll}/u.test(word) && /\p{Ll}(?:man|woman|person)$/u.test(key) && !key.endsWith('human');
}

/** Titles written before a name that the lexicon keeps as no role (`Professor`, `Dr`): a person's all the same. */
const HONORIFICS = new Set(TITLES.filter((t) => !t.role && t.words.length === 1).map((t) => t.words[0]!));

/** A role word that is a person's title even where a body's name could end in it (see `NOT_TITLES`). */
const titleLike = (word: string): boolean =>
  (roleLike(word) && !NOT_TITLES.has(lower(word))) || HONORIFICS.has(lower(word).replace(/\.$/u, ''));

/** Cuts `words` before the first word that `stop` picks; the whole list when none does. */
function cutAt(words: string[], stop: (w: string, i: number) => boolean): string[] {
  const at = words.findIndex(stop);
  return at < 0 ? words : words.slice(0, at);
}

/**
 * The role's text tidied, with no reading of the article: null when what is left is no role.
 * `speaker`: the speaker's name, null for an unnamed one (whose role is its only description: a document that
 * speaks, `the report said`, and a relative clause, `the barrister who represented X`, stay).
 */
export function roleText(role: string, speaker: string | null): string | null {
  let text = role.replace(/\s+/gu, ' ').trim();
  // after a comma: a capitalised word may be another person's name (`prosecutor of Leeds, Ann Hale`) or a
  // place's region (`salesman from Leeds, Yorkshire`), not told apart here: no role; anything else is the
  // sentence's (`MP, whose constituency …`, `lawyer, endorsed the plan`)
  const comma = text.indexOf(',');
  if (comma >= 0) {
    if (/^\s*\p{Lu}/u.test(text.slice(comma + 1))) return null;
    text = text.slice(0, comma);
  }
  text = text.replace(/[;:!?]+$/u, '').trim();
  while (text.endsWith('.') && !ABBREVIATION_END.test(text)) text = text.slice(0, -1).trimEnd();
  let words = text.split(' ').filter((w) => w !== '');
  // a clause of its own: the role ends before its verb of saying or its relative pronoun
  // (an unnamed speaker's relative clause is what tells who it is: `the barrister who represented Ann Lee`)
  words = cutAt(words, (w) => SAYING.has(w.toLowerCase()) || (speaker !== null && RELATIVES.has(w.toLowerCase())));
  // narration joined by a conjunction: what follows it may still be the role (`midfielder but chief executive`)
  const conj = words.findLastIndex((w) => CLAUSE_CONJUNCTIONS.has(w.toLowerCase()));
  if (conj >= 0) {
    const tail = words.slice(conj + 1);
    if (!tail.some((w) => ROLE_WORDS.has(lower(w)))) return null;
    words = tail;
  }
  if (words.length === 0) return null;
  if (DANGLING.has(words[words.length - 1]!.toLowerCase())) return null;
  if (words.some((w) => TIME_WORDS.has(lower(w).replace(/[^\p{L}]/gu, '')))) return null;
  if (MATCH_REPORT.test(words.join(' '))) return null;
  // a mood is no role: `tearful` → none, `proud coach` → `coach`
  const moodAt = words.findIndex((w) => !EMPTY.has(w.toLowerCase()));
  if (moodAt >= 0 && MOODS.has(words[moodAt]!.toLowerCase())) words = words.filter((_, i) => i !== moodAt);
  if (words.every((w) => EMPTY.has(w.toLowerCase()))) return null;
  // `Labour's` of `Labour's Ann Lee`: the affiliation, without the possessive that tied it to the name
  const last = words.length - 1;
  words[last] = words[last]!.replace(/['’]s$/u, '').replace(/(?<=s)['’]$/u, '');
  if (speaker !== null) {
    // someone's thing before a preposition (`their publication with election coordinator`): a phrase of the
    // sentence that ran into the name, not a role
    const prep = words.findIndex((w) => PREPOSITIONS.has(w.toLowerCase()));
    if (POSSESSIVES.has(words[0]!.toLowerCase()) && prep > 0 && !words.slice(0, prep).some(roleLike)) return null;
    // a plural title stands before several names (`Judges Ann Lee and Jo Hall`): no role of one of them
    const head = lower(words[last]);
    // (a short title only: `analyst at Harbour Asset Advisors` ends in a body's name)
    const plural = /s$/u.test(head) && !ROLE_WORDS.has(head) && ROLE_WORDS.has(head.slice(0, -1));
    if (plural && words.length <= 2 && !words.some((w) => PREPOSITIONS.has(w.toLowerCase()))) return null;
    // a document or an occasion (`report`, `the interview`, `a Brussels summit`) tells how, not who
    // (a common noun: `Cook Political Report` is a body's name)
    if (/^\p{Ll}/u.test(words[last]) && DOCUMENTS.has(lower(words[last]))) return null;
  }
  return words.join(' ');
}

/**
 * Whether the role, as written before the speaker's name in the text, is the object of a preposition or verb
 * (`in Harrogate Mr Lee`, `ambassador to the WTO, Ann Lee`, `During the interview Mr Lee`): then it belongs to
 * a longer phrase and is not the speaker's role.
 */
function governedInText(
  text: string,
  role: string,
  name: string,
  mention: RoleQuote['attribution']['mention'],
): boolean {
  const surname = name.split(/\s+/u).pop() ?? '';
  if (surname === '') return false;
  let at = -1;
  if (mention !== null) {
    const inMention = mention.text.indexOf(role);
    if (inMention >= 0) at = mention.start + inMention;
  }
  if (at < 0) {
    for (let i = text.indexOf(role); i >= 0; i = text.indexOf(role, i + 1)) {
      const after = text.slice(i + role.length, i + role.length + 60);
      // the role directly before the name (`Tory MP Ann Lee`, `director of X, Ann Lee`): only the name's other
      // capitalised words between them, not anywhere near (`in five Republican primaries, Lee said`)
      const gap = after.indexOf(surname);
      if (gap >= 0 && /^(?:['’]s?)?,?(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}\s+$/u.test(after.slice(0, gap))) {
        at = i;
        break;
      }
    }
  }
  if (at < 0) return false;
  // `Fox News' Jo Hall`: a possessive ties the role to the name, whatever governs the whole phrase
  const next = text.slice(at + role.length, at + role.length + 4);
  if (/['’]$/u.test(role) || /^['’]/u.test(next)) return false;
  const attached = !/^\s*,/u.test(next);
  const before = text
    .slice(Math.max(0, at - 40), at)
    .split(/\s+/u)
    .filter((w) => w !== '');
  let k = before.length - 1;
  if (k >= 0 && /[.!?:;"“”]$/u.test(before[k]!)) return false;
  const last = k;
  while (k >= 0 && DETERMINERS.has(before[k]!.toLowerCase())) {
    if (/[.!?:;"“”]$/u.test(before[k - 1] ?? '.')) return false;
    k--;
  }
  // `to the WTO`, `told the BBC`: a determiner before the role makes it a phrase of its own, not the name's
  const determined = k < last;
  if (k < 0 || !GOVERNORS.has(before[k]!.toLowerCase().replace(/^[("“‘']+/u, ''))) return false;
  // a title stands by itself after a preposition (`a letter to Home Secretary Ann Lee`, `a spokesman for Sen.
  // Jo Hall`), unless it is another title's own complement (`Chancellor of the Exchequer Ann Lee`)
  let head = k - 1;
  while (head >= 0 && DETERMINERS.has(before[head]!.toLowerCase())) head--;
  const governor = before[k]!.toLowerCase().replace(/^[("“‘']+/u, '');
  const afterTitle = head >= 0 && roleLike(before[head]!);
  if (role.split(' ').some(titleLike)) return afterTitle && determined;
  // a body after a title's `of` is the person's own (`director of the Acme Trust, Ann Lee` → `Acme Trust`)
  if (governor === 'of' && afterTitle) return false;
  // after a comma the role is the preposition's object (`ambassador to the WTO, Ann Lee`); written against the
  // name it is, when a determiner or a place's or occasion's preposition stands before it (`in Harrogate Mr
  // Lee`, `to the Policy Centre Mr Lee`), not in `with Republican Jo Hall`
  return !attached || determined || PLACE_GOVERNORS.has(governor);
}

/**
 * The quotations with their roles tidied against the article text (see `roleText`); the same objects, with
 * `attribution.role` replaced where it changes.
 */
export function tidyRoles<Q extends RoleQuote>(text: string, quotes: Q[]): Q[] {
  for (const q of quotes) {
    const a = q.attribution;
    if (a.role === null) continue;
    let role = roleText(a.role, a.name);
    // (a capitalised role only: a description stands after a preposition as well, `a statement from the king`)
    if (
      role !== null &&
      a.name !== null &&
      /^\p{Lu}/u.test(role) &&
      governedInText(text, a.role.trim(), a.name, a.mention)
    )
      role = null;
    if (role !== a.role) q.attribution = { ...a, role };
  }
  return quotes;
}
