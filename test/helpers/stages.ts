// Run the stages before quote finding on a text and describe what they found, for stage tests.
import { analyze, type Analysis } from '../../src/pipeline';
import type { Chunk } from '../../src/mentions/chunk';

/** The normalized text of tokens first..last. */
export function tokenText(a: Analysis, first: number, last: number): string {
  const { tokens } = a.ctx;
  return a.norm.text.slice(tokens[first].start, tokens[last].end);
}

/** A chunk as a test reads it: its kind, whole text, name and role. */
export interface ChunkView {
  kind: Chunk['kind'];
  text: string;
  name: string | null;
  role: string | null;
}

export function viewChunk(a: Analysis, c: Chunk): ChunkView {
  return {
    kind: c.kind,
    text: tokenText(a, c.first, c.last),
    name: c.nameFirst >= 0 ? tokenText(a, c.nameFirst, c.nameLast) : null,
    role: c.roleFirst >= 0 ? tokenText(a, c.roleFirst, c.roleLast) : null,
  };
}

/** Every mention chunk of `text`, in text order. */
export function chunksOf(text: string): ChunkView[] {
  const a = analyze(text);
  return a.ctx.chunks.chunks.map((c) => viewChunk(a, c));
}

/** The chunk whose text is `text` (the first such), or undefined. */
export function chunkNamed(text: string, chunkText: string): ChunkView | undefined {
  return chunksOf(text).find((c) => c.text === chunkText);
}
