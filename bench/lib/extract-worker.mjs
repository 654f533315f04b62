// tinypool worker for the scaling benchmark: extract a batch of articles, return quote counts.
import { extractQuotes } from '../../dist/index.js';

export default function run(texts) {
  let quotes = 0;
  for (const t of texts) quotes += extractQuotes(t).quotes.length;
  return quotes;
}
