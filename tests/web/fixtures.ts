/**
 * A small invented corpus for the web tests: three reports about a town's harbour bridge, a forum post whose
 * quote and title contain HTML, and a council roundup with a dozen one-quote speakers (enough for facet "more").
 * Every name, publisher and sentence here is made up for these tests.
 */
import type { Article, CorpusData, Quote, SaidAt, Speaker } from '../../src/model/types.js';
import type { LoadedIndex } from '../../src/store/types.js';
import { assembleIndex } from '../../src/store/assemble.js';

function article(fields: Partial<Article> & Pick<Article, 'id' | 'text'>): Article {
  return {
    recordId: null,
    path: `${fields.id}.txt`,
    line: null,
    title: null,
    publisher: null,
    url: null,
    author: null,
    publishedAt: null,
    dateline: null,
    furniture: [],
    metaOrigin: {},
    ...fields,
  };
}

function span(a: Article, text: string, from = 0): { start: number; end: number; text: string } {
  const start = a.text.indexOf(text, from);
  if (start < 0) throw new Error(`fixtures: '${text}' is not in article '${a.id}'`);
  return { start, end: start + text.length, text };
}

/** The cue nearest the quote: after it (`"…," she said`), else just before it (`She said: "…"`). */
function cueSpan(a: Article, cue: string, q: { start: number; end: number }) {
  const after = a.text.indexOf(cue, q.end);
  const lineEnd = a.text.indexOf('\n', q.end);
  if (after >= 0 && (lineEnd < 0 || after < lineEnd)) return span(a, cue, q.end);
  return span(a, cue, a.text.lastIndexOf('\n', q.start) + 1);
}

interface QuoteSpec {
  id: string;
  text: string;
  speakerId: string | null;
  name: string | null;
  mention?: string;
  cue?: string;
  saidAt?: SaidAt | null;
  kind?: Quote['kind'];
}

function quote(a: Article, spec: QuoteSpec): Quote {
  const s = span(a, spec.text);
  return {
    id: spec.id,
    articleId: a.id,
    start: s.start,
    end: s.end,
    text: spec.text,
    pieces: [{ start: s.start, end: s.end }],
    kind: spec.kind ?? 'full',
    attribution: {
      name: spec.name,
      role: null,
      kind: spec.name ? 'named' : null,
      mention: spec.mention ? span(a, spec.mention) : null,
      cue: spec.cue ? cueSpan(a, spec.cue, s) : null,
      reason: spec.name ? 'quote-cue-name' : 'no-speaker-found',
      confidence: spec.name ? 0.9 : 0.2,
    },
    saidAt: spec.saidAt === undefined ? null : spec.saidAt,
    speakerId: spec.speakerId,
    publishedAt: a.publishedAt,
  };
}

const gazette = article({
  id: 'gazette-harbour-bridge',
  title: 'Harbour bridge to reopen in spring',
  publisher: 'The Coastal Gazette',
  author: 'Mira Okafor',
  url: 'https://gazette.example/harbour-bridge',
  publishedAt: '2025-03-14',
  dateline: 'Port Elsworth',
  text: [
    'Port Elsworth – The harbour bridge will reopen in April, the city said on Friday.',
    '',
    '“The repairs are ahead of schedule and under budget,” Mayor Tomas Virtanen said at 10:30 local time.',
    '',
    'He added that the ferry service would continue “until the last inspection is signed off”.',
    '',
    'Read more: storm warnings for the coast',
    '',
    'Harbour engineer Lena Brook said: “Salt is the enemy of steel, and we have fought it for two years.”',
  ].join('\n'),
});
gazette.furniture = [span(gazette, 'Read more: storm warnings for the coast')].map(({ start, end }) => ({
  start,
  end,
}));

const valley = article({
  id: 'valley-ferry-delays',
  title: 'Ferry users brace for a long wait',
  publisher: 'Valley Times',
  publishedAt: '2025-04-02T08:00:00+01:00',
  text: [
    'Commuters were told on Tuesday that the ferry timetable will thin out.',
    'Mayor Tomas Virtanen repeated that “the repairs are ahead of schedule and under budget”, but riders were unconvinced.',
    '“Nobody asked the people who cross twice a day,” said Lena Brook, who also uses the ferry.',
  ].join('\n'),
});

const forum = article({
  id: 'forum-markup-post',
  title: 'Testing <b>bold</b> headlines',
  publisher: 'Open Forum',
  publishedAt: '2025-05-20',
  text: 'Ada Quill wrote: “<script>alert("x")</script> is not a policy.” Someone replied: “Bridges need boring budgets.”',
});

