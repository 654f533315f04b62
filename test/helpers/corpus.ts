// Shared by the corpus-mode tests: run corpus mode on [id, text] pairs, and one article's sentence.
import { extractCorpusSync, type CorpusResult } from '../../src/index';

export const runCorpus = (docs: Array<[string, string]>): CorpusResult => extractCorpusSync(docs.map(([id, text]) => ({ id, text })));

export const HOLLOWAY = 'Finance Minister Jane Holloway said on Monday: "The new levy will destabilise the regional economy for years to come." She spoke in Leeds.';
