/**
 * Word tables used by the extraction rules. Plain data: general English, no corpus names.
 */
import { capitalised, MONTH_FULL_NAMES, WEEKDAY_NAMES } from './calendar.js';
import { wordList, wordSet } from './table.js';

/** Speech verbs in the forms that introduce or follow a quotation (`he said`, `says X`). */
export const SPEECH_VERBS: readonly string[] = wordList('SPEECH_VERBS', [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'asked', 'asks', 'noted', 'notes', 'warned', 'warns',
  'stated', 'states', 'declared', 'declares', 'revealed', 'reveals', 'asserted', 'asserts', 'emphasized',
  'emphasised', 'emphasizes', 'emphasises', 'insisted', 'insists', 'argued', 'argues', 'claimed', 'claims',
  'explained', 'explains', 'disclosed', 'admitted', 'admits', 'wrote', 'writes', 'posted', 'posts', 'cautioned',
  'stressed', 'stresses', 'replied', 'replies', 'responded', 'responds', 'continued', 'continues', 'recalled',
  'recalls', 'acknowledged', 'acknowledges', 'announced', 'announces', 'conceded', 'concedes', 'complained',
  'complains', 'joked', 'jokes', 'quipped', 'quips', 'predicted', 'predicts', 'urged', 'urges', 'tweeted',
  'tweets', 'shouted', 'yelled', 'remarked', 'remarks', 'observed', 'observes', 'suggested', 'suggests',
  'mused', 'muses', 'boasted', 'boasts', 'vowed', 'vows', 'promised', 'promises', 'pledged', 'pledges',
  'countered', 'counters', 'retorted', 'concluded', 'concludes', 'maintained', 'maintains',
  'contended', 'contends', 'charged', 'charges', 'lamented', 'laments', 'confirmed', 'confirms',
  'denied', 'denies', 'agreed', 'agrees', 'reiterated', 'reiterates', 'underscored', 'underlined', 'highlighted',
  'described', 'describes', 'called', 'calls', 'proclaimed', 'proclaims', 'exclaimed', 'whispered', 'wondered',
  'wonders', 'speculated', 'testified', 'testifies', 'reported', 'reports', 'affirmed', 'affirms', 'assured',
  'assures', 'commented', 'comments', 'texted', 'emailed', 'e-mailed', 'messaged', 'blogged',
  'thundered', 'scoffed', 'sighed', 'laughed', 'cried', 'screamed', 'declaring', 'saying', 'adding', 'telling',
  'noting', 'warning', 'arguing', 'insisting', 'explaining', 'writing', 'asking', 'calling', 'describing',
  'claiming', 'stressing', 'urging', 'promising', 'vowing', 'tweeting', 'posting', 'recalling',
  'alleged', 'alleges', 'accused', 'accuses', 'criticized', 'criticised', 'praised', 'blasted',
  'slammed', 'mocked', 'dismissed', 'demanded', 'demands', 'put', 'puts', 'echoed', 'repeated',
  'barked', 'remembered', 'offered', 'pleaded', 'bemoaned', 'decried', 'denounced', 'condemned', 'hailed', 'touted',
  'conceding', 'acknowledging', 'admitting', 'suggesting', 'predicting', 'complaining',
  'accusing', 'dismissing', 'praising', 'referring', 'recounted', 'recounts', 'elaborated', 'interjected', 'snapped',
  // participles of the verbs above (`with Lee reportedly yelling: "…"`) and reactions (`"…," reacted Lee`)
  'yelling', 'shouting', 'replying', 'responding', 'joking', 'quipping', 'stating', 'announcing', 'remarking',
  'pleading', 'boasting', 'exclaiming', 'retorting', 'countering', 'reacted', 'reacts',
  // plural present tense (`critics argue`, `they write`, `experts warn`)
  'write', 'argue', 'warn', 'insist', 'explain', 'tell', 'admit', 'contend', 'predict', 'recall', 'complain',
]);

/** Multi-word cues: `went on`, `pointed out`, `according to`. */
export const PHRASAL_CUES: readonly string[] = wordList('PHRASAL_CUES', [
  'went on', 'goes on', 'pointed out', 'points out', 'according to', 'spoke of', 'summed up', 'chimed in',
  'weighed in', 'shot back', 'fired back', 'hit back', 'wrote in', 'said in', 'put it',
]);

