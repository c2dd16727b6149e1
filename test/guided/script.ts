// A guided session in-process, answered from a script: each question the flow asks is matched against the
// next step and answered from it, and everything the agent would read (questions, choices, hints,
// results, remarks, replies) is kept for the test to read. Runs on a test database with the demo loaded.
import { expect } from 'vitest';
import type { Env } from '../../src/context/context.js';
import type { Db } from '../../src/db/connect.js';
import type { ReplyLang } from '../../src/domain/replies/catalogue.js';
import { triageTicket } from '../../src/domain/triage/triage.js';
import { pastedTicket } from '../../src/guided/flows/ticket.js';
import { entries } from '../../src/guided/menu.js';
import type { Session } from '../../src/guided/session.js';
import type { GuidedTerminal, Option } from '../../src/guided/terminal.js';
import { pastedTicketReader } from '../../src/guided/ticket-reader.js';
import type { WorkflowDeps } from '../../src/workflows/deps.js';
import { readTicket } from '../../src/workflows/triage/read-message.js';
import { testDeps } from '../helpers/deps.js';

/**
 * One answer: a question pattern and what to answer: for select a choice's name (or true: the one offered
 * first), for search `typed => choice`, for input the text (true: the default), for confirm yes/no.
 */
export type Step = [question: RegExp, answer: string | boolean];

/**
 * A pasted ticket taken to W1 ("forgot which e-mail") in bokmål, each question answered with what the
 * ticket gave (Enter), the reply in the language offered, and no link issued.
 */
export const W1_WITH_TICKET_FACTS: readonly Step[] = [
  [/Fortsette med/, 'Husker ikke e-posten'],
  [/Fullt navn/, true],
  [/Fødselsdato/, true],
  [/e-postadresser/, true],
  [/Svar til å lime inn/, true],
  [/nå\?/, false],
];

export interface ScriptedSession {
  session: Session;
  /** Everything shown, in order: questions with their choices, results, remarks and warnings. */
  shown(): string;
  /** Only what went to stdout (results and replies). */
  out(): string;
  /** Steps not yet used. */
  left(): readonly Step[];
}

export function scriptedSession(
  deps: WorkflowDeps,
  steps: readonly Step[],
  options: { lang?: 'nb' | 'en'; replyLang?: ReplyLang; env?: Env } = {},
): ScriptedSession {
  const queue = [...steps];
  const shown: string[] = [];
  const out: string[] = [];
  const next = (kind: string, message: string): Step => {
    shown.push(`? ${message}`);
    const step = queue.shift();
    if (!step) throw new Error(`no answer left for ${kind} '${message}'`);
    if (!step[0].test(message))
      throw new Error(`${kind} '${message}' was asked, the script expected ${step[0]}`);
    return step;
  };
  const pick = <T>(message: string, options: readonly Option<T>[], answer: string | boolean): T => {
    for (const o of options) shown.push(`  ${o.name}${o.description ? `  ${o.description}` : ''}`);
    const chosen = options.find((o) => o.name.includes(String(answer)));
    if (!chosen)
      throw new Error(`'${message}': no choice '${answer}' among ${options.map((o) => o.name).join(' | ')}`);
    return chosen.value;
  };
  const term: GuidedTerminal = {
    async select(message, choices, preselect) {
      const [, answer] = next('select', message);
      // `true` takes what the question offers first, as Enter does.
      if (answer === true) {
        const offered = choices.find((c) => c.value === preselect) ?? choices[0];
        if (!offered) throw new Error(`'${message}' offers nothing`);
        shown.push(`  > ${offered.name}`);
        return offered.value;
      }
      return pick(message, choices, answer);
    },
    async search(message, source) {
      const [, answer] = next('search', message);
      const [typed, choice] = String(answer).split(' => ');
      return pick(message, await source(typed ?? ''), choice ?? '');
    },
    async input(message, o = {}) {
      const [, answer] = next('input', message);
      const text = answer === true ? (o.default ?? '') : String(answer);
      const valid = o.validate?.(text) ?? true;
      if (valid !== true) throw new Error(`input '${message}': '${text}' refused: ${valid}`);
      return text;
    },
    async secret(message, validate) {
      const [, answer] = next('secret', message);
      const valid = validate(String(answer));
      if (valid !== true) throw new Error(`secret '${message}' refused: ${valid}`);
      return String(answer);
    },
    async confirm(message) {
      const [, answer] = next('confirm', message);
      return answer === true;
    },
    async paste(message) {
      const [, answer] = next('paste', message);
      return String(answer);
    },
  };
  const lang = options.lang ?? 'nb';
  const session: Session = {
    lang,
    replyLang: options.replyLang ?? lang,
    term,
    deps,
    env: options.env ?? { KURSDESK_PORTAL_URL: 'https://kurs.example.no' },
    ticket: undefined,
    out: (text) => {
      shown.push(text);
      out.push(text);
    },
    note: (text) => void shown.push(text),
    warn: (text) => void shown.push(`warning: ${text}`),
  };
  return { session, shown: () => shown.join('\n'), out: () => out.join(''), left: () => queue };
}

/**
 * Runs a guided flow on the test database `t` (read when the flow runs) from a script, in the agent's
 * language `lang`, and checks that every step was used.
 */
export function flowRunner(t: { readonly db: Db }) {
  return async (
    flow: (s: Session) => Promise<void>,
    steps: readonly Step[],
    lang: 'nb' | 'en' = 'nb',
  ): Promise<ScriptedSession> => {
    const script = scriptedSession(testDeps(t.db), steps, { lang });
    await flow(script.session);
    expect(script.left()).toEqual([]);
    return script;
  };
}

/**
 * An English agent pasting a ticket on the test database `t` (read when the flow runs), with replies in
 * English and the ticket read as on 7 December 2026: `paste(raw, steps)` answers the flow from the steps
 * and checks that every step was used.
 */
export function englishPasteRunner(t: { readonly db: Db }) {
  const read = pastedTicketReader({ readTicket, triageTicket }, () => '2026-12-07');
  return async (raw: string, steps: readonly Step[]): Promise<ScriptedSession> => {
    const script = scriptedSession(testDeps(t.db), [[/Paste the ticket/, raw], ...steps], {
      lang: 'en',
      replyLang: 'en',
    });
    await pastedTicket(script.session, read, entries({ readTicket: read }));
    expect(script.left()).toEqual([]);
    return script;
  };
}
