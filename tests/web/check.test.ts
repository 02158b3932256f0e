import request from 'supertest';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/web/app.js';
import { fixtureIndex } from './fixtures.js';
import { body } from './json.js';
import { checkResponseSchema, errorSchema } from '../../src/web/api-schemas.js';

const app = createApp(fixtureIndex(), { baseUrl: 'https://verbatim.example', log: () => {} });

describe('GET /api/check', () => {
  it('finds the real quote behind a shortened, attributed quotation', async () => {
    const res = await request(app)
      .get('/api/check')
      .query({ text: 'Virtanen said: "the repairs are ahead of schedule"' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      verdict: 'exact',
      speakerMatches: true,
      claimedSpeaker: { id: 'tomas-virtanen' },
    });
    const best = body(checkResponseSchema, res).matches[0]!;
    expect(best).toMatchObject({
      verdict: 'exact',
      fragment: true,
      reportCount: 2,
      quote: {
        speakerId: 'tomas-virtanen',
        permalink: expect.stringMatching(/^https:\/\/verbatim\.example\/q\//) as string,
      },
    });
    expect(best.statementId).toBe('q-repairs');
  });

  it('says when the claimed speaker is wrong', async () => {
    const res = await request(app)
      .get('/api/check')
      .query({ text: 'Salt is the enemy of steel', speaker: 'Tomas Virtanen' });
    expect(res.body).toMatchObject({
      speakerMatches: false,
      actualSpeaker: { id: 'lena-brook' },
      message: 'This was said by Lena Brook, not Tomas Virtanen.',
    });
  });

  it.each([
    ['no text', '', 'text'],
    ['text over 2,000 characters', `text=${'a'.repeat(2001)}`, 'text'],
    ['text given twice', 'text=a&text=b', 'text'],
  ])('%s → 400 with {error, issues}', async (_name, qs, field) => {
    const res = await request(app).get(`/api/check?${qs}`);
    expect(res.status).toBe(400);
    expect(body(errorSchema, res).error).toMatch(/check query/);
    expect(body(errorSchema, res).issues[0]?.path).toBe(field);
  });
});

describe('GET /check', () => {
  it('shows the form alone without text', async () => {
    const res = await request(app).get('/check');
    expect(res.status).toBe(200);
    const doc = new JSDOM(res.text).window.document;
    expect(doc.querySelector('form.check-form textarea[name="text"]')).not.toBeNull();
    expect(doc.querySelector('.check-result')).toBeNull();
  });

  it('shows the verdict sentence and a word diff: the real word kept (<ins>), the circulating one struck (<del>)', async () => {
    const res = await request(app).get('/check').query({ text: 'Salt is the enemy of iron', speaker: 'Virtanen' });
    const doc = new JSDOM(res.text).window.document;
    expect(doc.querySelector('.verdict-message')?.textContent).toBe('This was said by Lena Brook, not Tomas Virtanen.');
    // Read as the change that turns the circulating version back into the real words.
    expect(doc.querySelector('.check-match del.added')?.textContent).toBe('iron');
    expect(doc.querySelector('.check-match ins.dropped')?.textContent).toBe('steel');
  });

  it('escapes the pasted text', async () => {
    const res = await request(app).get('/check').query({ text: '<img src=x onerror=alert(1)> budgets' });
    expect(res.text).not.toContain('<img src=x');
  });

  it('rejects text over 2,000 characters with a 400 page', async () => {
    const res = await request(app)
      .get('/check')
      .query({ text: 'a'.repeat(2001) });
    expect(res.status).toBe(400);
    expect(res.text).toContain('too long');
  });
});
