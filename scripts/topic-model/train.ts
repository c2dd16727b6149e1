// The training and cross-validation of the topic model; run through scripts/train-topic-model.mjs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOPIC_DESCRIPTIONS } from '../../src/domain/triage/topic-descriptions.js';
import {
  classifyTopic,
  compileTopicModel,
  packTopicModel,
  setTemperature,
  type TopicExample,
  type TopicModel,
  topicFeatures,
  trainTopicModel,
} from '../../src/domain/triage/topic-model.js';
import { type TicketMessage, ticketWords, triageTicket } from '../../src/domain/triage/triage.js';
import type { TopicId } from '../../src/domain/triage/types.js';
import { readMessage } from '../../src/workflows/triage/read-message.js';
import { type LabelledTicket, loadTickets, rawMessage, TICKET_TODAY } from '../../test/triage/tickets.js';

/** Tickets kept out of training: the batches written to estimate accuracy on unseen mail. */
const UNTRAINED = /^fr[567]-/;

interface Prepared {
  ticket: LabelledTicket;
  message: TicketMessage;
  features: string[];
}

async function prepare(root: string): Promise<{ train: Prepared[]; untrained: Prepared[] }> {
  const all: Prepared[] = [];
  // The first and second blind sets, each scored once as unseen mail, are labelled data now: they train
  // the model too.
  const tickets = [
    ...loadTickets(join(root, 'test', 'triage', 'tickets')),
    ...loadTickets(join(root, 'test', 'triage', 'blind')),
    ...loadTickets(join(root, 'test', 'triage', 'blind2')),
  ];
  for (const [index, ticket] of tickets.entries()) {
    const message = await readMessage(rawMessage(ticket, index));
    const words = ticketWords(message, TICKET_TODAY);
    all.push({ ticket, message, features: topicFeatures(words.subject, words.body) });
  }
  return {
    train: all.filter((p) => !UNTRAINED.test(p.ticket.id)),
    untrained: all.filter((p) => UNTRAINED.test(p.ticket.id)),
  };
}

function descriptionExamples(): TopicExample[] {
  const examples: TopicExample[] = [];
  for (const [topic, lines] of Object.entries(TOPIC_DESCRIPTIONS) as [TopicId, readonly string[]][]) {
    for (const line of lines) {
      const words = line.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
      examples.push({ topic, features: topicFeatures([], words), description: true });
    }
  }
  return examples;
}

function train(tickets: readonly Prepared[]): ReturnType<typeof trainTopicModel> {
  // A ticket teaches its first topic: the one it is mainly about.
  const examples = [
    ...tickets.map((t) => ({ topic: t.ticket.topics[0] as TopicId, features: t.features })),
    ...descriptionExamples(),
  ];
  // Three tickets at least: with the second blind set a feature of two is mostly a name or a one-off.
  return trainTopicModel(examples, 3);
}

function firstTopicAccuracy(
  tickets: readonly Prepared[],
  model: TopicModel | null,
  modelWeight?: number,
): { right: number; misses: string[] } {
  let right = 0;
  const misses: string[] = [];
  for (const t of tickets) {
    const result = triageTicket(t.message, TICKET_TODAY, {
      topicModel: model,
      ...(modelWeight !== undefined ? { modelWeight } : {}),
    });
    if (result.topics[0]?.topic === t.ticket.topics[0]) right++;
    else
      misses.push(`${t.ticket.id}: ${result.topics.map((x) => x.topic).join(',')} ≠ ${t.ticket.topics[0]}`);
  }
  return { right, misses };
}

function modelOnlyAccuracy(tickets: readonly Prepared[], model: TopicModel): number {
  let right = 0;
  for (const t of tickets) {
    // Argmax of the model alone, without the phrases: how much the model knows by itself.
    const ranked = [...classifyTopic(model, t.features)].sort((a, b) => b[1] - a[1]);
    if (ranked[0]?.[0] === t.ticket.topics[0]) right++;
  }
  return right / tickets.length;
}

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

