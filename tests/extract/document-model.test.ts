import v8 from 'node:v8';
import vm from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allCues, findCues } from '../../src/extract/cues.js';
import { layoutOf, sentenceLayout } from '../../src/extract/document.js';
import { cleanToken, nameSplitter, splitName } from '../../src/extract/mentions.js';
import { extractQuotes } from '../../src/extract/index.js';
import { article } from './article.js';
import { HONORIFICS, TITLE_TOKENS } from '../../src/lexicon/words.js';

// One document model per article: what a stage reads of an article is held in that article's record and
// passed on, never kept in a module between articles (issue #11).

const ARTICLE_A = [
  'Harbour plan wins backing',
  '“The harbour will reopen in spring,” said Mara Ellison, the port director. “We have the money now.”',
  'Councillor Tobias Wren said the vote was close. “It could have gone either way,” he added.',
].join('\n');
describe('the document model holds the article’s cues', () => {
  it('lists every cue of the text, and a window’s cues are read from that list', () => {
    const doc = layoutOf(ARTICLE_A);
    expect(doc.cues.map((c) => c.word)).toEqual(['said', 'said', 'added']);
    expect(doc.cues).toEqual(allCues(ARTICLE_A));
    const second = ARTICLE_A.indexOf('Councillor');
    expect(findCues(doc.cues, second, ARTICLE_A.length).map((c) => ARTICLE_A.slice(c.start, c.end))).toEqual([
      'said',
      'added',
    ]);
    // a cue that runs past the window's end is not the window's
    const added = ARTICLE_A.indexOf('added');
    expect(findCues(doc.cues, second, added + 2)).toHaveLength(1);
  });
});

describe('the name splitter an extractor keeps across articles', () => {
  it('gives what splitName gives, the first time and from its memo, however small its bound', () => {
    const runs = ['Mayor Ana Ruiz', 'Mr. Lee', 'The', 'White House', 'Mayor Ana Ruiz', 'Mr. Lee', 'The'];
    for (const split of [nameSplitter(), nameSplitter(2)])
      for (const run of runs) expect(split(run)).toEqual(splitName(run));
  });

  it('keeps no article alive: the runs it holds are copies, not slices of their articles', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const heapUsed = (): number => {
      gc();
      return v8.getHeapStatistics().used_heap_size;
    };
    const names = nameSplitter();
    const before = heapUsed();
    // forty articles of a megabyte, each with a name run of its own (a slice of a string holds all of it)
    for (let i = 0; i < 40; i++) {
      const text = `${'x'.repeat(1_000_000)} Councillor Tobias Wren${i} said.`;
      const start = text.indexOf('Councillor');
      expect(names(text.slice(start, text.indexOf(' said')))?.name).toBe(`Tobias Wren${i}`);
    }
    expect(heapUsed() - before).toBeLessThan(10e6);
  });

  it('leaves the quotes as they are: one splitter across articles, or one per article', () => {
    const names = nameSplitter();
    for (const text of [ARTICLE_A, ARTICLE_A.replace(/Mara Ellison/gu, 'Mayor Ana Okafor'), ARTICLE_A]) {
      expect(extractQuotes(article(text), { names })).toEqual(extractQuotes(article(text)));
      expect(extractQuotes(article(text)).length).toBeGreaterThan(0);
    }
  });
});

describe('the document model’s sentences', () => {
  const starts = (text: string): string[] => sentenceLayout(text).sentences.map((s) => text.slice(s, s + 6));
  it('end after the closing marks that follow a sentence-final mark, one or several', () => {
    expect(starts('He called it “a start.” Talks went on.')).toEqual(['He cal', 'Talks ']);
    expect(starts("He called it ''a start.'' Talks went on.")).toEqual(['He cal', 'Talks ']);
    expect(starts('She said: “He told me ‘go.’” Then she left.')).toEqual(['She sa', 'Then s']);
    // an abbreviation's period inside the marks ends nothing; nor does a lower-case word after them
    expect(starts("They met ''in the U.S.'' Talks went on.")).toEqual(['They m']);
    expect(starts("He called it ''a start.'' and left.")).toEqual(['He cal']);
  });
});

describe('the char-code readings of names', () => {
  /** Tokens: names, possessives, initials, honorifics, quotes and periods in every place, spaces of several kinds. */
  const token = fc.constantFrom(
    'Lee',
    "Lee's",
    'Lee’s',
    "Lee'",
    'Lee’',
    'Lees',
    "'s",
    's',
    '',
    'Mr.',
    'Mr',
    'Dr.',
    'U.S.',
    'J.',
    'Gov.',
    'Jr.',
    'x.',
    "''",
    '’s.',
    'É.',
    '\u{1D400}',
    'President',
    'de',
    'Ana',
  );
  const space = fc.constantFrom(' ', '  ', '\u00A0', '\t', '\u2009', '\n');
  const reference = (t: string): string => {
    let r = t.replace(/['’]s?$/u, '');
    const kept = /^(?:\p{Lu}\.)+$/u.test(r) || r in HONORIFICS || TITLE_TOKENS.has(r);
    if (r.endsWith('.') && !kept) r = r.slice(0, -1);
    return r;
  };

  it('cleanToken drops a final quote, possessive or period as its patterns did', () => {
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 3 }), (parts) => {
        const t = parts.join('');
        expect(cleanToken(t)).toBe(reference(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('splitName reads the tokens /\\S+/ finds, whatever the white space between them', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(token, space), { minLength: 1, maxLength: 5 }), (pairs) => {
        const raw = pairs.map(([t, s]) => t + s).join('');
        const single = raw
          .split(/\s+/u)
          .filter((t) => t !== '')
          .join(' ');
        const a = splitName(raw);
        const b = splitName(single);
        expect(a === null).toBe(b === null);
        if (a !== null && b !== null) {
          expect([a.name, a.role, a.gender, a.org]).toEqual([b.name, b.role, b.gender, b.org]);
          // the offset is the name's first token's, in each text
          expect(raw.slice(a.nameOffset).startsWith(a.name.split(' ')[0]!)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
