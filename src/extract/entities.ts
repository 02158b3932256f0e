/**
 * The entity layer: every candidate speaker mention typed as a person, an organisation, a place, a
 * time or something else, from evidence in the article and small gazetteers. A speaker is a person or
 * an organisation, never anything else: `Christmas Day said`, `Separately, …`, `WATCH:` or the `P` of
 * `S&P` name nobody.
 *
 *   name shape (fragments, furniture) → gazetteers (times, places, adverbs, numbers) → article evidence
 *   (honorifics, given names, roles, `X, who`, speaking elsewhere, the word written lower-case) → type
 */
import { ORG_NOUNS, ORG_WORDS, TITLE_TOKENS } from '../lexicon/words.js';
import { isGivenName } from '../lexicon/given-names.js';
import { listItemBefore, listTailBefore, workPhraseBefore } from '../lexicon/works.js';
import { isKnownFirm } from '../lexicon/companies.js';
import { NATIONALITIES, PLACES, US_STATES, US_STATE_ABBREVIATIONS } from '../lexicon/places.js';
import { givenGender, isHonorific, lastToken, unlistedNameWord } from './mentions.js';
import type { MentionIndex } from './mentions.js';
import type { NounPhrase } from './cues.js';
import { isAsciiLetterCode, isLetterOrDigitUnit, isSpaceUnit } from './chars.js';

export type EntityType = 'person' | 'organisation' | 'place' | 'time' | 'other';

/** What the article tells about a name beyond its words (each a check, run only when needed). */
export interface EntityEvidence {
  /** Known as a person in the article: a fuller name, a gender, a role, or a speech verb of its own. */
  knownPerson?: (name: string) => boolean;
  /** Is the word written lower-case elsewhere in the article (`officials`, `internet`): a common word. */
  lowerCaseElsewhere?: (word: string) => boolean;
  /** Is the word a singular subject somewhere (`Five has`, `Five admitted it`): a body's name, not a count. */
  singularSubject?: (word: string) => boolean;
  /** Does the article write the name as a place (`MP for X`, `born in X`, `the town of X`, `X, a city in`)? */
  placeElsewhere?: (name: string) => boolean;
  /**
   * Does the article write the name as a work's title (`the film X`, `songs such as X`, `X, the hit show,`), and give
   * it no person's gender or role (`the film Jo Lee made`)?
   */
  workElsewhere?: (name: string) => boolean;
}

const words = (s: string): string[] => s.split(/\s+/u).filter(Boolean);

/** Months, weekdays, seasons, holidays and other names of times: `Christmas Day`, `New Year's Eve`. */
const TIME_WORDS: ReadonlySet<string> = new Set(
  words(`
  January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul
  Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thurs Fri
  Sat Sun Christmas Xmas Easter Halloween Hallowe'en Thanksgiving Ramadan Eid Diwali Hanukkah Passover Lent Advent
  Hogmanay Pentecost Whitsun Yom Kippur Rosh Hashanah Boxing Day Eve New Year Year Years Day Night Morning Weekend
  Spring Summer Autumn Fall Winter Today Tonight Tomorrow Yesterday Noon Midnight Independence Memorial Labor Labour
  Veterans Valentine Valentine's Mother's Father's Remembrance Armistice Martin Luther King Jr Presidents Columbus
  Bank Holiday Holidays Week Month Quarter Century Decade Olympics
`),
);
/** Words of a time name that can only be a time when they lead it: `Christmas`, `Easter`, a month. */
const TIME_HEADS: ReadonlySet<string> = new Set(
  words(`
  January February March April June July August September October November December Monday Tuesday Wednesday
  Thursday Friday Saturday Sunday Christmas Xmas Easter Halloween Thanksgiving Ramadan Eid Diwali Hanukkah Passover
  Hogmanay Pentecost Whitsun Boxing New Yom Rosh Valentine's Valentine Remembrance Armistice Today Tonight Tomorrow
  Yesterday Spring Summer Autumn Winter Noon Midnight
`),
);

/**
 * Adverbs and connectives that open sentences: `Separately, …`, `Additionally, the group said`, `Late last month, the
 * firm wrote`, `Nor, he said, did …`.
 */
const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(
  words(`
  Separately Additionally Also Meanwhile However Moreover Furthermore Nevertheless Nonetheless Instead Indeed
  Likewise Similarly Consequently Therefore Thus Hence Otherwise Still Yet Besides Finally Eventually Ultimately
  Initially Originally Previously Recently Currently Presently Subsequently Afterwards Afterward Later Earlier
  Elsewhere Overall Altogether Generally Typically Usually Normally Often Sometimes Frequently Occasionally
  Increasingly Reportedly Allegedly Apparently Evidently Clearly Obviously Certainly Surely Perhaps Maybe Probably
  Possibly Fortunately Unfortunately Sadly Happily Interestingly Ironically Notably Importantly Significantly
  Crucially Specifically Particularly Especially Namely Briefly Simply Basically Essentially Actually Really
  Honestly Frankly Admittedly Undoubtedly Arguably Conversely Alternatively Accordingly Regardless Anyway
  Incidentally Traditionally Historically Officially Publicly Privately Internationally Nationally Locally
  Together Alone Again Once Twice Now Then Today Here There Thereafter Soon Shortly Recently Lately Overnight
  Further Secondly Thirdly Firstly Lastly Next Above Below Ahead Abroad Inside Outside Nearby
  Rather Hopefully Luckily Thankfully Curiously Strangely Oddly Predictably Unsurprisingly Surprisingly Remarkably
  Naturally Understandably Tellingly Critically Personally Ideally Theoretically Technically Legally Politically
  Late Nor Whilst Whereas
`),
);

/** Number words: `Six said`, `Seventeen were hurt`. */
const NUMBER_WORDS: ReadonlySet<string> = new Set(
  words(`
  Zero One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen
  Eighteen Nineteen Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety Hundred Hundreds Thousand Thousands
  Million Millions Billion Dozen Dozens First Second Third Fourth Fifth Half Both Several Many Most Some Few All
  None Each Every Either Neither Another Other Others
`),
);

/**
 * Lines of page furniture inside an article's text: `Article continues below`, `WATCH:`, `Story
 * continues below advertisement`, `READ MORE`. Their first word is never a speaker.
 */
const FURNITURE_WORDS: ReadonlySet<string> = new Set(
  words(`
  Article Story Watch WATCH Advertisement ADVERTISEMENT Read READ More MORE Related RELATED Listen LISTEN Video
  VIDEO Photo PHOTO Photos Gallery Click Subscribe Sign Share SHARE Follow Image Images Caption Credit Copyright
  Continue Continues Sponsored Promoted Download Update UPDATE Editor's Note Breaking BREAKING Live LIVE Explore
  Trending Recommended Comments Comment
`),
);

/**
 * Plural and collective common nouns that lead sentences and reports (`Officials said`, `Reports say`), and
 * the words a name's last word or an adjective leaves alone (`Children` of `Save the Children`, `Olympic` of
 * `the Olympic final`): one such word is nobody a pronoun stands for.
 */
const COMMON_HEADS: ReadonlySet<string> = new Set(
  words(`
  Officials Reports Report Authorities Police Residents Critics Experts Analysts Witnesses Sources Observers
  Protesters Protestors Demonstrators Rescuers Investigators Researchers Scientists Doctors Students Teachers
  Workers Voters Fans Locals Citizens Members Supporters Opponents Leaders Lawmakers Legislators Activists Parents
  Families Victims Survivors Residents Troops Soldiers Militants Rebels Prosecutors Lawyers Judges Ministers
  Unrest Amendment Internet Telecom Statement Data Figures Polls Surveys Studies Documents Records Emails Messages
  People Everyone Someone Nobody Anyone Many Others Government Office Officers Staff Organisers Organizers
  Authorities Managers Owners Executives Economists Regulators Campaigners Environmentalists Medics Nurses
  Paramedics Firefighters Officers Guards Commanders Diplomats Negotiators Mediators Spokesmen Spokespeople
  Representatives Delegates Participants Attendees Viewers Readers Listeners Users Customers Consumers Passengers
  Shareholders Investors Traders Dealers Bankers Markets Shares Prices Sales Profits Results
  Children Women Men Girls Boys Kids Pupils Youngsters Teenagers Adults Patients Players Athletes Olympic Paralympic
  Jewish Muslim Muslims Hindu Hindus Sikh Sikhs Buddhist Buddhists Catholic Catholics Protestant Protestants Islamic
  Evangelical Evangelicals Anglican Shia Sunni Budget Manifesto Attorneys Aides Advisers Advisors Allies Insiders
  Name Relatives Neighbours Neighbors Colleagues Classmates
  Ecologists Biologists Archaeologists Psychologists Sociologists Geologists Climatologists Historians Academics
  Conservationists Physicians Surgeons Pilots Farmers Motorists Commuters Shoppers Tenants Landlords Homeowners
  Pensioners Graduates Scholars Clerics Bishops Clergy
  Anger Fears Criticism Speculation Doubts Worries Frustration Outrage Confusion Disappointment Uncertainty Rumours
`),
);

