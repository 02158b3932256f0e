import { describe, expect, it } from 'vitest';
import { articleTime, inferSaidAt } from '../../src/extract/time/index.js';
import { carryReportDays } from '../../src/extract/time/carry.js';
import type { CarryQuote } from '../../src/extract/time/carry.js';
import type { Span } from '../../src/model/types.js';

/** Friday. */
const PUBLISHED = '2025-09-05';

/**
 * The said-at of every quotation of `text` after the carry: quotations between `“` and `”`, each spoken by the
 * speaker given in order, cued by the first `said`/`added`/`told` after it (or before it when none follows in its
 * sentence), their own said-at from `inferSaidAt`.
 */
function carried(text: string, speakers: Array<string | null>): Array<string | null> {
  const time = articleTime({ text, publishedAt: PUBLISHED });
  const quotes: CarryQuote[] = [];
  let from = 0;
  for (const speaker of speakers) {
    const start = text.indexOf('“', from) + 1;
    const end = text.indexOf('”', start);
    if (start === 0 || end < 0) throw new Error('test fixture: fewer quotations than speakers');
    from = end + 1;
    const cueAt = nearestCue(text, start, end);
    const cue: Span | null = cueAt ? { start: cueAt.at, end: cueAt.at + cueAt.word.length, text: cueAt.word } : null;
    const saidAt = inferSaidAt({ text, publishedAt: PUBLISHED, dateline: null }, { start, end }, cue, undefined, time);
    quotes.push({ start, end, cue, speaker, saidAt });
  }
  return carryReportDays(time, quotes).map((s) => (s ? `${s.value} ${s.basis}` : null));
}

function nearestCue(text: string, start: number, end: number): { at: number; word: string } | null {
  const words = /\b(?:said|added|told|wrote)\b/g;
  words.lastIndex = end;
  const after = words.exec(text);
  const sentenceEnd = text.indexOf('.', end + 2);
  if (after && (sentenceEnd < 0 || after.index < sentenceEnd)) return { at: after.index, word: after[0] };
  let last: RegExpExecArray | null = null;
  const back = /\b(?:said|added|told|wrote)\b/g;
  for (let m = back.exec(text); m && m.index < start; m = back.exec(text)) last = m;
  return last ? { at: last.index, word: last[0] } : null;
}