const councilNames = [
  'Ione Varga',
  'Pell Mardsen',
  'Ruth Okonkwo-Hale',
  'Sami Lindqvist',
  'Teodor Baskin',
  'UnaFerreira',
  'Vik Amari',
  'Wren Castellano',
  'Yusra Dell',
  'Zeno Porter',
  'Bea Nakashima',
  'Cyr Hollis',
];
const council = article({
  id: 'council-roundup',
  title: 'Council roundup: everyone has a view on tolls',
  publisher: 'The Coastal Gazette',
  publishedAt: '2024-11-05',
  text: councilNames.map((n, i) => `“Toll plan number ${i + 1} deserves a vote,” ${n} said.`).join('\n'),
});

const slug = (name: string) => name.toLowerCase().replace(/[^a-z]+/g, '-');

export const quotes: Quote[] = [
  quote(gazette, {
    id: 'q-repairs',
    text: 'The repairs are ahead of schedule and under budget,',
    speakerId: 'tomas-virtanen',
    name: 'Tomas Virtanen',
    mention: 'Mayor Tomas Virtanen',
    cue: 'said',
    saidAt: {
      value: '2025-03-14T10:30+01:00',
      precision: 'minute',
      basis: 'stated',
      expression: span(gazette, 'at 10:30 local time'),
    },
  }),
  quote(gazette, {
    id: 'q-inspection',
    text: 'until the last inspection is signed off',
    speakerId: 'tomas-virtanen',
    name: 'Tomas Virtanen',
    mention: 'He',
    kind: 'partial',
    saidAt: { value: '2025-03-14', precision: 'day', basis: 'inferred', expression: null },
  }),
  quote(gazette, {
    id: 'q-salt',
    text: 'Salt is the enemy of steel, and we have fought it for two years.',
    speakerId: 'lena-brook',
    name: 'Lena Brook',
    cue: 'said',
  }),
  quote(valley, {
    id: 'q-repairs-again',
    text: 'the repairs are ahead of schedule and under budget',
    speakerId: 'tomas-virtanen',
    name: 'Tomas Virtanen',
    kind: 'partial',
    saidAt: { value: '2025-04', precision: 'month', basis: 'stated', expression: null },
  }),
  quote(valley, {
    id: 'q-nobody-asked',
    text: 'Nobody asked the people who cross twice a day,',
    speakerId: 'lena-brook',
    name: 'Lena Brook',
    cue: 'said',
    saidAt: { value: '2025-04-01', precision: 'day', basis: 'stated', expression: span(valley, 'on Tuesday') },
  }),
  quote(forum, {
    id: 'q-script',
    text: '<script>alert("x")</script> is not a policy.',
    speakerId: 'ada-quill',
    name: 'Ada Quill',
    cue: 'wrote',
  }),
  quote(forum, { id: 'q-unattributed', text: 'Bridges need boring budgets.', speakerId: null, name: null }),
  ...councilNames.map((n, i) =>
    quote(council, {
      id: `q-toll-${i + 1}`,
      text: `Toll plan number ${i + 1} deserves a vote,`,
      speakerId: slug(n),
      name: n,
      cue: 'said',
    }),
  ),
];

function speaker(id: string, name: string, extra: Partial<Speaker> = {}): Speaker {
  const own = quotes.filter((q) => q.speakerId === id);
  const dates = own
    .map((q) => (q.saidAt?.value ?? q.publishedAt ?? '').slice(0, 10))
    .filter(Boolean)
    .sort();
  return {
    id,
    name,
    roles: [],
    aliases: [],
    kind: 'person',
    quoteCount: own.length,
    firstQuoteAt: dates[0] ?? null,
    lastQuoteAt: dates[dates.length - 1] ?? null,
    ...extra,
  };
}

export const speakers: Speaker[] = [
  speaker('tomas-virtanen', 'Tomas Virtanen', { roles: ['Mayor'], aliases: ['Virtanen', 'Mayor Virtanen'] }),
  speaker('lena-brook', 'Lena Brook', { roles: ['Harbour engineer'], aliases: ['Brook'] }),
  speaker('ada-quill', 'Ada Quill'),
  ...councilNames.map((n) => speaker(slug(n), n, { roles: ['Councillor'] })),
];

export const corpus: CorpusData = { articles: [gazette, valley, forum, council], quotes, speakers };

/** The fixture corpus as a loaded index, built in memory. */
export function fixtureIndex(): LoadedIndex {
  return assembleIndex(corpus, { dir: '(memory)', builtAt: '2025-06-01T00:00:00Z', formatVersion: 1 });
}