/** First words of the phrasal cues (`went`, `pointed`, `according`). */
const PHRASAL_HEADS: ReadonlySet<string> = new Set(PHRASAL_CUES.map((c) => c.split(' ')[0]!));

/**
 * A subset of the speech verbs for one rule's pattern: each word must be a speech verb (SPEECH_VERBS), the
 * head of a phrasal cue, or one of `others` (words the pattern reads that are not cues of their own);
 * throws naming the table and the word otherwise, like a repeat.
 */
function speechForms(table: string, words: readonly string[], others: readonly string[] = []): readonly string[] {
  const speech = new Set(SPEECH_VERBS);
  for (const word of wordList(table, words)) {
    if (!speech.has(word) && !PHRASAL_HEADS.has(word) && !others.includes(word)) {
      throw new Error(`lexicon: ${table} holds '${word}', neither a speech verb nor a phrasal cue's head`);
    }
  }
  return words;
}

/**
 * Cues that may stand before their subject (`"…," said Smith`, `mused the host`, `agrees Jo Lee`), read
 * as word openings: intransitive speech verbs, past or present, and phrasal cues' heads (`went on`).
 */
export const INVERTIBLE_CUES: readonly string[] = speechForms('INVERTIBLE_CUES', [
  'said', 'says', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'continued', 'continues', 'explained',
  'explains', 'noted', 'notes', 'declared', 'replied', 'replies', 'recalled', 'recalls', 'insisted', 'insists',
  'argued', 'argues', 'warned', 'warns', 'stated', 'tweeted', 'posted', 'observed', 'concluded', 'quipped', 'joked',
  'remarked', 'asserted', 'responded', 'countered', 'according', 'mused', 'remembered', 'offered', 'conceded',
  'admitted', 'acknowledged', 'retorted', 'shouted', 'yelled', 'laughed', 'sighed', 'exclaimed', 'whispered',
  'cautioned', 'complained', 'predicted', 'suggested', 'emphasized', 'emphasised', 'stressed', 'agreed',
  'confirmed', 'boasted', 'scoffed', 'lamented', 'wondered', 'thundered', 'barked', 'cried', 'screamed', 'went',
  'goes', 'pointed', 'chimed', 'shot', 'fired', 'hit', 'summed', 'weighed', 'announced', 'reiterated', 'urged',
  'pleaded', 'vowed', 'promised', 'agrees', 'concedes', 'admits', 'acknowledges', 'observes', 'concludes', 'jokes',
  'quips', 'remarks', 'asserts', 'responds', 'counters', 'retorts', 'cautions', 'complains', 'predicts', 'suggests',
  'emphasizes', 'emphasises', 'stresses', 'confirms', 'boasts', 'laments', 'wonders', 'declares', 'announces',
  'urges', 'vows', 'promises', 'muses', 'recounts', 'recounted', 'reacted', 'reacts', 'echoed',
], ['retorts', 'cautions']);

/** Cues after a new subject that make `, and` close a complement clause (`…, and Ms. Roe said the "…"`). */
export const CLAUSE_BOUNDARY_CUES: readonly string[] = speechForms('CLAUSE_BOUNDARY_CUES', [
  'said', 'says', 'told', 'added', 'wrote', 'argued', 'insisted', 'noted',
]);

/** Verbs closing a parenthetical after a name (`That, Jo Lee explained, is by design`), belief verbs too. */
export const PARENTHETICAL_CUES: readonly string[] = speechForms('PARENTHETICAL_CUES', [
  'said', 'says', 'explained', 'explains', 'added', 'adds', 'noted', 'notes', 'argued', 'argues', 'insisted',
  'insists', 'warned', 'warns', 'conceded', 'concedes', 'acknowledged', 'acknowledges', 'wrote', 'writes',
  'claimed', 'claims', 'believes', 'believed', 'thinks', 'thought',
], ['believes', 'believed', 'thinks', 'thought']);

/**
 * Verbs that make a lead's dated sentence the report of a statement (`announced on September 4, 2025,
 * that…`): speech verbs, and verbs of public appearance (`unveiled`, `briefed`, `spoke`).
 */
