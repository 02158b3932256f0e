/**
 * Rule tables for reading speaker names: titles and honorifics (stripped from names, titles kept
 * as roles), given-name nicknames, surname particles and words that mark an organisation.
 */
import { MONTH_FULL_NAMES, WEEKDAY_NAMES } from './calendar.js';
import { wordSet } from './table.js';

/**
 * A title written before a name. `words` are lowercase without dots, matched token by token
 * ("Prime Minister Keir Starmer", "Sen. Jane Doe"). `role` false marks a bare honorific (`Mr.`):
 * stripped from the name but not kept as a role. `expand` spells out an abbreviation for the role.
 */
export interface TitleRule {
  name: string;
  words: readonly string[];
  role: boolean;
  expand?: string;
  /**
   * When the whole name is this title, it names an organisation (its canonical name given here):
   * "the Tories said" → `Conservatives`; "Lib Dems" → `Liberal Democrats`. Without it a title alone names nobody.
   */
  organization?: string;
}

/**
 * Job and role nouns that open a name at the start of a sentence or after a descriptor:
 * "Singer Ann Lee", "Tory MP Ann Lee", "Arsenal boss Ann Lee", "chief executive Ann Lee".
 * Words that are also common given names or surnames (Hooker, Lock, Host, Star, Singer alone) are
 * safe here: a title is only taken off when at least one word is left as the name.
 */
const JOB_WORDS: readonly string[] = [
  // Politics (British first): "Tory MP Ann Lee", "Home Secretary Ann Lee", "Labour peer Ann Lee"
  'mp',
  'mep',
  'msp',
  'mla',
  'peer',
  'councillor',
  'candidate',
  'campaigner',
  'activist',
  'whip',
  'diplomat',
  // Business: "Shell boss Ann Lee", "chief executive Ann Lee", "analyst Ann Lee"
  'boss',
  'executive',
  'chair',
  'co-chairman',
  'vice-chairman',
  'founder',
  'co-founder',
  'owner',
  'analyst',
  'economist',
  'strategist',
  'trader',
  'banker',
  'investor',
  'consultant',
  'partner',
  'entrepreneur',
  'treasurer',
  'president-elect',
  // Sport: "Chelsea manager Ann Lee", "striker Ann Lee", "coach Ann Lee"
  'manager',
  'coach',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'keeper',
  'winger',
  'skipper',
  'player',
  'goalscorer',
  'champion',
  'boxer',
  'golfer',
  'sprinter',
  'athlete',
  'jockey',
  'trainer',
  'referee',
  'batsman',
  'bowler',
  'fly-half',
  'scrum-half',
  'full-back',
  'stand-off',
  'flanker',
  'centre',
  'prop',
  'hooker',
  'lock',
  // Arts and media: "Singer Ann Lee", "Producer Ann Lee", "DJ Ann Lee"
  'singer',
  'songwriter',
  'actor',
  'actress',
  'producer',
  'writer',
  'author',
  'novelist',
  'dj',
  'presenter',
  'broadcaster',
  'comedian',
  'editor',
  'journalist',
  'reporter',
  'correspondent',
  'critic',
  'designer',
  'rapper',
  'frontman',
  'guitarist',
  'drummer',
  'musician',
  'artist',
  'photographer',
  'film-maker',
  'filmmaker',
  'composer',
  // Law, science, public life: "lawyer Ann Lee", "Farmer Ann Lee"
  'lawyer',
  'solicitor',
  'barrister',
  'attorney',
  'prosecutor',
  'detective',
  'inspector',
  'superintendent',
  'constable',
  'sheriff',
  'coroner',
  'officer',
  'commander',
  'scientist',
  'researcher',
  'expert',
  'doctor',
  'surgeon',
  'teacher',
  'farmer',
  'chef',
  'bishop',
  'archbishop',
  'cardinal',
];

/**
 * Political parties written before a name ("Tory Ann Lee", "Lib Dem Ann Lee"): kept as the role. Alone, the
 * plural or the party's own name is the party as a speaker ("the Tories said"); an adjective alone ("a Tory") names nobody.
 */
