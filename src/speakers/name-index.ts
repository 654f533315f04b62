// Indexes of names by a run of their words (a prefix or a tail), stored as paths in a word trie.
//
// Keying a map by every prefix or tail of a W-word name, each joined into its own string, costs
// O(W²) characters: a capitalized run of thousands of words ("Anna Bov Anna Cov …", tickers,
// initials) took seconds and gigabytes. A trie shares the words: a name costs O(W) however long.

/**
 * A trie node. Most nodes have one child (a long name is one path), kept inline: a Map per node
 * made the path of a 250,000-word run mostly garbage-collector work.
 */
interface TrieNode<T> {
  /** The only child and its word, until a second child moves both into `children`. */
  word: string | undefined;
  child: TrieNode<T> | undefined;
  children: Map<string, TrieNode<T>> | undefined;
  value: T | undefined;
}

const node = <T>(): TrieNode<T> => ({ word: undefined, child: undefined, children: undefined, value: undefined });

function childOf<T>(at: TrieNode<T>, w: string): TrieNode<T> | undefined {
  return at.children ? at.children.get(w) : at.word === w ? at.child : undefined;
}

function addChild<T>(at: TrieNode<T>, w: string): TrieNode<T> {
  const made = node<T>();
  if (at.children) at.children.set(w, made);
  else if (at.child === undefined) {
    at.word = w;
    at.child = made;
  } else {
    at.children = new Map([[at.word!, at.child], [w, made]]);
    at.word = undefined;
    at.child = undefined;
  }
  return made;
}

/** Words to values, looked up by a whole word sequence; paths share their common start. */
export class WordTrie<T> {
  private readonly root: TrieNode<T> = node();

  /**
   * Store `value` under the first `depth` items of `words` for each depth in [from, to]
   * (`words` read backwards when `reversed`). `keepFirst` leaves a value already stored in place.
   */
  setRuns(words: readonly string[], from: number, to: number, value: T, opts: { reversed: boolean; keepFirst: boolean }): void {
    const n = words.length;
    let at = this.root;
    for (let depth = 1; depth <= to && depth <= n; depth++) {
      const w = words[opts.reversed ? n - depth : depth - 1];
      at = childOf(at, w) ?? addChild(at, w);
      if (depth >= from && !(opts.keepFirst && at.value !== undefined)) at.value = value;
    }
  }

  /** The value stored under exactly `words` (read backwards when `reversed`). */
  get(words: readonly string[], reversed: boolean): T | undefined {
    const n = words.length;
    let at: TrieNode<T> | undefined = this.root;
    for (let depth = 1; depth <= n && at; depth++) at = childOf(at, words[reversed ? n - depth : depth - 1]);
    return n > 0 ? at?.value : undefined;
  }
}

/** People by the last two or more words of a longer name ("ni mhurchu"): the one named last. */
export class NameTailIndex<T> {
  private readonly trie = new WordTrie<T>();

  /** Index every tail of 2 to W-1 of the W folded `words` of a full name. */
  add(words: readonly string[], value: T): void {
    this.trie.setRuns(words, 2, words.length - 1, value, { reversed: true, keepFirst: false });
  }

  /** The value whose name ends with exactly these folded words, if any. */
  get(words: readonly string[]): T | undefined {
    return this.trie.get(words, true);
  }
}

/** Names by their first `from` or more words (fewer than all): the first one indexed wins. */
export class NamePrefixIndex<T> {
  private readonly trie = new WordTrie<T>();

  /** Index the prefixes of `from` to W-1 of the W `words`. */
  add(words: readonly string[], from: number, value: T): void {
    this.trie.setRuns(words, from, words.length - 1, value, { reversed: false, keepFirst: true });
  }

  /** The value under a prefix equal to `words`, if any. */
  get(words: readonly string[]): T | undefined {
    return this.trie.get(words, false);
  }
}
