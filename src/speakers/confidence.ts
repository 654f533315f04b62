// A record's confidence: the fitted probability that its span is a quote AND its speaker is right.
//
// One logistic model over named features of the finished record (how the span was found, how
// the speaker was found, what kind of entity it is, how close the mention is). Its weights are
// fitted on real news (PolNeAR train folds 1-4, scored as `npm run eval:real` scores them) by
// `npm run fit:confidence` and kept in ./confidence.json; nothing here is set by hand. Fold 0 of
// PolNeAR is never used to fit: it only measures how well the probabilities hold.
import type { Resolution } from '../records/schema';
import fitted from './confidence.json';

/** What the confidence model reads of a quote and its resolved speaker. */
export interface ConfidenceInput {
  kind: 'direct' | 'partial' | 'indirect';
  /** The quote stage's own prior for the span (marked with a frame, unclosed, reported …). */
  spanPrior: number;
  /** A reporting verb frames the quote. */
  framed: boolean;
  /** The frame's lemma is "say", the plainest cue. */
  cueSay: boolean;
  /** The frame's subject sits after the cue or after the content ("…, Lee said"). */
  inverted: boolean;
  /** Words in the quoted content. */
  words: number;
  /** How the speaker was found; null when there is none. */
  via: Resolution | null;
  entityKind: 'person' | 'organization' | 'group' | 'unnamed' | null;
  /** Words in the speaker's canonical name (0 for none). */
  nameWords: number;
  /** Mentions of the speaker's entity in the document. */
  mentions: number;
  /** Characters between the speaker mention and the quote (0 when they touch or there is none). */
  distance: number;
  /** The runner-up candidate's share of the ranker's probability (0 without one). */
  runnerUp: number;
}

/** The model's features, by name; the order is the order of `features()`'s output. */
export const FEATURE_NAMES = [
  'bias',
  'kind:direct', 'kind:partial', 'kind:indirect',
  'spanPrior',
  'framed', 'cue:say', 'inverted',
  'words:log', 'words:short',
  'via:none', 'via:name', 'via:surname', 'via:apposition', 'via:pronoun', 'via:descriptor', 'via:organization', 'via:anonymous', 'via:continuation',
  'entity:person', 'entity:organization', 'entity:group', 'entity:unnamed',
  'name:oneWord', 'name:twoPlus',
  'mentions:log',
  'distance:log',
  'runnerUp',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/** The named feature values of one record, in FEATURE_NAMES order. */
export function features(x: ConfidenceInput): number[] {
  const via = (v: Resolution) => (x.via === v ? 1 : 0);
  const ent = (k: ConfidenceInput['entityKind']) => (x.entityKind === k ? 1 : 0);
  return [
    1,
    x.kind === 'direct' ? 1 : 0, x.kind === 'partial' ? 1 : 0, x.kind === 'indirect' ? 1 : 0,
    x.spanPrior,
    x.framed ? 1 : 0, x.cueSay ? 1 : 0, x.inverted ? 1 : 0,
    Math.log1p(x.words), x.words <= 3 ? 1 : 0,
    x.via === null ? 1 : 0, via('name'), via('surname'), via('apposition'), via('pronoun'), via('descriptor'), via('organization'), via('anonymous'), via('continuation'),
    ent('person'), ent('organization'), ent('group'), ent('unnamed'),
    x.nameWords === 1 ? 1 : 0, x.nameWords >= 2 ? 1 : 0,
    Math.log1p(x.mentions),
    Math.log1p(x.distance),
    x.runnerUp,
  ];
}

/** A fitted logistic model: a weight per named feature. */
export interface ConfidenceModel {
  weights: Record<string, number>;
}

const MODEL: number[] = weightsOf(fitted as ConfidenceModel);

/** Weights in FEATURE_NAMES order; a feature the file does not name weighs 0 (a refit adds it). */
export function weightsOf(model: ConfidenceModel): number[] {
  return FEATURE_NAMES.map((n) => model.weights[n] ?? 0);
}

/** Where each named feature sits in `features()`'s output and the weights. */
const AT = Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, i])) as Record<FeatureName, number>;
const VIA_AT = new Map<Resolution | null, number>([[null, AT['via:none']], ...FEATURE_NAMES.filter((n) => n.startsWith('via:') && n !== 'via:none').map((n) => [n.slice(4) as Resolution, AT[n]] as const)]);
const ENTITY_AT = new Map<ConfidenceInput['entityKind'], number>(FEATURE_NAMES.filter((n) => n.startsWith('entity:')).map((n) => [n.slice(7) as ConfidenceInput['entityKind'], AT[n]] as const));

/**
 * Probability that the record is right, rounded to three decimals as records carry it. The dot
 * product of `features(x)` with the weights, term by term in their order, without building the
 * array and its closures for every record; a feature that is 0 adds nothing to the sum.
 */
export function confidenceOf(x: ConfidenceInput, weights: number[] = MODEL): number {
  const w = weights;
  let z = w[AT.bias];
  z += w[x.kind === 'direct' ? AT['kind:direct'] : x.kind === 'partial' ? AT['kind:partial'] : AT['kind:indirect']];
  z += x.spanPrior * w[AT.spanPrior];
  if (x.framed) z += w[AT.framed];
  if (x.cueSay) z += w[AT['cue:say']];
  if (x.inverted) z += w[AT.inverted];
  z += Math.log1p(x.words) * w[AT['words:log']];
  if (x.words <= 3) z += w[AT['words:short']];
  const via = VIA_AT.get(x.via);
  if (via !== undefined) z += w[via];
  const entity = ENTITY_AT.get(x.entityKind);
  if (entity !== undefined) z += w[entity];
  if (x.nameWords === 1) z += w[AT['name:oneWord']];
  if (x.nameWords >= 2) z += w[AT['name:twoPlus']];
  z += Math.log1p(x.mentions) * w[AT['mentions:log']];
  z += Math.log1p(x.distance) * w[AT['distance:log']];
  z += x.runnerUp * w[AT.runnerUp];
  return Math.round(1000 / (1 + Math.exp(-z))) / 1000;
}