const PARTY_RULES: readonly TitleRule[] = [
  { name: 'tory', words: ['tory'], role: true },
  { name: 'tories', words: ['tories'], role: true, organization: 'Conservatives' },
  { name: 'conservative', words: ['conservative'], role: true },
  { name: 'conservatives', words: ['conservatives'], role: true, organization: 'Conservatives' },
  { name: 'conservative-party', words: ['conservative', 'party'], role: true, organization: 'Conservatives' },
  { name: 'labour', words: ['labour'], role: true, organization: 'Labour' },
  { name: 'labour-party', words: ['labour', 'party'], role: true, organization: 'Labour' },
  { name: 'lib-dem', words: ['lib', 'dem'], role: true },
  { name: 'lib-dems', words: ['lib', 'dems'], role: true, organization: 'Liberal Democrats' },
  { name: 'liberal-democrat', words: ['liberal', 'democrat'], role: true },
  { name: 'liberal-democrats', words: ['liberal', 'democrats'], role: true, organization: 'Liberal Democrats' },
  { name: 'ukip', words: ['ukip'], role: true, organization: 'UKIP' },
  { name: 'snp', words: ['snp'], role: true, organization: 'SNP' },
  { name: 'plaid-cymru', words: ['plaid', 'cymru'], role: true, organization: 'Plaid Cymru' },
];

/** Titles written after a name: "Ann Lee MP", "Ann Lee QC". Taken off the name and kept as the role. */
export const POST_NOMINALS: Readonly<Record<string, string>> = {
  mp: 'MP',
  mep: 'MEP',
  msp: 'MSP',
  qc: 'QC',
  kc: 'KC',
  obe: 'OBE',
  mbe: 'MBE',
  cbe: 'CBE',
};

/**
 * Peerage titles are part of how a peer is named: "Lord Ashdown", "Baroness Lee" are names, told apart from
 * "Paddy Ashdown" by the text only; so the title stays in the name when a single word follows it.
 */
export const PEERAGE: ReadonlySet<string> = wordSet('PEERAGE', [
  'lord',
  'lady',
  'baroness',
  'baron',
  'viscount',
  'earl',
]);

