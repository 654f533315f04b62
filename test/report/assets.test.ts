// The report page's frame: a self-contained document that fetches nothing.
import { page, REPORT_CSS, REPORT_SCRIPT } from '../../src/report/assets';

describe('page', () => {
  const html = page('Seed &amp; report', '<main id="m">body</main>');

  test('a whole HTML document around the body, with its title as given (already escaped by the caller)', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<title>Seed &amp; report</title>');
    expect(html).toContain('<main id="m">body</main>');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  test('a policy that forbids every fetch, and no address to fetch from', () => {
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"`);
    for (const part of [REPORT_CSS, REPORT_SCRIPT]) {
      expect(part).not.toMatch(/https?:\/\/|@import|url\(\s*['"]?(?!data:)/);
    }
  });

  test('its inline script and style cannot close their own element early', () => {
    expect(REPORT_SCRIPT).not.toMatch(/<\/script/i);
    expect(REPORT_CSS).not.toMatch(/<\/style/i);
  });
});
