/**
 * Words that are no speaker's name: a people's or a place's word glued before a name (`New Yorker Dick
 * Morris`), such a word alone (`the Frenchman told`), the writer's `I'd`, and a plural noun that is also a
 * speech verb after a quantifier (`many Asian states`).
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { allCues, findCues } from '../../src/extract/cues.js';
import { underHeadline } from './article.js';

const speakers = (body: string): Array<string | null> =>
  extractQuotes(underHeadline(body)).map((q) => q.attribution.name);

describe('a people or place word before a name is a role, not part of the name', () => {
  it.each<[string, string]>([
    ['New Yorker Dick Morris said the plan was "dead on arrival".', 'Dick Morris'],
    ['"We will win this year," said Texan Jo Lee.', 'Jo Lee'],
    ['Russian Nadia Petrova said she was "ready for anything".', 'Nadia Petrova'],
    ['"It was hard," admitted American Kevin Roe after the match.', 'Kevin Roe'],
  ])('%s', (body, expected) => {
    expect(speakers(body)).toEqual([expected]);
  });
});

describe('no name at all', () => {
  it.each<[string]>([
    // a word for a people's man is a description, not a name
    ['The 55-year-old Frenchman told the club website: "I love this club."'],
    ['The Dutchman said the win was "a relief".'],
    // the writer's own `I` with a verb glued on
    ['I\'d say the risk of a flood is a "when" and not an if.'],
  ])('%s', (body) => {
    expect(speakers(body)).toEqual([null]);
  });
});

describe('a speech verb that is a plural noun after a quantifier', () => {
  it.each<[string]>([
    ['China has unsettled many Asian states, and it has used "velvet gloves" with them.'],
    ['Several local reports said nothing of it.'],
    ['No Labour claims were made.'],
  ])('%s', (text) => {
    expect(findCues(allCues(text), 0, text.length).map((c) => c.word)).not.toContain(
      text.match(/states|reports|claims/u)![0],
    );
  });
});

describe('a speech verb that is a plural noun after a participle opening the sentence', () => {
  it.each<[string, boolean]>([
    // the participle's clause ends at a comma: its object is no cue
    ['Addressing claims that the pier was unsafe, Mr Lee told the radio: "It is safe."', false],
    ['Dismissing reports of a rift, Jo Lee said the party was united.', false],
    // a name that ends in -ing, as the subject of its own sentence, keeps its cue
    ['Manning claims that she was "treated badly" by the army.', true],
  ])('%s', (text, cue) => {
    const words = findCues(allCues(text), 0, text.length).map((c) => c.word);
    expect(words.includes('claims') || words.includes('reports')).toBe(cue);
  });
});
