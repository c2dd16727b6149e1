// `kursdesk config …`: the settings in use and where each comes from, and the profiles of the config
// file. Passwords are never printed, and never taken from the command line (they would show in ps).
import { type Command, Option } from 'commander';
import {
  isSettingKey,
  redactSetting,
  SETTING_KEYS,
  SETTINGS,
  type SettingKey,
  urlPassword,
} from '../../context/config.js';
import type { Ctx } from '../../context/context.js';
import { DEFAULT_ISSUER, DEFAULT_VERIFY_URL } from '../../context/signing-key.js';
import { parsePortalUrl } from '../../domain/link-policy.js';
import { text as coded } from '../../domain/messages/index.js';
import { holdsNationalId } from '../../domain/national-id.js';
import { noticeIn, UsageError } from '../../errors.js';
import { render } from '../../output/render.js';
import { readStdinValue } from '../input.js';
import { examples, type Runner } from '../runner.js';

/**
 * The context refuses a profile the file does not have, except for the verbs that write one: this hidden
 * option, always on, tells it so (the context sees only options).
 */
function createsProfile(): Option {
  return new Option('--creates-profile').hideHelp().default(true);
}

/** What the program uses when nothing sets a value, so `config list` shows the whole truth. */
function builtInDefault(ctx: Ctx, key: SettingKey): string | undefined {
  if (key === 'db') return ctx.dbTarget.display;
  if (key === 'agent') return ctx.agent;
  if (key === 'lang') return 'nb';
  if (key === 'cert_issuer') return DEFAULT_ISSUER;
  if (key === 'cert_verify_url') return DEFAULT_VERIFY_URL;
  return undefined;
}

function settingKey(text: string): SettingKey {
  if (!isSettingKey(text))
    throw new UsageError(coded('config.not-a-setting', { given: text }), {
      hint: coded('hint.settings', { keys: SETTING_KEYS }),
    });
  return text;
}

const SETTINGS_HELP = `
Settings (each stands for an environment variable, which wins over the profile;
a flag wins over both):
${SETTING_KEYS.map((k) => `  ${k.padEnd(16)}${SETTINGS[k].env}\n${' '.repeat(18)}${SETTINGS[k].about}`).join('\n')}

The file is YAML and owner-only (kursdesk writes it with mode 600; a file that
holds a password and that others can read is refused):
  profile: desk             # when neither --profile nor KURSDESK_PROFILE is given
  profiles:
    desk:
      db: postgres://anna@db.internal:5432/kursdesk
      portal_url: https://kurs.example.no
    test:
      db: ~/kursdesk-test.db
A profile named default is used when nothing else chooses one. Database
passwords belong in PGPASSWORD or ~/.pgpass, not in the file; an SMTP password
may be in smtp_url (give - as the value and type it, so it stays out of ps).`;

