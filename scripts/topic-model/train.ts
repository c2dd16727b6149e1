// The training and cross-validation of the topic model; run through scripts/train-topic-model.mjs.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { subjectPrefixes } from '../../src/domain/triage/ticket-text.js';
import { TOPIC_DESCRIPTIONS } from '../../src/domain/triage/topic-descriptions.js';
import {
  classifyTopic,
  compileTopicModel,
  factSignals,
  packTopicModel,
  type TopicExample,
  topicFeatures,
  trainTopicModel,
} from '../../src/domain/triage/topic-model.js';
import {
  nameWordsOf,
  SPREADSHEET,
  type TicketMessage,
  ticketWords,
  triageTicket,
} from '../../src/domain/triage/triage.js';
import type { TopicId } from '../../src/domain/triage/types.js';
import { readMessage } from '../../src/workflows/triage/read-message.js';
import { scoreText, scoreTickets } from '../../test/triage/score.js';
import { type LabelledTicket, loadTickets, rawMessage, TICKET_TODAY } from '../../test/triage/tickets.js';

/** The labelled sets: the main set and the fourteen blind sets, all of them training data now. */
const SETS = [
  'tickets',
  'blind',
  'blind2',
  'blind3',
  'blind4',
  'blind5',
  'blind6',
  'blind7',
  'blind8',
  'blind9',
  'blind10',
  'blind11',
  'blind12',
  'blind13',
  'blind14',
] as const;

/**
 * Sets still read as unseen mail: `--facts` scores them, training and cross-validation leave them out
 * (a new blind set waits here until its misses are read and the general faults fixed).
 */
const UNSEEN: readonly string[] = [];

interface Prepared {
  ticket: LabelledTicket;
  message: TicketMessage;
  features: string[];
  /** The batch the ticket was written in: one writer at one time, kept whole in one fold. */
  group: string;
}

/**
 * A ticket's batch: each blind set is one, and the main set's later batches (fr5-, fr6-, fr7-, written
 * as unseen mail in their rounds) are one each; the main set's first batches together are one more.
 */
function batchOf(set: string, id: string): string {
  if (set !== 'tickets') return set;
  const m = /^(fr[5-9])-/.exec(id);
  return m ? (m[1] as string) : 'main';
}

export async function prepare(root: string): Promise<Prepared[]> {
  const all: Prepared[] = [];
  for (const set of SETS) {
    for (const [index, ticket] of loadTickets(join(root, 'test', 'triage', set)).entries()) {
      const message = await readMessage(rawMessage(ticket, index));
      const words = ticketWords(message, TICKET_TODAY);
      // The facts as triage reads them, the same way it does when it asks the model.
      const triaged = triageTicket(message, TICKET_TODAY, { topicModel: null });
      const spreadsheet = message.attachments.some((a) => SPREADSHEET.test(a));
      const reply = subjectPrefixes(message.subject).reply;
      all.push({
        ticket,
        message,
        features: topicFeatures(
          reply ? [] : words.subject,
          words.body,
          factSignals({ ...triaged.facts, spreadsheet }),
          nameWordsOf(message, triaged.facts),
        ),
        group: batchOf(set, ticket.id),
      });
    }
  }
  return all;
}

export function descriptionExamples(): TopicExample[] {
  const examples: TopicExample[] = [];
  for (const [topic, lines] of Object.entries(TOPIC_DESCRIPTIONS) as [TopicId, readonly string[]][]) {
    for (const line of lines) {
      const words = line.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
      examples.push({ topic, features: topicFeatures([], words), description: true });
    }
  }
  return examples;
}

export function train(tickets: readonly Prepared[]): ReturnType<typeof trainTopicModel> {
  // A ticket teaches its first topic: the one it is mainly about.
  const examples = [
    ...tickets.map((t) => ({ topic: t.ticket.topics[0] as TopicId, features: t.features })),
    ...descriptionExamples(),
  ];
  // The settings of TRAIN_DEFAULTS (topic-model.ts), which cross-validation chose.
  return trainTopicModel(examples);
}

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

/** What one way of ranking got right on a held-out fold, and where it went wrong. */
interface Tally {
  tickets: number;
  first: number;
  /** Tickets of two topics or more: both labelled topics listed, and of those in the labelled order. */
  pairs: number;
  pairsBothListed: number;
  pairsOrdered: number;
  /** The first two listed are the labelled first two, in order. */
  pairsExact: number;
  /** Labelled topics listed, of all labelled topics. */
  recallHits: number;
  recallTotal: number;
  /** Topics listed, and of them the ones not labelled (an agent reads them for nothing). */
  listed: number;
  listedWrong: number;
  /** Sum of the first topic's confidence when right, and when wrong (calibration). */
  confRight: number;
  confWrong: number;
  byGroup: Map<string, { n: number; right: number }>;
  /** Confidence bins of the first topic: [tickets, right, sum of confidence]. */
  bins: [number, number, number][];
  confusion: Map<string, number>;
  misses: string[];
}

