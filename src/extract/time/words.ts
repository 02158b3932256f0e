/**
 * Rule tables for placing a quote in time: month and weekday names, relative-day words,
 * explicit zone abbreviations, and dateline places mapped to IANA time zones.
 * The matching code lives in ./time.ts; these tables are data, each entry named.
 */
import { LEAD_STATEMENT_VERBS } from '../../lexicon/words.js';
import { alternation } from '../../lexicon/table.js';

/**
 * Words that place a quote on a day relative to the article date.
 * `offsetDays` is added to the article date: "he said yesterday" → article date − 1.
 * Vague spans (`last week`, `recently`) are deliberately absent: they give no day.
 * `opensWith`: the words a match begins with (see `TimeRule.opensWith` in ./time.ts).
 */
export const RELATIVE_DAYS: ReadonlyArray<{
  name: string;
  pattern: RegExp;
  opensWith: readonly string[];
  offsetDays: number;
}> = [
  { name: 'yesterday', pattern: /\byesterday\b/gi, opensWith: ['yesterday'], offsetDays: -1 },
  { name: 'earlier-today', pattern: /\bearlier\s+today\b/gi, opensWith: ['earlier'], offsetDays: 0 },
  { name: 'earlier-in-the-day', pattern: /\bearlier\s+in\s+the\s+day\b/gi, opensWith: ['earlier'], offsetDays: 0 },
  {
    name: 'this-part-of-day',
    pattern: /\bthis\s+(?:morning|afternoon|evening)\b/gi,
    opensWith: ['this'],
    offsetDays: 0,
  },
  { name: 'today', pattern: /\btoday\b/gi, opensWith: ['today'], offsetDays: 0 },
  { name: 'tonight', pattern: /\btonight\b/gi, opensWith: ['tonight'], offsetDays: 0 },
];

/** Number words a `… ago` may count with (`two days ago`, `a week ago`). */
export const COUNT_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/**
 * Words in the quote's or cue's sentence that send the time of the speech back to the sentence before
 * (`In February, bishops met in Rome. During the summit, the pope said…`; `…spoke at a rally on
 * Saturday. At the rally, she said…`): the time the sentence before states is when it was said.
 */
export const TIME_ANAPHOR =
  /\b(?:(?:during|at|after|in|throughout)\s+(?:the|that|this|his|her|their|its)\s+(?:same\s+)?(?:summit|meeting|rally|speech|event|hearing|conference|debate|interview|session|ceremony|broadcast|visit|trial|address|briefing|press\s+conference|news\s+conference|announcement|appearance|talk|launch|vigil|march|protest|match|game|race|show|programme|program|proceedings)|at\s+the\s+time|that\s+(?:day|night|morning|afternoon|evening)|the\s+same\s+day|on\s+that\s+occasion)\b/i;

/**
 * Words that make the date after them something other than when a quote was said: a deadline
 * (`until 15 July 2006`, `by Friday`), a period (`in the three months to 31 December 2004`, `since
 * March`, `between 1 and 3 May`) or another event (`before Tuesday's vote`, `scheduled for Monday`).
 * Each pattern is tested on the text just before the date and must end there.
 */
export const NOT_WHEN_SAID: ReadonlyArray<{ name: string; pattern: RegExp; clocks: boolean }> = [
  // "until 5pm", "by Friday", "as of 1 July": a deadline for a time or a day alike
  {
    name: 'deadline',
    pattern:
      /\b(?:until|till|til|by|no\s+later\s+than|deadline\s+(?:of|is|was)|due\s+by|expires?(?:\s+on)?|expiring(?:\s+on)?|effective(?:\s+from)?|as\s+of)\s+(?:on\s+)?(?:the\s+)?$/i,
    clocks: true,
  },
  // "shortly after 12:30" is when something was said; "after Tuesday's vote" is another event
  {
    name: 'period',
    pattern:
      /\b(?:to|through|thru|since|from|ending|ended|ends|starting|beginning|after|before)\s+(?:on\s+)?(?:the\s+)?$/i,
    clocks: false,
  },
  { name: 'range-end', pattern: /\bbetween\b[^.;!?\n]{1,40}\band\s+$/i, clocks: false },
  {
    name: 'scheduled',
    pattern: /\b(?:scheduled|set|planned|due|slated|expected|pencilled|penciled)\s+(?:for|on)\s+$/i,
    clocks: true,
  },
];