export const LEAD_STATEMENT_VERBS: readonly string[] = speechForms('LEAD_STATEMENT_VERBS', [
  'said', 'says', 'announced', 'announces', 'revealed', 'reveals', 'told', 'tells', 'stated', 'declared',
  'confirmed', 'unveiled', 'pledged', 'promised', 'warned', 'insisted', 'vowed', 'wrote', 'posted', 'tweeted',
  'addressed', 'briefed', 'spoke', 'speaking', 'outlined', 'presented',
], ['unveiled', 'addressed', 'briefed', 'speaking', 'outlined', 'presented']);

/** Adverbs and auxiliaries that may stand between a subject and its verb: `he also said`, `she has said`. */
export const VERB_MODIFIERS: readonly string[] = wordList('VERB_MODIFIERS', [
  'also', 'later', 'then', 'further', 'previously', 'recently', 'once', 'often', 'repeatedly', 'again',
  'has', 'had', 'have', 'would', 'will', 'was', 'is', 'just', 'simply', 'flatly', 'publicly', 'privately',
  'earlier', 'first', 'famously', 'bluntly', 'angrily', 'quietly', 'frequently', 'reportedly', 'allegedly',
  'only', 'still', 'even', 'finally', 'initially', 'subsequently', 'explicitly', 'openly', 'tersely', 'has also',
  'had also', 'herself', 'himself', 'themselves', 'could', 'might', 'may', 'did', 'does', 'not', 'never',
]);

/** Honorifics before a name; their gender helps resolve `he`/`she`. */
export const HONORIFICS: Readonly<Record<string, 'm' | 'f' | null>> = {
  'Mr': 'm', 'Mr.': 'm', 'Mrs': 'f', 'Mrs.': 'f', 'Ms': 'f', 'Ms.': 'f', 'Miss': 'f', 'Sir': 'm', 'Dame': 'f',
  'Lord': 'm', 'Lady': 'f', 'Dr': null, 'Dr.': null, 'Prof': null, 'Prof.': null,
};

/** Title words that make up a role (`French President`, `Sen.`, `Secretary of State`). */
export const TITLE_TOKENS: ReadonlySet<string> = wordSet('TITLE_TOKENS', [
  'President', 'Vice', 'Prime', 'Minister', 'Secretary', 'Senator', 'Sen.', 'Sen', 'Rep.', 'Rep', 'Representative',
  'Gov.', 'Gov', 'Governor', 'Chancellor', 'Mayor', 'Chairman', 'Chairwoman', 'Chair', 'Chief', 'Leader', 'Spokesman',
  'Spokeswoman', 'Spokesperson', 'Ambassador', 'General', 'Gen.', 'Lt.', 'Col.', 'Capt.', 'Adm.', 'Sgt.', 'Judge',
  // British style writes military and police ranks without the period: `Gen Lee`, `Det Supt Ann Roe`
  'Gen', 'Lt', 'Col', 'Capt', 'Adm', 'Sgt', 'Supt', 'Insp', 'Det', 'Cdr', 'Brig',
  // jobs written as titles before a name: `Singer Jo Lee`, `Striker Tom Vell`
  'Singer', 'Actor', 'Actress', 'Presenter', 'Rapper', 'Broadcaster', 'Comedian', 'Novelist', 'Striker', 'Winger',
  'Midfielder', 'Defender', 'Goalkeeper', 'Boss',
  'Justice', 'Speaker', 'Director', 'CEO', 'Foreign', 'Defense', 'Defence', 'Attorney', 'Commissioner', 'Councilman',
  'Councilwoman', 'Congressman', 'Congresswoman', 'Candidate', 'Former', 'former', 'King', 'Queen', 'Prince',
  'Princess', 'Pope', 'Rev.', 'Reverend', 'Sheriff', 'Deputy', 'Assistant', 'Executive', 'Majority', 'Minority',
  'Democratic', 'Republican', 'Sens.', 'Reps.', 'Supreme', 'Dr.', 'Dr', 'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms',
  'Sir', 'Dame', 'Lord', 'Lady', 'Prof.', 'Professor', 'Treasury', 'State', 'Interior', 'Health', 'Finance',
  'Economy', 'Trade', 'Labor', 'Labour', 'Homeland', 'Security', 'Energy', 'Education', 'Agriculture',
  'Press', 'Secretary-General', 'Pres.', 'Gov.-elect', 'President-elect', 'Lieutenant', 'Colonel', 'Captain',
  'Admiral', 'Officer', 'Commander', 'Founder', 'Host', 'Anchor', 'Pastor', 'Bishop', 'Cardinal', 'Rabbi', 'Imam',
  'Chairperson', 'Coach', 'Emir', 'Sheikh', 'Crown', 'Premier', 'Envoy', 'Advisor', 'Adviser', 'Aide', 'Strategist',
  'Manager', 'Campaign', 'U.S.', 'US', 'UN', 'EU', 'NATO', 'House', 'Senate', 'White', 'Party', 'GOP',
]);