async function crossValidate(args: readonly string[], root: string): Promise<void> {
  const k = Number(args[args.indexOf('--folds') + 1]) || 5;
  const weights = (process.env.TOPIC_MODEL_WEIGHTS ?? '').split(',').filter(Boolean).map(Number);
  const temperatures = (process.env.TOPIC_MODEL_TEMPERATURES ?? '').split(',').filter(Boolean).map(Number);
  const { train: tickets, untrained } = await prepare(root);
  // Folds by position, interleaved, so every fold has tickets of every file (and so of every topic).
  const folds = Array.from({ length: k }, (_, f) => tickets.filter((_, i) => i % k === f));
  const models = folds.map((_, f) => compileTopicModel(train(tickets.filter((_, i) => i % k !== f))));
  const phrasesOnly = folds.reduce((n, fold) => n + firstTopicAccuracy(fold, null).right, 0);
  console.log(`${k}-fold cross-validation over ${tickets.length} labelled tickets (first topic):`);
  console.log(`  phrases only: ${pct(phrasesOnly / tickets.length)} (the phrases were written on this set)`);
  for (const temperature of temperatures.length > 0 ? temperatures : [undefined]) {
    if (temperature !== undefined) setTemperature(temperature);
    const modelOnly = folds.reduce(
      (n, fold, f) => n + modelOnlyAccuracy(fold, models[f] as TopicModel) * fold.length,
      0,
    );
    console.log(
      `  model only${temperature !== undefined ? ` (T ${temperature})` : ''}: ${pct(modelOnly / tickets.length)}`,
    );
    for (const weight of weights.length > 0 ? weights : [undefined]) {
      const misses: string[] = [];
      let right = 0;
      folds.forEach((fold, f) => {
        const r = firstTopicAccuracy(fold, models[f] as TopicModel, weight);
        right += r.right;
        misses.push(...r.misses);
      });
      console.log(
        `  phrases + model${weight !== undefined ? ` (weight ${weight})` : ''}: ${pct(right / tickets.length)}`,
      );
      if (args.includes('--misses')) console.log(misses.map((m) => `    ${m}`).join('\n'));
    }
  }
  if (args.includes('--untrained')) {
    const model = compileTopicModel(train(tickets));
    const phrases = firstTopicAccuracy(untrained, null);
    console.log(
      `  untrained batch (${untrained.length}), phrases only: ${pct(phrases.right / untrained.length)}`,
    );
    console.log(`  untrained batch, model only: ${pct(modelOnlyAccuracy(untrained, model))}`);
    const r = firstTopicAccuracy(untrained, model);
    console.log(
      `  untrained batch (${untrained.length}), model on all labelled: ${pct(r.right / untrained.length)}`,
    );
    console.log(r.misses.map((m) => `    ${m}`).join('\n'));
  }
}

/** The model the labelled tickets and descriptions give today, as the JSON that is shipped. */
export async function trainedModelJson(
  root: string,
): Promise<{ json: string; tickets: number; features: number }> {
  const { train: tickets } = await prepare(root);
  const data = train(tickets);
  return {
    json: JSON.stringify(packTopicModel(data)),
    tickets: tickets.length,
    features: Object.keys(data.counts).length,
  };
}

export async function main(args: readonly string[], root: string): Promise<void> {
  if (args.includes('--cv')) return crossValidate(args, root);
  const { json, tickets, features } = await trainedModelJson(root);
  const out = join(root, 'src', 'domain', 'triage', 'topic-model-data.ts');
  writeFileSync(
    out,
    [
      '// Generated by `npm run train:topics` (scripts/train-topic-model.mjs) from the labelled tickets and',
      '// topic-descriptions.ts: do not edit by hand. Counts of a naive Bayes model (topic-model.ts), kept as',
      '// a JSON string because one JSON.parse on first use is faster to load than the same object as code.',
      `export const TOPIC_MODEL_DATA = ${JSON.stringify(json)};`,
      '',
    ].join('\n'),
  );
  console.log(
    `topic model: ${tickets} tickets + descriptions, ${features} features, ${json.length} bytes → ${out}`,
  );
}
