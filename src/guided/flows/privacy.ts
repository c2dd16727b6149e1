// W20 in the guided mode: "what do you store about me?" and "delete me". The flow writes nothing itself:
// it ends in the reply to paste or in the `kursdesk privacy` command to run, and an erasure command is
// given without --yes, so the command asks its own confirmation before anything goes.

import { text } from '../../domain/messages/index.js';
import { greetingName } from '../../domain/replies/answers.js';
import { shellWord } from '../../domain/shell-words.js';
import { wrapCommand } from '../../output/wrap.js';
import {
  accountWord,
  pickLearner,
  replyVoice,
  type Session,
  said,
  showReply,
  ticketDeps,
} from '../session.js';
import { facts, heading, WIDTH } from '../show.js';

type Request = 'export' | 'erase' | 'both' | 'question';

/** The login on file, whole (the picked learner's is masked), lower-cased as the ticket's sender is. */
async function loginOf(s: Session, id: number): Promise<string | undefined> {
  const { userById } = await import('../../db/queries/users.js');
  return (await userById(s.deps.db.kysely, id))?.email.toLowerCase();
}

function pasteable(s: Session, command: string): void {
  s.note(
    wrapCommand(`$ ${command}`, WIDTH - 2, '      ')
      .map((l) => `  ${l}`)
      .join('\n'),
  );
}

export async function personalData(s: Session): Promise<void> {
  const learner = await pickLearner(s);
  s.out(heading(`${learner.name} (id ${learner.id})`));
  s.out(
    facts([
      [said(s, text('guided-says.registered-e-mail')), learner.email],
      ['status', accountWord(s, learner.status)],
    ]),
  );
  const request = await s.term.select<Request>(said(s, text('guided-says.what-does-person-ask-privacy')), [
    {
      value: 'export',
      name: said(s, text('guided-says.access-what-we-keep-export')),
    },
    {
      value: 'erase',
      name: said(s, text('guided-says.erasure-account-anonymise')),
    },
    { value: 'both', name: said(s, text('walk15.privacy-both')) },
    {
      value: 'question',
      name: said(s, text('guided-says.only-question-about-what-we')),
    },
  ]);
  const reply = {
    topic: 'personal-data',
    facts: { firstName: greetingName(learner.name, { signed: s.hints }) },
  } as const;
  // Written by someone else (HR, a parent): nothing is exported or erased on their word; the reply
  // says the person must ask from their login, and a guardian how to do that with them.
  if (s.writer) {
    await showReply(s, {
      topic: 'personal-data',
      facts: { ...replyVoice(s, learner.name), ...(s.writer.guardian ? { guardian: true } : {}) },
    });
    return;
  }
  if (request === 'question') {
    await showReply(s, reply);
    return;
  }
  // The request must come from the person: from the address the account is registered with. A pasted
  // ticket says who sent it; only without one (the menu, a ticket with no From line) is the agent asked.
  const fromThem =
    s.sender !== undefined
      ? s.sender === (await loginOf(s, learner.id))
      : await s.term.confirm(
          said(s, text('guided-asks.request-from-login', { email: learner.email })),
          false,
        );
  if (!fromThem) {
    s.note(said(s, text('guided-says.not-confirmed-request-from-person')));
    await showReply(s, reply);
    return;
  }
  await ticketDeps(s);
  const ticket = s.ticket ? ` --ticket ${shellWord(s.ticket)}` : '';
  const file = `personopplysninger-${learner.id}.json`;
  if (request === 'export' || request === 'both') {
    // The command writes the file (readable only by the agent) and prints the covering answer.
    s.note(said(s, text('guided-says.write-file-everything-we-keep')));
    pasteable(s, `kursdesk privacy export ${learner.id} --out ${file}${ticket} --reply ${s.replyLang}`);
  }
  if (request === 'export') {
    // The covering answer here too, so the flow ends in a reply to paste (the file goes with it).
    await showReply(s, { topic: 'personal-data-exported', facts: { ...reply.facts, file } });
    return;
  }
  s.note(said(s, text('guided-says.erasure-cannot-undone-names-e')));
  const reason = shellWord(said(s, text('guided-says.erasure-requested-learner')));
  pasteable(s, `kursdesk privacy erase ${learner.id}${ticket} --reason ${reason} --dry-run`);
  pasteable(s, `kursdesk privacy erase ${learner.id}${ticket} --reason ${reason}`);
  // The reply tells the person it is done: for after the command has erased (the greeting's name is
  // taken now, while the account still has one).
  s.note(said(s, text('guided-says.when-command-has-erased-account')));
  // Both asked: one reply, the copy attached and the account deleted.
  if (request === 'both')
    await showReply(s, { topic: 'personal-data-exported', facts: { ...reply.facts, file, erased: true } });
  else await showReply(s, { topic: 'personal-data-erased', facts: reply.facts });
}
