// Shared by the case-table tests: run the extractor and find one quote by its text.
import { extractQuotes, type Quote } from '../../src';

/** The quote whose `text` is `quote`; fails listing what was found instead. */
export function findQuote(text: string, quote: string): Quote {
  const r = extractQuotes(text);
  const q = r.quotes.find((x) => x.text === quote);
  if (!q) throw new Error(`no quote "${quote}" in ${JSON.stringify(r.quotes.map((x) => x.text))}`);
  return q;
}
