// A second opinion on a ticket's topic that is not bound to phrases: a multinomial naive Bayes over
// word stems, stem pairs and character 4-grams, trained on the labelled tickets and the topic
// descriptions (scripts/train-topic-model.mjs) and shipped as data (topic-model-data.ts). The phrases
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

/**
 * The features of a ticket, each counted once: stems ("s:"), pairs of neighbouring stems ("b:"), and
 * letter 4-grams of longer words ("c:"), which reach inside compounds and survive typos. A subject's
 * words are features too, marked, since a subject names the matter more often than the body does.
 */
export function topicFeatures(
  subjectWords: readonly string[],
  bodyWords: readonly string[],
  signals: readonly string[] = [],
): string[] {
  const out = new Set<string>(signals.map((s) => `f:${s}`));
  const add = (words: readonly string[], subject: boolean) => {
    let previous = '';
    for (const raw of words) {
      if (/\d/.test(raw) || raw.length < 2) {
        previous = '';
        continue;
      }
      if (STOP.has(raw)) {
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

/**
 * The features' weights. A 4-gram counts as much as a stem (cross-validation preferred it: the grams carry
 * compounds and misspellings); a stem pair less, as it mostly repeats its two stems.
 */
function featureWeight(feature: string): number {
  const kind = feature[0];
  return kind === 'b' ? 0.7 : 1;
}

export interface TopicExample {
  topic: TopicId;
  features: readonly string[];
  /** A topic description: its features are kept even when no other example has them. */
  description?: boolean;
}

/** The trained model as shipped: counts, so it can be read and retrained, not only applied. */
export interface TopicModelData {
  topics: TopicId[];
  /** Examples per topic. */
  docs: number[];
  /** Weighted feature count per topic. */
  totals: number[];
  /** Feature → [topic index, weighted count, topic index, weighted count, …]. */
  counts: Record<string, number[]>;
}

/**
 * Counts the examples' features. A feature of fewer than `minDocs` tickets (and of no description) is
 * left out: it is mostly a name or a one-off word, and the model loads faster without it.
 */
export function trainTopicModel(examples: readonly TopicExample[], minDocs = 2): TopicModelData {
  const topics = TOPICS.filter((t) => examples.some((e) => e.topic === t));
  const at = new Map(topics.map((t, i) => [t, i]));
  const docs = topics.map(() => 0);
  const seen = new Map<string, number>();
  for (const e of examples)
    for (const f of e.features) seen.set(f, (seen.get(f) ?? 0) + (e.description ? minDocs : 1));
  const table = new Map<string, number[]>();
  for (const e of examples) {
    const i = at.get(e.topic) as number;
    docs[i] = (docs[i] as number) + 1;
    for (const f of e.features) {
      if ((seen.get(f) ?? 0) < minDocs) continue;
      const row = table.get(f) ?? topics.map(() => 0);
      row[i] = (row[i] as number) + featureWeight(f);
      table.set(f, row);
    }
  }
  const totals = topics.map(() => 0);
  const counts: Record<string, number[]> = {};
  for (const [f, row] of table) {
    const sparse: number[] = [];
    for (const [i, n] of row.entries()) {
      if (n > 0) {
        sparse.push(i, Math.round(n * 100) / 100);
        totals[i] = (totals[i] as number) + n;
      }
    }
    counts[f] = sparse;
  }
  return { topics, docs, totals: totals.map((n) => Math.round(n * 100) / 100), counts };
}

/** How much the model's word evidence is damped: naive Bayes counts correlated features as many. */
export const TEMPERATURE_DEFAULT = 6;
let TEMPERATURE = TEMPERATURE_DEFAULT;
/** For the training script's search of settings only. */
export function setTemperature(t: number): void {
  TEMPERATURE = t;
}
const SMOOTHING = 0.5;

/**
 * The model as shipped: the features in one tab-separated string and their rows ("topic count topic
 * count …") in another, so loading is two splits and no object per feature; a row is read only when a
 * ticket has its feature.
 */
export interface PackedTopicModel {
  topics: TopicId[];
  docs: number[];
  totals: number[];
  features: string;
  rows: string;
}

export function packTopicModel(data: TopicModelData): PackedTopicModel {
  const features = Object.keys(data.counts).sort();
  return {
    topics: data.topics,
    docs: data.docs,
    totals: data.totals,
    features: features.join('\t'),
    rows: features.map((f) => (data.counts[f] as number[]).join(' ')).join('\t'),
  };
}

export interface TopicModel {
  topics: TopicId[];
  logPrior: number[];
  /** Per topic: the smoothed denominator of a feature's probability. */
  denominators: number[];
  /** Feature → its row, as packed. */
  rows: Map<string, string>;
}

/** Cheap: the per-feature probabilities are worked out only for the features a ticket has. */
export function compileTopicModel(data: TopicModelData | PackedTopicModel): TopicModel {
  const rows = new Map<string, string>();
  if ('features' in data) {
    const features = data.features.split('\t');
    const packed = data.rows.split('\t');
    for (const [i, f] of features.entries()) rows.set(f, packed[i] as string);
  } else {
    for (const [f, sparse] of Object.entries(data.counts)) rows.set(f, sparse.join(' '));
  }
  const docs = data.docs.reduce((a, b) => a + b, 0);
  // The prior is flattened: the labelled set's mix of topics is not the inbox's.
  const logPrior = data.docs.map((d) => 0.3 * Math.log(d / docs));
  const denominators = data.totals.map((t) => t + SMOOTHING * rows.size);
  return { topics: data.topics, logPrior, denominators, rows };
}

/** The probability of each topic given the features, damped; features the model never saw are skipped. */
export function classifyTopic(model: TopicModel, features: readonly string[]): Map<TopicId, number> {
  const { denominators } = model;
  const logits = [...model.logPrior];
  const n = logits.length;
  const unseen = denominators.map((d) => Math.log(SMOOTHING / d));
  const seenRow = new Array<number>(n);
  let known = 0;
  for (const f of features) {
    const row = model.rows.get(f);
    if (row === undefined) continue;
    const sparse = row.split(' ');
    known++;
    const w = featureWeight(f) / TEMPERATURE;
    for (let i = 0; i < n; i++) seenRow[i] = unseen[i] as number;
    for (let k = 0; k < sparse.length; k += 2) {
      const i = Number(sparse[k]);
      seenRow[i] = Math.log((Number(sparse[k + 1]) + SMOOTHING) / (denominators[i] as number));
    }
    for (let i = 0; i < n; i++) logits[i] = (logits[i] as number) + w * (seenRow[i] as number);
  }
  const result = new Map<TopicId, number>();
  if (known === 0) return result;
  const max = Math.max(...logits);
  const exp = logits.map((l) => Math.exp(l - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  for (const [i, t] of model.topics.entries()) result.set(t, (exp[i] as number) / sum);
  return result;
}
