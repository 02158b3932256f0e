import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { article } from './article.js';
import { readSubjectLeft } from '../../src/extract/cues.js';
import { splitName } from '../../src/extract/mentions.js';

const speakersOf = (text: string) => extractQuotes(article(text)).map((q) => q.attribution.name);
const subjectBefore = (left: string) => readSubjectLeft(left, 0, left.length)?.text ?? null;

describe('a party tag and a titled name close the subject, whatever adverbials come before', () => {
  it.each<[string, string]>([
    ['In Dover, NH, after winning the county, Gov. Ellen Marsh (R-NH), said, "We will keep going."', 'Ellen Marsh'],
    ['At the rally in Salem, Oregon, on Friday, Sen. Paul Ide (D-Ore.) said, "We will keep going."', 'Paul Ide'],
  ])('%s', (text, name) => {
    expect(speakersOf(`The vote was close.\n\n${text}`)).toEqual([name]);
  });
  it('a place before an appositive still gives the name before it: Dean Ruiz, a salesman from Sumter, South Carolina,', () => {
    expect(subjectBefore('Dean Ruiz, a salesman from Sumter, South Carolina, ')).toBe('Dean Ruiz');
  });
});

describe('`<Name> of <organisation>`: the person stands before `of`', () => {
  it.each<[string, string]>([
    ['commentator Lena Vogt of the anti-tax Harbour Ledger ', 'Lena Vogt'],
    ['Bishop Aram Tessian of the Holy Council of Lund ', 'Aram Tessian'],
    ['Ann Roe of the Example Institute ', 'Ann Roe'],
  ])('%s', (left, name) => {
    expect(subjectBefore(left)).toContain(name);
  });
});

describe('`<Title> of <Department> <Name>`: the department after `of` is part of the role, not of the name', () => {
  // the name run starts after `of`: `Staff Ivy Marr` must give Ivy Marr (a person, she), not an
  // organisation named `Staff Ivy Marr` that no pronoun can stand for
  it.each<[string, string]>([
    [
      'The party has little cash left. That, Party Chief of Staff Ivy Marr explained, is by design.\n\n"We spend late," she said.',
      'Ivy Marr',
    ],
    [
      'The council answered on Monday. Director of Communications Pia Sands wrote to every household.\n\n"Nothing will change," she said.',
      'Pia Sands',
    ],
  ])('%s', (text, name) => {
    expect(speakersOf(`The budget was tight.\n\n${text}`)).toEqual([name]);
  });
});

describe('`<Title> of|from <Place> <Name>`: the place after the title is not part of the name', () => {
  // the name run starts after `of`/`from`, so it opens with the place; a place before a given name and a surname
  // ends the title. A place that is also a given name (`Georgia`) stays, as does a place before one name
  // (`Boston Globe`, a paper).
  it.each<[string, string]>([
    ['Senator from Vermont Peter Marsh said on Monday: "We will stay in the race."', 'Peter Marsh'],
    ['President of Argentina Alberto Quiroga said: "The bill goes to congress this week."', 'Alberto Quiroga'],
    ['Governor of New Mexico Ann Pruitt said: "The roads reopen tomorrow."', 'Ann Pruitt'],
    ['Georgia Ann Pruitt, a teacher, said: "The roads reopen tomorrow."', 'Georgia Ann Pruitt'],
  ])('%s', (text, name) => {
    expect(speakersOf(`The news came late.\n\n${text}`)).toEqual([name]);
  });

  it.each<[string, string | null]>([
    ['Vermont Peter Marsh', 'Peter Marsh'],
    ['Argentina Alberto Quiroga', 'Alberto Quiroga'],
    ['New York Ann Pruitt', 'Ann Pruitt'],
    ['Georgia Ann Pruitt', 'Georgia Ann Pruitt'],
    ['Boston Globe', 'Boston Globe'],
    ['Canada Goose Holdings', 'Canada Goose Holdings'],
  ])('splitName(%s)', (run, name) => {
    expect(splitName(run)?.name ?? null).toBe(name);
  });
});

describe('a capitalised title in commas before a name in commas: the name speaks', () => {
  it.each<[string, string]>([
    [
      'The head of the harbour unit, Acting Detective Chief Superintendent, Mick Dale, said: "This was a big case."',
      'Mick Dale',
    ],
    ['The unit head, Detective Inspector, Ann Roe, said: "This was a big case."', 'Ann Roe'],
  ])('%s', (text, name) => {
    expect(speakersOf(`The vote was close.\n\n${text}`)).toEqual([name]);
  });
});