/** Words that mark an organisation or place rather than a person (`the White House`, `Interior Ministry`). */
export const ORG_WORDS: ReadonlySet<string> = wordSet('ORG_WORDS', [
  'Kremlin', 'House', 'Ministry', 'Department', 'Party', 'Committee', 'Council', 'Office', 'Agency', 'Campaign',
  'Commission', 'Government', 'Palace', 'Pentagon', 'Administration', 'Court', 'Senate', 'Congress', 'Parliament',
  'Union', 'Association', 'Institute', 'Foundation', 'University', 'Bureau', 'Service', 'Group', 'Company', 'Corp.',
  'Inc.', 'Inc', 'Bank', 'Fund', 'Organization', 'Organisation', 'Coalition', 'Alliance', 'Network', 'News',
  'Times', 'Post', 'Journal', 'Press', 'Reuters', 'Board', 'Authority', 'Center', 'Centre', 'Club', 'Society',
  'Church', 'Army', 'Navy', 'Force', 'Forces', 'Police', 'Embassy', 'Cabinet', 'Secretariat', 'Assembly', 'FBI',
  'CIA', 'NATO', 'UN', 'EU', 'GOP', 'DNC', 'RNC', 'Tribune', 'Herald', 'Daily', 'Magazine', 'Channel', 'Radio',
  'Television', 'TV', 'Media', 'Command', 'Staff', 'Team', 'Corporation', 'Federation', 'Republic', 'States',
  'Kingdom', 'Nations', 'County', 'City', 'State', 'Street', 'Hall', 'Elysee', 'Élysée', 'Downing',
  'College', 'School', 'Academy', 'Hospital', 'Avenue', 'Road', 'Square', 'Project', 'Program', 'Programme',
]);

/**
 * Heads of descriptions that stand for an organisation as a body (`the group said`, `the firm added`):
 * they go back to an organisation named before, never to a person.
 */
const ORG_BODIES_LIST = [
  'campaign', 'administration', 'government', 'ministry', 'department', 'agency', 'committee', 'party', 'group',
  'organization', 'organisation', 'company', 'firm', 'band', 'club', 'team', 'union', 'council', 'charity',
  'watchdog', 'regulator', 'body', 'bank', 'airline', 'retailer', 'carrier', 'operator', 'maker', 'giant',
  'association', 'federation', 'board', 'network', 'newspaper', 'paper', 'corporation', 'institute',
] as const;
export const ORG_BODIES: ReadonlySet<string> = new Set(ORG_BODIES_LIST);

