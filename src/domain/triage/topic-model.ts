// A second opinion on a ticket's topic that is not bound to phrases: a multinomial logistic regression
// over word stems, stem pairs, character 4-grams and the kinds of facts, trained on the labelled tickets
// and the topic descriptions (scripts/train-topic-model.mjs) and shipped as data (topic-model-data.ts). The phrases
// say what a support lead knows for sure; the model catches the many ways of saying it that no phrase
// lists ("byggekortet", "stadfeste kontoen", "the link never showed up"). Pure: training and
// classifying take and give plain data.
import { TOPICS, type TopicId } from './types.js';

/** Words this common say nothing about a topic; left out so they do not drown the few that do. */
const STOP = new Set(
  (
    'og i på til er det en et at jeg eg som med for av har ikke ikkje kan de du dere dykk meg min mitt mine ' +
    'the and to a an of in on for is it my me i you your we our be have has was this that with can could ' +
    'hei hello hi dear takk thanks mvh hilsen helsing regards vennlig best kind please pls hva kva how what ' +
    'så sa no nå om men but or eller fra frå from vil will would skal shall are am not dont do does did ' +
    'den dei dem seg sin sitt sine han hun ho hennes hans vi oss vår våre noe noko any some også ogso also'
  ).split(' '),
);

/** Word stem: Norwegian and English glue and inflect at the end, so the first letters carry the meaning. */
function stem(word: string): string {
  return word.length > 7 ? word.slice(0, 7) : word;
}

const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * The features of a ticket, each counted once: stems ("s:"), pairs of neighbouring stems ("b:"), and
 * letter 4-grams of longer words ("c:"), which reach inside compounds and survive typos. A subject's
 * words are features too, marked, since a subject names the matter more often than the body does.
 * The words of `names` (the people's and firms' names the ticket holds) are left out as stop words
 * are: a name says nothing of a topic, and its 4-grams would teach the model the labelled tickets' people.
 */
export function topicFeatures(
  subjectWords: readonly string[],
  bodyWords: readonly string[],
  signals: readonly string[] = [],
  names: ReadonlySet<string> = NO_NAMES,
): string[] {
  const out = new Set<string>(signals.map((s) => `f:${s}`));
  const add = (words: readonly string[], subject: boolean) => {
    let previous = '';
    for (const raw of words) {
      if (/\d/.test(raw) || raw.length < 2) {
        previous = '';
        continue;
      }
      if (STOP.has(raw) || names.has(raw)) {
        previous = '';
        continue;
      }
      const s = stem(raw);
      out.add(`s:${s}`);
      if (subject) out.add(`t:${s}`);
      if (previous) out.add(`b:${previous} ${s}`);
      previous = s;
      if (raw.length >= 5) {
        const padded = `_${raw}_`;
        for (let i = 0; i + 4 <= padded.length; i++) out.add(`c:${padded.slice(i, i + 4)}`);
      }
    }
  };
  add(subjectWords, true);
  add(bodyWords, false);
  return [...out];
}

/** What the model may know of a ticket's facts, as the words cannot show them (digits are no feature). */
export interface ModelFacts {
  orgNumbers: readonly string[];
  hmsCards: readonly string[];
  courseCodes: readonly string[];
  unitIds: readonly string[];
  emails: readonly string[];
  birthDates: readonly string[];
  nationalId?: unknown;
  /** An attached spreadsheet (.csv, .xlsx, .xls, .ods). */
  spreadsheet: boolean;
}

/**
 * The facts as features: which kinds a ticket holds, and whether it holds many organisation numbers (a
 * list of companies) or several addresses (an old and a new one).
 */
export function factSignals(facts: ModelFacts): string[] {
  const out: string[] = [];
  if (facts.orgNumbers.length > 0) out.push('org');
  if (facts.orgNumbers.length >= 3) out.push('orgs');
  if (facts.hmsCards.length > 0) out.push('hms');
  if (facts.courseCodes.length > 0) out.push('course');
  if (facts.unitIds.length > 0) out.push('unit');
  if (facts.emails.length >= 3) out.push('emails');
  if (facts.birthDates.length > 0 || facts.nationalId) out.push('born');
  if (facts.nationalId) out.push('nid');
  if (facts.spreadsheet) out.push('sheet');
  return out;
}

export interface TopicExample {
  topic: TopicId;
  features: readonly string[];
  /** A topic description: its features are kept even when no other example has them. */
  description?: boolean;
}

/**
 * The trained model as shipped: a bias per topic and, per feature, the weights it adds to the topics it
 * speaks for, sparse ([topic index, weight, topic index, weight, …]), all in hundredths; weights too small
 * to matter are left out, so the file stays small.
 */
export interface TopicModelData {
  topics: TopicId[];
  bias: number[];
  weights: Record<string, number[]>;
}

/** The training settings; leave-one-batch-out cross-validation (npm run eval:topics) chose them. */
export interface TrainSettings {
  /** A feature of fewer tickets than this (descriptions count as this many) is left out: a name or a one-off. */
  minDocs: number;
  /** Passes over the examples. */
  epochs: number;
  /** Step size of the per-weight adaptive gradient (AdaGrad). */
  rate: number;
  /** L2 penalty: keeps any one word from deciding alone. */
  l2: number;
  /** Weights nearer zero than this (in hundredths) are not shipped. */
  prune: number;
}

export const TRAIN_DEFAULTS: TrainSettings = { minDocs: 3, epochs: 30, rate: 0.1, l2: 0.001, prune: 20 };