/** Lower edges of the confidence bins of the calibration table. */
const BINS = [0, 0.5, 0.7, 0.85, 0.95];

function tally(): Tally {
  return {
    tickets: 0,
    first: 0,
    pairs: 0,
    pairsBothListed: 0,
    pairsOrdered: 0,
    pairsExact: 0,
    recallHits: 0,
    recallTotal: 0,
    listed: 0,
    listedWrong: 0,
    confRight: 0,
    confWrong: 0,
    byGroup: new Map(),
    bins: BINS.map(() => [0, 0, 0]),
    confusion: new Map(),
    misses: [],
  };
}

function count(t: Tally, p: Prepared, ranked: readonly TopicId[], confidence: number): void {
  const want = p.ticket.topics;
  const right = ranked[0] === want[0];
  t.tickets++;
  const g = t.byGroup.get(p.group) ?? { n: 0, right: 0 };
  g.n++;
  if (right) {
    t.first++;
    g.right++;
    t.confRight += confidence;
  } else {
    t.confWrong += confidence;
    const pair = `${want[0]} → ${ranked[0] ?? 'none'}`;
    t.confusion.set(pair, (t.confusion.get(pair) ?? 0) + 1);
    t.misses.push(`${p.ticket.id}: ${ranked.join(',')} ≠ ${want.join(',')}`);
  }
  t.byGroup.set(p.group, g);
  const bin = t.bins[BINS.filter((edge) => confidence >= edge).length - 1] as [number, number, number];
  bin[0]++;
  if (right) bin[1]++;
  bin[2] += confidence;
  for (const topic of want) {
    t.recallTotal++;
    if (ranked.includes(topic)) t.recallHits++;
  }
  for (const topic of ranked.slice(0, 4)) {
    t.listed++;
    if (!want.includes(topic)) t.listedWrong++;
  }
  if (want.length >= 2) {
    t.pairs++;
    const a = ranked.indexOf(want[0] as TopicId);
    const b = ranked.indexOf(want[1] as TopicId);
    if (a >= 0 && b >= 0) {
      t.pairsBothListed++;
      if (a < b) t.pairsOrdered++;
    }
    if (ranked[0] === want[0] && ranked[1] === want[1]) t.pairsExact++;
  }
}

