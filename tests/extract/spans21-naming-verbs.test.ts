/**
 * A short quoted word after an active verb of naming (`called it "…"`, `described the plan as "…"`) is someone's
 * word for a thing, a partial quotation, even when no rule finds who said it; in the passive (`is called a "…"`)
 * it is the writer's label and stays out, as short unattributed terms do. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const texts = (body: string): string[] => extractQuotes(underHeadline(body)).map((q) => q.text);

describe('active naming verbs keep a short quotation', () => {
  it.each<[string, string[]]>([
    ['The council, which called the plan "reckless", will meet again on Monday.', ['reckless']],
    ['Critics have described the scheme as "unworkable" and costly.', ['unworkable']],
    ['Residents call the square "the heart" of the town.', ['the heart']],
    ['Rival traders branded the levy as "daylight robbery" in letters to the paper.', ['daylight robbery']],
    ['Former staff have called it a "sham" in several interviews.', ['sham']],
    ['The bank keeps quiet about what it calls "routine reviews" of its branches.', ['routine reviews']],
    ['The union struck over what its members called a "pay freeze" this spring.', ['pay freeze']],
    ['The mayor wrote to the board, calling its budget "careless" and late.', ['careless']],
  ])('%s', (body, expected) => {
    expect(texts(body)).toEqual(expected);
  });
});

describe('passive naming and other short unattributed terms stay out', () => {
  it.each<[string]>([
    ['What is called a "soft landing" may not come this year.'],
    ['The proposal is often described as "timid" by rivals.'],
    ['The plan was branded as "bold" in the brochure.'],
    // `branding` with no `as`: no name given
    ['The shop is branding "eco" kettles for the winter.'],
    // `call` the noun, and a participle after a noun (a reduced passive)
    ['Call centres have a high "churn rate" among new staff.'],
    ['The files move through small servers, called "relays" by engineers.'],
    // `call` with a determiner alone: to convene one
    ['The ministry could call an "emergency session" before the vote.'],
    // no naming verb at all
    ['The firm sells "smart" kettles across the region.'],
  ])('%s', (body) => {
    expect(texts(body)).toEqual([]);
  });
});
