/**
 * A quotation in several pieces reads as the source wrote it: pieces joined with the source's own
 * punctuation, an ellipsis where words of the source were left out between pieces that do not
 * continue one sentence, never a run-on. Offsets and permalinks (quote ids) do not change.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.js';
import { extractQuotes } from '../../src/extract/index.js';
import { joinQuotePieces } from '../../src/extract/quote-text.js';
import { processArticles, quoteId } from '../../src/build/pipeline.js';
import type { Article } from '../../src/model/types.js';

function article(text: string, id = 'a'): Article {
  return {
    id,
    recordId: null,
    path: `${id}.txt`,
    line: null,
    title: null,
    publisher: null,
    url: null,
    author: null,
    publishedAt: null,
    dateline: null,
    text,
    furniture: [],
    metaOrigin: {},
  };
}

function onlyQuote(text: string) {
  const quotes = extractQuotes(article(text));
  expect(quotes).toHaveLength(1);
  return quotes[0]!;
}

describe('a quotation in pieces is joined from the source’s characters', () => {
  it.each([
    [
      '"I think this signifies a change of heart at the SEC," Smith said. "They have been listening to the industry."',
      'I think this signifies a change of heart at the SEC … They have been listening to the industry.',
      'a new sentence after an attribution: words were left out',
    ],
    [
      '"We are ready," the minister said, "to sign the deal today."',
      'We are ready, to sign the deal today.',
      'one sentence continued: the comma is kept',
    ],
  ])('%s → %s (%s)', (source, joined) => {
    const quote = onlyQuote(source);
    expect(quote.text).toBe(joined);
  });

  /** The pieces of `source` holding `words`, as offsets. */
  const piecesOf = (source: string, ...words: string[]) =>
    words.map((w) => ({ start: source.indexOf(w), end: source.indexOf(w) + w.length }));

  it.each([
    [
      '"We are ready." the minister said. "We sign today."',
      ['We are ready', 'We sign today.'],
      'We are ready. We sign today.',
      'the full stop after the piece, inside its marks',
    ],
    [
      '"Are we ready?" the minister asked. "We are."',
      ['Are we ready?', 'We are.'],
      'Are we ready? We are.',
      'the piece’s own question mark',
    ],
    [
      '"We are ready," she said, "and willing."',
      ['We are ready', 'and willing.'],
      'We are ready, and willing.',
      'a lower-case piece continues the sentence',
    ],
    [
      '"We are ready" she said "and willing."',
      ['We are ready', 'and willing.'],
      'We are ready and willing.',
      'no comma in the source, none in the text',
    ],
    [
      '"We are ready," she said. "[The deal] is done."',
      ['We are ready', '[The deal] is done.'],
      'We are ready … [The deal] is done.',
      'a new sentence opening with an editor’s bracket',
    ],
  ])('%s → %s (%s)', (source, words, joined) => {
    expect(joinQuotePieces(source, piecesOf(source, ...words))).toBe(joined);
  });

  it('every piece is still the source’s characters at its offsets', () => {
    const source =
      '"I think this signifies a change of heart at the SEC," Smith said. "They have been listening to the industry."';
    const quote = onlyQuote(source);
    expect(quote.pieces.map((p) => source.slice(p.start, p.end))).toEqual([
      'I think this signifies a change of heart at the SEC',
      'They have been listening to the industry.',
    ]);
    for (const p of quote.pieces) expect(quote.text).toContain(source.slice(p.start, p.end));
  });

  it('paragraphs of one quotation with nothing between them are joined with a space', () => {
    const text = 'Our work is done\n\nWe sign tomorrow';
    expect(
      joinQuotePieces(text, [
        { start: 0, end: 16 },
        { start: 18, end: 34 },
      ]),
    ).toBe('Our work is done We sign tomorrow');
  });

  it('a single piece is its own text', () => {
    expect(joinQuotePieces('"We are ready," he said.', [{ start: 1, end: 13 }])).toBe('We are ready');
  });
});

describe('joining never invents words', () => {
  it('the joined text is the pieces in order with only spaces, the source’s punctuation or an ellipsis between', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.array(fc.nat(), { maxLength: 8 }), (text, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const pieces: Array<{ start: number; end: number }> = [];
        for (let i = 0; i + 1 < points.length; i += 2) pieces.push({ start: points[i]!, end: points[i + 1]! });
        const joined = joinQuotePieces(text, pieces);
        let at = 0;
        for (const [i, p] of pieces.entries()) {
          const words = text.slice(p.start, p.end);
          expect(joined.startsWith(words, at)).toBe(true);
          at += words.length;
          const next = pieces[i + 1];
          if (!next) continue;
          const gap = /^(?:[.!?…]+ |[,;:] | … | )/u.exec(joined.slice(at))?.[0];
          expect(gap, JSON.stringify({ joined, at })).toBeDefined();
          // punctuation in a gap is the source's own, right after the piece
          const mark = gap!.trim().replace('…', '');
          if (mark !== '') expect(text.slice(p.end, p.end + mark.length)).toBe(mark);
          at += gap!.length;
        }
        expect(at).toBe(joined.length);
      }),
    );
  });
});

describe('permalinks do not change', () => {
  it('a quotation in pieces keeps the id of its pieces joined with a space', () => {
    const text =
      'The regulator changed course.\n\n"I think this signifies a change of heart at the SEC," Smith said. "They have been listening to the industry."';
    const { quotes } = processArticles([article(text, 'sec-article')]);
    const quote = quotes.find((q) => q.pieces.length === 2);
    expect(quote?.text).toBe(
      'I think this signifies a change of heart at the SEC … They have been listening to the industry.',
    );
    expect(quote?.id).toBe(
      quoteId(
        'sec-article',
        'I think this signifies a change of heart at the SEC They have been listening to the industry.',
      ),
    );
  });

  it('the seed corpus keeps every quote id it had', async () => {
    const corpusDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus');
    const { quotes } = processArticles((await loadCorpus(corpusDir)).articles);
    expect(quotes.map((q) => q.id).sort()).toEqual(
      [
        'mrbksunqs2',
        'a7nrz4hux2',
        'dwrcy5mqx2',
        'grvtqgv7kq',
        'jvu2oyfjxv',
        'kumcgqhb2h',
        'yx3xhnsbo7',
        'rwx5ak46pm',
        '5as7fs6lre',
        'aqyqp62tdn',
        '2reyzvjuwc',
        'wvbfwndh66',
        'nt2bc75n6w',
        'a7vkggpayp',
        '3w7b7pfglv',
        'jeb73weszv',
        'gv34gbzy2h',
        'r6ssy3p5va',
        'bxrgu4ahht',
        '2tnziugsey',
        'mrww5uont7',
      ].sort(),
    );
  });
});
