import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const speakers = (text: string) => extractQuotes(underHeadline(text)).map((q) => q.attribution.name);

describe('the person of a body, not the body: `Jo Lee of the Harbour tribal office said`', () => {
  it.each<[string, Array<string | null>]>([
    [
      'The herd arrived.\n\n"The boats will heal us," Crystal Dell of the Harbour tribal office told those gathered.',
      ['Crystal Dell'],
    ],
    ['The herd arrived.\n\nCrystal Dell of the Harbour office said, "The boats will heal us."', ['Crystal Dell']],
    // a body's capitalised name after the person (unchanged)
    ['The herd arrived.\n\nCrystal Dell of the Harbour Bank said, "The boats will heal us."', ['Crystal Dell']],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});

describe('a surname with a lower-case article before `of`: `President Ali el-Sadi of Eastmarch said`', () => {
  it.each<[string, Array<string | null>]>([
    [
      'The summit opened.\n\nPort chairperson President Ali el-Sadi of Eastmarch said, "The success of the plan will be the real test."',
      ['Ali el-Sadi'],
    ],
    [
      'The summit opened.\n\nAhmed al-Rashid of Eastmarch said, "The success of the plan will be the real test."',
      ['Ahmed al-Rashid'],
    ],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});

describe('a short form in brackets before a relative clause closes the name: `The Guard (HG), which …, said`', () => {
  it.each<[string, Array<string | null>]>([
    [
      'The blast shook the port.\n\nThe Harbour Guard Corps (HGC), which includes the Coast Unit, declared that Tom Besk was "martyred" by the blast.',
      ['Harbour Guard Corps'],
    ],
    [
      'The port closed.\n\nThe Parents Harbour Council (PHC), which monitors the ferries, said the firm offered the "cheapest form" of service.',
      ['Parents Harbour Council'],
    ],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});

describe('a passive of speech or naming: its subject is spoken of, not the speaker', () => {
  it.each<[string, string]>([
    ['The board met on Monday. Tom Besk was later called a "reckless gambler" by rivals.', 'Tom Besk'],
    ['The vote was close. Ola Brandt was said to be suffering "minor symptoms" after the trip.', 'Ola Brandt'],
  ])('%s', (text, notSpeaker) => {
    expect(speakers(text)).not.toContain(notSpeaker);
  });

  it.each<[string, Array<string | null>]>([
    // the subject's own words, reported (unchanged)
    ['The vote was close. Ola Brandt is reported to have called the plan "a floating disaster".', ['Ola Brandt']],
    ['The vote was close. Ola Brandt was quoted as saying the plan was "a floating disaster".', ['Ola Brandt']],
    // the subject's own speech after the passive (unchanged)
    ['The vote was close. Ola Brandt was criticised for calling the ferry "a floating museum".', ['Ola Brandt']],
    // an agent after the passive speaks (unchanged)
    [
      'The tanker vanished. Ola Brandt has been described by the Harbour Ledger as a "ferry whisperer".',
      ['Harbour Ledger'],
    ],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});

describe('no cue, and the subject is not the source: a fronted `According to`, or a titled main clause after a fronted one', () => {
  it.each<[string, string]>([
    [
      'The crash was fatal. According to police and port officials, Tom Besk was driving "erratically and too fast" on the bridge.',
      'Tom Besk',
    ],
    [
      'The boats were late. After Ilse Rand failed to buy enough boats, the Prime Minister apologised to the town for "having a fool as minister."',
      'Ilse Rand',
    ],
  ])('%s', (text, notSpeaker) => {
    expect(speakers(text)).not.toContain(notSpeaker);
  });

  it.each<[string, Array<string | null>]>([
    // a named main subject after the fronted clause speaks (unchanged)
    [
      'The boats were late. After Ilse Rand failed to buy enough boats, Tom Besk apologised to the town for "having a fool as minister."',
      ['Tom Besk'],
    ],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});

describe('a naming cue right before a title names a thing: `a course at Tinker Hall called "Sailing Together"`', () => {
  it.each<[string, string]>([
    [
      'The trust runs classes. It had been hosting a course about boats at Tinker Hall called "Sailing Together" for years.',
      'Tinker Hall',
    ],
    [
      'New books keep coming. There is a collection from the cartoonist Jo Lee called "Floating Days: Ten Years of Ferries" too.',
      'Jo Lee',
    ],
  ])('%s', (text, notSpeaker) => {
    expect(speakers(text)).not.toContain(notSpeaker);
  });

  it.each<[string, Array<string | null>]>([
    // the object fronted or relative: the subject between names the words (unchanged)
    ['The move was met with what the Harbour Ledger called "fury" from local chiefs.', ['Harbour Ledger']],
    ['The plan had a foe that Jo Lee, for one, called "a floating disaster".', ['Jo Lee']],
    ['The plan had a foe which Mr. Lee called "A Floating Disaster" in 2009.', ['Lee']],
    // an object between the cue and the quotation (unchanged)
    ['The plan stalled. Jo Lee called the plan "a floating disaster".', ['Jo Lee']],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});

describe('a name after `to` and a role before a colon is the one addressed: `a message to Trust chairman Jo Lee: "…"`', () => {
  it.each<[string, string]>([
    [
      'Ilse Rand had her own view. She sent the text of a message to Harbour Trust chairman Mark Seiden: "Please tell Tom that the plan is dead."',
      'Mark Seiden',
    ],
  ])('%s', (text, notSpeaker) => {
    expect(speakers(text)).not.toContain(notSpeaker);
  });

  it.each<[string, Array<string | null>]>([
    // a name opening its own line before a colon speaks (unchanged)
    ['The vote was a shock. It did not surprise pollster Jane Doe: "Nobody saw it coming."', ['Jane Doe']],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});

describe('the rest of a quotation split by a document that reads it: `"…", reads a Harbour FC release, "…"`', () => {
  it.each<[string, Array<string | null>]>([
    [
      'The club mourned its captain.\n\n"Ola Brandt was respected and loved in every way", reads a Harbour Trust press release, "a fierce talent and a kind soul".',
      ['Harbour Trust', 'Harbour Trust'],
    ],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});

describe('a reduced passive of naming with its agent before `as`: `a pattern described by the Bulletin as "…"`', () => {
  it.each<[string, Array<string | null>]>([
    [
      'The tanker vanished, with a pattern described by the Harbour Bulletin as "rather hectic and kind of confused".',
      ['Harbour Bulletin'],
    ],
    // a passive with its auxiliary (unchanged)
    ['The tanker vanished. The route was described by the Harbour Bulletin as "rather hectic".', ['Harbour Bulletin']],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});

describe('`According to him, …`: an object pronoun after `according to` is the source mention', () => {
  it.each<[string, string]>([
    [
      'Spokesman Tom Grey said the group had used ten drones. According to him, the attack was "the largest in years".',
      'him',
    ],
    ['Ilse Rand met the board on Monday. According to her, "nothing has changed".', 'her'],
  ])('%s', (text, mention) => {
    const [q] = extractQuotes(underHeadline(text));
    expect(q?.attribution.reason).toBe('according-to');
    expect(q?.attribution.mention?.text).toBe(mention);
  });
});

describe("`One of the study's authors, biologist Jo Lee, told`: lower-case descriptors before the name in commas", () => {
  it.each<[string, Array<string | null>]>([
    [
      'Very few ferries have lower decks.\n\nOne of the study\'s authors, biologist Tom Grey, told Harbour Magazine the pattern suggested a deep rule: "Somehow, these ferries are turning on old machinery."',
      ['Tom Grey'],
    ],
    // a name alone in the commas (unchanged)
    [
      'Very few ferries have lower decks.\n\nOne of the study\'s authors, Tom Grey, told Harbour Magazine the pattern suggested a deep rule: "Somehow, these ferries are turning on old machinery."',
      ['Tom Grey'],
    ],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});

describe('an unnamed spokesperson for a body named with two `for`s speaks for it unnamed, as with one `for`', () => {
  it.each<[string, Array<string | null>]>([
    [
      'The talks opened.\n\nA spokesman for the World Summit for the Harbour Society (WSHS), which is meeting this week in Geneva, told the Ledger: "The divide is very much real."',
      [null],
    ],
    // one `for`: an unnamed spokesperson (the convention; the body stays in the role)
    ['The talks opened.\n\nA spokesman for the Harbour Ministry said the plan was "under review."', [null]],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});