/**
 * Verbs that make a lead's dated sentence the report of a statement (`announced on September 4,
 * 2025, that…`, `…on September 3, 2025, Macron revealed that…`): its date is the day the article's
 * quotes were given, unless they say otherwise.
 */
export const LEAD_STATEMENT = new RegExp(`\\b(?:${alternation(LEAD_STATEMENT_VERBS)})\\b`, 'i');

/**
 * Names of programmes, papers and days of the year that hold a time word but say nothing about when
 * a quote was said: `the Today programme`, `the Sunday Times`, `the Mail on Sunday`, `Good Friday`.
 * (A capitalised word right before a weekday, `Black Friday`, is caught generally in ./time.ts.)
 */
export const NAMED_TIME_WORDS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  {
    name: 'programme',
    pattern:
      /\b(?:Today|Tonight|Yesterday|This\s+Morning|Sunday|Monday|Friday|Saturday)\s+(?:programme|program|show|bulletin|edition|newspaper|paper|magazine|podcast|panel)\b/,
  },
  {
    name: 'sunday-paper',
    pattern:
      /\bSunday\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Independent|People|Sport|Politics|Mail|World|Tribune|Star|Business\s+Post|Morning|Brunch|Night)\b/,
  },
  { name: 'mail-on-sunday', pattern: /\b(?:Mail|Observer|Sun|Independent|Express)\s+on\s+Sunday\b/ },
  { name: 'usa-today', pattern: /\bUSA\s+Today\b/ },
];

/**
 * Explicit zone words after a clock time (`at 14:00 GMT`, `9 a.m. ET`, `16:00 Kyiv time`).
 * Either a fixed offset or an IANA zone whose offset is computed for the date (DST-aware).
 */
export const ZONE_WORDS: ReadonlyArray<{ name: string; pattern: RegExp; offset?: string; zone?: string }> = [
  { name: 'utc', pattern: /^(?:UTC|GMT|Z)\b/, offset: '+00:00' },
  { name: 'cest', pattern: /^CEST\b/, offset: '+02:00' },
  { name: 'cet', pattern: /^CET\b/, offset: '+01:00' },
  { name: 'bst', pattern: /^BST\b/, offset: '+01:00' },
  { name: 'eest', pattern: /^EEST\b/, offset: '+03:00' },
  { name: 'eet', pattern: /^EET\b/, offset: '+02:00' },
  { name: 'msk', pattern: /^MSK\b/, offset: '+03:00' },
  { name: 'edt', pattern: /^EDT\b/, offset: '-04:00' },
  { name: 'est', pattern: /^EST\b/, offset: '-05:00' },
  { name: 'et', pattern: /^ET\b/, zone: 'America/New_York' },
  { name: 'pdt', pattern: /^PDT\b/, offset: '-07:00' },
  { name: 'pst', pattern: /^PST\b/, offset: '-08:00' },
  { name: 'pt', pattern: /^PT\b/, zone: 'America/Los_Angeles' },
  { name: 'kyiv-time', pattern: /^(?:Kyiv|Kiev)\s+time\b/i, zone: 'Europe/Kyiv' },
  { name: 'moscow-time', pattern: /^Moscow\s+time\b/i, zone: 'Europe/Moscow' },
  { name: 'paris-time', pattern: /^Paris\s+time\b/i, zone: 'Europe/Paris' },
  { name: 'london-time', pattern: /^London\s+time\b/i, zone: 'Europe/London' },
];

/**
 * Dateline places (cities first, then countries) and their IANA zones.
 * A dateline such as `Paris, France` is matched part by part, city before country.
 */