describe('the day of a report carried to its later quotations', () => {
  it.each([
    [
      'a sentence-opening weekday, the subject the speaker',
      'On Tuesday, the harbour commissioner Ilse Varga unveiled a plan for the docks.\n\n“We will rebuild the pier first,” Varga said.',
      ['Ilse Varga'],
      ['2025-09-02 relative'],
    ],
    [
      'yesterday after the name, over the next paragraph',
      'Coach Amal Reyes said yesterday the squad was tired.\n\nThe team lost twice this season.\n\n“We need rest,” Reyes added.',
      ['Amal Reyes'],
      ['2025-09-04 relative'],
    ],
    [
      'the stated day of an earlier quotation of the same speaker',
      '“The roof leaks,” the caretaker Bo Lund said on Wednesday. Repairs are costly. “We asked for help,” Lund added.',
      ['Bo Lund', 'Bo Lund'],
      ['2025-09-03 relative', '2025-09-03 relative'],
    ],
    [
      'a day after the name and a short apposition',
      'Bo Lund, a harbour pilot from the north, on Wednesday told reporters the channel was shut. He added it was “too shallow”.',
      ['Bo Lund'],
      ['2025-09-03 relative'],
    ],
    [
      '`Later on` a day, the name after it',
      'Later on Tuesday Varga met the mayor. There, she said the docks were “a disgrace”.',
      ['Ilse Varga'],
      ['2025-09-02 relative'],
    ],
    [
      'a month opening a clause after `that`, the speaker its subject: the month',
      'A paper reported that in July, the admiral Ilse Varga admitted the error. Speaking to the paper, she said, “I was wrong.”',
      ['Ilse Varga'],
      ['2025-07 relative'],
    ],
    [
      'a past year: no date, not the publication day',
      'In 2019, the admiral Ilse Varga visited the docks.\n\n“They were a disgrace,” Varga said.',
      ['Ilse Varga'],
      [null],
    ],
    [
      'a month after a speech verb: the month',
      'Admiral Ilse Varga said after a tour late last month that the docks were unsafe. “They must close,” Varga added.',
      ['Ilse Varga'],
      ['2025-08 relative'],
    ],
    [
      'the story moved on after the report’s time (`A month later`): no date',
      'In June, the admiral Ilse Varga opened the docks. A month later, she toured the pier.\n\n“It is unsafe,” Varga said.',
      ['Ilse Varga'],
      [null],
    ],
    [
      'a date that names a thing does not stand between',
      'On Tuesday, the admiral Ilse Varga spoke in the hall. She recalled the 1 September vote. “We lost,” Varga said.',
      ['Ilse Varga'],
      ['2025-09-02 relative'],
    ],
  ])('%s', (_what, text, speakers, expected) => {
    expect(carried(text, speakers)).toEqual(expected);
  });

  it.each([
    [
      'another speaker named by the day',
      'On Saturday, the guild withdrew its nominee after a letter from Mayor Ilse Varga.\n\n“The nominee is unsuitable,” Varga wrote.',
      ['Ilse Varga'],
    ],
    [
      'a day that dates a report, not the speaker',
      'According to Varga’s report dated September 1, the canal is closed.\n\n“Boats must wait,” Varga said.',
      ['Ilse Varga'],
    ],
    [
      'another time between',
      'On Tuesday, the commissioner Ilse Varga unveiled a plan. In August the council rejected an older one.\n\n“We will rebuild,” Varga said.',
      ['Ilse Varga'],
    ],
    [
      'a quotation of another speaker between',
      'On Tuesday, the commissioner Ilse Varga unveiled a plan. “It is too dear,” Tomas Brill said.\n\n“We will rebuild,” Varga said.',
      [null, 'Ilse Varga'],
    ],
    [
      'more than two paragraphs further on',
      'On Tuesday, the commissioner Ilse Varga unveiled a plan.\n\nThe docks are old.\n\nShips avoid them.\n\nTrade fell.\n\n“We will rebuild,” Varga said.',
      ['Ilse Varga'],
    ],
    [
      'the name after a verb: the day dates another clause',
      'On Monday, the admiral Ilse Varga spoke. The talk came after Varga quit her post last week.\n\n“We will rebuild,” Varga said.',
      ['Ilse Varga'],
    ],
    [
      'a stretch of time after the object’s noun',
      'Admiral Ilse Varga backpedalled on her forecast a year ago.\n\n“Prices fell,” Varga said.',
      ['Ilse Varga'],
    ],
    [
      'a year whose clause a cue set off by commas reports',
      'In 2019, Varga said, the fund paid for the pier.\n\n“We paid it all,” Varga said.',
      ['Ilse Varga'],
    ],
    [
      'a speaker the day’s sentence does not name',
      'On Tuesday, the commissioner Ilse Varga unveiled a plan.\n\n“We will rebuild,” Tomas Brill said.',
      ['Tomas Brill'],
    ],
  ])('no carry: %s', (_what, text, speakers) => {
    const got = carried(text, speakers);
    expect(got[got.length - 1]).toBe('2025-09-05 inferred');
  });
});

/** The said-at of the one quotation of `text` (between `“` and `”`), cued by `cue` (its first occurrence). */
function own(text: string, cue: string, publishedAt: string | null = PUBLISHED) {
  const start = text.indexOf('“') + 1;
  const end = text.lastIndexOf('”');
  const at = text.indexOf(cue);
  return inferSaidAt(
    { text, publishedAt, dateline: null },
    { start, end },
    { start: at, end: at + cue.length, text: cue },
  );
}

describe('words said before the story’s time get no publication date', () => {
  it.each([
    ['Ms Orr had said she would “fix the bridge by spring”.', 'said'],
    ['Ms Orr had also told the board that the plan was “a sound one”.', 'told'],
    ['The then-chairman of the club, Piet Orr, called it “a sad day”.', 'called'],
    ['The then mayor, Piet Orr, said the move was “a sad day”.', 'said'],
    ['The pier closed in spring. A month later, Piet Orr said it was “a sad day”.', 'said'],
    ['Two years later, the mayor said the pier was “a sad sight”.', 'said'],
  ])('%s', (text, cue) => {
    expect(own(text, cue)).toBeNull();
  });

  it.each([
    ['Ms Orr said she would “fix the bridge by spring”.', 'said'],
    ['The chairman, Piet Orr, said it was “a sad day” and then left.', 'said'],
    ['“A month later, we were broke,” Piet Orr said.', 'said'],
  ])('still the publication date: %s', (text, cue) => {
    expect(own(text, cue)).toMatchObject({ value: PUBLISHED, basis: 'inferred' });
  });
});

