// The topic model: the shipped data is what the labelled set and descriptions train today (so a support
// lead who adds tickets or description lines is told to retrain), and it ranks a ticket no phrase knows.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trainedModelJson } from '../../scripts/topic-model/train.js';
import { TOPIC_DESCRIPTIONS } from '../../src/domain/triage/topic-descriptions.js';
import {
  classifyTopic,
  compileTopicModel,
  packTopicModel,
  topicFeatures,
  trainTopicModel,
} from '../../src/domain/triage/topic-model.js';
import { TOPIC_MODEL_DATA } from '../../src/domain/triage/topic-model-data.js';
import { rankTopics } from '../../src/domain/triage/topics.js';
import { TOPICS } from '../../src/domain/triage/types.js';
import { NO_FACTS } from './tickets.js';

const noFacts = {
  facts: NO_FACTS,
  spreadsheet: false,
  question: true,
  reply: false,
};

describe('the topic model', () => {
  // Training on every labelled ticket takes 40 s on a quiet machine and over a minute on a shared one.
  it('is up to date with the labelled tickets and descriptions (else: npm run train:topics)', async () => {
    const { json } = await trainedModelJson(join(import.meta.dirname, '..', '..'));
    expect(
      json === TOPIC_MODEL_DATA,
      'src/domain/triage/topic-model-data.ts is stale: npm run train:topics',
    ).toBe(true);
  }, 180_000);

  it('has descriptions for every topic a ticket can be about', () => {
    for (const topic of TOPICS.filter((t) => !['W18', 'W19'].includes(t)))
      expect(TOPIC_DESCRIPTIONS[topic]?.length ?? 0, topic).toBeGreaterThanOrEqual(3);
  });

  it('ranks a ticket by the model when no phrase matches, and says so', () => {
    const model = compileTopicModel(
      trainTopicModel([
        { topic: 'W11', features: topicFeatures([], ['zorblax', 'quintel']), description: true },
        { topic: 'other', features: topicFeatures([], ['flimmer', 'drovk']), description: true },
      ]),
    );
    expect(classifyTopic(model, topicFeatures([], ['zorblax'])).get('W11')).toBeGreaterThan(0.5);
    const ranked = rankTopics([], ['zorblax', 'quintel'], { ...noFacts, model });
    expect(ranked[0]?.topic).toBe('W11');
    expect(ranked[0]?.because.some((b) => b.startsWith('model'))).toBe(true);
    // Words the model never saw give no opinion: the ticket is `other`, for an agent to read.
    expect(rankTopics([], ['ukjent'], { ...noFacts, model })[0]?.topic).toBe('other');
  });

  it('trains the same weights every time, and ships them packed without changing a probability', () => {
    const examples = [
      { topic: 'W3' as const, features: topicFeatures([], ['passord', 'glemt', 'logge']) },
      { topic: 'W3' as const, features: topicFeatures([], ['passordet', 'glemt']) },
      { topic: 'W15' as const, features: topicFeatures([], ['kursbevis', 'glemt', 'trenger']) },
      { topic: 'W15' as const, features: topicFeatures([], ['kursbeviset', 'trenger']) },
      { topic: 'other' as const, features: topicFeatures([], ['faktura', 'betaling']), description: true },
    ];
    const data = trainTopicModel(examples, { minDocs: 1, prune: 0 });
    expect(trainTopicModel(examples, { minDocs: 1, prune: 0 })).toEqual(data);
    const ticket = topicFeatures([], ['glemt', 'passord']);
    const direct = classifyTopic(compileTopicModel(data), ticket);
    const packed = classifyTopic(compileTopicModel(JSON.parse(JSON.stringify(packTopicModel(data)))), ticket);
    expect([...packed]).toEqual([...direct]);
    expect([...direct].sort((a, b) => b[1] - a[1])[0]?.[0]).toBe('W3');
    // A word of one topic only (the shared "glemt" aside) decides between the two.
    const certificate = classifyTopic(compileTopicModel(data), topicFeatures([], ['glemt', 'kursbevis']));
    expect(certificate.get('W15')).toBeGreaterThan(certificate.get('W3') ?? 1);
  });
});