export const PLACE_ZONES: Readonly<Record<string, string>> = {
  // Europe
  paris: 'Europe/Paris',
  france: 'Europe/Paris',
  london: 'Europe/London',
  'united kingdom': 'Europe/London',
  uk: 'Europe/London',
  britain: 'Europe/London',
  england: 'Europe/London',
  edinburgh: 'Europe/London',
  dublin: 'Europe/Dublin',
  ireland: 'Europe/Dublin',
  kyiv: 'Europe/Kyiv',
  kiev: 'Europe/Kyiv',
  ukraine: 'Europe/Kyiv',
  odesa: 'Europe/Kyiv',
  kharkiv: 'Europe/Kyiv',
  lviv: 'Europe/Kyiv',
  moscow: 'Europe/Moscow',
  russia: 'Europe/Moscow',
  'st. petersburg': 'Europe/Moscow',
  berlin: 'Europe/Berlin',
  germany: 'Europe/Berlin',
  munich: 'Europe/Berlin',
  frankfurt: 'Europe/Berlin',
  brussels: 'Europe/Brussels',
  belgium: 'Europe/Brussels',
  amsterdam: 'Europe/Amsterdam',
  'the hague': 'Europe/Amsterdam',
  netherlands: 'Europe/Amsterdam',
  rome: 'Europe/Rome',
  italy: 'Europe/Rome',
  madrid: 'Europe/Madrid',
  spain: 'Europe/Madrid',
  lisbon: 'Europe/Lisbon',
  portugal: 'Europe/Lisbon',
  vienna: 'Europe/Vienna',
  austria: 'Europe/Vienna',
  geneva: 'Europe/Zurich',
  zurich: 'Europe/Zurich',
  bern: 'Europe/Zurich',
  switzerland: 'Europe/Zurich',
  warsaw: 'Europe/Warsaw',
  poland: 'Europe/Warsaw',
  prague: 'Europe/Prague',
  budapest: 'Europe/Budapest',
  hungary: 'Europe/Budapest',
  stockholm: 'Europe/Stockholm',
  sweden: 'Europe/Stockholm',
  oslo: 'Europe/Oslo',
  norway: 'Europe/Oslo',
  copenhagen: 'Europe/Copenhagen',
  denmark: 'Europe/Copenhagen',
  helsinki: 'Europe/Helsinki',
  finland: 'Europe/Helsinki',
  athens: 'Europe/Athens',
  greece: 'Europe/Athens',
  ankara: 'Europe/Istanbul',
  istanbul: 'Europe/Istanbul',
  turkey: 'Europe/Istanbul',
  minsk: 'Europe/Minsk',
  // Americas
  washington: 'America/New_York',
  'washington, d.c.': 'America/New_York',
  'new york': 'America/New_York',
  boston: 'America/New_York',
  miami: 'America/New_York',
  chicago: 'America/Chicago',
  houston: 'America/Chicago',
  denver: 'America/Denver',
  'los angeles': 'America/Los_Angeles',
  'san francisco': 'America/Los_Angeles',
  seattle: 'America/Los_Angeles',
  ottawa: 'America/Toronto',
  toronto: 'America/Toronto',
  'mexico city': 'America/Mexico_City',
  brasilia: 'America/Sao_Paulo',
  'buenos aires': 'America/Argentina/Buenos_Aires',
  // Middle East, Africa
  jerusalem: 'Asia/Jerusalem',
  'tel aviv': 'Asia/Jerusalem',
  israel: 'Asia/Jerusalem',
  gaza: 'Asia/Gaza',
  beirut: 'Asia/Beirut',
  tehran: 'Asia/Tehran',
  iran: 'Asia/Tehran',
  riyadh: 'Asia/Riyadh',
  'saudi arabia': 'Asia/Riyadh',
  dubai: 'Asia/Dubai',
  doha: 'Asia/Qatar',
  qatar: 'Asia/Qatar',
  cairo: 'Africa/Cairo',
  egypt: 'Africa/Cairo',
  johannesburg: 'Africa/Johannesburg',
  nairobi: 'Africa/Nairobi',
  lagos: 'Africa/Lagos',
  // Asia, Pacific
  beijing: 'Asia/Shanghai',
  shanghai: 'Asia/Shanghai',
  china: 'Asia/Shanghai',
  'hong kong': 'Asia/Hong_Kong',
  taipei: 'Asia/Taipei',
  tokyo: 'Asia/Tokyo',
  japan: 'Asia/Tokyo',
  seoul: 'Asia/Seoul',
  'south korea': 'Asia/Seoul',
  pyongyang: 'Asia/Pyongyang',
  'new delhi': 'Asia/Kolkata',
  delhi: 'Asia/Kolkata',
  mumbai: 'Asia/Kolkata',
  india: 'Asia/Kolkata',
  islamabad: 'Asia/Karachi',
  pakistan: 'Asia/Karachi',
  kabul: 'Asia/Kabul',
  singapore: 'Asia/Singapore',
  jakarta: 'Asia/Jakarta',
  bangkok: 'Asia/Bangkok',
  manila: 'Asia/Manila',
  sydney: 'Australia/Sydney',
  canberra: 'Australia/Sydney',
  melbourne: 'Australia/Melbourne',
  wellington: 'Pacific/Auckland',
};

