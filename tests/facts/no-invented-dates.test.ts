/**
 * A small BBC-like corpus (plain-text articles, no dates in any metadata) through the real pipeline:
 * deadlines, reporting periods, programme and paper names and weekdays in the text must never become a
 * publication date or a said-at. Only what the text ties to a statement is a said-at.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.js';
import { processArticles } from '../../src/build/pipeline.js';
import type { CorpusData, Quote } from '../../src/model/types.js';
import { describeQuoteWhen } from '../../src/web/when.js';

const ARTICLES: Record<string, string> = {
  // No date of its own anywhere: every date in it is a deadline, a period or a name.
  'harbour-offer.txt': [
    'Harbour Holdings shares slide after profit warning',
    '',
    'Shares in Harbour Holdings fell sharply after the ferry operator warned that its profits would be lower than expected this year.',
    '',
    'The firm said profits fell by a fifth in the three months to 31 December 2004, blaming higher fuel costs and weaker demand.',
    '',
    '"Trading has been tough," chief executive Jane Smith told the BBC\'s Today programme.',
    '',
    '"Shareholders should take their time," the chairman said, giving them until 15 July 2006 to accept the offer.',
    '',
    '"We expect a recovery next year," Ms Smith said on Tuesday.',
    '',
    '"The outlook is grim," analyst Tom Reed told the Sunday Times.',
    '',
    'Retailers at the port hope for a boost from Black Friday. "Black Friday will save our year," said shop owner Ann Lee.',
    '',
    '"We have been waiting since March," she added.',
  ].join('\n'),
  // Undated, but its lead reports the day of the event the quotes belong to.
  'pier-vote.txt': [
    'Council approves pier rebuild',
    '',
    'The harbour council announced on 4 September 2025 that the old pier would be rebuilt after years of storm damage to the structure.',
    '',
    '"This is a great day for the town," council leader Sam Jones said at 16:25.',
    '',
    '"We start work in the spring," Mr Jones said.',
    '',
    '"The pier closed on Monday," a spokeswoman said on Tuesday.',
  ].join('\n'),
  // Undated, and its lead's date is history, not the day anyone in it spoke.
  'history.txt': [
    'A town that loves rugby',
    '',
    'The harbour club was founded by dock workers, and its first team met the college side on 14 May, 1870, winning by two goals to nil.',
    '',
    '"Rugby is in our blood," club secretary Dan Hale said.',
  ].join('\n'),
  // A date line of its own gives the publication date; names still are not times.
  'dated.txt': [
    'Ferry strike called off',
    '',
    '4 September 2025',
    '',
    'A planned strike by ferry workers has been called off after talks between the union and the operator ended late last night.',
    '',
    '"We have a deal," union leader Pat Green told the Today programme.',
    '',
    '"It took a long time," Ms Green said on Tuesday.',
    '',
    '"Nobody wanted a strike before Black Friday," she told the Mail on Sunday.',
  ].join('\n'),
};

let dir: string;
let data: CorpusData;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verbatim-facts-'));
  for (const [name, text] of Object.entries(ARTICLES)) await writeFile(join(dir, name), text);
  const loaded = await loadCorpus(dir);
  expect(loaded.problems).toEqual([]);
  data = processArticles(loaded.articles);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function article(path: string) {
  const found = data.articles.find((a) => a.path === path);
  if (!found) throw new Error(`test corpus: no article ${path}`);
  return found;
}

function quoteStarting(words: string): Quote {
  const found = data.quotes.filter((q) => q.text.startsWith(words));
  expect(found, `one quote starting "${words}"`).toHaveLength(1);
  return found[0]!;
}

describe('publication dates: only the page’s own', () => {
  it('an article whose only dates are a deadline and a reporting period has no publication date', () => {
    expect(article('harbour-offer.txt').publishedAt).toBeNull();
  });

  it('an article whose lead holds a date of history has no publication date', () => {
    expect(article('history.txt').publishedAt).toBeNull();
  });

  it('an article whose lead reports an event date has no publication date', () => {
    expect(article('pier-vote.txt').publishedAt).toBeNull();
  });

  it('a date on a line of its own is the publication date', () => {
    expect(article('dated.txt').publishedAt).toBe('2025-09-04');
  });
});

describe('said-at in an undated article: never a deadline, a period, a name or an unresolved weekday', () => {
  it.each([
    ['Trading has been tough', 'told the BBC’s Today programme: a programme, not a day'],
    ['Shareholders should take their time', 'until 15 July 2006: a deadline'],
    ['We expect a recovery next year', 'on Tuesday with no publication date: unresolved'],
    ['The outlook is grim', 'told the Sunday Times: a paper'],
    ['Black Friday will save our year', 'Black Friday: an event name'],
    ['We have been waiting since March', 'since March: a period'],
    ['Rugby is in our blood', 'the lead’s “met … on 14 May, 1870” is history, not an event anyone is quoted at'],
  ])('“%s…” (%s): date unknown', (words) => {
    expect(quoteStarting(words).saidAt).toBeNull();
  });

  it('no quote of the corpus says a year it does not state', () => {
    for (const q of data.quotes) {
      if (q.saidAt === null) continue;
      const year = q.saidAt.value.slice(0, 4);
      const source = article(data.articles.find((a) => a.id === q.articleId)!.path);
      expect(source.text.includes(year), `${q.text}: ${q.saidAt.value}`).toBe(true);
    }
  });
});

describe('said-at tied to the statement', () => {
  it('“This is a great day…” said at 16:25, in an article whose lead event is 4 September 2025: 2025-09-04T16:25, stated', () => {
    expect(quoteStarting('This is a great day').saidAt).toMatchObject({
      value: '2025-09-04T16:25',
      precision: 'minute',
      basis: 'stated',
    });
  });

  it('“We start work in the spring,” Mr Jones said: the lead’s event date, basis event', () => {
    expect(quoteStarting('We start work in the spring').saidAt).toMatchObject({
      value: '2025-09-04',
      basis: 'event',
      expression: { text: 'on 4 September 2025' },
    });
  });

  it('“The pier closed on Monday,” a spokeswoman said on Tuesday, undated: unknown, not the lead’s date', () => {
    expect(quoteStarting('The pier closed on Monday').saidAt).toBeNull();
  });
});

describe('said-at with a publication date: names stay names', () => {
  it.each([
    ['We have a deal', 'told the Today programme'],
    ['Nobody wanted a strike before Black Friday', 'told the Mail on Sunday'],
  ])('“%s…” (%s): the publication date, inferred', (words) => {
    expect(quoteStarting(words).saidAt).toMatchObject({ value: '2025-09-04', basis: 'inferred', expression: null });
  });

  it('“It took a long time,” Ms Green said on Tuesday, article of Thursday 2025-09-04: 2025-09-02, relative', () => {
    expect(quoteStarting('It took a long time').saidAt).toMatchObject({
      value: '2025-09-02',
      basis: 'relative',
      expression: { text: 'on Tuesday' },
    });
  });
});

describe('the page says where a said-at comes from', () => {
  it('a weekday counted from the publication date is shown as what the article says, not as the publication date', () => {
    expect(describeQuoteWhen(quoteStarting('It took a long time'))).toMatchObject({
      text: '2 Sep 2025',
      basis: 'relative',
      approximate: false,
      note: 'The article says “on Tuesday”, counted from its publication date',
    });
  });

  it('the lead’s event date is shown as such', () => {
    expect(describeQuoteWhen(quoteStarting('We start work in the spring'))).toMatchObject({
      text: '4 Sep 2025',
      basis: 'event',
      approximate: true,
      note: 'The date of the event the article reports (“on 4 September 2025”); the article has no date of its own',
    });
  });

  it('an undated quote of an undated article is “date unknown” (no label)', () => {
    expect(describeQuoteWhen(quoteStarting('Trading has been tough'))).toBeNull();
  });
});
