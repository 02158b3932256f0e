import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const speakers = (text: string) => extractQuotes(underHeadline(text)).map((q) => q.attribution.name);

describe('`X quoted Y as saying`: the one quoted speaks, not the outlet that quotes', () => {
  it.each<[string, Array<string | null>]>([
    ['Harbour News quoted Jo Lee as saying "we will not yield".', ['Jo Lee']],
    ['"We will not yield," Harbour News quoted Jo Lee as saying.', ['Jo Lee']],
    // someone unnamed quoted is no one by name, and not the outlet either
    ['"We will not yield," Harbour News quoted one trader as saying.', [null]],
    ['"It is over," Harbour Radio quoted a central bank official as saying.', [null]],
    // a description of the outlet before `quoted`, the quotation a partial one
    ['Quayco is a target. Video games are "big business", the paper quoted Mr Lee as saying.', ['Lee']],
    // the passive keeps its subject
    ['Jo Lee was quoted by Harbour News as saying the firm was "ready".', ['Jo Lee']],
    // an outlet that reports, with no one quoted as saying, still speaks
    ['"We will not yield," Harbour News reported.', ['Harbour News']],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});

describe('a document in a clause someone reports: the reporter speaks, not the document', () => {
  it.each<[string, Array<string | null>]>([
    ['Sir Howard Dent said the report highlighted "serious failings".', ['Howard Dent']],
    ['The Harbour Trust published a study. Jo Lee also said the study found "no link at all".', ['Jo Lee']],
    // the document itself speaking, with no reporter, is still the body's
    ['The Harbour Trust published a report on Monday. "Costs will rise," the report said.', ['Harbour Trust']],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});