/**
 * A lead that presents the article as a digest of a month or more (`The following is the fourth edition of a
 * monthly series chronicling…`, `Welcome to our year in review`): its quotes were said over that stretch, so the
 * publication day stands for none of them. A weekly digest is within the week a publication day stands for.
 */
export const LONG_DIGEST =
  /\b(?:(?:the\s+following\s+is|this\s+is|welcome\s+to)\b[^.\n]{0,100}\b(?:monthly|yearly|annual|quarterly|year-end|end-of-year)\s+(?:series|round-?up|review|digest|recap|summary|newsletter|report|briefing)|(?:month|year)\s+in\s+review)\b/i;

/**
 * Verbs of a happening: a date after one of them, in a clause after the speech verb, is the happening's, not
 * the speech's (`said the emergency began on March 1`, `told police the crash happened on Tuesday`).
 */
export const EVENT_VERB =
  /\b(?:began|begun|begins|started|starts|ended|took\s+place|takes\s+place|happened|occurred|died|collapsed|crashed|(?:was|were)\s+(?:born|killed|arrested|held|founded|signed))\b/i;

/**
 * A verb group after the speech verb, with no comma or semicolon after it up to the date, that tells a happening of
 * another time than the speech's: the pluperfect (`said Lee had decided in March`, `said a plan had been agreed for
 * the summit in July`), a modal (`said the deal would be signed in March`, `said he will travel on Tuesday`) or a
 * future infinitive (`told the programme, to be aired on Sunday`). Tested on the text from the cue to the date,
 * outside the quotation.
 */
export const OTHER_TIME_VERB =
  /\b(?:had\s+(?:\p{L}+ly\s+)?(?:been\s+)?\p{L}+|(?:would|will|could|might|may|should|shall|must)\s+(?:not\s+)?(?:\p{L}+ly\s+)?(?:be\s+|have\s+)?\p{L}+|to\s+be\s+\p{L}+ed)\b[^,;]*$/u;

/**
 * Words before the speech verb that place the speech before the story's time, no telling how long (`had
 * previously called it`, `once described him as`, `has long said`, `had said`, `had also told`; not `not once
 * calling`): the publication day does not stand for it.
 */
export const EARLIER_SPEECH =
  /\b(?:previously|(?<!\b(?:not|at)\s+)once|formerly|long|repeatedly|in\s+the\s+past|had(?:\s+(?:also|already|earlier|\w+ly))?|(?:has|have)\s+(?:always|often|frequently|consistently|since))\s+$/i;

/**
 * Words right after the cue (at most three words between, no comma) or opening its sentence that set the speech in
 * a time the text told before, or in a month or season no rule resolves, not the story's (`Lee said at the time`,
 * `told the paper back then`, `tweeted last January`, `At the time, Lee said`): with no time before them in the paragraph (see `sceneTime`), the publication day does not stand for
 * it.
 */