/** Heads of descriptions that name a speaker by role: `the official`, `a spokesman`. */
export const PERSON_NOUNS: ReadonlySet<string> = wordSet('PERSON_NOUNS', [
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'senator', 'president', 'minister',
  'secretary', 'governor', 'mayor', 'candidate', 'nominee', 'leader', 'chairman', 'chairwoman', 'aide', 'adviser',
  'advisor', 'source', 'sources', 'analyst', 'analysts', 'expert', 'experts', 'lawmaker', 'lawmakers', 'congressman',
  'congresswoman', 'representative', 'woman', 'man', 'businessman', 'businesswoman', 'billionaire', 'diplomat',
  'general', 'chancellor', 'premier', 'ambassador', 'director', 'executive', 'strategist', 'manager', 'chief',
  'speaker', 'judge', 'justice', 'prosecutor', 'lawyer', 'attorney', 'professor', 'economist', 'pollster',
  'democrat', 'republican', 'veteran', 'activist', 'voter', 'voters', 'resident', 'residents', 'mother', 'father',
  'wife', 'husband', 'son', 'daughter', 'host', 'anchor', 'author', 'writer', 'former', 'star', 'mogul',
  'frontrunner', 'front-runner', 'incumbent', 'challenger', 'rival', 'opponent', 'commander', 'officer', 'envoy',
  'negotiator', 'critic', 'critics', 'supporter', 'supporters', 'member', 'members', 'head', 'founder', 'owner',
  'king', 'queen', 'prince', 'pope', 'politician', 'moderator', 'reporter', 'journalist',
  'student', 'teacher', 'doctor', 'worker', 'workers', 'people', 'statement', 'release', 'report', 'letter',
  'memo', 'office', 'poll', 'study',
  'survey', 'website', 'account', 'tweet', 'post', 'ad', 'advertisement', 'video', 'email', 'e-mail',
  // British news: jobs in arts, sport and broadcasting (`the pop star said`, `our correspondent added`)
  'singer', 'broadcaster', 'correspondent', 'editor', 'presenter', 'actor', 'actress', 'musician', 'rapper',
  'striker', 'winger', 'midfielder', 'defender', 'goalkeeper', 'player', 'captain', 'coach', 'boss', 'campaigner',
  'judges', 'novelist', 'comedian', 'film-maker', 'filmmaker', 'producer', 'designer',
  // political staff and commentators (`former Obama speechwriter Jo Lee`)
  'speechwriter', 'commentator', 'columnist', 'consultant', 'operative', 'staffer', 'surrogate', 'donor',
  'fundraiser', 'lobbyist', 'historian', 'scholar', 'researcher', 'organizer', 'organiser', 'advocate',
  ...ORG_BODIES_LIST,
]);

/** Heads that make a description an organisation speaking (`the campaign said`, `a ministry statement`). */
export const ORG_NOUNS: ReadonlySet<string> = wordSet('ORG_NOUNS', [
  'statement', 'release', 'report', 'letter', 'memo', 'campaign', 'administration', 'government', 'ministry',
  'department', 'office', 'agency', 'committee', 'party', 'group', 'organization', 'organisation', 'company',
  'network', 'newspaper', 'paper', 'poll', 'study', 'survey', 'website', 'account', 'tweet', 'post', 'ad',
  'advertisement', 'video', 'email', 'e-mail', 'firm', 'band', 'club', 'team', 'union', 'council', 'charity',
  'watchdog', 'regulator', 'bank', 'airline', 'association', 'federation', 'board', 'corporation', 'institute',
]);

/** Capitalised words that start sentences without being names. */
export const CAPITALISED_NOT_NAMES: ReadonlySet<string> = wordSet('CAPITALISED_NOT_NAMES', [
  'The', 'A', 'An', 'But', 'And', 'Or', 'So', 'Yet', 'Then', 'Still', 'Also', 'In', 'On', 'At', 'For', 'With',
  'As', 'If', 'When', 'While', 'After', 'Before', 'Since', 'Because', 'Although', 'Though', 'This', 'That',
  'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'My',
  'Your', 'There', 'Here', 'What', 'Who', 'Why', 'How', 'Where', 'Which', 'Now', 'Later', 'Meanwhile', 'However',
  'Asked', 'According', 'Speaking', 'Writing', 'Yes', 'No', 'Not', 'Even', 'Just', 'Only', 'Last', 'Next',
  ...[...WEEKDAY_NAMES, ...MONTH_FULL_NAMES].map(capitalised), 'Mr', 'Mrs', 'Ms',
  'By', 'From', 'To', 'Of', 'Like', 'Unlike', 'Under', 'Over', 'Despite', 'During', 'Until', 'Once', 'Both',
  'Each', 'Every', 'All', 'Some', 'Many', 'Most', 'Several', 'One', 'Two', 'Three', 'Another', 'Other', 'Such',
  'Instead', 'Indeed', 'Perhaps', 'Maybe', 'Well', 'Oh', 'OK', 'Okay', 'Please', 'Thank', 'Thanks', 'Dear',
  'Today', 'Yesterday', 'Tomorrow', 'Tonight', 'Earlier', 'Afterward', 'Afterwards', 'Told', 'Said',
]);

/** Pronouns that can be a speaker, with gender (null: any). */
export const SPEAKER_PRONOUNS: Readonly<Record<string, 'm' | 'f' | 'p' | 'i' | null>> = {
  he: 'm', she: 'f', they: 'p', we: 'p', i: 'i', it: null,
};

