// `kursdesk privacy export`: everything stored about one learner, as a JSON file for the person, with a
// short summary on stdout and (--reply) the covering answer to paste.
import { closeSync, writeSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { openOutputFile, outputFileError } from '../../output/output-file.js';
import { render } from '../../output/render.js';
import { LEARNER_ARGUMENT, learnerArgument } from '../input.js';
import { examples, forTickets, type Runner } from '../runner.js';

const REPLIES = {
  nb: (file: string) =>
    `Hei,\n\nVedlagt er en kopi av opplysningene kurssystemet vårt har om deg (${file}): konto, e-post- og arbeidsgiverhistorikk, HMS-kort, påmeldinger, kurs og kursbevis, lenker vi har sendt deg, e-post og loggføringer av endringer. Fødselsnummeret ditt lagrer vi ikke, bare en enveis kontrollsum som hindrer at samme person får to kontoer.\n\nGi beskjed hvis noe er feil, eller om du vil at vi skal slette kontoen.\n\nVennlig hilsen\nKursstøtte\n`,
  nn: (file: string) =>
    `Hei,\n\nVedlagt er ein kopi av opplysningane kurssystemet vårt har om deg (${file}): konto, e-post- og arbeidsgivarhistorikk, HMS-kort, påmeldingar, kurs og kursbevis, lenker vi har sendt deg, e-post og loggføringar av endringar. Fødselsnummeret ditt lagrar vi ikkje, berre ein einvegs kontrollsum som hindrar at same person får to kontoar.\n\nGje beskjed om noko er feil, eller om du vil at vi skal slette kontoen.\n\nVenleg helsing\nKursstøtte\n`,
  en: (file: string) =>
    `Hello,\n\nAttached is a copy of what our course system holds about you (${file}): your account, e-mail and employer history, HMS card, bookings, courses and certificates, links and e-mails we sent you, and the log of changes made to your data. We do not store your national ID number, only a one-way checksum that keeps one account per person.\n\nLet us know if anything is wrong, or if you would like us to delete your account.\n\nKind regards\nCourse support\n`,
} as const;

export function registerExport(privacy: Command, run: Runner): void {
  privacy
    .command('export')
    .description('write everything stored about one learner to a JSON file (an access request; audited)')
    .argument('<learner>', LEARNER_ARGUMENT)
    .requiredOption('--out <file>', 'the JSON file to write (readable only by you)')
    .option('--reply <lang>', 'also print the covering answer: nb, nn or en')
    .addHelpText(
      'after',
      forTickets('what do you store about me?') +
        examples(
          'kursdesk privacy export kari.nordmann@banesignal.test --out kari.json --ticket SUP-5120 --reply nb',
          'kursdesk privacy export 42 --out /tmp/42.json --format json',
        ),
    )
    .action(async (learner: string, options: { out: string; reply?: string }, command: Command) =>
      run(command, async (ctx) => {
        if (options.reply !== undefined && !Object.hasOwn(REPLIES, options.reply))
          throw new UsageError(`--reply must be nb, nn or en, not '${options.reply.slice(0, 10)}'`);
        const { exportPersonalData } = await import('../../workflows/privacy.js');
        const data = await exportPersonalData(await ctx.deps(), await learnerArgument(ctx, learner));
        const fd = openOutputFile('--out', options.out);
        try {
          writeSync(fd, `${JSON.stringify(data, null, 2)}\n`);
        } catch (error) {
          throw outputFileError('--out', options.out, error);
        } finally {
          closeSync(fd);
        }
        const counts = Object.entries(data)
          .filter(([, v]) => Array.isArray(v))
          .map(([section, v]) => ({ section, entries: (v as unknown[]).length }));
        await render(ctx, {
          kind: 'list',
          rows: counts,
          columns: ['section', 'entries'],
          idField: 'section',
        });
        ctx.io.note(`wrote everything stored about learner ${data.learner_id} to ${options.out}`);
        if (options.reply)
          ctx.io.out(
            `\n${REPLIES[options.reply as keyof typeof REPLIES](options.out.split('/').pop() ?? '')}`,
          );
        return undefined;
      }),
    );
}