export const TITLES: readonly TitleRule[] = [
  // Honorifics: "Mr. Macron", "Dr Jane Doe"
  { name: 'mr', words: ['mr'], role: false },
  { name: 'mrs', words: ['mrs'], role: false },
  { name: 'ms', words: ['ms'], role: false },
  { name: 'miss', words: ['miss'], role: false },
  { name: 'mx', words: ['mx'], role: false },
  { name: 'sir', words: ['sir'], role: false },
  { name: 'dame', words: ['dame'], role: false },
  { name: 'lord', words: ['lord'], role: false },
  { name: 'madame', words: ['madame'], role: false },
  { name: 'monsieur', words: ['monsieur'], role: false },
  { name: 'dr', words: ['dr'], role: false },
  { name: 'prof', words: ['prof'], role: false },
  { name: 'professor', words: ['professor'], role: false },
  // Offices: "French President Emmanuel Macron", "NATO Secretary General Mark Rutte"
  { name: 'president', words: ['president'], role: true },
  { name: 'pres', words: ['pres'], role: true, expand: 'President' },
  { name: 'vice-president', words: ['vice', 'president'], role: true },
  { name: 'prime-minister', words: ['prime', 'minister'], role: true },
  { name: 'pm', words: ['pm'], role: true, expand: 'Prime Minister' },
  { name: 'minister', words: ['minister'], role: true },
  { name: 'chancellor', words: ['chancellor'], role: true },
  { name: 'lord-chancellor', words: ['lord', 'chancellor'], role: true },
  { name: 'chancellor-of-the-exchequer', words: ['chancellor', 'of', 'the', 'exchequer'], role: true },
  // "(Chancellor of the) Exchequer Ann Lee", when the name was cut after "the".
  { name: 'exchequer', words: ['exchequer'], role: true, expand: 'Chancellor of the Exchequer' },
  { name: 'premier', words: ['premier'], role: true },
  { name: 'secretary-of-state', words: ['secretary', 'of', 'state'], role: true },
  { name: 'secretary-general', words: ['secretary-general'], role: true },
  { name: 'secretary-general-2', words: ['secretary', 'general'], role: true },
  { name: 'secretary', words: ['secretary'], role: true },
  { name: 'attorney-general', words: ['attorney', 'general'], role: true },
  { name: 'chief-of-staff', words: ['chief', 'of', 'staff'], role: true },
  { name: 'head-of-state', words: ['head', 'of', 'state'], role: true },
  { name: 'senator', words: ['senator'], role: true },
  { name: 'sen', words: ['sen'], role: true, expand: 'Senator' },
  { name: 'representative', words: ['representative'], role: true },
  { name: 'rep', words: ['rep'], role: true, expand: 'Representative' },
  { name: 'congressman', words: ['congressman'], role: true },
  { name: 'congresswoman', words: ['congresswoman'], role: true },
  { name: 'governor', words: ['governor'], role: true },
  { name: 'gov', words: ['gov'], role: true, expand: 'Governor' },
  { name: 'mayor', words: ['mayor'], role: true },
  { name: 'speaker', words: ['speaker'], role: true },
  { name: 'leader', words: ['leader'], role: true },
  { name: 'ambassador', words: ['ambassador'], role: true },
  { name: 'amb', words: ['amb'], role: true, expand: 'Ambassador' },
  { name: 'envoy', words: ['envoy'], role: true },
  { name: 'commissioner', words: ['commissioner'], role: true },
  { name: 'spokesman', words: ['spokesman'], role: true },
  { name: 'spokeswoman', words: ['spokeswoman'], role: true },
  { name: 'spokesperson', words: ['spokesperson'], role: true },
  { name: 'chairman', words: ['chairman'], role: true },
  { name: 'chairwoman', words: ['chairwoman'], role: true },
  { name: 'director', words: ['director'], role: true },
  { name: 'ceo', words: ['ceo'], role: true, expand: 'CEO' },
  { name: 'chief', words: ['chief'], role: true },
  { name: 'head', words: ['head'], role: true },
  { name: 'ruler', words: ['ruler'], role: true },
  { name: 'official', words: ['official'], role: true },
  { name: 'adviser', words: ['adviser'], role: true },
  { name: 'advisor', words: ['advisor'], role: true },
  { name: 'aide', words: ['aide'], role: true },
  { name: 'negotiator', words: ['negotiator'], role: true },
  { name: 'judge', words: ['judge'], role: true },
  { name: 'justice', words: ['justice'], role: true },
  { name: 'king', words: ['king'], role: true },
  { name: 'queen', words: ['queen'], role: true },
  { name: 'prince', words: ['prince'], role: true },
  { name: 'princess', words: ['princess'], role: true },
  { name: 'pope', words: ['pope'], role: true },
  { name: 'general', words: ['general'], role: true },
  { name: 'gen', words: ['gen'], role: true, expand: 'General' },
  { name: 'lt', words: ['lt'], role: true, expand: 'Lieutenant' },
  { name: 'col', words: ['col'], role: true, expand: 'Colonel' },
  { name: 'colonel', words: ['colonel'], role: true },
  { name: 'admiral', words: ['admiral'], role: true },
  { name: 'adm', words: ['adm'], role: true, expand: 'Admiral' },
  { name: 'captain', words: ['captain'], role: true },
  { name: 'capt', words: ['capt'], role: true, expand: 'Captain' },
  { name: 'sgt', words: ['sgt'], role: true, expand: 'Sergeant' },
  { name: 'chief-executive', words: ['chief', 'executive'], role: true },
  { name: 'managing-director', words: ['managing', 'director'], role: true },
  // "FBI General Counsel Jo Lee": a lawyer's office
  { name: 'general-counsel', words: ['general', 'counsel'], role: true },
  ...JOB_WORDS.map((word) => ({ name: word, words: [word], role: true })),
  ...PARTY_RULES,
];