/**
 * Words just before a quotation that make it a name or term, not speech: `so-called "reset"`,
 * `a website called "…"`. Bare `called`/`labeled` are left out: `Ortiz called the plan "reckless"`
 * quotes Ortiz.
 */
export const TERM_MARKERS: readonly string[] = wordList('TERM_MARKERS', [
  'so-called', 'so called', 'so- called', 'dubbed', 'known as', 'nicknamed', 'the hashtag', 'the phrase',
  'the slogan', 'the motto', 'the nickname',
]);

/** Nouns that, with `called`/`named`/`titled`, introduce a name: `a website called "…"`, `the book titled "…"`. */
export const NAMED_THINGS: readonly string[] = wordList('NAMED_THINGS', [
  'website', 'site', 'group', 'book', 'film', 'movie', 'show', 'program', 'programme', 'song', 'album', 'novel',
  'play', 'series', 'documentary', 'podcast', 'blog', 'page', 'campaign', 'ad', 'video', 'initiative', 'plan',
  'bill', 'act', 'law', 'project', 'organization', 'organisation', 'company', 'firm', 'app', 'game', 'event',
  'column', 'essay', 'article', 'piece', 'report', 'memo', 'tweet', 'post', 'hashtag', 'slogan', 'policy',
]);

/** Common given names with their gender, to resolve `he`/`she` (general English and European names). */
const MALE_GIVEN_NAMES = wordList('MALE_GIVEN_NAMES', (
  'John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony ' +
  'Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey ' +
  'Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Frank ' +
  'Alexander Raymond Patrick Jack Dennis Jerry Tyler Aaron Jose Adam Henry Nathan Douglas Zachary Peter ' +
  'Kyle Walter Ethan Jeremy Harold Keith Christian Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence ' +
  'Jesse Dylan Bryan Joe Jordan Billy Bruce Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy ' +
  'Eugene Vincent Russell Elijah Louis Bobby Philip Johnny Bill Mike Jim Tom Bob Ted Ben Chris Dan Dave Jeb ' +
  'Rand Marco Bernie Barack Mitt Newt Rick Mitch Chuck Harry Lindsey Vladimir Emmanuel Francois François ' +
  'Boris Volodymyr Recep Xi Narendra Olaf Friedrich Keir Rishi Tony Gordon Nicolas Jacques Silvio Matteo ' +
  'Pedro Viktor Ali Ahmed Mohammed Muhammad Hassan Abdullah Omar Ivan Sergei Sergey Dmitry Alexei Igor ' +
  'Andrei Pierre Hans Klaus Karl Wolfgang Giuseppe Giorgio Carlos Luis Jorge Miguel Antonio Manuel Reince ' +
  'Corey Ron Reid Jeff Greg Rudy Al Dick Joel Josh Sam Nick Matt Tim Jon Pat Ken Steve Martin Luther ' +
  'Malcolm Hugh Neil Ian Alistair Nigel Lloyd Trevor Simon Oliver Ed Rex Mikhail Leon'
).split(' '));
const FEMALE_GIVEN_NAMES = wordList('FEMALE_GIVEN_NAMES', (
  'Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret ' +
  'Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca ' +
  'Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine ' +
  'Christine Debra Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Julie Joyce Victoria ' +
  'Olivia Kelly Christina Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances ' +
  'Gloria Ann Teresa Kathryn Sara Janice Jean Alice Madison Doris Abigail Julia Judy Grace Denise Amber ' +
  'Marilyn Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella Charlotte Rose Alexis ' +
  'Kayla Hillary Nikki Carly Kamala Dianne Debbie Kirsten Tammy Claire Marine Ursula Jacinda Giorgia Ivanka ' +
  'Melania Huma Condoleezza Madeleine Hope Sheryl Jill Chelsea Kellyanne Elise Mia Sophie Anne Ségolène ' +
  'Segolene Yulia Irina Olga Natalia Tatiana Svetlana Nicola Priti Liz Kemi Harriet Margot Ilhan Alexandria'
).split(' '));
export const GIVEN_NAMES: Readonly<Record<string, 'm' | 'f'>> = Object.fromEntries([
  ...MALE_GIVEN_NAMES.map((n) => [n, 'm'] as const),
  ...FEMALE_GIVEN_NAMES.map((n) => [n, 'f'] as const),
]);
