// Report pages are titled by the article's headline: the first short line of its header block.
import { findHeadline } from '../../src/report/headline';
import { renderArticleReport } from '../../src/report/html';
import { extractQuotes } from '../../src/index';

const cases: Array<[string, string, string | null]> = [
  ['a plain first line', 'Council backs transit levy\n\nThe council voted on Monday.', 'Council backs transit levy'],
  ['blank lines before it', '\n\n\nCouncil backs transit levy\n', 'Council backs transit levy'],
  ['markdown heading and bold', '# **Council backs [transit](https://x.test) levy**\n', 'Council backs transit levy'],
  ['after an address and a date', 'https://news.test/a/b\n20211202\nCouncil backs transit levy\n', 'Council backs transit levy'],
  ['after a masthead', 'THE COURIER | Thursday 14 March | TRANSPORT\nCouncil backs transit levy\n', 'Council backs transit levy'],
  ['a byline is skipped', 'By Dana Whitcomb\nCouncil backs transit levy\n', 'Council backs transit levy'],
  ['a spelled-out date is skipped', 'December 02, 2021\nCouncil backs transit levy\n', 'Council backs transit levy'],
  ['body copy first: no headline', `${'The council voted on Monday to back a levy that will pay for new trams, '.repeat(3)}\n`, null],
  ['only header noise', 'https://news.test/a\n20211202\n', null],
  ['a short first sentence is body copy', 'The council voted for the levy on Monday.\n', null],
  ['an abbreviation at the end is not a full stop', 'Talks with the U.S.\n', 'Talks with the U.S.'],
  ['empty text', '', null],
];

describe('findHeadline', () => {
  test.each(cases)('%s', (_name, text, expected) => {
    expect(findHeadline(text)).toBe(expected);
  });
});

describe('the report title', () => {
  const text = 'Council backs transit levy\n\n"It is a good day," Mayor Ana Ruiz said.';
  test('defaults to the headline', () => {
    expect(renderArticleReport(text, extractQuotes(text))).toContain('<title>Council backs transit levy</title>');
  });
  test('an explicit title wins; no headline gives the generic title', () => {
    expect(renderArticleReport(text, extractQuotes(text), { title: 'Mine' })).toContain('<title>Mine</title>');
    const body = '"It is a good day," Mayor Ana Ruiz said after the council had voted for the levy that pays for trams.';
    expect(renderArticleReport(body, extractQuotes(body))).toContain('<title>whosaid report</title>');
  });
});
