/**
 * Small stand-ins for the pipeline stages, so the index tests exercise building, caching and loading
 * independently of how well the real extractor does. The real search engine is used throughout.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BuildStages } from '../../src/build/index.js';
import type { Article, ExtractedQuote, Speaker } from '../../src/model/types.js';

/** Three short articles written for these tests. */
export const ARTICLES: Record<string, string> = {
  'harbour.txt':
    'Harbour toll to rise\n\n“The new toll keeps the lighthouse lit,” said Mara Quillon at the quay. ' +
    'Fishers were unconvinced. “We already pay for the lamp twice,” said Tobias Fenwick.',
  'orchard.txt':
    'Orchard festival returns\n\n“Every pear this year came early,” said Ines Marlowe, who runs the press.',
  'bridge.txt': 'Bridge repairs finished\n\n“The bridge is open to carts again,” said Mara Quillon on Friday.',
};

export async function writeCorpus(
  files: Record<string, string> = ARTICLES,
): Promise<{ root: string; corpus: string; out: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), 'verbatim-index-'));
  const corpus = path.join(root, 'corpus');
  await mkdir(corpus);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(corpus, name), text);
  return { root, corpus, out: path.join(root, 'index'), cleanup: () => rm(root, { recursive: true, force: true }) };
}

const QUOTE_SAID = /“([^”]+?)[,.]?”,? said ([A-Z]\w+ [A-Z]\w+)/g;

export interface FakeStages extends BuildStages {
  /** Ids of the articles the fake extractor was called on, in call order. */
  extracted: string[];
}

/** Fake stages: `.txt` files are articles, `.bad` files are reported problems, `“…,” said First Last` is a quote. */
export function fakeStages(overrides: Partial<BuildStages> = {}): FakeStages {
  const extracted: string[] = [];
  const stages: FakeStages = {
    extracted,
    extractorVersion: 'fake-1',
    async loadCorpus(dir) {
      const names = (await readdir(dir)).sort();
      const articles: Article[] = [];
      const problems = [];
      for (const [i, name] of names.entries()) {
        if (name.endsWith('.bad')) {
          problems.push({ file: name, line: 1, message: 'corpus: not an article' });
          continue;
        }
        if (!name.endsWith('.txt')) continue;
        const text = await readFile(path.join(dir, name), 'utf8');
        articles.push({
          id: name.replace(/\.txt$/, ''),
          recordId: null,
          path: name,
          line: null,
          title: text.split('\n')[0] ?? null,
          publisher: 'Test Gazette',
          url: null,
          author: null,
          publishedAt: `2024-03-${String(i + 1).padStart(2, '0')}`,
          dateline: null,
          text,
          furniture: [],
          metaOrigin: {},
        });
      }
      return { articles, problems };
    },
    loadSpeakerOverrides: () => Promise.resolve({ overrides: null, problems: [] }),
    extractQuotes(article) {
      extracted.push(article.id);
      const quotes: ExtractedQuote[] = [];
      for (const m of article.text.matchAll(QUOTE_SAID)) {
        const start = m.index + 1;
        const end = start + m[1]!.length;
        const nameStart = m.index + m[0].length - m[2]!.length;
        quotes.push({
          articleId: article.id,
          start,
          end,
          text: m[1]!,
          pieces: [{ start, end }],
          kind: 'full',
          attribution: {
            name: m[2]!,
            role: null,
            kind: 'named',
            mention: { start: nameStart, end: nameStart + m[2]!.length, text: m[2]! },
            cue: { start: nameStart - 5, end: nameStart - 1, text: 'said' },
            reason: 'fake-said',
            confidence: 0.9,
          },
          saidAt: null,
        });
      }
      return quotes;
    },
    resolveSpeakers(quotes) {
      const speakers = new Map<string, Speaker>();
      const speakerIds = quotes.map((q) => {
        const name = q.attribution.name;
        if (!name) return null;
        const id = name.toLowerCase().replace(/\s+/g, '-');
        const s = speakers.get(id) ?? {
          id,
          name,
          roles: [],
          aliases: [name.split(' ')[1]!],
          kind: 'person' as const,
          quoteCount: 0,
          firstQuoteAt: null,
          lastQuoteAt: null,
        };
        s.quoteCount++;
        speakers.set(id, s);
        return id;
      });
      return { speakerIds, speakers: [...speakers.values()] };
    },
    ...overrides,
  } as FakeStages;
  return stages;
}
