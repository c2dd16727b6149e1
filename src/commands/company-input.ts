// A company named on the command line or in a prompt, by org number or name: the resolver's answer told
// as a user needs it. A unique match is taken and said on stderr; several are a numbered choice in a
// terminal, else a short list and exit 4; none is exit 3 with the command that registers a company.
import type { Ctx } from '../context/context.js';
import { text as coded } from '../domain/messages/index.js';
import { orgNumberShown } from '../domain/org-number.js';
import { ConflictError, NotFoundError, noticeIn, UsageError } from '../errors.js';
import type { CompanyResolution } from '../workflows/companies/resolve.js';

export interface CompanySpec {
  /** The flag as typed, e.g. `--employer`. */
  flag: string;
  raw: string | undefined;
  /** Asked in a terminal when the flag is missing; without it the value is optional. */
  question?: string;
  /** Customers (default) or the units of the register extract (registry lookup). */
  among?: 'customers' | 'register';
}

async function resolution(ctx: Ctx, among: CompanySpec['among'], text: string): Promise<CompanyResolution> {
  const { resolveCustomer, resolveRegisterUnit } = await import('../workflows/companies/resolve.js');
  const deps = { db: await ctx.db() };
  return among === 'register' ? resolveRegisterUnit(deps, text) : resolveCustomer(deps, text);
}

/** The org number meant, or undefined when the flag is optional and absent. */
export async function companyValue(ctx: Ctx, spec: CompanySpec): Promise<string | undefined> {
  let text = spec.raw;
  if (text === undefined) {
    if (spec.question === undefined) return undefined;
    if (!ctx.prompter.canPrompt)
      throw new UsageError(coded('option.missing-no-terminal', { option: spec.flag }));
    text = await ctx.prompter.input(spec.question, {
      validate: (v) => (v.trim().length >= 2 ? true : 'give a name or an org number'),
    });
  }
  const found = await resolution(ctx, spec.among, text);
  switch (found.kind) {
    case 'org-number':
      return found.orgNumber;
    case 'invalid-org-number':
      throw new UsageError(
        spec.flag.startsWith('-')
          ? coded('option.refused', { option: spec.flag, reason: found.text ?? found.error })
          : coded('option.org-number-refused', {
              shown: orgNumberShown(found.query),
              reason: found.text ?? found.error,
            }),
      );
    case 'unique':
      ctx.io.note(
        noticeIn(
          coded('note.company-resolved', {
            flag: spec.flag,
            query: found.query,
            name: found.company.name,
            orgNumber: found.company.org_number,
          }),
          ctx.env,
        ),
      );
      return found.company.org_number;
    case 'none':
      throw new NotFoundError(
        coded('company-input.none', {
          among: spec.among === 'register' ? 'register' : 'customers',
          query: found.query,
        }),
        {
          hint:
            spec.among === 'register'
              ? coded('hint.load-extract-or-org-number')
              : coded('hint.search-or-register-company'),
        },
      );
    case 'several': {
      const label = (c: (typeof found.candidates)[number]) =>
        `${c.org_number}  ${c.name}${c.detail ? ` (${c.detail})` : ''}`;
      if (ctx.prompter.canPrompt) {
        return ctx.prompter.select(
          `'${found.query}' matches ${found.more ? 'more than ' : ''}${found.candidates.length} companies: which one?`,
          found.candidates.map((c) => ({ value: c.org_number, name: label(c) })),
        );
      }
      found.candidates.forEach((c, i) => {
        ctx.io.err(`  ${String(i + 1).padStart(2)}. ${label(c)}\n`);
      });
      if (found.more) ctx.io.err('  … and more: give more of the name\n');
      throw new ConflictError(
        coded('company-input.several', {
          query: found.query,
          more: found.more,
          count: found.candidates.length,
        }),
        {
          hint: spec.flag.startsWith('-')
            ? coded('hint.give-org-number-flag', { flag: spec.flag })
            : coded('hint.give-org-number'),
        },
      );
    }
  }
}
