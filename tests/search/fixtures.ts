import type { Article, CorpusData, Quote, Speaker } from '../../src/model/types.js';
import type { SearchRequest } from '../../src/search/index.js';

/**
 * A small invented corpus for search tests: five articles, four speakers, twenty-four quotes.
 * Every sentence was written for these tests.
 */
interface ArticleRow {
  id: string;
  title: string | null;
  publisher: string | null;
  publishedAt: string | null;
}

interface QuoteRow {
  id: string;
  article: string;
  speaker: string | null;
  text: string;
  /** saidAt value, stated in the text; null: the article date is used. */
  said: string | null;
}

const ARTICLES: ArticleRow[] = [
  { id: 'a1', title: 'Minister sets out spring budget', publisher: 'Harbour Gazette', publishedAt: '2024-03-01' },
  {
    id: 'a2',
    title: 'Okafor campaigns on cost of living',
    publisher: 'The Northern Ledger',
    publishedAt: '2024-06-20',
  },
  // Same publisher as a1, spelt in capitals: publisher filters and facets ignore case.
  { id: 'a3', title: 'Schools face winter repairs', publisher: 'HARBOUR GAZETTE', publishedAt: '2024-01-15' },
  { id: 'a4', title: 'Council reports on bridge and flood works', publisher: 'Valley Post', publishedAt: '2024-04-02' },
  { id: 'a5', title: null, publisher: null, publishedAt: null },
];

const SPEAKERS: Array<Pick<Speaker, 'id' | 'name' | 'aliases' | 'kind'>> = [
  { id: 'maria-lindqvist', name: 'Maria Lindqvist', aliases: ['Lindqvist', 'Ms Lindqvist'], kind: 'person' },
  { id: 'tomas-okafor', name: 'Tomás Okafor', aliases: ['Okafor'], kind: 'person' },
  { id: 'helen-park', name: 'Helen Park', aliases: ['Park'], kind: 'person' },
  { id: 'riverside-council', name: 'Riverside Council', aliases: ['the council'], kind: 'organization' },
];

const QUOTES: QuoteRow[] = [
  {
    id: 'q01',
    article: 'a1',
    speaker: 'maria-lindqvist',
    text: 'Inflation is falling faster than we expected, and wages are finally catching up.',
    said: '2024-03-01T10:15+01:00',
  },
  {
    id: 'q02',
    article: 'a1',
    speaker: 'maria-lindqvist',
    text: 'We will not raise taxes on working families this year.',
    said: null,
  },
  {
    id: 'q03',
    article: 'a2',
    speaker: 'tomas-okafor',
    text: 'The economy needs patience, not slogans.',
    said: '2024-02-14',
  },
  {
    id: 'q04',
    article: 'a2',
    speaker: 'tomas-okafor',
    text: 'Nobody in this town should have to choose between heating and eating.',
    said: null,
  },
  {
    id: 'q05',
    article: 'a3',
    speaker: 'helen-park',
    text: 'Our schools deserve better than broken promises.',
    said: '2023-11-30',
  },
  {
    id: 'q06',
    article: 'a3',
    speaker: 'helen-park',
    text: 'Teachers told me the heating in the school failed twice this winter.',
    said: null,
  },
  {
    id: 'q07',
    article: 'a4',
    speaker: 'riverside-council',
    text: 'The bridge will reopen to traffic in September.',
    said: null,
  },
  {
    id: 'q08',
    article: 'a1',
    speaker: 'maria-lindqvist',
    text: 'Inflation targets are a compass, not a cage.',
    said: '2024-07-01',
  },
  {
    id: 'q09',
    article: 'a2',
    speaker: 'tomas-okafor',
    text: 'I don\u2019t believe the budget adds up.',
    said: '2024-06-19',
  },
  {
    id: 'q10',
    article: 'a3',
    speaker: 'helen-park',
    text: 'To be or not to be is not a transport policy.',
    said: '2024-01-10',
  },
  { id: 'q11', article: 'a5', speaker: null, text: 'Café owners say the rent rises are crushing them.', said: null },
  {
    id: 'q12',
    article: 'a2',
    speaker: 'tomas-okafor',
    text: 'Interest rates went up, then inflation went down, then everyone forgot why.',
    said: '2024-05-05',
  },
  {
    id: 'q13',
    article: 'a1',
    speaker: 'maria-lindqvist',
    text: 'Rates will stay where they are until the data changes.',
    said: '2024-02-28',
  },
  {
    id: 'q14',
    article: 'a3',
    speaker: 'helen-park',
    text: 'Broken promises break trust, and trust is slow to mend.',
    said: '2024-01-12',
  },
  {
    id: 'q15',
    article: 'a4',
    speaker: 'riverside-council',
    text: 'Residents can comment on the flood plan until Friday.',
    said: '2024-03-29',
  },
  {
    id: 'q16',
    article: 'a4',
    speaker: 'tomas-okafor',
    text: 'Flood defences were promised in 2019 and we are still waiting.',
    said: '2022-09-09',
  },
  {
    id: 'q17',
    article: 'a1',
    speaker: 'maria-lindqvist',
    text: 'The pension reform is fair, sustainable and overdue.',
    said: '2024-02-20',
  },
  {
    id: 'q18',
    article: 'a3',
    speaker: 'helen-park',
    text: 'Reform without funding is just a press release.',
    said: '2024-01-14',
  },
  {
    id: 'q19',
    article: 'a1',
    speaker: 'maria-lindqvist',
    text: 'Inflationary pressure will ease by the autumn.',
    said: '2024-02-25',
  },
  {
    id: 'q20',
    article: 'a4',
    speaker: 'tomas-okafor',
    text: "Don't tell me the bridge is safe; show me the inspection report.",
    said: '2024-04-01',
  },
  {
    id: 'q21',
    article: 'a4',
    speaker: 'helen-park',
    text: 'Mr Okafor has my full support on the flood plan.',
    said: '2024-03-30',
  },
  {
    id: 'q22',
    article: 'a1',
    speaker: 'maria-lindqvist',
    text: 'The exchange rate is not a target.',
    said: '2024-02-27',
  },
  {
    id: 'q23',
    article: 'a4',
    speaker: 'riverside-council',
    text: 'The park by the river will close at dusk.',
    said: '2024-03-15',
  },
  {
    id: 'q24',
    article: 'a2',
    speaker: 'tomas-okafor',
    text: 'Rents in Zürich and Malmö are not our model.',
    said: '2024-06-18',
  },
];