describe('a date that names another thing in a clause after the cue', () => {
  it.each([
    ['“We stand firm,” he said, repeating his September 1 remarks to the press.', 'said'],
    ['“We stand firm,” he said, citing Tuesday’s report by the board.', 'said'],
  ])('is not when it was said: %s', (text, cue) => {
    expect(own(text, cue)).toMatchObject({ value: PUBLISHED, basis: 'inferred' });
  });

  it.each([
    ['“We stand firm,” he said in his Tuesday speech.', 'said', '2025-09-02'],
    ['“We stand firm,” he said, speaking on Tuesday in the hall.', 'said', '2025-09-02'],
  ])('still dates the speech: %s', (text, cue, value) => {
    expect(own(text, cue)).toMatchObject({ value, basis: 'relative' });
  });
});

describe('the carry stops at a new addressee or occasion', () => {
  it.each([
    [
      'a new outlet told',
      'On Tuesday, the commissioner Ilse Varga unveiled a plan.\n\n“We will rebuild,” she told the Harbour Gazette.',
      ['Ilse Varga'],
    ],
    [
      'a new outlet told after an earlier quotation’s stated day',
      '“The roof leaks,” the caretaker Bo Lund said on Wednesday. Repairs are costly. “We asked for help,” Lund told the Valley Courier.',
      ['Bo Lund', 'Bo Lund'],
    ],
    [
      '`in an interview`',
      'On Tuesday, the commissioner Ilse Varga unveiled a plan.\n\nIn an interview, Varga said: “We will rebuild.”',
      ['Ilse Varga'],
    ],
    [
      '`speaking to` a paper',
      'On Tuesday, the commissioner Ilse Varga unveiled a plan. Speaking to the newspaper, Varga said: “We will rebuild.”',
      ['Ilse Varga'],
    ],
    [
      '`on <programme>`',
      'On Tuesday, the commissioner Ilse Varga unveiled a plan.\n\n“We will rebuild,” Varga said on Harbour Tonight.',
      ['Ilse Varga'],
    ],
    [
      'a platform',
      'On Tuesday, the commissioner Ilse Varga unveiled a plan.\n\n“We will rebuild,” Varga wrote on Chirper.',
      ['Ilse Varga'],
    ],
    [
      'a new speech event between (`at a rally`)',
      'On Tuesday, the commissioner Ilse Varga unveiled a plan. She later spoke at a rally in the port.\n\n“We will rebuild,” Varga said.',
      ['Ilse Varga'],
    ],
    [
      '`in a statement`',
      'On Tuesday, the commissioner Ilse Varga unveiled a plan.\n\n“We will rebuild,” Varga said in a written statement.',
      ['Ilse Varga'],
    ],
    [
      '`in remarks to` an outlet',
      'On Tuesday, the commissioner Ilse Varga unveiled a plan.\n\nVarga, in remarks to Harbour Radio, said: “We will rebuild.”',
      ['Ilse Varga'],
    ],
    [
      'a later occasion the report’s sentence tells (`again`)',
      'On Sunday, the commissioner Ilse Varga raised the issue at a forum, and she raised it again at the talks. “It is urgent,” Varga said at the opening of the talks.',
      ['Ilse Varga'],
    ],
    [
      'an earlier quotation’s day far from its cue (it dates another thing)',
      'Bo Lund said the crash of the old ferry out in the north bay on Wednesday meant “a long wait”. Repairs are costly. “We asked for help,” Lund added.',
      ['Bo Lund', 'Bo Lund'],
    ],
    [
      'a later occasion in the quotation’s sentence (`later defended`)',
      'On Tuesday, the commissioner Ilse Varga unveiled a plan. Varga later defended it as “a fair deal”.',
      ['Ilse Varga'],
    ],
    [
      'the present perfect (`has said`): no occasion dated',
      'On Tuesday, the commissioner Ilse Varga unveiled a plan.\n\n“We will rebuild,” Varga has said.',
      ['Ilse Varga'],
    ],
  ])('no carry: %s', (_what, text, speakers) => {
    const got = carried(text, speakers);
    expect(got[got.length - 1]).toBe('2025-09-05 inferred');
  });

  it.each([
    [
      'a month long before the publication date',
      'In March, the admiral Ilse Varga toured the docks.\n\nSpeaking to the Harbour Gazette, Varga said: “They were a disgrace.”',
      ['Ilse Varga'],
    ],
    [
      'a day more than a week before it',
      'On August 12, the admiral Ilse Varga toured the docks. “They were a disgrace,” Varga told Harbour Radio.',
      ['Ilse Varga'],
    ],
    [
      'an act, not a speech, on a day long before it: the words recall it',
      'On August 12, the admiral Ilse Varga met the envoy at the docks.\n\n“He was calm,” Varga said.',
      ['Ilse Varga'],
    ],
  ])('a new occasion or a recalled act long before the publication date: no date (%s)', (_what, text, speakers) => {
    expect(carried(text, speakers)).toEqual([null]);
  });

  it.each([
    [
      'the same outlet as the report’s',
      'On Tuesday, Ilse Varga told the Harbour Gazette the plan was ready. “We will rebuild,” Varga told the Gazette.',
      ['Ilse Varga'],
    ],
    [
      'the rally the report names (`at the rally`)',
      'On Tuesday, the commissioner Ilse Varga spoke at a rally in the port. “We will rebuild,” Varga said at the rally.',
      ['Ilse Varga'],
    ],
    [
      'an address that points back (`In her address`)',
      'On Tuesday, the commissioner Ilse Varga opened the summit. In her address, Varga said: “We will rebuild.”',
      ['Ilse Varga'],
    ],
    [
      'reporters, no outlet',
      'On Tuesday, the commissioner Ilse Varga unveiled a plan.\n\n“We will rebuild,” Varga told reporters.',
      ['Ilse Varga'],
    ],
    [
      'a day after the cue, not a programme',
      'On Tuesday, the commissioner Ilse Varga unveiled a plan. She spoke on Tuesday evening.\n\n“We will rebuild,” Varga said.',
      ['Ilse Varga'],
    ],
    [
      'a speech long before the publication date carries its day',
      'On August 12, the admiral Ilse Varga announced a plan for the docks.\n\n“We will rebuild,” Varga said.',
      ['Ilse Varga'],
      '2025-08-12 stated',
    ],
  ])('still carried: %s', (_what, text, speakers, expected = '2025-09-02 relative') => {
    const got = carried(text, speakers);
    expect(got[got.length - 1]).toBe(expected);
  });
});