/** Words that make a phrase a person's role ("Tory leader", "analyst with Jupiter"): the words of the role titles. */
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  TITLES.filter((t) => t.role).flatMap((t) =>
    t.words.filter((w) => !['of', 'the', 'state', 'staff', 'party'].includes(w)),
  ),
);

/** Given-name nicknames folded to one form, so "Bill Clinton" and "William Clinton" agree. */
export const NICKNAMES: Readonly<Record<string, string>> = {
  bill: 'william',
  will: 'william',
  billy: 'william',
  bob: 'robert',
  bobby: 'robert',
  rob: 'robert',
  mike: 'michael',
  jim: 'james',
  jimmy: 'james',
  joe: 'joseph',
  tom: 'thomas',
  dick: 'richard',
  rick: 'richard',
  ted: 'edward',
  ed: 'edward',
  liz: 'elizabeth',
  beth: 'elizabeth',
  chris: 'christopher',
  dave: 'david',
  dan: 'daniel',
  danny: 'daniel',
  tony: 'anthony',
  nick: 'nicholas',
  steve: 'steven',
  stephen: 'steven',
  pete: 'peter',
  sam: 'samuel',
  alex: 'alexander',
  andy: 'andrew',
  ben: 'benjamin',
  matt: 'matthew',
  greg: 'gregory',
  jeff: 'jeffrey',
  chuck: 'charles',
  charlie: 'charles',
  vlad: 'vladimir',
};

/** Lowercase words that belong to a surname: "Ursula von der Leyen", "Charles de Gaulle". */
export const SURNAME_PARTICLES: ReadonlySet<string> = wordSet('SURNAME_PARTICLES', [
  'von',
  'van',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'la',
  'le',
  'bin',
  'al',
  'el',
  'ibn',
  'dos',
  'das',
]);

/** Name suffixes that are not part of the surname key: "Martin Luther King Jr." */
export const NAME_SUFFIXES: ReadonlySet<string> = wordSet('NAME_SUFFIXES', ['jr', 'sr', 'ii', 'iii', 'iv']);

/** Final words that make a name an organisation even when the extractor called it named: "the White House". */
export const ORGANIZATION_WORDS: ReadonlySet<string> = wordSet('ORGANIZATION_WORDS', [
  'kremlin',
  'palace',
  'house',
  'ministry',
  'office',
  'department',
  'government',
  'commission',
  'council',
  'agency',
  'police',
  'army',
  'military',
  'party',
  'union',
  'committee',
  'court',
  'parliament',
  'senate',
  'congress',
  'bank',
  'company',
  'inc',
  'corp',
  'corporation',
  'group',
  'service',
  'institute',
  'university',
  'foundation',
  'association',
  'embassy',
  'administration',
  'cabinet',
  'nato',
  'un',
  'eu',
  'pentagon',
  'elysee',
  'forces',
]);

/**
 * The common nouns among the organisation words: a body's kind, never a body's name standing alone. A name reading
 * leaves one alone only by taking a title off a body's name (`Scottish Labour Party` read as the role `Scottish Labour`
 * and the name `Party`), so such a reading keeps the whole name.
 */
export const GENERIC_BODY_WORDS: ReadonlySet<string> = wordSet(
  'GENERIC_BODY_WORDS',
  [...ORGANIZATION_WORDS].filter((w) => !['kremlin', 'nato', 'un', 'eu', 'pentagon', 'elysee'].includes(w)),
);

/**
 * Common nouns of bodies that, written alone and capitalised (`The Committee said`, `the Institute`), still name no one
 * body across a corpus: each article means its own. (Not `Parliament`, `Senate`, `Congress`, `Government`, `Police`,
 * `Pentagon`: alone they stand for one body of the article's country, as the corpus reads them.)
 */