/**
 * Storms and other named events, and grounds named in French, Spanish or Italian: `Hurricane Lorenzo`,
 * `Tropical Storm Barry`, `Stade de Harbour`. Their first word makes them an event or a venue, never a speaker.
 */
const EVENT_HEADS: ReadonlySet<string> = new Set(
  words('Hurricane Typhoon Cyclone Tropical Storm Tornado Wildfire Stade Estadio Stadio'),
);
/**
 * Last words of the names of laws, treaties, prizes, contests and gatherings: `Human Life Protection Act`,
 * `Paris Agreement`, `Nobel Prize`, `World Cup`, `Harbour Gadget Show`, `Energy Summit`, `Harbour Stadium`. A name ending so is a
 * thing or an event, not a speaker (`she said in a speech at the Harbour Gadget Show` names no speaker).
 */
const THING_TAILS: ReadonlySet<string> = new Set(
  words(
    'Act Bill Treaty Accord Accords Agreement Amendment Protocol Directive Prize Award Awards Cup Championship Championships Olympics Marathon Show Expo Exhibition Summit Tournament Stadium Bowl War Dam DVD Slam',
  ),
);
/**
 * Last words of firms' and charities' names that no person's name ends with: `Harbour Capital`, `Kestrel
 * Broadcasting`, `Amnesty International`, `Orbix Technologies`, `Harbour Aid`, `Harbour Concern`, `Harbour Rights Watch`,
 * `Agence Harbour Presse`, `Harbour Mail`, `Harbour United`, `Harbour Re` (a reinsurer), `Harbour Retail`, `Harbour
 * Gazette`, `Rose Bay Bulletin` (papers, though a given name opens one). A name ending so is a body's (and one
 * followed by a country's acronym: `Harbour International UK`).
 */
const BODY_LAST_WORDS: ReadonlySet<string> = new Set(
  words(`
  International Capital Partners Ventures Investments Industries Systems Technologies Broadcasting Services Trust
  Aid Airlines Airways Insurance Pharmaceuticals Communications Telecommunications Entertainment Studios Pictures
  Records Publishing Enterprises Solutions Laboratories Labs Bancorp Inquiry Bros Brothers Presse Concern Watch Mail
  Industry Supplement Retail Fellowship Re United Rovers Athletic Wanderers Rangers Bulletin Gazette Chronicle
  Examiner Inquirer Dispatch Courier Telegraph
`),
);
/**
 * Articles, prepositions and pronouns written capitalised inside a name: `Do The Right Thing`, `Stars In Their Eyes`,
 * `Back To The Harbour`. A name holding one between its first and last words is a work's title (a film, a show, a
 * song), no one's name (a body's name writes them in lower case, `Save the Children`, or holds a body's word first).
 */
const WORK_TITLE_WORDS: ReadonlySet<string> = new Set(
  words('The In Into On To With From Their My Your Our His Her Its It Is Was Are Were We They Me You'),
);
/**
 * Prepositions opening a capitalised run: `On Harbour` of a headline's `Acme Chief On Harbour: "…"`, `About Town`.
 * A run opening with one is a headline's or a title's words, no one's name.
 */
const LEADING_PREPOSITIONS: ReadonlySet<string> = new Set(
  words(`
  On In At For From With By Into Onto About Over Under After Before Against Despite During Without Within Among Amid
  Across Through Throughout Toward Towards Upon Via Behind Beside Between Beyond Inside Outside Near
`),
);
/** Second words of firms' names that open with `General` (`General Electric`), which no general's surname is. */
const GENERAL_FIRMS: ReadonlySet<string> = new Set(words('Electric Mills Dynamics Atomics Foods Motors'));
/**
 * Last words of buildings' and places' names that are also surnames (`Tower`, `Park`): a building or a place only
 * after no given name (`Harbour Park`, `Kestrel Prison`, `Onyx Hotel`; `Grace Park` is a person).
 */
const BUILDING_TAILS: ReadonlySet<string> = new Set(
  words('Tower Towers Cathedral Mosque Park Boulevard Avenue Prison Jail Hotel Airport'),
);
/**
 * Words of a time that name one standing alone (`Night` of a song title `Because the Night`, `Weekend`):
 * never a speaker, though `Night` may close a longer name.
 */
const LONE_TIMES: ReadonlySet<string> = new Set(
  words('Night Morning Evening Afternoon Weekend Week Month Decade Century Tonight Overnight'),
);
/** A web address as a name (`Harbournews.com`, `Orbix.co.uk`): a site, so a body, never a person. */
const WEB_NAME = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|info|io|co\.uk|org\.uk|ru)$/u;
/** Dotted abbreviations that are places: `D.C.` of `Washington, D.C.`. */
const PLACE_ABBREVIATIONS: ReadonlySet<string> = new Set(words('D.C. DC L.A. N.Y.C. NYC'));
/**
 * Role words that are no name when they stand alone: `MP` of `One MP told the BBC`, `Senator`, `Minister`.
 * A one-word speaker that is only a role names nobody.
 */
const LONE_ROLES: ReadonlySet<string> = new Set(
  words(
    'MP MEP Senator Minister Mayor Governor Judge Spokesman Spokeswoman Spokesperson Official Lawmaker Councillor Councilor',
  ),
);

/** Adjectives that end a capitalised run before a common noun (`Double Olympic champion`): no name ends so. */
const ADJECTIVE_TAILS: ReadonlySet<string> = new Set([...words('Olympic Paralympic Commonwealth'), ...NATIONALITIES]);

/** A leading honorific or title before a name: evidence of a person. */
const HONORIFIC_LEAD_WORDS = words(
  `Mr Mrs Ms Miss Dr Sir Dame Lord Lady Prof Professor Rev Sen Rep Gov Gen Lt Col Capt Sgt Adm President Senator
  Governor Mayor Judge Justice Minister Chancellor King Queen Prince Princess Pope Bishop Rabbi Imam Sheikh Coach`,
);
const HONORIFIC_LEAD = new RegExp(String.raw`^(?:${HONORIFIC_LEAD_WORDS.join('|')})\.?\s`, 'u');
/** The first words HONORIFIC_LEAD accepts, with and without their period: `Mr`, `Mr.`. */
const HONORIFIC_LEAD_TOKENS: ReadonlySet<string> = new Set(HONORIFIC_LEAD_WORDS.flatMap((w) => [w, `${w}.`]));

/**
 * Is the name cut out of a longer written word (`P` of `S&P`, `Cast` of `4Cast`, `D` of `D-Mich`)?
 * A name glued to a letter, digit or `&` before it, or to `&`, `-` and a letter, or a digit, after it.
 */
export function isWordFragment(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text.slice(end, end + 2);
  return /[\p{L}\p{N}&]/u.test(before) || /^[&-][\p{L}\p{N}]|^\p{N}/u.test(after) || /^[&]/u.test(after);
}

/**
 * The whole written name around a mention glued to letters, digits or `&` (`S&P`, `AT&T`, `4Cast`,
 * `B&B`): names with `&` or digits are whole names. Returns the widened span, or null when the mention
 * is no fragment of such a name.
 */
export function wholeNameAt(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s > 0 && /[\p{L}\p{N}&]/u.test(text[s - 1]!)) s--;
  while (
    e < text.length &&
    (/[\p{L}\p{N}&]/u.test(text[e]!) || (text[e] === '&' && /[\p{L}\p{N}]/u.test(text[e + 1] ?? '')))
  )
    e++;
  if (s === start && e === end) return null;
  const whole = text.slice(s, e);
  // `AT&T`, `S&P`, `4Cast`: an `&` or a digit inside, and a capital
  return /[&\p{N}]/u.test(whole) && /\p{Lu}/u.test(whole) ? { start: s, end: e } : null;
}

