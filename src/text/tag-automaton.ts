// wink's part-of-speech automata (wink-nlp/src/automaton.js), run over a text's tags with their transitions in one typed array.

/*
 * Why: wink's tagger corrects its first tags with two automata of the model, each a state
 * machine over the tags (or the lexicon's hints) of a text. wink keeps a machine's transitions as
 * one object per state keyed by event, and its events run up to ~2,070,000, so every state object
 * is a hash table: the two reads per token visit (the next state, the state's fallback) were the
 * two hottest lines of a CPU profile of extraction (~4% together). Here the same machine, read from
 * the same JSON, has its events numbered once (each token's event is found once per run) and its
 * transitions in one array of states × events. `recognize` is automaton.js's `recognize` step for
 * step, including its quirks (tokens tagged with the ignored tag are skipped, a fallback state that
 * is not terminal still yields a match), with no substitutions (the reader never sets any).
 * test/text/wink-reader.test.ts compares the tags with wink's `readDoc` and
 * test/text/tag-automaton.test.ts the matches with wink's own automaton.
 */

/** automaton.js's event for the end of the tokens (with a cache, as the tagger builds it). */
const EOS_EVENT = 2070000;
/** automaton.js's event key of a state's fallback ("otherwise") state. */
const OTHERWISE_EVENT = 2070003;
/** The column of an event no state has a transition for: every state goes back to the root. */
const NO_EVENT = 0;
/** automaton.js's root state. */
const ROOT = 0;

/** One match, as automaton.js reports it: first and last token, and the terminal state's name (its tag change). */
export type TagMatch = [number, number, string | undefined];

/** Events below this are read from an array (the tags are small numbers). */
const SMALL_EVENTS = 1 << 8;
/** Widest band of larger events read from an array (the lexicon's hints lie in a narrow band above ~1,080,000). */
const MAX_BAND = 1 << 12;

/**
 * `columns.get(event) ?? NO_EVENT`, with the tags and the band of hints read from arrays: asked
 * for every token by every automaton, the map's lookup was ~1% of a CPU profile of extraction.
 */
function eventColumns(columns: ReadonlyMap<number, number>): (event: number) => number {
  const small = new Int32Array(SMALL_EVENTS);
  let low = Infinity;
  let high = -Infinity;
  for (const [event, column] of columns) {
    if (!Number.isInteger(event)) continue; // one model key reads as NaN: left to the map
    if (event >= 0 && event < SMALL_EVENTS) small[event] = column;
    else if (event !== EOS_EVENT) {
      low = Math.min(low, event);
      high = Math.max(high, event);
    }
  }
  const band = new Int32Array(high >= low && high - low < MAX_BAND ? high - low + 1 : 0);
  if (band.length) for (const [event, column] of columns) if (event >= low && event <= high && Number.isInteger(event) && event !== EOS_EVENT) band[event - low] = column;
  return (event) => {
    if (event >= 0 && event < SMALL_EVENTS && (event | 0) === event) return small[event];
    if (event >= low && event <= high && band.length && (event | 0) === event) return band[event - low];
    return columns.get(event) ?? NO_EVENT;
  };
}

/** The parts of an automaton's JSON (`exportJSON`'s `[version, lastUsedState, fsm, terminals, marks, customProperties]`). */
type MachineJson = [number, number, Record<string, Record<string, number>>, Record<string, string>, Record<string, [number, number]>, Record<string, unknown>];

export interface TagAutomaton {
  /**
   * The matches of the machine over `tags` (numbers, or numeric strings where wink's updater
   * corrected a tag: the same events, but never the ignored tag), where token j's event is `hints[j]` unless that is
   * `noHint` (then its tag): what automaton.js's `recognize(tags, transformer)` returns when the
   * transformer gives the token's hint or else its tag. Only the first `length` tokens are read
   * (all of `tags` by default): the reader's arrays keep room past its text's tokens.
   */
  recognize(tags: ArrayLike<number | string>, hints: ArrayLike<number>, noHint: number, length?: number): TagMatch[];
}

/**
 * The machine of `json` (a string as the model ships it, read by automaton.js's `importJSON`),
 * skipping tokens whose tag is `ignoredTag` as automaton.js does with its `keyLF`.
 */
export function tagAutomaton(json: string, ignoredTag: number): TagAutomaton {
  const [, lastState, fsm, terminals, marks] = JSON.parse(json) as MachineJson;
  const states = lastState + 1;
  // Events numbered from 1 (0 is NO_EVENT), the end of the tokens among them.
  const columns = new Map<number, number>([[EOS_EVENT, 1]]);
  for (const row of Object.values(fsm)) {
    for (const key of Object.keys(row)) {
      const event = Number(key);
      if (event !== OTHERWISE_EVENT && !columns.has(event)) columns.set(event, columns.size + 1);
    }
  }
  const width = columns.size + 1;
  const next = new Int32Array(states * width);
  const fallback = new Int32Array(states);
  for (const [key, row] of Object.entries(fsm)) {
    const state = Number(key);
    for (const [eventKey, target] of Object.entries(row)) {
      const event = Number(eventKey);
      if (event === OTHERWISE_EVENT) fallback[state] = target;
      else next[state * width + columns.get(event)!] = target;
    }
  }
  const terminal = new Uint8Array(states);
  for (const key of Object.keys(terminals)) if (terminals[key]) terminal[Number(key)] = 1;
  const eos = columns.get(EOS_EVENT)!;
  const columnOf = eventColumns(columns);
  /** Each token's event column for one run; grown as texts need, valid during one `recognize`. */
  let cols = new Int32Array(0);

  /** automaton.js's `pushMatch2Patterns`: a match narrowed by its state's mark, named by its state. */
  const push = (out: TagMatch[], first: number, last: number, state: number) => {
    const name = terminals[state];
    if (name === '0') return;
    const mark = marks[state];
    out.push(mark ? [first + mark[0], last - mark[1], name] : [first, last, name]);
  };

  return {
    recognize(tags, hints, noHint, length = tags.length) {
      if (cols.length < length + 1) cols = new Int32Array(Math.max(length + 1, cols.length * 2));
      for (let j = 0; j < length; j++) {
        // wink's updater writes a corrected tag as the model's string ("8"), which automaton.js
        // reads as the same key of its state objects as the number.
        const event = hints[j] === noHint ? Number(tags[j]) : hints[j];
        cols[j] = columnOf(event);
      }
      cols[length] = eos;
      const out: TagMatch[] = [];
      let first = 0;
      let state = ROOT;
      let ns = ROOT;
      let lastOtherwiseIndex = 0;
      let lastOtherwiseState = ROOT;
      // The loops, the jumps of i and j and the fallback bookkeeping are automaton.js's own.
      for (let i = 0; i <= length; i += 1) {
        for (let j = i; j <= length; j += 1) {
          if (j < length && tags[j] === ignoredTag) continue;
          ns = next[state * width + cols[j]];
          if (!state && ns) first = j;
          if (terminal[ns]) {
            push(out, first, j, ns);
            i = j;
            j = length + 100;
            ns = ROOT;
            lastOtherwiseState = ROOT;
          } else if (ns === ROOT) {
            if (lastOtherwiseState) {
              push(out, first, lastOtherwiseIndex, lastOtherwiseState);
              i = lastOtherwiseIndex;
              j = length + 100;
              ns = ROOT;
              lastOtherwiseState = ROOT;
            } else {
              j = length + 100;
            }
          }
          state = ns;
          if (fallback[state]) {
            lastOtherwiseIndex = j;
            lastOtherwiseState = fallback[state];
          }
        }
      }
      return out;
    },
  };
}
