/**
 * A speaker's kind (person / organisation) comes from the extractor's entity layer, by majority over the
 * speaker's quotes; the shape of the name decides only when no quote was typed. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { resolveSpeakers } from '../../src/speakers/index.js';
import { article, quote } from './fixtures.js';

const articles = [article('a1'), article('a2'), article('a3')];
const kindOf = (quotes: ReturnType<typeof quote>[]) => {
  const { speakers } = resolveSpeakers(quotes, articles, null);
  return speakers.map((s) => [s.name, s.kind]);
};

describe('the kind of a speaker', () => {
  it('a firm named like a person is an organisation when its articles say so', () => {
    expect(
      kindOf([
        quote('a1', 'Hollis Brandt', { entity: 'organization' }),
        quote('a2', 'Hollis Brandt', { entity: 'organization' }),
      ]),
    ).toEqual([['Hollis Brandt', 'organization']]);
  });

  it('a person whose name has an organisation-like shape is a person when the articles say so', () => {
    // `the` before a name reads as a body's by its shape alone
    expect(
      kindOf([quote('a1', 'the Quarrel', { entity: 'person' }), quote('a2', 'the Quarrel', { entity: 'person' })]),
    ).toEqual([['Quarrel', 'person']]);
  });

  it('the majority of typed quotes decides; untyped quotes do not vote', () => {
    // one speaker by its name's shape (`the` makes it a body's name), typed person twice and body once
    expect(
      kindOf([
        quote('a1', 'the Quarrel', { entity: 'person' }),
        quote('a2', 'the Quarrel', { entity: 'person' }),
        quote('a3', 'the Quarrel', { entity: 'organization' }),
        quote('a3', 'the Quarrel'),
      ]),
    ).toEqual([['Quarrel', 'person']]);
  });

  it('a name typed as a body in its articles is read as a body name: a person of the same name is apart', () => {
    expect(
      kindOf([
        quote('a1', 'Hollis Brandt', { entity: 'organization' }),
        quote('a2', 'Hollis Brandt', { entity: 'person' }),
      ]).sort(),
    ).toEqual([
      ['Hollis Brandt', 'organization'],
      ['Hollis Brandt', 'person'],
    ]);
  });

  it('with no typed quote, the shape of the name decides', () => {
    expect(kindOf([quote('a1', 'Hollis Brandt'), quote('a2', 'the Harbour Council')]).sort()).toEqual([
      ['Harbour Council', 'organization'],
      ['Hollis Brandt', 'person'],
    ]);
  });

  it('a firm and a person sharing a surname stay two speakers', () => {
    const { speakerIds } = resolveSpeakers(
      [
        quote('a1', 'Brandt', { entity: 'organization' }),
        quote('a2', 'Hollis Brandt', { entity: 'person' }),
        quote('a2', 'Brandt', { entity: 'person' }),
      ],
      articles,
      null,
    );
    expect(speakerIds[0]).not.toBe(speakerIds[1]);
    expect(speakerIds[2]).toBe(speakerIds[1]);
  });
});
