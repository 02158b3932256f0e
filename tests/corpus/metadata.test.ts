import { describe, expect, it } from 'vitest';
import { loadFiles, loadText } from './helpers.js';

const BODY =
  'The harbour council voted on a plan to rebuild the old pier after the winter storms damaged it badly.\n\n' +
  'Residents had asked for the work for years, and the vote passed with a large majority of the members.\n\n' +
  'Work is expected to start in the spring and to last for about eighteen months in total.';

describe('publication date', () => {
  it.each([
    ['date 2024-03-05 The harbour council voted…', ` date 2024-03-05 ${BODY}`, '2024-03-05'],
    ['3/5/20242 min read (US date glued to a reading time)', `Harbour plan approved by council\n\nJo Reporter\n\n3/5/20242 min read\n\n${BODY}`, '2024-03-05'],
    ['Published: 5 March 2024', `Harbour plan approved by council\n\nPublished: 5 March 2024\n\n${BODY}`, '2024-03-05'],
    ['By Jo Reporter, March 5, 2024', `Harbour plan approved by council\n\nBy Jo Reporter, March 5, 2024\n\n${BODY}`, '2024-03-05'],
    ['PORTSMOUTH, March 5, 2024 — the harbour council voted… (a dated dateline)', `PORTSMOUTH, March 5, 2024 — ${BODY}`, '2024-03-05'],
    ['Portsmouth, England, Mar. 5, 2024 – … (a title-case dated dateline)', `Portsmouth, England, Mar. 5, 2024 – ${BODY}`, '2024-03-05'],
    ['9/4/2025 · 2 min read', `Harbour plan approved by council\n\n9/4/2025 · 2 min read\n\n${BODY}`, '2025-09-04'],
    ['PARIS, Sept. 3, 2025 – (the dated dateline the agencies write)', `PARIS, Sept. 3, 2025 – ${BODY}`, '2025-09-03'],
    ['March 5, 2024 (a date on a line of its own)', `Harbour plan approved by council\n\nMarch 5, 2024\n\n${BODY}`, '2024-03-05'],
    ['25/12/2023 (day first when the first number cannot be a month)', `Harbour plan approved\n\n25/12/2023\n\n${BODY}`, '2023-12-25'],
    ['a labelled date wins over an earlier date in the dek', `Harbour plan approved\n\nIn June 1, 2020 the pier first closed after a storm hit the whole coast hard.\n\nUpdated: 2024-03-06\n\n${BODY}`, '2024-03-06'],
  ])('%s', async (_name, text, iso) => {
    const a = await loadText(text);
    expect(a.publishedAt).toBe(iso);
    expect(a.metaOrigin.publishedAt).toBe('detected');
  });

  it.each([
    ['On March 5, 2024, the harbour council voted… (an event in the lead)', `On March 5, 2024, the harbour council voted on a plan to rebuild the pier.\n\n${BODY}`],
    ['…in Portsmouth on Mar. 4, 2024. (Harbour Office) (a caption: the photo’s date)', `Harbour plan approved by council\n\nThe mayor at the pier in Portsmouth on Mar. 4, 2024. (Harbour Office)\n\n${BODY}`],
    ['Bids are open until 15 July 2006 (a deadline)', `Pier bids open\n\nBids for the pier contract are open until 15 July 2006, the harbour council said in a statement.\n\n${BODY}`],
    ['profits rose in the three months to 31 December 2004 (a reporting period)', `Harbour profits rise\n\nHarbour profits rose by a fifth in the three months to 31 December 2004, the port company has said.\n\n${BODY}`],
    ['PORTSMOUTH — … on March 5, 2024 (an undated dateline; the date is in the body)', `PORTSMOUTH — The harbour council met on March 5, 2024 and voted on a plan to rebuild the pier.\n\n${BODY}`],
  ])('a date inside the body is never the publication date: %s', async (_name, text) => {
    expect((await loadText(text)).publishedAt).toBeNull();
  });

  it('no date anywhere near the top: publishedAt is null', async () => {
    expect((await loadText(BODY)).publishedAt).toBeNull();
  });

  it('Tuesday, 1 March / 2000 GMT on two lines is not the year 2000', async () => {
    expect((await loadText(`Harbour plan approved\n\nTuesday, 1 March\n\n2000 GMT\n\n${BODY}`)).publishedAt).toBeNull();
  });

  it('February 30, 2024 is not a date', async () => {
    expect((await loadText(`On February 30, 2024, something happened at the pier in town.\n\n${BODY}`)).publishedAt).toBeNull();
  });

  it('a record date that is not a date is reported and the text date is used', async () => {
    const load = await loadFiles({ 'r.jsonl': JSON.stringify({ id: 'r', text: `Published: March 5, 2024\n\n${BODY}`, publishedAt: 'soon' }) });
    expect(load.articles[0]?.publishedAt).toBe('2024-03-05');
    expect(load.problems.map((p) => p.message)).toEqual([`corpus: 'r.jsonl' line 1: publishedAt 'soon' is not a date; using the date found in the text`]);
  });
});