describe('a quotation its cue interrupts', () => {
  /** `“…,” CUE-WORDS “…”` as one quotation of Varga's with the cue inside it, after `lead`. */
  function interrupted(lead: string, cueWords: string): string | null {
    const text = `${lead}\n\n“The pier is old,” Varga ${cueWords}. “We will rebuild.”`;
    const time = articleTime({ text, publishedAt: PUBLISHED });
    const start = text.indexOf('“', lead.length) + 1;
    const end = text.lastIndexOf('”');
    const at = text.indexOf(cueWords.split(' ')[0]!, start);
    const cue: Span = { start: at, end: at + cueWords.split(' ')[0]!.length, text: cueWords.split(' ')[0]! };
    const saidAt = inferSaidAt({ text, publishedAt: PUBLISHED, dateline: null }, { start, end }, cue, undefined, time);
    const [got] = carryReportDays(time, [{ start, end, cue, speaker: 'Ilse Varga', saidAt }]);
    return got ? `${got.value} ${got.basis}` : null;
  }

  it.each([
    ['wrote in a blog post', '2025-09-05 inferred'],
    ['said at a rally', '2025-09-05 inferred'],
    ['said', '2025-09-02 relative'],
    ['told reporters', '2025-09-02 relative'],
  ])('the cue’s words between its parts are read: %s', (cueWords, expected) => {
    expect(interrupted('On Tuesday, the commissioner Ilse Varga unveiled a plan.', cueWords)).toBe(expected);
  });
});
