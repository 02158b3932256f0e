/**
 * An invented corpus of `count` one-sentence quotes built in memory from a small word list (deterministic),
 * for tests that need more quotes than a search page: every word and name here is made up.
 */
import type { Article, CorpusData, Quote, Speaker } from '../../src/model/types.js';

export const WORDS = [
  'harbour',
  'ferry',
  'tariff',
  'alpha',
  'beta',
  'lantern',
  'orchard',
  'granite',
  'meadow',
  'copper',
  'willow',
  'pebble',
];
const SPEAKER_IDS = ['ines-varga', 'oskar-lund', 'mira-tal'];

/** The words of quote `i`: five of the list, chosen by a fixed stride so counts differ from word to word. */
export function quoteWords(i: number): string[] {
  return [0, 1, 2, 3, 4].map((j) => WORDS[(i * (j + 3) + j * 7 + ((i >> 3) % 5)) % WORDS.length]!);
}

export function generatedCorpus(count: number): CorpusData {
  const articles: Article[] = [];
  const quotes: Quote[] = [];
  const perArticle = 20;
  for (let a = 0; a * perArticle < count; a++) {
    const id = `gen-${a}`;
    const day = String(1 + (a % 28)).padStart(2, '0');
    const publishedAt = `2024-0${1 + (a % 9)}-${day}`;
    let text = '';
    for (let i = a * perArticle; i < Math.min(count, (a + 1) * perArticle); i++) {
      const speakerId = SPEAKER_IDS[i % SPEAKER_IDS.length]!;
      const sentence = `${quoteWords(i).join(' ')} number${i}.`;
      const start = text.length + 1;
      text += `"${sentence}" they said.\n\n`;
      const end = start + sentence.length;
      quotes.push({
        id: `g${i}`,
        articleId: id,
        start,
        end,
        text: sentence,
        pieces: [{ start, end }],
        kind: 'full',
        attribution: {
          name: speakerId,
          role: null,
          kind: 'named',
          mention: null,
          cue: null,
          reason: 'test-fixture',
          confidence: 1,
        },
        saidAt: { value: publishedAt, precision: 'day', basis: 'inferred', expression: null },
        speakerId,
        publishedAt,
      });
    }
    articles.push({
      id,
      recordId: null,
      path: `${id}.txt`,
      line: null,
      title: `Report ${a}`,
      publisher: 'The Invented Post',
      url: null,
      author: null,
      publishedAt,
      dateline: null,
      text,
      furniture: [],
      metaOrigin: {},
    });
  }
  const speakers: Speaker[] = SPEAKER_IDS.map((id) => {
    const own = quotes.filter((q) => q.speakerId === id);
    return {
      id,
      name: id,
      kind: 'person',
      aliases: [],
      roles: [],
      quoteCount: own.length,
      firstQuoteAt: own[0]?.publishedAt ?? null,
      lastQuoteAt: own.at(-1)?.publishedAt ?? null,
    };
  });
  return { articles, quotes, speakers };
}