export function register(parent: Command, run: Runner): void {
  const config = parent
    .command('config')
    .description('settings and named profiles in the config file: list, get, set, unset, path')
    .addHelpText('after', SETTINGS_HELP);

  config
    .command('list')
    .description('every setting in use, its value (passwords hidden) and where it comes from')
    .addHelpText(
      'after',
      examples('kursdesk config list', 'kursdesk config list --profile test --format json'),
    )
    .action(async (_options: unknown, command: Command) =>
      run(command, async (ctx) => {
        const rows = SETTING_KEYS.map((key) => {
          const setting = ctx.config.setting(key);
          const { source } = setting;
          const value = setting.value ?? builtInDefault(ctx, key);
          return {
            key,
            value: value === undefined ? '' : redactSetting(value),
            source,
            env: SETTINGS[key].env,
          };
        });
        await render(ctx, { kind: 'list', rows, columns: ['key', 'value', 'source', 'env'], idField: 'key' });
        const { profile } = ctx.config;
        ctx.io.note(
          noticeIn(
            coded('config.profile-in-use', {
              name: profile.name || undefined,
              from: profile.from,
              path: ctx.config.path,
            }),
            ctx.env,
          ),
        );
        return undefined;
      }),
    );

  config
    .command('get')
    .description('the value in use for one setting (a password shows as ***); exit 3 when unset')
    .argument('<key>', `one of ${SETTING_KEYS.join(', ')}`)
    .addHelpText('after', examples('kursdesk config get portal_url', 'kursdesk config get db --profile test'))
    .action(async (key: string, _options: unknown, command: Command) =>
      run(command, async (ctx) => {
        const { value } = ctx.config.setting(settingKey(key));
        if (value === undefined) {
          ctx.io.note(noticeIn(coded('config.not-set', { key }), ctx.env));
          return 3;
        }
        ctx.io.out(`${redactSetting(value)}\n`);
        return undefined;
      }),
    );

  config
    .command('set')
    .addOption(createsProfile())
    .description('set one setting in a profile (the one in use, or default); - reads the value from stdin')
    .argument('<key>', `one of ${SETTING_KEYS.join(', ')}`)
    .argument('<value>', 'the value; - reads it from stdin')
    .addHelpText(
      'after',
      examples(
        'kursdesk config set portal_url https://kurs.example.no',
        'kursdesk config set lang en',
        'kursdesk config set smtp_url - < smtp-url.txt',
      ),
    )
    .action(async (keyText: string, rawValue: string, _options: unknown, command: Command) =>
      run(command, async (ctx) => {
        const key = settingKey(keyText);
        const value = (await readStdinValue(ctx, rawValue)) ?? rawValue;
        // A language the guided mode does not speak would only fail later, at `kursdesk guide`.
        if (key === 'lang' && value !== 'nb' && value !== 'en')
          throw new UsageError(coded('config.bad-lang', { given: value }), { hint: coded('hint.langs') });
        if (rawValue !== '-' && urlPassword(value) !== undefined)
          throw new UsageError(coded('config.password-on-command-line'), {
            hint: coded('hint.password-on-stdin', { db: key === 'db' }),
          });
        if (key === 'db' && urlPassword(value) !== undefined)
          throw new UsageError(coded('config.db-password'), { hint: coded('hint.db-password-elsewhere') });
        // The address links point at: refused now, not when the first link is issued (doctor agrees).
        if (key === 'portal_url') {
          const portal = parsePortalUrl(value);
          if (!portal.ok) {
            // The reason may quote the value: a password in it (from stdin) is masked, as doctor does.
            const masked = maskUrlPassword(value);
            const reason =
              portal.text?.code === 'portal-url.not-a-url'
                ? coded('portal-url.not-a-url', { value: masked })
                : (portal.text ?? portal.error.replaceAll(value, masked));
            throw new UsageError(coded('config.bad-portal-url', { reason }));
          }
        }
        // Refused here too: kept in the profile, it would make every change refuse to run.
        if (key === 'agent' && holdsNationalId(value))
          throw new UsageError(coded('option.national-id-in-reference', { option: '--agent' }));
        const profile = ctx.config.profile.name ?? 'default';
        const { writeSetting } = await import('../../context/config.js');
        await writeSetting(ctx.config.path, profile, key, value);
        ctx.io.note(
          noticeIn(
            coded('config.set', { key, value: redactSetting(value), profile, path: ctx.config.path }),
            ctx.env,
          ),
        );
        return undefined;
      }),
    );

  config
    .command('unset')
    .addOption(createsProfile())
    .description('remove one setting from the profile in use')
    .argument('<key>', `one of ${SETTING_KEYS.join(', ')}`)
    .addHelpText(
      'after',
      examples('kursdesk config unset smtp_url', 'kursdesk config unset db --profile test'),
    )
    .action(async (keyText: string, _options: unknown, command: Command) =>
      run(command, async (ctx) => {
        const key = settingKey(keyText);
        const profile = ctx.config.profile.name ?? 'default';
        const { writeSetting } = await import('../../context/config.js');
        if (await writeSetting(ctx.config.path, profile, key, undefined))
          ctx.io.note(noticeIn(coded('config.removed', { key, profile }), ctx.env));
        else ctx.io.note(noticeIn(coded('config.was-not-set', { key, profile }), ctx.env));
        return undefined;
      }),
    );

  config
    .command('path')
    .description('print where the config file is (it may not exist yet)')
    .addHelpText('after', examples('kursdesk config path', 'kursdesk config path | xargs chmod 600'))
    .action(async (_options: unknown, command: Command) =>
      run(command, async (ctx) => {
        ctx.io.out(`${ctx.config.path}\n`);
        return undefined;
      }),
    );
}

/** A value with a URL's password masked, also where the rest of it is no URL (`https://kari:pw@ bad`). */
function maskUrlPassword(value: string): string {
  const redacted = redactSetting(value);
  return redacted.replace(/(\/\/[^/@:\s]*):[^@/]*@/g, '$1:***@');
}