export const BODY_KIND_WORDS: ReadonlySet<string> = wordSet('BODY_KIND_WORDS', [
  ...`committee institute office party council department ministry commission agency union company corporation group
  service foundation association embassy bank university church society board authority bureau federation fund trust
  club team`.split(/\s+/u),
]);

/** Capitalised words that stand where a name would but name nobody: "Aides said", "Others argued". */
export const NAMELESS_SPEAKERS: ReadonlySet<string> = wordSet('NAMELESS_SPEAKERS', [
  'aides',
  'others',
  'officials',
  'critics',
  'supporters',
  'sources',
  'experts',
  'analysts',
  'residents',
  'people',
  'many',
  'some',
  'both',
  'everyone',
  'someone',
  'witnesses',
  'observers',
  'he',
  'she',
  'they',
  'we',
  'i',
  'it',
  'you',
  'him',
  'her',
  'them',
  'us',
  'me',
]);

/** Plural group names that speak as one: kept as speakers of kind organization ("Democrats said"). */
export const GROUP_NAMES: ReadonlySet<string> = wordSet('GROUP_NAMES', [
  'democrats',
  'republicans',
  'conservatives',
  'liberals',
  'progressives',
  'americans',
  'europeans',
  'ukrainians',
  'russians',
]);

/**
 * Capitalised words that open a sentence before a name and are no part of it: sentence adverbs and connectives ("Maybe
 * Trump was right", "However Lee said") and descriptions of people ("Olympian Lee", "Veterans Lee and Roe", "Irishmen
 * Jo Lee and Ann Roe"). None is a given name.
 */
export const LEADING_NOT_NAMES: ReadonlySet<string> = wordSet('LEADING_NOT_NAMES', [
  ...`maybe perhaps however meanwhile indeed instead separately additionally moreover furthermore nevertheless
  nonetheless finally eventually ultimately initially originally previously recently currently later earlier overall
  reportedly allegedly apparently clearly obviously certainly surely probably possibly fortunately unfortunately sadly
  happily interestingly ironically notably importantly especially actually really frankly admittedly arguably anyway
  thus hence therefore why how what where who just whilst whereas unless until once despite during without against
  among amid did does has have is was were are could would should might must let here there again already soon
  never ever always sometimes often nor neither either whether thereafter`.split(/\s+/u),
  ...`veterans olympian olympians irishmen irishman englishman englishmen scotsman scotsmen welshman welshmen
  frenchman frenchmen`.split(/\s+/u),
]);

/**
 * Capitalised words that can stand right before a surname without being a given name:
 * "But Lee said", "On Monday Lee", "As Lee put it". Titles and honorifics are excluded separately.
 */
export const NOT_GIVEN_NAMES: ReadonlySet<string> = wordSet('NOT_GIVEN_NAMES', [
  'the',
  'a',
  'an',
  'and',
  'but',
  'or',
  'so',
  'yet',
  'if',
  'as',
  'at',
  'in',
  'on',
  'of',
  'for',
  'with',
  'by',
  'to',
  'from',
  'when',
  'while',
  'after',
  'before',
  'since',
  'though',
  'although',
  'because',
  'then',
  'now',
  'also',
  'still',
  'only',
  'says',
  'said',
  'told',
  'added',
  'asked',
  'according',
  'fellow',
  'former',
  'new',
  'young',
  'veteran',
  'team-mate',
  ...WEEKDAY_NAMES,
  'yesterday',
  'today',
  'tomorrow',
  ...MONTH_FULL_NAMES,
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'our',
  'we',
  'he',
  'she',
  'they',
  'it',
  'i',
  'you',
  'some',
  'many',
  'most',
  'all',
  'both',
  'other',
  'others',
  'every',
  'each',
  'no',
  'not',
  'more',
  'like',
  'unlike',
  ...LEADING_NOT_NAMES,
  ...`senior junior ex outgoing incoming acting interim late rival`.split(/\s+/u),
]);
