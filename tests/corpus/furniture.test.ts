import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFiles, furnitureText, loadText } from './helpers.js';

const P1 = 'The harbour council voted on a plan to rebuild the old pier after the winter storms damaged it badly.';
const P2 = '"We have waited long enough," the mayor said after the vote, adding that work would begin in the spring.';
const P3 = 'Residents had asked for the work for years, and the vote passed with a large majority of the members.';
const BODY = `${P1}\n\n${P2}\n\n${P3}`;

describe('masthead furniture at the top', () => {
  it.each([
    ['Coast (section label)', `Coast\n\nHarbour plan approved\n\n${BODY}`, ['Coast', 'Harbour plan approved']],
    ['4 min read', `Harbour plan approved\n\n4 min read\n\n${BODY}`, ['Harbour plan approved', '4 min read']],
    ['a repeated title', `Harbour plan approved\n\n4 min read\nHarbour plan approved\n\n${BODY}`, ['Harbour plan approved', '4 min read', 'Harbour plan approved']],
    ['Jo Reporter / 3/5/20242 min read under a dek', `Harbour plan approved\n\n${P1}\n\nJo Reporter\n\n3/5/20242 min read\n\nHarbour Plan: What Comes Next\n\n${P2}\n\n${P3}`, ['Harbour plan approved', 'Jo Reporter', '3/5/20242 min read', 'Harbour Plan: What Comes Next']],
    ['date 2024-03-05 glued to the first paragraph', ` date 2024-03-05 ${BODY}`, ['date 2024-03-05']],
    ['The mayor at the pier on March 4, 2024. (Harbour Office)', `Harbour plan approved\n\nThe mayor at the pier on March 4, 2024. (Harbour Office)\n\n${BODY}`, ['Harbour plan approved', 'The mayor at the pier on March 4, 2024. (Harbour Office)']],
    ["Editor's Note: This story has been updated.", `Harbour plan approved\n\nEditor's Note: This story has been updated.\n\n${BODY}`, ['Harbour plan approved', "Editor's Note: This story has been updated."]],
  ])('%s', async (_name, text, expected) => {
    expect(furnitureText(await loadText(text))).toEqual(expected);
  });

  it("Mayor: ‘We Have Waited Long Enough’ (a quoted headline stays: it carries a quote)", async () => {
    const a = await loadText(`Mayor: ‘We Have Waited Long Enough’\n\n${BODY}`);
    expect(a.title).toBe('Mayor: ‘We Have Waited Long Enough’');
    expect(furnitureText(a)).toEqual([]);
  });

  it('a given title repeated as the first line is furniture; an unpunctuated lead sentence under it is not', async () => {
    const text = `Harbour plan approved.\n\nThe council has approved a plan to rebuild the pier after years of delay\n\n${BODY}`;
    const load = await loadFiles({ 'r.jsonl': JSON.stringify({ id: 'r', title: 'Harbour plan approved', text }) });
    expect(furnitureText(load.articles[0]!)).toEqual(['Harbour plan approved.']);
  });
});

describe('widgets and the teaser tail', () => {
  it.each([
    ['Advertisement', `${P1}\n\nAdvertisement\n\n${P2}\n\n${P3}`, ['Advertisement']],
    ['Share this article', `${P1}\n\n${P2}\n\nShare this article\n\n${P3}`, ['Share this article']],
    ['Read more: Pier closed after storm', `${P1}\n\nRead more: Pier closed after storm\n\n${P2}\n\n${P3}`, ['Read more: Pier closed after storm']],
    ['Sign up for our daily newsletter', `${BODY}\n\nSign up for our daily newsletter`, ['Sign up for our daily newsletter']],
    ['Back to Top at the end', `${BODY}\n\nBack to Top`, ['Back to Top']],
    [
      'Image / Latest News / Watch then teasers, after a truncated teaser paragraph that may stay',
      `${BODY}\n\nThe other pier — why the north harbour still waits\nA different story that was cut off in the middle of a sentence,\nImage\nLatest News\nWatch\n\nA teaser paragraph about some other story entirely, of the kind a feed shows.\n\nLoad More`,
      ['Image\nLatest News\nWatch\n\nA teaser paragraph about some other story entirely, of the kind a feed shows.\n\nLoad More'],
    ],
    ['Story continues below advertisement', `${P1}\n\nStory continues below advertisement\n\n${P2}\n\n${P3}`, ['Story continues below advertisement']],
    ['Article continues below', `${P1}\n\n${P2}\n\nArticle continues below\n\n${P3}`, ['Article continues below']],
    ['WATCH: a clip teaser with a quoted title', `${P1}\n\nWATCH: ‘We have waited,’ mayor says of pier\n\n${P2}\n\n${P3}`, ['WATCH: ‘We have waited,’ mayor says of pier']],
    ['RELATED: a story teaser mid-body', `${P1}\n\nRELATED: Pier closed after storm\n\n${P2}\n\n${P3}`, ['RELATED: Pier closed after storm']],
    ['Related stories: then teaser headlines', `${BODY}\n\nRelated stories:\n\nPier repairs delayed again\n\nCouncil elections next month`, ['Related stories:\n\nPier repairs delayed again\n\nCouncil elections next month']],
  ])('%s', async (_name, text, expected) => {
    expect(furnitureText(await loadText(text))).toEqual(expected);
  });
});

describe('the body is never furniture', () => {
  it.each([
    ['a paragraph that mentions a video and sharing', `${P1}\n\nThe video was shared widely, and the council said it would watch the reaction.\n\n${P3}`],
    ['a short quoted line in the body', `${P1}\n\n${P2}\n\n“Never again”\n\n${P3}`],
    ['a paragraph ending in an acronym in parentheses', `${P1}\n\nThe plan was drafted by the Harbour Authority (HA)\n\n${P3}`],
    ['a mid-body subheading after the lead', `${P1}\n\n${P2}\n\nWhat happens next\n\n${P3}`],
    ['Watch the vote (a sentence starting with the label word, no colon)', `${P1}\n\nWatch the vote again and you will see the mayor smile.\n\n${P3}`],
    ['Related work continues (the word at the start of a sentence)', `${P1}\n\nRelated work on the sea wall continues, the engineers said on Friday.\n\n${P3}`],
  ])('%s', async (_name, text) => {
    expect(furnitureText(await loadText(text))).toEqual([]);
  });

  it('furniture ranges stay inside the text, sorted and disjoint, for any text', async () => {
    const { findFurniture } = await import('../../src/corpus/furniture.js');
    const { headerLength, readLayout } = await import('../../src/corpus/layout.js');
    const piece = fc.constantFrom(P1, P2, 'Related', 'News Feed', 'Show More', 'Advertisement', '3 min read', 'Jo Reporter', 'Coast', '(Photo Office)', 'date 2024-03-05', '', '\r', ' ');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 30 }), fc.option(fc.string(), { nil: null }), (parts, title) => {
        const text = parts.join('\n');
        const lines = readLayout(text);
        const ranges = findFurniture(text, lines, headerLength(lines), title, false);
        let last = -1;
        for (const r of ranges) {
          expect(r.start).toBeGreaterThan(last);
          expect(r.end).toBeGreaterThan(r.start);
          expect(r.end).toBeLessThanOrEqual(text.length);
          last = r.end;
        }
      }),
    );
  });
});