function report(label: string, t: Tally, args: readonly string[]): void {
  const groups = [...t.byGroup.entries()].map(([g, v]) => `${g} ${pct(v.right / v.n)}`).join(', ');
  const meanConf = (sum: number, n: number) => (n === 0 ? '-' : (sum / n).toFixed(2));
  console.log(`  ${label}: first topic ${pct(t.first / t.tickets)} (${t.first}/${t.tickets})`);
  console.log(`    by batch: ${groups}`);
  if (t.recallTotal > 0 && t.pairs > 0) {
    console.log(
      `    all-topic recall ${pct(t.recallHits / t.recallTotal)}, precision ${pct(1 - t.listedWrong / t.listed)}; two-topic tickets ${t.pairs}: both listed ${t.pairsBothListed}, ` +
        `in order ${t.pairsOrdered} (${pct(t.pairsOrdered / Math.max(t.pairsBothListed, 1))}), first two exact ${t.pairsExact} (${pct(t.pairsExact / t.pairs)})`,
    );
    console.log(
      `    mean confidence of the first topic: right ${meanConf(t.confRight, t.first)}, wrong ${meanConf(t.confWrong, t.tickets - t.first)}`,
    );
    // Calibration: in each bin, the share right should be about the mean confidence; the gap, weighted
    // by the bin's tickets, is the expected calibration error.
    let gap = 0;
    const cells = t.bins.flatMap(([n, right, sum], i) => {
      if (n === 0) return [];
      gap += Math.abs(right / n - sum / n) * n;
      return [`≥${BINS[i]}: ${n} at ${(sum / n).toFixed(2)} right ${pct(right / n)}`];
    });
    console.log(`    calibration: ${cells.join('; ')}; error ${(gap / t.tickets).toFixed(3)}`);
  }
  const pairs = [...t.confusion.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  console.log(
    `    confusions (labelled → given): ${pairs
      .slice(0, 14)
      .map(([p, n]) => `${p} ×${n}`)
      .join(', ')}`,
  );
  if (args.includes('--misses')) console.log(t.misses.map((m) => `      ${m}`).join('\n'));
}

/**
 * The yardstick: leave-one-batch-out cross-validation over every labelled set. Each batch was written
 * by one writer at one time, as an unseen set will be; the model is trained without the batch it is
 * scored on. The phrases were written with every set in view, so "phrases only" flatters them; "model
 * only" is the honest figure of what the words generalise to, "phrases + model" is what ships.
 */
async function evaluate(args: readonly string[], root: string): Promise<void> {
  const all = await prepare(root);
  const groups = [...new Set(all.map((p) => p.group))];
  const phrases = tally();
  const modelOnly = tally();
  const both = tally();
  for (const group of groups) {
    const held = all.filter((p) => p.group === group);
    const model = compileTopicModel(train(all.filter((p) => p.group !== group)));
    for (const p of held) {
      const bare = triageTicket(p.message, TICKET_TODAY, { topicModel: null });
      count(
        phrases,
        p,
        bare.topics.map((x) => x.topic),
        bare.topics[0]?.confidence ?? 0,
      );
      const probs = [...classifyTopic(model, p.features)].sort((a, b) => b[1] - a[1]);
      count(
        modelOnly,
        p,
        probs.map(([topic]) => topic),
        probs[0]?.[1] ?? 0,
      );
      const full = triageTicket(p.message, TICKET_TODAY, { topicModel: model, ...weightArg(args) });
      count(
        both,
        p,
        full.topics.map((x) => x.topic),
        full.topics[0]?.confidence ?? 0,
      );
    }
  }
  console.log(
    `Leave-one-batch-out cross-validation over ${all.length} labelled tickets, ${groups.length} batches (${groups.join(', ')}):`,
  );
  report('phrases only (written with every set in view: flattered)', phrases, args);
  report('model only (argmax)', modelOnly, []);
  report('phrases + model (as shipped)', both, args);
}

/** The model the labelled tickets and descriptions give today, as the JSON that is shipped. */
export async function trainedModelJson(
  root: string,
): Promise<{ json: string; tickets: number; features: number }> {
  const tickets = await prepare(root);
  const data = train(tickets);
  return {
    json: JSON.stringify(packTopicModel(data)),
    tickets: tickets.length,
    features: Object.keys(data.weights).length,
  };
}

/**
 * `--facts`: the facts of every labelled set as triage reads them (rules, nothing trained, so no fold):
 * names, birth dates, e-mails, org numbers, language, per set; with `--misses`, the tickets it got wrong.
 */
async function factsReport(args: readonly string[], root: string): Promise<void> {
  const triage = async (raw: Buffer) => triageTicket(await readMessage(raw), TICKET_TODAY);
  for (const set of [...SETS, ...UNSEEN]) {
    const tickets = loadTickets(join(root, 'test', 'triage', set)).map((ticket, index) => ({
      ticket,
      index,
    }));
    const score = await scoreTickets(tickets, triage);
    console.log(scoreText(set, score));
    if (args.includes('--misses'))
      for (const miss of score.misses.filter((m) => !/^[^:]+: topic [^;]+$/.test(m)))
        console.log(`    ${miss}`);
  }
}

export async function main(args: readonly string[], root: string): Promise<void> {
  if (args.includes('--facts')) return factsReport(args, root);
  if (args.includes('--eval') || args.includes('--cv')) return evaluate(args, root);
  const { json, tickets, features } = await trainedModelJson(root);
  const out = join(root, 'src', 'domain', 'triage', 'topic-model-data.ts');
  writeFileSync(
    out,
    [
      '// Generated by `npm run train:topics` (scripts/train-topic-model.mjs) from the labelled tickets and',
      '// topic-descriptions.ts: do not edit by hand. Weights of a logistic-regression model (topic-model.ts),',
      '// kept as a JSON string because one JSON.parse on first use is faster to load than the same object as code.',
      `export const TOPIC_MODEL_DATA = ${JSON.stringify(json)};`,
      '',
    ].join('\n'),
  );
  // In the project's own format, so a retrain leaves `npm run lint` clean.
  spawnSync(join(root, 'node_modules', '.bin', 'biome'), ['format', '--write', out], { stdio: 'ignore' });
  console.log(
    `topic model: ${tickets} tickets + descriptions, ${features} features, ${json.length} bytes → ${out}`,
  );
}

/** `--weight=N`: what a model probability of 1 is worth, to try another than the shipped one. */
function weightArg(args: readonly string[]): { modelWeight?: number } {
  const given = args.find((a) => a.startsWith('--weight='));
  return given ? { modelWeight: Number(given.slice('--weight='.length)) } : {};
}