function buildCorpus(): CorpusData {
  const articles: Article[] = [];
  const quotes: Quote[] = [];
  for (const row of ARTICLES) {
    let text = '';
    const rows = QUOTES.filter((q) => q.article === row.id);
    for (const q of rows) {
      const speaker = SPEAKERS.find((s) => s.id === q.speaker);
      const start = text.length + 1;
      text += `"${q.text}" ${speaker?.name ?? 'A resident'} said.\n\n`;
      const end = start + q.text.length;
      quotes.push({
        id: q.id,
        articleId: row.id,
        start,
        end,
        text: q.text,
        pieces: [{ start, end }],
        kind: 'full',
        attribution: {
          name: speaker?.name ?? null,
          role: null,
          kind: speaker ? (speaker.kind === 'person' ? 'named' : 'organization') : null,
          mention: null,
          cue: null,
          reason: 'test-fixture',
          confidence: 1,
        },
        saidAt: q.said
          ? { value: q.said, precision: q.said.length > 10 ? 'minute' : 'day', basis: 'stated', expression: null }
          : row.publishedAt
            ? { value: row.publishedAt, precision: 'day', basis: 'inferred', expression: null }
            : null,
        speakerId: q.speaker,
        publishedAt: row.publishedAt,
      });
    }
    articles.push({
      id: row.id,
      recordId: null,
      path: `${row.id}.txt`,
      line: null,
      title: row.title,
      publisher: row.publisher,
      url: null,
      author: null,
      publishedAt: row.publishedAt,
      dateline: null,
      text,
      furniture: [],
      metaOrigin: {},
    });
  }
  const speakers: Speaker[] = SPEAKERS.map((s) => {
    const own = quotes
      .filter((q) => q.speakerId === s.id)
      .map((q) => q.saidAt?.value ?? q.publishedAt ?? '')
      .sort();
    return { ...s, roles: [], quoteCount: own.length, firstQuoteAt: own[0] ?? null, lastQuoteAt: own.at(-1) ?? null };
  });
  return { articles, quotes, speakers };
}

export const corpus: CorpusData = buildCorpus();

/** A request with defaults for everything not given. */
export function request(overrides: Partial<SearchRequest> = {}): SearchRequest {
  return {
    q: '',
    speakers: [],
    publishers: [],
    from: null,
    to: null,
    sort: 'relevance',
    page: 1,
    limit: 50,
    ...overrides,
  };
}
