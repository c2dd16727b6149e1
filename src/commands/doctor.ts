// `kursdesk doctor`: is the database reachable, current and what kind is it; are the keys, the portal URL,
// the SMTP server and the certificate issuer set up, and how to fix what is not.
import type { Command } from 'commander';
import { text as coded, type Notice } from '../domain/messages/index.js';
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
        const { doctorReport, doctorAccessProblem } = await import('../workflows/database.js');
        const db = await ctx.rawDb();
        const report = (await doctorAccessProblem(db)) ?? (await doctorReport(db));
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
        // Coded checks in the agent's language on the screen; JSON, YAML and CSV stay English for scripts.
        const shown = (value: Notice | undefined) =>
          value === undefined || typeof value === 'string'
            ? value
            : ctx.format === 'table'
              ? noticeIn(value, ctx.env)
              : value.in('en');
        const refused = 'access' in report;
        const database = refused
          ? {
              ...report,
              server_roles: shown(report.server_roles),
              schema: shown(report.schema),
              access: shown(report.access),
            }
          : {
              ...report,
              pending_migrations: report.pending_migrations.join(', ') || 'none',
              newer_migrations: report.newer_migrations.join(', ') || 'none',
              ...(report.schema ? { schema: shown(report.schema) } : {}),
              rows: undefined,
            };
        const record: Record<string, unknown> = {
          ...database,
          national_id_key: keyState,
          config: `${ctx.config.path}${profile.name ? ` (profile ${profile.name})` : ''}`,
          ...Object.fromEntries(
            settings.map((c) => [c.name, `${c.state}: ${c.detail}${c.fix ? ` — ${c.fix}` : ''}`]),
          ),
          ...(refused
            ? {}
            : Object.fromEntries(Object.entries(report.rows).map(([t, n]) => [`rows.${t}`, n]))),
        };
        delete record.rows;
        await render(ctx, { kind: 'record', record, fields: Object.keys(record), idField: 'database' });
        if (refused) ctx.io.warn(`access: ${noticeIn(report.access, ctx.env)}`);
        else if (report.schema?.code === 'doctor.schema-missing')
          ctx.io.warn(`schema: ${noticeIn(report.schema, ctx.env)}`);
        for (const c of settings.filter((c) => c.state === 'problem'))
          ctx.io.warn(
            noticeIn(coded('note.setting-problem', { name: c.name, detail: c.detail, fix: c.fix }), ctx.env),
          );
        const pending = !refused && report.pending_migrations.length > 0;
        const newer = refused ? [] : report.newer_migrations;
        const problems =
          refused ||
          pending ||
          newer.length > 0 ||
          keyState.startsWith('problem') ||
          settings.some((c) => c.state === 'problem');
        if (pending) ctx.io.warn(noticeIn(coded('note.pending-migrations'), ctx.env));
        // What every other command refuses with, here one of the checks: the rest of the report still shows.
        if (newer.length > 0)
          ctx.io.warn(
            `${noticeIn(coded('migrate.unknown-migrations', { names: newer }), ctx.env)} — ${noticeIn(coded('hint.upgrade'), ctx.env)}`,
          );
        return problems ? 1 : 0;
      }),
    );
}