/** A ticket's features are scaled by this, so a long mail does not speak louder than a short one. */
function scale(features: number): number {
  return 1 / Math.sqrt(Math.max(features, 1));
}

function softmaxInPlace(z: Float64Array | number[]): void {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let k = 0; k < z.length; k++) {
    z[k] = Math.exp((z[k] as number) - max);
    sum += z[k] as number;
  }
  for (let k = 0; k < z.length; k++) z[k] = (z[k] as number) / sum;
}

/**
 * Fits the weights by stochastic gradient descent on the cross-entropy, in an order fixed by a seeded
 * generator: the same examples always give the same model, so the shipped file only changes when they do.
 */
export function trainTopicModel(
  examples: readonly TopicExample[],
  settings: Partial<TrainSettings> = {},
): TopicModelData {
  const { minDocs, epochs, rate, l2, prune } = { ...TRAIN_DEFAULTS, ...settings };
  const topics = TOPICS.filter((t) => examples.some((e) => e.topic === t));
  const n = topics.length;
  const seen = new Map<string, number>();
  for (const e of examples)
    for (const f of e.features) seen.set(f, (seen.get(f) ?? 0) + (e.description ? minDocs : 1));
  const index = new Map<string, number>();
  for (const [f, count] of seen) if (count >= minDocs) index.set(f, index.size);
  const weights = new Float64Array(index.size * n);
  const squares = new Float64Array(index.size * n);
  const bias = new Float64Array(n);
  const biasSquares = new Float64Array(n);
  const rows = examples.map((e) => ({
    ids: e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined),
    x: scale(e.features.length),
    y: topics.indexOf(e.topic),
  }));
  const order = rows.map((_, i) => i);
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const p = new Float64Array(n);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const r of order) {
      const { ids, x, y } = rows[r] as (typeof rows)[number];
      p.set(bias);
      for (const f of ids)
        for (let k = 0; k < n; k++) p[k] = (p[k] as number) + (weights[f * n + k] as number) * x;
      softmaxInPlace(p);
      for (let k = 0; k < n; k++) {
        const g = (p[k] as number) - (k === y ? 1 : 0);
        biasSquares[k] = (biasSquares[k] as number) + g * g;
        bias[k] = (bias[k] as number) - (rate * g) / Math.sqrt((biasSquares[k] as number) + 1e-8);
        for (const f of ids) {
          const at = f * n + k;
          const gw = g * x + l2 * (weights[at] as number);
          squares[at] = (squares[at] as number) + gw * gw;
          weights[at] = (weights[at] as number) - (rate * gw) / Math.sqrt((squares[at] as number) + 1e-8);
        }
      }
    }
  }
  // Adding the same amount to a feature's weight for every topic changes no probability: each row is
  // moved by its median, so most of its weights are near zero and are left out. Weights are shipped in
  // whole hundredths, which is all the precision they have.
  const round = (v: number) => Math.round(v * 100);
  const out: Record<string, number[]> = {};
  for (const [f, i] of index) {
    const row = [...weights.subarray(i * n, (i + 1) * n)];
    const median = [...row].sort((a, b) => a - b)[Math.floor(n / 2)] as number;
    const sparse: number[] = [];
    for (const [k, v] of row.entries()) {
      const w = round(v - median);
      if (Math.abs(w) >= prune) sparse.push(k, w);
    }
    if (sparse.length > 0) out[f] = sparse;
  }
  return { topics, bias: [...bias].map(round), weights: out };
}

/**
 * The model as shipped: the features in one tab-separated string and their rows ("topic weight topic
 * weight …") in another, so loading is two splits and no object per feature; a row is read only when a
 * ticket has its feature.
 */
export interface PackedTopicModel {
  topics: TopicId[];
  bias: number[];
  features: string;
  rows: string;
}

export function packTopicModel(data: TopicModelData): PackedTopicModel {
  const features = Object.keys(data.weights).sort();
  return {
    topics: data.topics,
    bias: data.bias,
    features: features.join('\t'),
    rows: features.map((f) => (data.weights[f] as number[]).join(' ')).join('\t'),
  };
}

export interface TopicModel {
  topics: TopicId[];
  bias: number[];
  /** Feature → its row, as packed. */
  rows: Map<string, string>;
}

/** Cheap: a feature's row is split only when a ticket has the feature. */
export function compileTopicModel(data: TopicModelData | PackedTopicModel): TopicModel {
  const rows = new Map<string, string>();
  if ('features' in data) {
    const features = data.features.split('\t');
    const packed = data.rows.split('\t');
    for (const [i, f] of features.entries()) rows.set(f, packed[i] as string);
  } else {
    for (const [f, sparse] of Object.entries(data.weights)) rows.set(f, sparse.join(' '));
  }
  return { topics: data.topics, bias: data.bias, rows };
}

/** The probability of each topic given the features; none when the model knows none of them. */
export function classifyTopic(model: TopicModel, features: readonly string[]): Map<TopicId, number> {
  const z = model.bias.map((b) => b / 100);
  const x = scale(features.length);
  let known = 0;
  for (const f of features) {
    const row = model.rows.get(f);
    if (row === undefined) continue;
    known++;
    const sparse = row.split(' ');
    for (let k = 0; k < sparse.length; k += 2) {
      const i = Number(sparse[k]);
      z[i] = (z[i] as number) + (Number(sparse[k + 1]) / 100) * x;
    }
  }
  const result = new Map<TopicId, number>();
  if (known === 0) return result;
  softmaxInPlace(z);
  for (const [i, t] of model.topics.entries()) result.set(t, z[i] as number);
  return result;
}
