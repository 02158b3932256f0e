import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { article } from './article.js';
import { readSubjectLeft } from '../../src/extract/cues.js';

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