/** `U.S`, `COVID-`, `Katya.`, `D`: a name cut short, an initial alone, or a trailing hyphen. */
function brokenShape(name: string): boolean {
  if (/^\p{Lu}\.?$/u.test(name)) return true;
  if (/[-–]$/u.test(name)) return true;
  // `U.S` with no final period: a dotted abbreviation cut at its end
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(name)) return true;
  // `Low-cost`, `Well-known`: a hyphenated word with a lower-case part is an adjective (`T-shirts`, `U-turn`: a noun)
  if (/^\p{Lu}\p{Ll}*-\p{Ll}+$/u.test(name)) return true;
  return false;
}

/** The part after a word's last hyphen (`Presse` of `France-Presse`), or '' when it has none. */
function lastHyphenPart(word: string): string {
  const hyphen = word.lastIndexOf('-');
  return hyphen < 0 ? '' : word.slice(hyphen + 1);
}

/** Does the text open with `t` or `T` (a `the` the place lookup drops)? */
const opensWithT = (s: string): boolean => s.charCodeAt(0) === 116 || s.charCodeAt(0) === 84;

/** A time name: `Christmas Day`, `New Year's Eve`, `March`, `Monday morning`, `Spring`. */
function isTimeName(tokens: readonly string[]): boolean {
  const first = tokens[0]!.replace(/['’]s$/u, '');
  if (!TIME_HEADS.has(first) && !TIME_HEADS.has(tokens[0]!)) return false;
  return tokens.every((t) => TIME_WORDS.has(t.replace(/['’]s$/u, '')) || TIME_WORDS.has(t) || /^\d+$/u.test(t));
}

/**
 * `Harbour County Sheriff Jo Lee`, `Kestrel City Mayor Ann Roe`: a body's or a place's office, then a given
 * name and a surname, is a person with a role, though a body's word (`County`, `City`) opens it.
 */
function officeThenPerson(tokens: readonly string[]): boolean {
  // (`FBI General Counsel Jo A. Lee`: a middle initial between the given name and the surname is left out)
  const initial = tokens.length >= 5 && /^\p{Lu}\.?$/u.test(tokens[tokens.length - 2]!);
  if (initial) tokens = [...tokens.slice(0, -2), tokens[tokens.length - 1]!];
  const n = tokens.length;
  if (n < 4 || !TITLE_TOKENS.has(tokens[n - 3]!)) return false;
  if (isGivenName(tokens[n - 2]!) && /^\p{Lu}/u.test(tokens[n - 1]!)) return true;
  // `Harbour Bank Governor Ivo Roe`: a person's title (no body's word) before two words that can be a given name the
  // lists do not hold and a surname
  return (
    !ORG_WORDS.has(tokens[n - 3]!) &&
    unlistedNameWord(tokens[n - 2]!) &&
    unlistedNameWord(tokens[n - 1]!) &&
    !BODY_LAST_WORDS.has(tokens[n - 1]!) &&
    !THING_TAILS.has(tokens[n - 1]!)
  );
}

/**
 * Words of bodies' and places' names that are also common surnames: `Press` of `Jim Press`, `Bank` of `Tom Bank`,
 * `Church` of `Mary Church`, `Hall` of `Tom Hall`. After a given name alone they end a person's name.
 */
const SURNAME_BODY_WORDS: ReadonlySet<string> = new Set(
  words('Press Bank Post Hall Church Court Board Staff Service Herald'),
);

/**
 * `Jim Press`, `Tom Bank`, `Mary Church`: a given name the hand-kept list knows (with a gender: not `Royal`, `West`,
 * `Sky`, `Clarence`, which open bodies' and places' names) and one word that is a body's word and a surname. A person,
 * though the body's word would make a body's name (`Sky News`, `West Bank`, `Clarence House` stay bodies and places).
 */
function givenNameThenSurnameWord(tokens: readonly string[]): boolean {
  return (
    tokens.length === 2 &&
    SURNAME_BODY_WORDS.has(tokens[1]!) &&
    givenGender(tokens[0]!) !== undefined &&
    !PLACES.has(tokens[0]!) &&
    !US_STATES.has(tokens[0]!)
  );
}

/**
 * The type a name has from its words alone, or null when the words do not tell (most names: `Jo Lee`,
 * `Reuters`). Gazetteers and shapes only; `entityType` adds the article's evidence.
 */
export function typeByName(name: string): EntityType | null {
  const tokens = words(name);
  if (tokens.length === 0) return 'other';
  const first = tokens[0]!;
  // (HONORIFIC_LEAD on `name + ' '`, read off the first word: the name opens with it unless it opens with a space)
  if (tokens.length > 1 && HONORIFIC_LEAD_TOKENS.has(first) && name.startsWith(first)) return 'person';
  if (officeThenPerson(tokens)) return 'person';
  if (givenNameThenSurnameWord(tokens)) return 'person';
  if (tokens.length > 1 && (tokens.some((t) => ORG_WORDS.has(t)) || BODY_LAST_WORDS.has(tokens[tokens.length - 1]!)))
    return 'organisation';
  // `Agence France-Presse`, `Harbour-International`: a body's last word closing a hyphenated last word
  if (tokens.length > 1 && BODY_LAST_WORDS.has(lastHyphenPart(tokens[tokens.length - 1]!))) return 'organisation';
  // `Harbour International UK`: a body's name, then the country of its branch
  if (
    tokens.length > 2 &&
    /^(?:UK|US|USA)$/u.test(tokens[tokens.length - 1]!) &&
    BODY_LAST_WORDS.has(tokens[tokens.length - 2]!)
  )
    return 'organisation';
  // `Belarusian KGB`, `Harbourian FSB`: a nationality before an acronym is a country's body (not `British MP`, a role)
  if (
    tokens.length === 2 &&
    NATIONALITIES.has(first) &&
    /^\p{Lu}{2,}$/u.test(tokens[1]!) &&
    !LONE_ROLES.has(tokens[1]!) &&
    !TITLE_TOKENS.has(tokens[1]!)
  )
    return 'organisation';
  if (tokens.length === 1 && brokenShape(first)) return 'other';
  if (tokens.length > 2 && tokens.slice(1, -1).some((t) => WORK_TITLE_WORDS.has(t))) return 'other';
  if (tokens.length > 1 && LEADING_PREPOSITIONS.has(first)) return 'other';
  // `I'd say the risk is a "when"`: the writer's own `I` with a verb glued on is no one's name
  if (tokens.length === 1 && first.charCodeAt(0) === 73 && /^I['’](?:d|m|ve|ll)$/u.test(first)) return 'other';
  // `Hurricane Lorenzo`, `Alabama Human Life Protection Act`, `Nobel Prize`: an event, a law or a prize
  // speaks for nobody
  if (tokens.length > 1 && (EVENT_HEADS.has(first) || THING_TAILS.has(tokens[tokens.length - 1]!))) return 'other';
  // `Harbour Tower`, `St Kestrel's Cathedral`: a building (not `Alexandra Tower`, a given name and a surname, nor
  // `Ji-sung Park`, a given name of two syllables joined)
  if (
    tokens.length > 1 &&
    BUILDING_TAILS.has(tokens[tokens.length - 1]!) &&
    !isGivenName(first) &&
    !givenGender(first) &&
    !/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(first)
  )
    return 'other';
  // `Double Olympic` of `Double Olympic champion Jo Lee`, `Former British` of `Former British number one`: a
  // run ending in an adjective is the modifier of a common noun, no one's name
  if (
    tokens.length > 1 &&
    ADJECTIVE_TAILS.has(tokens[tokens.length - 1]!) &&
    !HONORIFIC_LEAD_TOKENS.has(first) &&
    tokens.every((t) => !/['’]/u.test(t) && givenGender(t) === undefined && !isGivenName(t))
  )
    return 'other';
  if (tokens.length === 1 && (PLACE_ABBREVIATIONS.has(first) || US_STATE_ABBREVIATIONS.has(first))) return 'place';
  // `Agreement` of `the Free Trade Agreement`, `Prize`: a law's, a treaty's or a prize's last word alone (not `Bill`,
  // a given name)
  if (tokens.length === 1 && THING_TAILS.has(first) && !isGivenName(first) && givenGender(first) === undefined)
    return 'other';
  if (tokens.length === 1 && LONE_TIMES.has(first)) return 'time';
  if (tokens.length === 1 && WEB_NAME.test(first)) return 'organisation';
  if (tokens.length === 1 && LONE_ROLES.has(first)) return 'other';
  if (isTimeName(tokens)) return 'time';
  if (PLACES.has(name) || (opensWithT(name) && PLACES.has(name.replace(/^the\s+/iu, '')))) return 'place';
  // `South Carolina`, `Massachusetts`: a US state, as a country, speaks only with a person's evidence
  // (`Virginia` as a given name); `Washington` stands for a government as often as a place
  if (US_STATES.has(name) && name !== 'Washington') return 'place';
  if (tokens.length === 1) {
    if (SENTENCE_ADVERBS.has(first) || NUMBER_WORDS.has(first) || FURNITURE_WORDS.has(first) || COMMON_HEADS.has(first))
      return 'other';
    if (NATIONALITIES.has(first)) return 'other';
  }
  // `Article continues below`, `Story continues below advertisement`: a furniture line read as a name
  if (
    FURNITURE_WORDS.has(first) &&
    tokens.length <= 4 &&
    tokens.slice(1).every((t) => FURNITURE_WORDS.has(t) || /^\p{Ll}/u.test(t))
  )
    return 'other';
  if (tokens.length > 1 && givenGender(first) !== undefined) return 'person';
  if (isHonorific(first)) return 'person';
  return null;
}

/**
 * The type of a candidate speaker's name in its article: the words first (a time, a place, a
 * fragment), then the article's evidence. A one-word name the article knows as a person (a fuller
 * name, a gender, a role, a speech verb of its own) is a person; one it also writes lower-case
 * (`Internet` beside `the internet`) is a common word. Otherwise a proper name stands for a person
 * or a body that speaks.
 */
export function entityType(name: string, evidence: EntityEvidence = {}): EntityType {
  const byName = typeByName(name);
  if (byName !== null) {
    // a place or nationality word that the article gives a person's evidence (`Jordan said`, `Paris`
    // as a given or family name) is a person; times, fragments and furniture never are
    if (
      (byName === 'place' || byName === 'other') &&
      !/\s/u.test(name) &&
      !brokenShape(name) &&
      !LONE_ROLES.has(name) &&
      evidence.knownPerson?.(name)
    )
      return 'person';
    // `Five has been criticised …; Five admitted it had …`: a number word agreeing with a singular verb
    // is a body's name (a channel, a band), not a count of people (`Six were hurt`)
    if (NUMBER_WORDS.has(name) && evidence.singularSubject?.(name)) return 'organisation';
    return byName;
  }
  if (
    !/\s/u.test(name) &&
    !/^\p{Lu}{2,}$/u.test(name) &&
    evidence.lowerCaseElsewhere?.(name) &&
    !evidence.knownPerson?.(name)
  )
    return 'other';
  // `Mr Lee, MP for Harbourton-on-Sea, said`: a name the article writes as a place is one
  if (evidence.placeElsewhere?.(name) && !evidence.knownPerson?.(name)) return 'place';
  // `the film Harbour Nights`, `songs such as Kestrel Rising`: a work's title speaks for no one
  if (evidence.workElsewhere?.(name)) return 'other';
  return 'person';
}

/** Can a candidate of this type speak? Only people and organisations do. */
export const canSpeak = (type: EntityType): boolean => type === 'person' || type === 'organisation';

/**
 * A check for `EntityEvidence.lowerCaseElsewhere` over one article: is the word written in lower case
 * in the text (`internet` for `Internet`)? One scan of the text per word asked about, memoised.
 */
export function lowerCaseWords(text: string): (word: string) => boolean {
  return memoised((word) => {
    const lower = word.toLowerCase();
    return lower !== word && /^\p{L}+$/u.test(word) && writtenAt(text, lower);
  });
}

/**
 * The entity layer's check for one article, used by the attribution rules: can this speaker phrase
 * speak? Pronouns and descriptions pass (coreference types what they stand for); a name passes when it
 * is typed a person or an organisation. A name cut out of a longer written word (`P` of `S&P`, `D` of
 * `D-Mich`) never does: the rules read the whole name (`S&P`) elsewhere.
 */
export function speakerCandidate(
  text: string,
  index: MentionIndex,
  speaking: () => Set<string>,
): (speaker: NounPhrase) => boolean {
  const lowerCase = lowerCaseWords(text);
  // strong evidence only: a fuller name, a gender, a role (`Iran said` speaks, yet is a place)
  const strong = (name: string): boolean => {
    const key = lastToken(name);
    const full = index.fullest.get(key);
    return (full !== undefined && full.includes(' ')) || index.genders.has(key) || index.roles.has(key);
  };
  const knownPerson = (name: string): boolean =>
    strong(name) || (typeByName(name) === null && speaking().has(lastToken(name)));
  // (a scan of the whole article: once per word)
  const singular = memoised((word: string): boolean =>
    new RegExp(
      `(?<![\\p{L}])${word}\\s+(?:has|is|was|does)(?![\\p{L}])|(?<![\\p{L}])${word}\\s+\\p{Ll}+ed\\s+(?:it|its)(?![\\p{L}])`,
      'u',
    ).test(text),
  );
  const place = placeEvidence(text);
  const work = workEvidence(text);
  // past the fragment check, the verdict reads only the phrase's words and the article: once per phrase
  const byPhrase = memoised((phrase: string): boolean => {
    const parts = index.split(phrase.replace(/^(?:the|The)\s+/u, ''));
    const name = parts?.name ?? phrase;
    // `Lorenzo` where the article writes `Hurricane Lorenzo`: the fullest form of a one-word name tells
    // what it names (an event, a law), as the speaker shown would be that fullest form
    if (!name.includes(' ')) {
      const full = index.fullest.get(name);
      if (full !== undefined && full !== name) {
        const fullType = typeByName(full);
        if (fullType === 'other' || fullType === 'time') return false;
      }
    }
    return canSpeak(
      entityType(name, {
        knownPerson,
        lowerCaseElsewhere: lowerCase,
        singularSubject: singular,
        // (only a name standing alone: `Aam Aadmi Party in Goa` is a party, though the split reads `Goa`)
        placeElsewhere: name === phrase.replace(/^(?:the|The)\s+/u, '') ? place : undefined,
        // (a one-word name the article writes in full elsewhere is a person's: `the radio show Lee in the Morning`)
        // (and the phrase as written: `Ann Roe's Pier` of `films include Ann Roe's Pier`, read as `Pier`)
        workElsewhere: (n) =>
          (work(n) || (n !== phrase && work(phrase.replace(/^(?:the|The)\s+/u, '')))) &&
          !index.genders.has(lastToken(n)) &&
          !index.roles.has(lastToken(n)) &&
          (n.includes(' ') || !strong(n)),
      }),
    );
  });
  return (speaker) => {
    if (speaker.kind !== 'named') return true;
    if (isWordFragment(text, speaker.start, speaker.end)) return false;
    return byPhrase(speaker.text);
  };
}

/** The kind of a speaker as a record says it: a person or an organisation (`Speaker.kind`'s spelling). */
export type SpeakerEntity = 'person' | 'organization';

/** Nouns after `X's` that only a body has: `Acme's shares`, `Acme's chief executive`, `Acme's website`. */
const BODY_POSSESSIONS = String.raw`(?:shares|share\s+price|stock\s+price|chief\s+executive|chief\s+financial\s+officer|chairman|chairwoman|shareholders|profits?|revenues?|earnings|turnover|sales|customers|subscribers|employees|workforce|board\s+of\s+directors|headquarters|subsidiary|parent\s+company|stores|shops|branches|products|brands|factor(?:y|ies)|plants|annual\s+report|market\s+share|stake|coverage|channels|headline|front\s+page|platform|app|users|stock|website|site|editors?|reporters?|correspondents?|journalists|newsroom|squad)`;
/** What comes before a body's name: `shares in Acme`, `a spokesman for Acme`, `works at Acme`. */
const BODY_BEFORE = String.raw`(?:shares\s+(?:in|of)|stake\s+in|takeover\s+of|subsidiary\s+of|acquisition\s+of|merger\s+with|(?:works?|worked|working)\s+(?:at|for)|employees\s+of|customers\s+of|chief\s+executive\s+of|chairman\s+of|chairwoman\s+of|founder\s+of|head\s+of|spokes(?:man|woman|person)\s+from)`;
/** The common noun an appositive gives a body: `Acme, the carmaker,`, `Acme, a charity`. */
const BODY_NOUNS = String.raw`(?:company|firm|group|bank|manufacturer|carmaker|retailer|giant|agency|chain|carrier|provider|network|insurer|lender|airline|supermarket|organi[sz]ation|charity|body|watchdog|regulator|union|association|party|newspaper|paper|magazine|channel|studio|label|club|team|website|service|institute|consultancy|think[- ]tank|council|authority|department|ministry|conglomerate|corporation|business|brand|supplier|distributor|exchange|fund|utility|foundation|campaign|coalition|alliance|federation|league|board|commission|court|university|college|school|hospital|trust|brokerage|automaker|chipmaker|drugmaker|steelmaker|planemaker|start-?up|outlet|platform|multinational|tabloid|laboratory)`;

const BODY_NOUN = new RegExp(`^${BODY_NOUNS}$`, 'u');

/**
 * The places `name` is written in `text` as a whole word (not inside a longer word), as offsets. One
 * `indexOf` scan: cheaper than a regular expression over the whole text per name.
 */
function* occurrences(text: string, name: string): Iterable<number> {
  if (name === '') return;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    // (code unit tests: a lone surrogate is neither, as for the one-unit strings /[\p{L}\p{N}]/u was tried on)
    const end = at + name.length;
    if (
      !(at > 0 && isLetterOrDigitUnit(text.charCodeAt(at - 1))) &&
      !(end < text.length && isLetterOrDigitUnit(text.charCodeAt(end)))
    )
      yield at;
  }
}

/** Is `word` written in `text` as a whole word anywhere? */
function writtenAt(text: string, word: string): boolean {
  for (const _ of occurrences(text, word)) return true;
  return false;
}

/** Every `BEFORE_BODY` phrase ends with one of these words: a cheap test first. */
const BEFORE_LINK = /(?:in|of|with|at|for|from)\s+(?:the\s+)?$/iu;

/**
 * Is any place `name` is written preceded by text matching `before` or followed by text matching `after`? (`ats`: those
 * places, when the caller found them already.)
 */
function writtenWith(
  text: string,
  name: string,
  before: RegExp | null,
  after: RegExp | null,
  nounBefore: ((text: string, at: number) => boolean) | null = null,
  afterReach = 120,
  ats: Iterable<number> = occurrences(text, name),
): boolean {
  for (const at of ats) {
    if (after?.test(text.slice(at + name.length, at + name.length + afterReach))) return true;
    if (nounBefore?.(text, at)) return true;
    if (
      before !== null &&
      BEFORE_LINK.test(text.slice(Math.max(0, at - 12), at)) &&
      before.test(text.slice(Math.max(0, at - 60), at))
    )
      return true;
  }
  return false;
}

/** What follows a body's name: `Acme said its`, `Acme's shares`, `Acme, the carmaker,`, `Acme, which`. */
const AFTER_BODY = new RegExp(
  [
    String.raw`^(?:['’]s)?\s+(?:has\s+|had\s+|have\s+)?(?:said|says|added|stated|announced|confirmed|insisted|argued|warned|reported)\s+(?:that\s+|in\s+)?its(?![\p{L}])`,
    String.raw`^['’]s?\s+${BODY_POSSESSIONS}(?![\p{L}])`,
    // `Acme's Windows Server division`: a body's part
    String.raw`^['’]s\s+(?:[\p{L}-]+\s+){0,2}(?:division|subsidiary|subsidiaries)(?![\p{L}])`,
    // (the words before the noun are its modifiers, not a person's job and its body: `Lee, an economist with Acme Bank`)
    String.raw`^,\s+(?:the|a|an)\s+(?:(?!(?:with|at|for|of|from|in|on|to)\s)[\p{L}'’-]+\s+){0,4}${BODY_NOUNS}(?=\s*[,.;:)]|\s+(?:which|that|whose|based|in|of|with|and|for)\s)`,
    String.raw`^,\s+which\s`,
    // `Acme, whose products are sold …`: what only a body owns, after `whose`
    String.raw`^,\s+whose\s+${BODY_POSSESSIONS}(?![\p{L}])`,
    // `helped Acme boost its profits`, `Acme owns a stake`: a body's business done by the name (a person raises no
    // profits of `its`)
    String.raw`^\s+(?:\p{Ll}+\s+){1,2}its\s+(?:profits?|sales|revenues?|earnings|turnover|workforce|market\s+share|share\s+price|prices|stake)(?![\p{L}])`,
    // `Acme news agency`, `the Harbour newspaper`, `Time magazine`, `Acme television channel`, `Acme coach Jo Lee`, `an Acme spokeswoman`: an outlet's, a club's, a firm's (not `Lee fans`: a singer has fans)
    String.raw`^\s+(?:news\s+agency|newspaper|magazine|news\s+(?:channel|network|site|website|service)|(?:television|TV|radio)\s+(?:channel|station|network)|broadcaster|tabloid|boss|chief|coach|manager|striker|midfielder|defender|goalkeeper|spokes(?:man|woman|person))(?![\p{L}])`,
    // `Acme started its inquiry`, `Acme also cut its forecast`: what a body does to its own business (not what a
    // person does to another's: `Lee quoted its plan`, `Lee praised its staff`)
    String.raw`^\s+(?:also\s+|has\s+|had\s+)?(?:started|began|launched|opened|closed|shut|cut|raised|lowered|reduced|increased|boosted|expanded|posted|issued|unveiled|updated|sold|suspended|withdrew|recalled|revised)\s+its(?![\p{L}])`,
    // `Acme bosses have held talks`, `Acme executives met`: a body's people (a person has aides and voters, no bosses)
    String.raw`^\s+(?:bosses|executives|shareholders|employees)(?![\p{L}'’])`,
    // `Acme shares fell`, `Acme stock rose`: a listed company's shares
    String.raw`^\s+(?:shares|stock)\s+(?:fell|rose|jumped|dropped|slid|slumped|climbed|gained|lost|plunged|soared|surged|tumbled|were|have|had|closed|ended|traded|opened)(?![\p{L}])`,
  ].join('|'),
  'iu',
);
/**
 * Case-sensitive evidence after a body's name (capitals matter): `Acme Motor Company`, `Acme Ireland Limited` (the
 * name opening a firm's longer name); `Acme quoted Mr Lee as saying`, `the Harbour Post quoted Jo Lee telling`
 * (an outlet quoting a person; not `Lee quoted its plan`).
 */
const FIRM_NAME_AFTER = new RegExp(
  [
    String.raw`^(?:\s+\p{Lu}[\p{L}&.'’-]*){0,2}\s+(?:Company|Corporation|Corp\.?|Inc\.?|Ltd\.?|Limited|plc|PLC|LLC|GmbH|Holdings|Airlines|Airways)(?![\p{L}])`,
    // `Acme chairman Jo Lee`, `Acme singer Jo Lee`: a body's office or a band's member before a person's name (not
    // `Lee chairman`: no person's name is followed by an office and another name)
    String.raw`^\s+(?:chairman|chairwoman|president|founder|owner|singer|frontman|guitarist|drummer)\s+\p{Lu}\p{Ll}+\s+\p{Lu}`,
    String.raw`^\s+(?:also\s+)?quoted\s+(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*\s+(?:as\s+saying|telling|saying)(?![\p{L}])`,
  ].join('|'),
  'u',
);
/** What comes before a body's name: `shares in Acme`, `works at the Acme`. */
const BEFORE_BODY = new RegExp(String.raw`(?<![\p{L}])${BODY_BEFORE}\s+(?:the\s+)?$`, 'iu');

/**
 * A body's common noun written right before the name: `technology giant Acme`, `the carmaker Acme`, `the
 * charity Save the Children`, `retailer Acme`, `the Spanish daily Acme`, `civil rights group Acme`, `rock band Acme`,
 * `the trade body Acme`. (Nouns that also head a person's title, `party leader`,
 * `union boss`, have the title word between them and the name, so they do not match.)
 */
const BODY_NOUNS_BEFORE_NAME: readonly string[] = [
  ...words(`company firm giant brokerage automaker chipmaker drugmaker steelmaker planemaker start-up startup outlet
  tabloid multinational carmaker manufacturer retailer supermarket chain airline carrier lender insurer bank
  conglomerate corporation charity watchdog regulator agency consultancy think-tank broadcaster network newspaper daily
  weekly broadsheet magazine website studio label publisher brand supplier distributor group organisation organization
  body union federation publication band housebuilder homebuilder bookmaker brewer jeweller marque marques`),
  'think tank',
];
const BODY_NOUN_BEFORE = new RegExp(
  String.raw`(?<![\p{L}-])(?:${BODY_NOUNS_BEFORE_NAME.join('|')})\s+(?:the\s+)?$|\p{L}-based\s+$`,
  'u',
);
/** The letters closing each `BODY_NOUN_BEFORE` phrase before its spaces (`tank` of `think tank`, `based`), `the` aside. */
const BODY_NOUN_LAST_WORDS: ReadonlySet<string> = new Set([
  ...BODY_NOUNS_BEFORE_NAME.map((noun) => noun.slice(Math.max(noun.lastIndexOf('-'), noun.lastIndexOf(' ')) + 1)),
  'based',
]);

/**
 * The ASCII letters right before `end` across white space (one space at least), read no further back than `floor`,
 * and where they start; '' when no space or no letter stands there.
 */
function lettersBeforeSpace(text: string, end: number, floor: number): { word: string; start: number } {
  let j = end;
  while (j > floor && isSpaceUnit(text.charCodeAt(j - 1))) j--;
  if (j === end) return { word: '', start: end };
  let i = j;
  while (i > floor && isAsciiLetterCode(text.charCodeAt(i - 1))) i--;
  return { word: text.slice(i, j), start: i };
}

/**
 * Does `BODY_NOUN_BEFORE` match the 40 characters before `at`? Its phrase ends in a noun of its list (or `-based`), then
 * spaces and maybe `the`: the letters before the spaces (before `the` and its spaces) must close one, which most names
 * fail; only then is the expression run.
 */
function bodyNounBefore(text: string, at: number): boolean {
  const floor = Math.max(0, at - 40);
  let last = lettersBeforeSpace(text, at, floor);
  if (last.word === 'the') last = lettersBeforeSpace(text, last.start, floor);
  if (!BODY_NOUN_LAST_WORDS.has(last.word)) return false;
  return BODY_NOUN_BEFORE.test(text.slice(floor, at));
}
/**
 * What comes before an outlet's or an agency's name, which people seldom stand after: `told Acme`, `telling the
 * Harbour Post`, `according to Acme`, `reported by Acme` (not `an interview with Acme`: people are interviewed too).
 */
const BEFORE_OUTLET = /(?<![\p{L}])(?:told|telling|according\s+to|reported\s+by|quoted\s+by)\s+(?:the\s+)?$/iu;
/** Every `BEFORE_OUTLET` phrase ends with one of these words: a cheap test first. */
const OUTLET_LINK = /(?:told|telling|to|by)\s+(?:the\s+)?$/iu;
/** What follows an outlet's name: `Acme reported`, `Acme reports that` (not `quoted`: people quote documents). */
const AFTER_OUTLET = /^\s+(?:also\s+)?(?:reported|reports)(?![\p{L}])/u;

/**
 * Evidence in one article that a name is an outlet's or an agency's: `told Acme`, `according to Acme`, `Acme
 * reported`. Weaker than `organisationEvidence` (people are told things and reported on too): read only after
 * the article's evidence of a person and a given name have had their say. Memoised per name.
 */
export function outletEvidence(text: string): (name: string) => boolean {
  return memoised((name) => {
    for (const at of occurrences(text, name)) {
      if (AFTER_OUTLET.test(text.slice(at + name.length, at + name.length + 20))) return true;
      if (
        OUTLET_LINK.test(text.slice(Math.max(0, at - 12), at)) &&
        BEFORE_OUTLET.test(text.slice(Math.max(0, at - 40), at))
      )
        return true;
    }
    return false;
  });
}

/**
 * A relative clause closed by a comma, then a plural verb and a lower-case word (what follows `Acme, who` in `Acme,
 * who signed Jo Lee in May, have won`): no inner comma, quotation mark or sentence end.
 */
const RELATIVE_CLAUSE_THEN_PLURAL = String.raw`\s[^,;:.!?"“”\n]{1,160},\s+(?:also\s+|now\s+|since\s+|already\s+)?(?:have|are)\s+\p{Ll}`;

/**
 * What follows a person's name: `Lee, who`, `Lee, 45,`, `Lee said he`, `Lee announced she`, `Lee, real name Jo
 * Lee,` (a stage name: `50 Cent, real name …` is a person, though a digit opens the name).
 */
const AFTER_PERSON = new RegExp(
  [
    // (not `Acme, who are third in the league`, `Acme, who signed Jo Lee in May, have won`: a club or a band as a
    // plural, right after `who` or after the relative clause)
    String.raw`^,\s+who(?![\p{L}])(?!\s+(?:are|were|have)(?![\p{L}]))(?!${RELATIVE_CLAUSE_THEN_PLURAL})`,
    String.raw`^,\s+\d{1,3},`,
    String.raw`^,\s+(?:whose\s+)?real\s+name(?![\p{L}])`,
    String.raw`^\s+(?:has\s+|had\s+)?(?:said|says|added|announced|admitted|insisted|claimed|explained|revealed|denied|told\s+\S+)\s+(?:that\s+)?(?:he|she|his|her)(?![\p{L}])`,
  ].join('|'),
  'u',
);

/** What comes before a place's name: `MP for `, `born in `, `the town of `. */
const BEFORE_PLACE = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:MP|MPs|MSP|MEP|AM|TD|MLA|MPP|[Mm]ember|Congress(?:wo)?man|Senator|Representative|Rep\.|Sen\.)\s+for\s+(?:the\s+)?$`,
    String.raw`(?<![\p{L}])(?:born|raised|based|lives|lived|living|located|headquartered|grew\s+up)\s+in\s+$`,
    String.raw`(?<![\p{L}])(?:city|town|village|suburb|province|region|county|state|port|capital|district|island|borough)\s+of\s+$`,
  ].join('|'),
  'u',
);
/** Every `BEFORE_PLACE` phrase ends with one of these words: a cheap test first. */
const PLACE_LINK = /(?:in|of|for)\s+(?:the\s+)?$/u;
/** A given name or a surname, then `in`, just before a name: `Andrew in `, `Jo Lee in ` (the last word read). */
const PERSON_IN = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}[\p{L}'’-]+)?\s+in\s+$/u;
/** What follows a place's name: `X, a town in`, `X, the capital of`. */
const AFTER_PLACE =
  /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:city|town|village|suburb|province|region|county|port|capital|district|island|borough)\s+(?:in|of|on|near|north|south|east|west)(?![\p{L}])/u;

/**
 * Evidence in one article that a name stands for a place: `MP for Harbourton`, `born in Harbourton`, `the town of
 * Harbourton`, `Harbourton, a port in`. Memoised per name.
 */
export function placeEvidence(text: string): (name: string) => boolean {
  return memoised((name) => {
    for (const at of occurrences(text, name)) {
      const end = at + name.length;
      // (cheap tests first: a comma after the name, `in`, `of` or `for` and a space before it)
      if (text.charCodeAt(end) === 44 && AFTER_PLACE.test(text.slice(end, end + 60))) return true;
      if (!PLACE_LINK.test(text.slice(Math.max(0, at - 9), at))) continue;
      if (BEFORE_PLACE.test(text.slice(Math.max(0, at - 40), at))) return true;
      // `Andrew in Harbourton complains`, `said Jo Lee in Harbourton`: where a person named before lives or writes from
      const person = PERSON_IN.exec(text.slice(Math.max(0, at - 30), at))?.[1];
      if (person !== undefined && isGivenName(person)) return true;
    }
    return false;
  });
}

/** What follows a work's title: `X, the film`, `X, a hit show,` (the noun closing the apposition). */
const AFTER_WORK =
  /^,\s+(?:the|a|an|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,3}(?:film|movie|song|single|album|novel|sitcom|documentary|musical|show|series|drama|book)(?=\s*[,.;:)]|\s+(?:which|that|about|by|in|starring|based|released|from)\s)/u;

/**
 * Evidence in one article that a name is a work's title (a film, a song, a book, a show), no speaker: `the film X`,
 * `songs such as X`, `X, the film,`. Memoised per name.
 */
export function workEvidence(text: string): (name: string) => boolean {
  const isWork = (name: string, depth: number): boolean => {
    for (const at of occurrences(text, name)) {
      if (
        text.charCodeAt(at + name.length) === 44 &&
        AFTER_WORK.test(text.slice(at + name.length, at + name.length + 80))
      )
        return true;
      if (workPhraseBefore(text, at)) return true;
      // `films include Harbour Nights, Kestrel Sky and Onyx`, `the star of Harbour Nights and Kestrel Sky`: a name
      // listed after a work's title is one too (the earlier item read from its last word back, up to three items)
      if (depth < 3) {
        // (cheap test first: a list's comma or `and` right before the name, which `LIST_ITEM_BEFORE` ends with)
        const item = listTailBefore(text, at, 70) ? listItemBefore(text, Math.max(0, at - 70), at)?.[1] : undefined;
        if (item !== undefined) {
          const itemWords = words(item);
          for (let k = itemWords.length - 1; k >= 0; k--)
            if (isWork(itemWords.slice(k).join(' ').replace(/:$/u, ''), depth + 1)) return true;
        }
      }
    }
    return false;
  };
  return memoised((name) => isWork(name, 0));
}

/** A memo of a per-name check over one article. */
function memoised(check: (name: string) => boolean): (name: string) => boolean {
  const memo = new Map<string, boolean>();
  return (name) => {
    let known = memo.get(name);
    if (known === undefined) memo.set(name, (known = check(name)));
    return known;
  };
}

/**
 * Evidence in one article that a name stands for a body (a firm, an agency, a party), not a person:
 * `Acme said its profits`, `Acme's shares`, `shares in Acme`, `Acme, the carmaker,`, `Acme, which`.
 * Memoised per name; each check reads the few words around each place the name is written.
 */
export function organisationEvidence(text: string): (name: string) => boolean {
  return memoised((name) => {
    // (the places the name is written, found in one scan of the text for the checks below, which each read them all)
    const ats = [...occurrences(text, name)];
    return (
      writtenWith(text, name, BEFORE_BODY, AFTER_BODY, givenNameThenSurname(name) ? null : bodyNounBefore, 120, ats) ||
      writtenWith(text, name, null, FIRM_NAME_AFTER, null, 120, ats) ||
      subjectTakenUpAsBody(text, name, ats) ||
      writtenWith(text, name, PERSON_OF_BODY, null, null, 120, ats) ||
      pluralSubject(text, name, ats) ||
      possessorOfPerson(text, name, ats)
    );
  });
}

/**
 * `union Harbourside Jo Lee`: a name run that ends in a given name with a gender and a surname holds a person, whatever
 * body's noun stands before it (the body's name and its officer's, joined without a comma).
 */
function givenNameThenSurname(name: string): boolean {
  const tokens = words(name);
  return tokens.length >= 2 && givenGender(tokens[tokens.length - 2]!) !== undefined;
}

/** A one-word possessive before a given name and a surname: `Acme's Jo Lee` (group 1 the given name). */
const POSSESSED_PERSON = /^['’]s\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}\p{Ll}/u;

/**
 * `Acme's Jo Lee said`: a one-word name owning a person named in full is the body the person works for (a person's
 * people are `his lawyer`, `Lee's wife`, seldom named so). Read only after the article's evidence of a person, which
 * wins (`Lee's Jo Roe` where `Mr Lee` is written stays a person).
 */
function possessorOfPerson(text: string, name: string, ats: Iterable<number> = occurrences(text, name)): boolean {
  if (name.includes(' ')) return false;
  for (const at of ats) {
    const given = POSSESSED_PERSON.exec(text.slice(at + name.length, at + name.length + 40))?.[1];
    if (given !== undefined && givenGender(given) !== undefined) return true;
  }
  return false;
}

/**
 * A person's job, the person's name and `of`, `at` or `from` right before a name: `analyst Jo van Lee of `, `economist
 * Ann Roe at the `. What the person works for is a body (case-sensitive: the name's words are capitalised).
 */
const PERSON_OF_BODY =
  /(?<![\p{L}])(?:analyst|economist|strategist|broker|trader|fund\s+manager|researcher|spokes(?:man|woman|person))\s+(?:(?:\p{Lu}[\p{L}'’.-]*|van|von|de|den|der|del|da|di|le|la)\s+){1,4}(?:of|at|from)\s+(?:the\s+)?$/u;

/** A plural verb after a name: `Bath have`, `Acme are` (not `were`: `if Lee were to win`). */
const PLURAL_VERB_AFTER = /^\s+(?:have|are)\s+\p{Ll}/u;
/** A relative clause of `who` or `which`, then a plural verb: `, who signed Jo Lee in May, have` after `Acme`. */
const RELATIVE_THEN_PLURAL_AFTER = new RegExp(String.raw`^,\s+(?:who|which)${RELATIVE_CLAUSE_THEN_PLURAL}`, 'u');
/** What before a name makes it one of several subjects: `Lee and Roe are`, `Lee, Roe and Poe have`. */
const COORDINATED_BEFORE = /(?:(?<![\p{L}])(?:and|or|nor|with|plus)|[,&/])\s*$/iu;

/**
 * `Bath have put a deal on the table`, `Acme are third in the league`: a singular name with a plural verb is a club's,
 * a band's or a firm's, as British English writes them (a person's surname takes `has`, `is`). Not a name that is
 * one of several subjects (`Lee and Roe have`) nor one ending in `s` (`the Lees have`, `Reds`).
 */
function pluralSubject(text: string, name: string, ats: Iterable<number> = occurrences(text, name)): boolean {
  if (/s$/u.test(name)) return false;
  for (const at of ats) {
    const end = at + name.length;
    const c = text.charCodeAt(end);
    // `Acme, who signed Jo Lee in May, have won`: the plural verb after the relative clause
    if (c === 44 && RELATIVE_THEN_PLURAL_AFTER.test(text.slice(end, end + 200))) {
      if (!COORDINATED_BEFORE.test(text.slice(Math.max(0, at - 8), at))) return true;
      continue;
    }
    if (c !== 32 || !PLURAL_VERB_AFTER.test(text.slice(end, end + 8))) continue;
    if (!COORDINATED_BEFORE.test(text.slice(Math.max(0, at - 8), at))) return true;
  }
  return false;
}

/** What follows a sentence's subject when the next sentence takes it up as a body: `… . The company said`. */
const NEXT_SENTENCE_BODY =
  /^(?:['’]s?\s)?[^.!?"“”\n]{0,160}[.!?]\s+The\s+(?:company|firm|carmaker|automaker|retailer|airline|chain|broadcaster|publisher|brokerage|lender|insurer|manufacturer|conglomerate|corporation|start-?up|network|newspaper|paper|agency|channel|website|magazine|bank|carrier|supermarket|club)(?:['’]s)?\s/u;

/**
 * `Acme cut 500 jobs last year. The company said …`: a name opening a sentence whose next sentence opens with
 * `The company` (a firm's noun) is the firm's. (A person opening the sentence is seldom followed so.)
 */
function subjectTakenUpAsBody(text: string, name: string, ats: Iterable<number> = occurrences(text, name)): boolean {
  for (const at of ats) {
    let i = at - 1;
    let line = false;
    for (; i >= 0 && ' \n"“'.includes(text[i]!); i--) line ||= text[i] === '\n';
    if (i >= 0 && !line && !'.!?'.includes(text[i]!)) continue;
    if (NEXT_SENTENCE_BODY.test(text.slice(at + name.length, at + name.length + 220))) return true;
  }
  return false;
}

/**
 * Evidence in one article that a name stands for a person: `Lee, who`, `Lee said he`, `Lee, 45,`.
 * (Honorifics, given names, genders and roles are read by the mention index; this adds what only the
 * text around the name tells.) Memoised per name.
 */
export function personEvidence(text: string): (name: string) => boolean {
  // (read far enough to see a relative clause close: `Acme, who signed Jo Lee …, have won` is no person's)
  return memoised((name) => writtenWith(text, name, null, AFTER_PERSON, null, 200));
}

/**
 * `AT&T`, `4Cast`, `3M`, `Channel 4`, `BBC`: a name with `&`, a digit inside a word, a number closing it, or
 * written in capitals, is a body's. Not a number standing first as a word of its own (`50 Cent`, a stage name):
 * that name's type is the article's evidence.
 */
export function bodyShape(name: string): boolean {
  if (/^\p{Lu}{2,}$/u.test(name.replace(/[\s.]/gu, ''))) return true;
  if (innerCapital(name)) return true;
  if (name.includes('&')) return true;
  if (!/\p{N}/u.test(name)) return false;
  return /\p{L}\p{N}|\p{N}\p{L}|\s\p{N}+$/u.test(name) || !/^\p{N}+\s/u.test(name);
}

/** Surnames' prefixes written before an inner capital: `McCall`, `MacLeod`, `DiMarco`, `LeBlanc`, `FitzGerald`. */
const INNER_CAPITAL_PREFIXES: ReadonlySet<string> = new Set(
  words('Mc Mac Fitz De Di Da Du La Le Van Von Del Della St'),
);

/**
 * `TfL`, `DrKW`, `AutoLink`, `HarbourOnline`: one word with a capital after lower-case letters is a firm's, a site's or
 * a body's coined name, unless what stands before the capital is a surname's prefix (`McCall`, `DeLuca`).
 */
function innerCapital(name: string): boolean {
  const m = /^(\p{Lu}\p{Ll}*)\p{Lu}[\p{L}]*$/u.exec(name);
  return (
    m !== null && /\p{Ll}/u.test(name.slice(1)) && /\p{Ll}\p{Lu}/u.test(name) && !INNER_CAPITAL_PREFIXES.has(m[1]!)
  );
}

/** The speaker phrase and what coreference made of it: the input of `speakerEntity`. */
export interface ResolvedPhrase {
  /** The speaker phrase as written (`he`, `the company`, `Acme`). */
  phrase: string;
  /** How the phrase names the speaker (`Attribution.kind`). */
  kind: 'named' | 'pronoun' | 'nominal' | 'organization' | null;
  /** The name it resolved to, or null. */
  name: string | null;
}

/**
 * The entity layer's verdict on one article's speakers: is the speaker an attribution names a person or an
 * organisation? From the phrase (`he`/`she` a person, `it` or `the company` a body), then the name's words
 * (`Acme Corp`, `Mr Lee`, `AT&T`), then the article's evidence about the name (`Lee, who`; `Acme said it`,
 * `shares in Acme`); a name nothing marks stays a person, as names of people are most of what speaks.
 * Returns null when the attribution names nobody.
 */
export function speakerEntity(text: string, index: MentionIndex): (resolved: ResolvedPhrase) => SpeakerEntity | null {
  const bodyEvidence = organisationEvidence(text);
  const outlets = outletEvidence(text);
  const peopleEvidence = personEvidence(text);
  const lowerCase = lowerCaseWords(text);
  const memberOf = memoised((plural: string): boolean => writtenAt(text, plural.slice(0, -1)));
  // what the article says of the name itself: a gender (`Mr Lee`, `she`), a role (`chief executive Jo Lee`),
  // `Lee, who`, `Lee, 45,`, `Lee said he`
  const articleSaysPerson = (name: string): boolean => {
    const key = lastToken(name);
    return (
      index.genders.has(key) || index.roles.has(key) || peopleEvidence(name) || (name !== key && peopleEvidence(key))
    );
  };
  // the verdict evidence gives, or null when nothing in the name or the article tells: the article's
  // evidence first, then the shape of the name, then the given-name gazetteer
  // a pure function of the name within one article (the evidence above is the article's), asked again at each
  // quotation of the same speaker: judged once per name
  // `housebuilder Jo Lee … shares in Lee`: a firm named after its founder, a given name and a surname (the name's
  // words alone make it a person's): its body's noun right before the whole name, the surname alone written as a
  // body's, and no person's evidence for the surname (an honorific, `Lee, who`, `Lee said he`)
  const firmNamedForPerson = (name: string): boolean => {
    const parts = words(name);
    if (parts.length !== 2 || givenGender(parts[0]!) === undefined || HONORIFIC_LEAD_TOKENS.has(parts[0]!))
      return false;
    const surname = parts[1]!;
    if (!writtenWith(text, name, null, null, bodyNounBefore) || !bodyEvidence(surname)) return false;
    if (peopleEvidence(name) || peopleEvidence(surname) || index.roles.has(surname)) return false;
    return !new RegExp(
      `(?<![\\p{L}])(?:${HONORIFIC_LEAD_WORDS.join('|')})\\.?\\s+${surname.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`,
      'u',
    ).test(text);
  };
  // `Barton-Kell released a statement`: two surnames joined by a hyphen, each of a different person the article names in
  // full (`Joe Barton`, `Ann Kell`), stand for the pair's ticket, campaign or firm, not a person (a double surname is
  // one person's: `Ann Smith-Jones`, whose parts the article names no one by)
  const pairOfNamed = (name: string): boolean => {
    const parts = name.split('-');
    if (parts.length !== 2 || !/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(name)) return false;
    const first = index.fullest.get(parts[0]!);
    const second = index.fullest.get(parts[1]!);
    return (
      first !== undefined && second !== undefined && first.includes(' ') && second.includes(' ') && first !== second
    );
  };
  const judged = new Map<string, SpeakerEntity | null>();
  const ofName = (name: string): SpeakerEntity | null => {
    let known = judged.get(name);
    if (known === undefined) judged.set(name, (known = judgeName(name)));
    return known;
  };
  const judgeName = (name: string): SpeakerEntity | null => {
    const byName = typeByName(name);
    if (byName === 'person') return firmNamedForPerson(name) ? 'organization' : 'person';
    if (byName === 'organisation') return 'organization';
    if (pairOfNamed(name)) return 'organization';
    // `Lib Dems` beside `Lib Dem`, `MPs` beside `MP`: the plural of a member's name is a group's
    if (/[\p{Ll}\p{Lu}]s$/u.test(name) && memberOf(name)) return 'organization';
    if (articleSaysPerson(name)) return 'person';
    if (bodyEvidence(name)) return 'organization';
    if (bodyShape(name)) return 'organization';
    const words = name.split(/\s+/u);
    // `Liam Fox`: a given name first (not a word the article also writes in lower case: `royal`, `shell`)
    if (words.length > 1 && isGivenName(words[0]!) && !lowerCase(words[0]!)) return 'person';
    // `Gartner`, `Boeing`: a well-known firm's one-word name that the article gives no person's evidence (no
    // fuller name, gender or role: those were read above) and never writes in lower case (`apple`)
    if (words.length === 1 && isKnownFirm(name) && !lowerCase(name)) return 'organization';
    // `General Electric`, `General Mills`: a firm's name opening with a title's word (`General Jo Lee` is a person)
    if (words.length === 2 && words[0] === 'General' && GENERAL_FIRMS.has(words[1]!)) return 'organization';
    // `told Acme`, `according to Acme`, `Acme reported`: an outlet or an agency (a one-word name: a longer one
    // nothing typed is a person's more often, `according to Ann Kowalska`; an outlet's holds `News`, `Times`)
    if (words.length === 1 && outlets(name)) return 'organization';
    return null;
  };
  return ({ phrase, kind, name }) => {
    if (name === null || kind === null) return null;
    // `the Everton manager Jo Lee`, read as a body's name for its `the`, is a person all the same
    // (`Harbour Assembly transport committee`: a body's name ending in a body's noun in lower case is a body's, whatever
    // the article says of that noun's word alone)
    if (kind === 'organization')
      return /\s\p{Ll}+$/u.test(name) && ORG_NOUNS.has(phraseHead(name))
        ? 'organization'
        : (ofName(name) ?? 'organization');
    if (kind === 'pronoun') {
      const p = phrase.toLowerCase();
      if (/^(?:he|she|him|her|his|hers)$/u.test(p)) return 'person';
      if (/^(?:it|its)$/u.test(p)) return 'organization';
      return ofName(name);
    }
    if (kind === 'nominal') {
      // `the company said` stands for a body, `the minister said` for a person; `her statement` for whoever
      // wrote it (`its statement`: a body)
      const head = phraseHead(phrase);
      if (BODY_NOUN.test(head) || (ORG_NOUNS.has(head) && !DOCUMENT_NOUNS.has(head))) return 'organization';
      return ofName(name) ?? (/^its\s/iu.test(phrase) ? 'organization' : 'person');
    }
    // `Dr Fox`, `Producer Jo Lee`: a title written with the name
    if (HONORIFIC_LEAD.test(phrase + ' ')) return 'person';
    // `the Fed`, `the Treasury`: a name that takes the definite article is a body's, unless the article
    // tells otherwise
    if (/^the\s/iu.test(phrase) && bare(phrase.replace(/^the\s+/iu, '')) === bare(name))
      return ofName(name) ?? 'organization';
    return ofName(name);
  };
}

/** Nouns of what is written or said (`statement`, `tweet`): they speak for their author, a person or a body. */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(
  words(
    'statement release report letter memo poll study survey account tweet post ad advertisement video email e-mail',
  ),
);

const bare = (s: string): string =>
  s
    .replace(/['’]s?$/u, '')
    .replace(/[\s.]+/gu, ' ')
    .trim();

const phraseHead = (phrase: string): string => (phrase.toLowerCase().split(/\s+/u).pop() ?? '').replace(/[.’']+$/u, '');
