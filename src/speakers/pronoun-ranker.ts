// Who a "he" / "she" / "I" stands for: every person it could be, named evidence for each, one fitted score.
//
// The resolver lists the candidates (people in focus as speakers or sentence subjects, and people
// mentioned shortly before); this module turns each candidate's evidence into named features and
// scores them with weights fitted on real news (PolNeAR train folds 1-4) by `npm run fit:speakers`,
// kept in ./pronoun-ranker.json. The scores, normalized over the candidates, are the shares a
// record's `speaker.alternatives` and the `ambiguous-speaker` issue report.
import fitted from './pronoun-ranker.json';

/** What the resolver knows of one candidate for a pronoun. */
export interface PronounEvidence {
  /** The candidate's gender against the pronoun's: the same, not known, or the other one. */
  gender: 'agree' | 'unknown' | 'clash';
  /** Rank among the distinct people in focus (speakers and subjects), latest first; -1 if not in focus. */
  focusRank: number;
  /** Rank among the distinct people mentioned before the pronoun, latest first; -1 if not within reach. */
  mentionRank: number;
  /** Normalized characters from the candidate's latest focus or mention to the pronoun. */
  distance: number;
  /** The candidate spoke the quote before this one. */
  lastSpeaker: boolean;
  /** The candidate has spoken before in the document. */
  spoke: boolean;
  /** The candidate is named with two or more words somewhere. */
  fullName: boolean;
  /** The candidate was given a title or role. */
  described: boolean;
  /** The candidate is the one the resolver's ordered rules pick (focus first, gender fallback). */
  rulePick: boolean;
  /** The candidate is mentioned more often in the document than any other candidate (the story's protagonist). */
  mostMentioned: boolean;
}

/**
 * A runner-up whose share is at least this fraction of the chosen candidate's makes the choice
 * ambiguous (an `ambiguous-speaker` issue): the two are within a factor of 4/3 of each other.
 */
export const AMBIGUOUS_RATIO = 0.75;

export const PRONOUN_FEATURES = [
  'bias',
  'gender:agree', 'gender:unknown', 'gender:clash',
  'focus:0', 'focus:1', 'focus:2+', 'focus:none',
  'mention:0', 'mention:1', 'mention:2+',
  'distance:log',
  'lastSpeaker', 'spoke', 'fullName', 'described',
  'rulePick', 'mostMentioned',
] as const;

export function pronounFeatures(e: PronounEvidence): number[] {
  const rank = (r: number) => [r === 0 ? 1 : 0, r === 1 ? 1 : 0, r >= 2 ? 1 : 0];
  return [
    1,
    e.gender === 'agree' ? 1 : 0, e.gender === 'unknown' ? 1 : 0, e.gender === 'clash' ? 1 : 0,
    ...rank(e.focusRank), e.focusRank < 0 ? 1 : 0,
    ...rank(e.mentionRank),
    Math.log1p(Math.max(0, e.distance)),
    e.lastSpeaker ? 1 : 0, e.spoke ? 1 : 0, e.fullName ? 1 : 0, e.described ? 1 : 0,
    e.rulePick ? 1 : 0, e.mostMentioned ? 1 : 0,
  ];
}

interface RankerFile {
  weights: Record<string, number>;
}

const weightsOf = (f: RankerFile) => PRONOUN_FEATURES.map((n) => f.weights[n] ?? 0);

let weights: number[] = weightsOf(fitted as RankerFile);

/**
 * Replace the ranker's weights; for the fitting script only, which cross-fits (ranks each fold's
 * documents with weights fitted on the other folds). Returns the weights it replaced.
 */
export function setPronounWeights(w: number[] | null): number[] {
  const old = weights;
  weights = w ?? weightsOf(fitted as RankerFile);
  return old;
}

/** Probability-like score of one candidate (logistic of its weighted features). */
export function pronounScore(e: PronounEvidence): number {
  // The dot product of pronounFeatures(e) with the weights, without building the feature array
  // (this runs for every candidate of every pronoun): the indexes follow PRONOUN_FEATURES.
  const w = weights;
  const rank = (r: number, at: number) => (r === 0 ? w[at] : r === 1 ? w[at + 1] : r >= 2 ? w[at + 2] : 0);
  let z = w[0] + (e.gender === 'agree' ? w[1] : e.gender === 'unknown' ? w[2] : w[3]);
  z += e.focusRank < 0 ? w[7] : rank(e.focusRank, 4);
  z += rank(e.mentionRank, 8);
  z += Math.log1p(Math.max(0, e.distance)) * w[11];
  if (e.lastSpeaker) z += w[12];
  if (e.spoke) z += w[13];
  if (e.fullName) z += w[14];
  if (e.described) z += w[15];
  if (e.rulePick) z += w[16];
  if (e.mostMentioned) z += w[17];
  return 1 / (1 + Math.exp(-z));
}

/**
 * Candidates ranked by score, with each one's share of the total score. Ties keep the input order
 * (the resolver lists candidates latest first), so the ranking is deterministic.
 */
export function rankPronoun<T>(candidates: Array<{ item: T; evidence: PronounEvidence }>): Array<{ item: T; score: number; share: number }> {
  // One object per candidate, its share filled in once the total is known (this runs for every
  // pronoun a quote is resolved through).
  const ranked = candidates.map((c, i) => ({ item: c.item, score: pronounScore(c.evidence), share: 0, i }));
  let total = 0;
  for (const c of ranked) total += c.score;
  total ||= 1;
  ranked.sort((a, b) => b.score - a.score || a.i - b.i);
  for (const c of ranked) c.share = c.score / total;
  return ranked;
}
