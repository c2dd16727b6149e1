// W20 in the guided mode: "what do you store about me?" and "delete me". The flow writes nothing itself:
// it ends in the reply to paste or in the `kursdesk privacy` command to run, and an erasure command is
// given without --yes, so the command asks its own confirmation before anything goes.

import { greetingName } from '../../domain/replies/answers.js';
import { shellWord } from '../../domain/shell-words.js';
import { wrapCommand } from '../../output/wrap.js';
import { accountWord, pickLearner, type Session, say, showReply, ticketDeps } from '../session.js';
import { facts, heading, WIDTH } from '../show.js';

type Request = 'export' | 'erase' | 'question';

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
      [say(s, 'registrert e-post', 'registered e-mail'), learner.email],
      ['status', accountWord(s, learner.status)],
    ]),
  );
  const request = await s.term.select<Request>(say(s, 'Hva ber personen om?', 'What does the person ask?'), [
    {
      value: 'export',
      name: say(s, 'Innsyn: hva vi lagrer (eksport til fil)', 'Access: what we keep (export to a file)'),
    },
    {
      value: 'erase',
      name: say(s, 'Sletting av kontoen (anonymisering)', 'Erasure of the account (anonymise)'),
    },
    {
      value: 'question',
      name: say(s, 'Bare spørsmål om hva vi lagrer', 'Only a question about what we keep'),
    },
  ]);
  const reply = {
    topic: 'personal-data',
    facts: { firstName: greetingName(learner.name, s.hints) },
  } as const;
  if (request === 'question') {
    await showReply(s, reply);
    return;
  }
  // The request must come from the person: from the address the account is registered with.
  const fromThem = await s.term.confirm(
    say(
      s,
      `Kommer henvendelsen fra ${learner.email}, adressen kontoen er registrert med?`,
      `Does the request come from ${learner.email}, the address the account is registered with?`,
    ),
    false,
  );
  if (!fromThem) {
    s.note(
      say(
        s,
        'Ikke bekreftet at henvendelsen er fra personen: svaret ber om at de svarer fra den registrerte adressen.',
        'Not confirmed that the request is from the person: the reply asks them to answer from the registered address.',
      ),
    );
    await showReply(s, reply);
    return;
  }
  await ticketDeps(s);
  const ticket = s.ticket ? ` --ticket ${shellWord(s.ticket)}` : '';
  if (request === 'export') {
    // The command writes the file (readable only by the agent) and prints the covering answer.
    s.note(
      say(
        s,
        'Lag filen med alt vi lagrer, og legg den ved svaret kommandoen skriver:',
        'Write the file with everything we keep, and attach it to the reply the command prints:',
      ),
    );
    pasteable(
      s,
      `kursdesk privacy export ${learner.id} --out personopplysninger-${learner.id}.json${ticket} --reply ${s.replyLang}`,
    );
    return;
  }
  s.note(
    say(
      s,
      'Sletting kan ikke angres: navn, e-post, fødselsdato og HMS-kort forsvinner, og kursbevisene trekkes tilbake. Se først hva som går (skriver ingenting), så slett; kommandoen spør selv før den sletter:',
      'Erasure cannot be undone: names, e-mails, birth date and HMS card go, and the certificates are revoked. First see what would go (writes nothing), then erase; the command asks before it erases:',
    ),
  );
  const reason = shellWord(say(s, 'personen ba om sletting', 'erasure requested by the learner'));
  pasteable(s, `kursdesk privacy erase ${learner.id}${ticket} --reason ${reason} --dry-run`);
  pasteable(s, `kursdesk privacy erase ${learner.id}${ticket} --reason ${reason}`);
  // The reply tells the person it is done: for after the command has erased (the greeting's name is
  // taken now, while the account still has one).
  s.note(
    say(
      s,
      'Når kommandoen har slettet kontoen, sender du dette svaret:',
      'When the command has erased the account, send this reply:',
    ),
  );
  await showReply(s, { topic: 'personal-data-erased', facts: reply.facts });
}
