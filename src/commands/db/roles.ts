// `kursdesk db roles …`: who may do what on a shared PostgreSQL server, enforced by the server.
import type { Command } from 'commander';
import type { RoleKind } from '../../db/errors.js';
import { text as coded } from '../../domain/messages/index.js';
import { noticeIn, UsageError } from '../../errors.js';
import { render } from '../../output/render.js';
import { examples, type Runner } from '../runner.js';

const KINDS = ['agent', 'admin', 'readonly'] as const;

export function registerRoles(db: Command, run: Runner): void {
  const roles = db
    .command('roles')
    .description('server roles on PostgreSQL: readonly (look-ups), agent (the workflows), admin (the rest)');

  roles
    .command('setup')
    .description(
      'create the group roles and grant each what its commands need (run once, by the database owner)',
    )
    .option('--prefix <name>', 'role names start with this (several desks on one server)', 'kursdesk')
    .addHelpText(
      'after',
      examples(
        'kursdesk db roles setup --db postgres://owner@db.internal/kursdesk',
        'kursdesk db roles setup --prefix desk_north --db postgres://owner@db.internal/north',
      ),
    )
    .action(async (options: { prefix: string }, command: Command) =>
      run(command, async (ctx) => {
        const { setupDatabaseRoles } = await import('../../workflows/database.js');
        const done = await setupDatabaseRoles(await ctx.db(), ctx.actor(), options.prefix);
        await render(ctx, {
          kind: 'list',
          rows: KINDS.map((kind) => ({
            role: done.names[kind],
            kind,
            created: done.created.includes(done.names[kind]),
          })),
          columns: ['role', 'kind', 'created'],
          idField: 'role',
        });
        ctx.io.note(noticeIn(coded('note.roles-ready'), ctx.env));
        return undefined;
      }),
    );

  roles
    .command('grant')
    .description('give a database login one kursdesk role (replacing the one it had); needs the admin role')
    .argument('<login>', 'an existing login role on the server')
    .argument('<role>', 'agent, admin or readonly')
    .addHelpText(
      'after',
      examples(
        'kursdesk db roles grant anna agent --ticket OPS-7',
        'kursdesk db roles grant reports readonly',
        'kursdesk db roles grant ola admin --db postgres://owner@db.internal/kursdesk',
      ),
    )
    .action(async (login: string, role: string, _options: unknown, command: Command) =>
      run(command, async (ctx) => {
        if (!(KINDS as readonly string[]).includes(role))
          throw new UsageError(coded('db.bad-role-kind', { given: role }));
        const { changeDatabaseRole } = await import('../../workflows/database.js');
        const done = await changeDatabaseRole(await ctx.db(), ctx.actor(), login, role as RoleKind);
        const granted = { login, role: done.names[role as RoleKind], before: done.before };
        ctx.io.note(noticeIn(coded('note.role-granted', granted), ctx.env));
        return undefined;
      }),
    );

  roles
    .command('revoke')
    .description('take every kursdesk role from a database login; needs the admin role')
    .argument('<login>', 'an existing login role on the server')
    .addHelpText(
      'after',
      examples(
        'kursdesk db roles revoke anna --ticket OPS-9',
        'kursdesk db roles revoke reports --db postgres://owner@db.internal/kursdesk',
      ),
    )
    .action(async (login: string, _options: unknown, command: Command) =>
      run(command, async (ctx) => {
        const { changeDatabaseRole } = await import('../../workflows/database.js');
        const done = await changeDatabaseRole(await ctx.db(), ctx.actor(), login, null);
        ctx.io.note(noticeIn(coded('note.role-revoked', { login, before: done.before }), ctx.env));
        return undefined;
      }),
    );
}