export const AT_THE_TIME_AFTER =
  /^\s*(?:[\p{L}'’.-]+\s+){0,3}?(?:at\s+(?:the|that)\s+time|back\s+then|in\s+those\s+days|last\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter))(?![\p{L}])/iu;
export const AT_THE_TIME_OPENING = /^[\s"“‘'(]*(?:at\s+(?:the|that)\s+time|back\s+then|in\s+those\s+days)\s*,/iu;

/**
 * A description of the speaker as they were then (`the then-manager`, `the then president`): the words were said
 * when the speaker held that post, before the story's time.
 */
export const THEN_TITLE = /(?:\bthe\s+then\s+|(?<![\p{L}-])then-)\p{L}/iu;

/**
 * A sentence's opening words that place it some time after another happening the text told of (`A month later, …`,
 * `Two days later`, `Later that year`, `The following week`): its time is counted from that happening, not from the
 * publication date. (Not after a quotation mark: words inside a quotation are what was said.)
 */
export const LATER_SCENE =
  /^\s*(?:(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|a\s+few|few|several|some)\s+(?:days?|weeks?|months?|years?|decades?)|days|weeks|months|years|decades)\s+later|later\s+(?:that|the\s+same)\s+(?:day|night|week|month|year)|the\s+(?:next|following)\s+(?:day|morning|week|month|year))\b/i;

/** Weekdays, months and holidays: what `on <Capital>` names when it tells a day, not a programme or a platform. */
const DAY_NAMES =
  'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Christmas|Easter|New\\s+Year|Thanksgiving|Boxing\\s+Day|Election\\s+Day|Independence\\s+Day';

/**
 * Words that tell a speech occasion of its own: an addressee named (`told the Mail on Sunday`, `told Acme Radio`,
 * `speaking to the newspaper`), a new speech event (`in an interview`, `in a statement`, `at a rally`, `during a
 * later briefing`: an indefinite article, not `in his address` or `at the rally`, which point back), or a programme
 * or platform (`said on Acme Tonight`, `wrote on Twitter`; not `said on Tuesday`). The group `key` holds the word
 * that names the occasion (`Mail`, `interview`, `Twitter`). Case matters: a capital names an outlet or a person.
 */
export const NEW_OCCASION = new RegExp(
  [
    String.raw`\b(?:told|tells|telling|[Ss]peaking\s+(?:to|with)|[Tt]alking\s+to|[Ii]nterviewed\s+by|[Ii]n\s+an\s+interview\s+with)\s+(?:[Tt]he\s+)?(?<key>\p{Lu}[\p{L}\p{N}&.-]*|(?:news)?paper|magazine|broadcaster|station|programme|program|network|channel|website|podcast|committee|court|inquiry|tribunal|parliament|senate|congress)`,
    // `in remarks to Acme News`, `in a letter to the committee`
    String.raw`\b(?:remarks|comments|interview|statement|letter|message|speech|address)\s+to\s+(?:[Tt]he\s+)?(?<key4>\p{Lu}[\p{L}\p{N}&.-]*|(?:news)?paper|magazine|broadcaster|station|programme|program|network|channel|website|podcast|committee|court|inquiry|tribunal|parliament|senate|congress)`,
    String.raw`\b(?:[Ii]n|[Dd]uring|[Aa]t|[Oo]n|[Vv]ia)\s+(?:an?|another)\s+(?:[\p{L}-]+\s+){0,2}?(?<key2>interview|statement|tweet|post|letter|speech|address|rally|news\s+conference|press\s+conference|conference|briefing|hearing|meeting|summit|debate|town\s+hall|event|appearance|broadcast|podcast|op-ed|column|article|essay|blog|video|e-?mail|message|memo|ceremony|forum|session|campaign\s+stop|fundraiser|dinner|show|programme|program)(?![\p{L}-])`,
    String.raw`\b(?:said|says|told|tells|speaking|spoke|appearing|appeared|wrote|writes|posted|added)\s+(?:\p{Ll}+\s+){0,2}?on\s+(?:the\s+)?(?!(?:${DAY_NAMES})(?![\p{L}]))(?<key3>\p{Lu}[\p{L}\p{N}&.-]*)`,
  ].join('|'),
  'gu',
);