describe('dateline', () => {
  it.each([
    ['Lisbon, Portugal – The harbour council voted…', 'Lisbon, Portugal'],
    ['OSLO (Reuters) - The harbour council voted…', 'OSLO'],
    ['BERLIN — The harbour council voted…', 'BERLIN'],
    ['MADRID, Sept 3 (AP) — The harbour council voted…', 'MADRID'],
    ['NEW YORK, March 4 — The harbour council voted…', 'NEW YORK'],
    ['Kyiv (AFP) – The harbour council voted…', 'Kyiv'],
  ])('%s', async (opening, place) => {
    const text = `${opening.replace('The harbour council voted…', '')}${BODY}`;
    const a = await loadText(text);
    expect(a.dateline).toBe(place);
    expect(a.metaOrigin.dateline).toBe('detected');
  });

  it.each([
    ['The harbour council – after long debate – voted…'],
    ['Mayor Smith – a sailor herself – opened the pier…'],
  ])('no dateline: %s', async (opening) => {
    expect((await loadText(`${opening} and the plan passed with a large majority of the members present.\n\n${BODY}`)).dateline).toBeNull();
  });
});

describe('title and author', () => {
  it('Harbour plan approved after years of delay (a title line at the top)', async () => {
    const a = await loadText(`Harbour plan approved after years of delay\n\n${BODY}`);
    expect(a.title).toBe('Harbour plan approved after years of delay');
    expect(a.metaOrigin.title).toBe('detected');
  });

  it('Coast (a section label) above the title line is not the title', async () => {
    expect((await loadText(`Coast\n\nHarbour plan approved after years of delay\n\n${BODY}`)).title).toBe('Harbour plan approved after years of delay');
  });

  it('an article that opens with its body has no title', async () => {
    expect((await loadText(BODY)).title).toBeNull();
  });

  it.each([
    ['Jo Anne Reporter (a line that is just a name)', 'Jo Anne Reporter', 'Jo Anne Reporter'],
    ['By Sam de Vries', 'By Sam de Vries', 'Sam de Vries'],
    ['By Sam Writer and Kim Other, Staff', 'By Sam Writer and Kim Other, Staff', 'Sam Writer and Kim Other'],
  ])('%s', async (_name, line, author) => {
    const a = await loadText(`Harbour plan approved after years of delay\n\n${line}\n\n${BODY}`);
    expect(a.author).toBe(author);
  });

  it('Harbour Park (a bare name-like line) under a title the record gave is not the author', async () => {
    const load = await loadFiles({ 'r.json': JSON.stringify({ id: 'r', title: 'Cup preview', text: `Harbour Park\n\n${BODY}` }) });
    expect(load.articles[0]?.author).toBeNull();
  });

  it('a name-like heading deep in the body is not the author', async () => {
    const text = `Harbour plan approved after years of delay\n\n${BODY}\n\n${BODY}\n\nNext Steps\n\nMore work follows in the autumn, officials said.`;
    expect((await loadText(text)).author).toBeNull();
  });
});

describe('given metadata wins over detection; a sidecar wins over both', () => {
  it('record title and date are kept; the dateline is still detected from the text', async () => {
    const load = await loadFiles({ 'r.json': JSON.stringify({ id: 'r', title: 'Given title', publishedAt: '2020-01-01', text: `OSLO (Reuters) - ${BODY}` }) });
    const a = load.articles[0];
    expect(a).toMatchObject({ title: 'Given title', publishedAt: '2020-01-01', dateline: 'OSLO' });
    expect(a?.metaOrigin).toEqual({ title: 'record', publishedAt: 'record', dateline: 'detected' });
  });

  it('x.txt.meta.json overrides detected fields and can clear one with null', async () => {
    const load = await loadFiles({
      'x.txt': `Harbour plan approved after years of delay\n\nOn March 5, 2024, the council met.\n\n${BODY}`,
      'x.txt.meta.json': JSON.stringify({ title: 'Pier plan', publisher: 'Harbour Gazette', publishedAt: 'March 7, 2024', author: null }),
    });
    expect(load.problems).toEqual([]);
    expect(load.articles[0]).toMatchObject({ title: 'Pier plan', publisher: 'Harbour Gazette', publishedAt: '2024-03-07', author: null });
    expect(load.articles[0]?.metaOrigin).toMatchObject({ title: 'sidecar', publisher: 'sidecar', publishedAt: 'sidecar', author: 'sidecar' });
    expect(load.files.map((f) => f.path)).toEqual(['x.txt', 'x.txt.meta.json']);
  });

  it('x.meta.json (without the article extension) also applies, over record fields', async () => {
    const load = await loadFiles({ 'x.json': JSON.stringify({ id: 'x', title: 'Old', text: BODY }), 'x.meta.json': '{"title": "New"}' });
    expect(load.articles[0]).toMatchObject({ title: 'New' });
  });

  it('a sidecar with an unknown field is reported and ignored; the article still loads', async () => {
    const load = await loadFiles({ 'x.txt': BODY, 'x.txt.meta.json': '{"titel": "Typo"}' });
    expect(load.articles).toHaveLength(1);
    expect(load.articles[0]?.title).toBeNull();
    expect(load.problems.map((p) => p.message)).toEqual([`corpus: 'x.txt.meta.json': unknown field(s) "titel"; metadata sidecar ignored`]);
  });
});
