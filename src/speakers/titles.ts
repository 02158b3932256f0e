/**
 * Rule tables for reading speaker names: titles and honorifics (stripped from names, titles kept
 * as roles), given-name nicknames, surname particles and words that mark an organisation.
 */

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
}

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
];

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
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'bin', 'al', 'el', 'ibn', 'dos', 'das']);

/** Name suffixes that are not part of the surname key: "Martin Luther King Jr." */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Final words that make a name an organisation even when the extractor called it named: "the White House". */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  'kremlin', 'palace', 'house', 'ministry', 'office', 'department', 'government', 'commission', 'council', 'agency',
  'police', 'army', 'military', 'party', 'union', 'committee', 'court', 'parliament', 'senate', 'congress', 'bank',
  'company', 'inc', 'corp', 'corporation', 'group', 'service', 'institute', 'university', 'foundation', 'association',
  'embassy', 'administration', 'cabinet', 'nato', 'un', 'eu', 'pentagon', 'elysee', 'forces',
]);

/** Capitalised words that stand where a name would but name nobody: "Aides said", "Others argued". */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'aides', 'others', 'officials', 'critics', 'supporters', 'sources', 'experts', 'analysts', 'residents', 'people',
  'many', 'some', 'both', 'everyone', 'someone', 'witnesses', 'observers', 'he', 'she', 'they', 'we', 'i', 'it', 'you',
]);

/** Plural group names that speak as one: kept as speakers of kind organization ("Democrats said"). */
export const GROUP_NAMES: ReadonlySet<string> = new Set([
  'democrats', 'republicans', 'conservatives', 'liberals', 'progressives', 'americans', 'europeans', 'ukrainians', 'russians',
]);
