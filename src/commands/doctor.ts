// `kursdesk doctor`: is the database reachable, current and what kind is it; are the keys, the portal URL,
// the SMTP server and the certificate issuer set up, and how to fix what is not.
import type { Command } from 'commander';
import { text as coded } from '../domain/messages/index.js';
import { noticeIn } from '../errors.js';
import { render } from '../output/render.js';
import { examples, type Runner } from './runner.js';

export function register(parent: Command, run: Runner): void {
  parent
    .command('doctor')
    .description(
      'check the database, schema, keys, portal URL, SMTP (a handshake) and certificate issuer; exit 1 on a problem',
    )
    .addHelpText(
      'after',
      examples('kursdesk doctor', 'kursdesk doctor --db postgres://postgres@127.0.0.1/test --format json'),
    )
    .action(async (_options: unknown, command: Command) =>
      run(command, async (ctx) => {
        const { doctorReport } = await import('../workflows/database.js');
        const report = await doctorReport(await ctx.rawDb());
        let keyState = 'ok';
        try {
          ctx.secret();
          keyState = ctx.env.KURSDESK_SECRET ? 'KURSDESK_SECRET' : 'key file';
        } catch (error) {
          keyState = `problem: ${(error as Error).message}`;
        }
        const { checkSettings } = await import('../workflows/settings-check.js');
        const { verifySmtp } = await import('../mail/smtp.js');
        const settings = await checkSettings({ env: ctx.env, verifySmtp });
        const { profile } = ctx.config;
        const record = {
          ...report,
          pending_migrations: report.pending_migrations.join(', ') || 'none',
          national_id_key: keyState,
          config: `${ctx.config.path}${profile.name ? ` (profile ${profile.name})` : ''}`,
          ...Object.fromEntries(
            settings.map((c) => [c.name, `${c.state}: ${c.detail}${c.fix ? ` — ${c.fix}` : ''}`]),
          ),
          rows: undefined,
          ...Object.fromEntries(Object.entries(report.rows).map(([t, n]) => [`rows.${t}`, n])),
        };
        delete record.rows;
        await render(ctx, { kind: 'record', record, fields: Object.keys(record), idField: 'database' });
        for (const c of settings.filter((c) => c.state === 'problem'))
          ctx.io.warn(
            noticeIn(coded('note.setting-problem', { name: c.name, detail: c.detail, fix: c.fix }), ctx.env),
          );
        const problems =
          report.pending_migrations.length > 0 ||
          keyState.startsWith('problem') ||
          settings.some((c) => c.state === 'problem');
        if (report.pending_migrations.length > 0)
          ctx.io.warn(noticeIn(coded('note.pending-migrations'), ctx.env));
        return problems ? 1 : 0;
      }),
    );
}
