// The pure rules of links and their mail: tokens and their parsing, link states, the portal URL and the
// limits from the environment, address checks, sealing, templates, replies and the retry schedule.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMON_MAIL_DOMAINS, checkAddress, likelyDomainTypo } from '../../src/domain/address-checks.js';
import { bodyForAgents, fillToken, linkMail, TOKEN_PLACEHOLDER } from '../../src/domain/link-mail.js';
import {
  lifetimeText,
  linkPolicyFrom,
  parsePortalUrl,
  portalBaseFrom,
} from '../../src/domain/link-policy.js';
import {
  hashLinkToken,
  linkKindFor,
  linkStatus,
  linkUrl,
  newLinkToken,
  parseTokenInput,
  TOKEN_LENGTH,
} from '../../src/domain/link-tokens.js';
import {
  mailSettingsFrom,
  nextAttemptAt,
  parseSender,
  parseSmtpUrl,
} from '../../src/domain/mail-settings.js';
import { linkReply } from '../../src/domain/replies/links.js';
import { sealToken, unsealToken } from '../../src/domain/sealed-token.js';
import { ExitCode, type UserError } from '../../src/errors.js';

const BASE64URL_TOKEN = fc
  .uint8Array({ minLength: 32, maxLength: 32 })
  .map((bytes) => Buffer.from(bytes).toString('base64url'));

function thrown(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    return error as UserError;
  }
  throw new Error('expected an error');
}

describe('tokens', () => {
  it('are 43 base64url characters (256 bits) and all different', () => {
    const tokens = new Set(Array.from({ length: 10_000 }, newLinkToken));
    expect(tokens.size).toBe(10_000);
    for (const token of [...tokens].slice(0, 100)) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from([...tokens][0]!, 'base64url')).toHaveLength(32);
    // None reads as a command-line option when pasted into `links check`.
    expect([...tokens].filter((t) => t.startsWith('-'))).toEqual([]);
  });

  it('are stored as their SHA-256, which does not contain them', () => {
    const token = newLinkToken();
    expect(hashLinkToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashLinkToken(token)).toBe(hashLinkToken(token));
    expect(hashLinkToken(token)).not.toContain(token);
  });

  it('go at the end of the portal URL, under a path per kind', () => {
    expect(linkUrl('https://kurs.example.no', 'activation', 'T')).toBe(
      'https://kurs.example.no/account/activate/T',
    );
    expect(linkUrl('https://kurs.example.no/portal', 'reset', 'T')).toBe(
      'https://kurs.example.no/portal/account/reset-password/T',
    );
  });

  it('accounts that never set a password get activation, others reset', () => {
    expect(linkKindFor({ status: 'pending', password_set_at: null })).toBe('activation');
    expect(linkKindFor({ status: 'active', password_set_at: null })).toBe('activation');
    expect(linkKindFor({ status: 'active', password_set_at: '2026-01-01T00:00:00.000Z' })).toBe('reset');
  });
});

describe('parseTokenInput', () => {
  it('reads a token, or the link around it however the learner pasted it (property)', () => {
    fc.assert(
      fc.property(
        BASE64URL_TOKEN,
        fc.constantFrom(
          '%s',
          'https://kurs.example.no/account/activate/%s',
          '<https://kurs.example.no/account/reset-password/%s>.',
          ' "%s" ',
          'https://kurs.example.no/account/activate/%s)',
        ),
        (token, shape) => {
          const parsed = parseTokenInput(shape.replace('%s', token));
          expect(parsed).toMatchObject({ ok: true, value: { token } });
        },
      ),
    );
  });

  it('joins a link a mail client wrapped over two lines', () => {
    const token = newLinkToken();
    const wrapped = `https://kurs.example.no/account/activate/${token.slice(0, 20)}\n${token.slice(20)}`;
    expect(parseTokenInput(wrapped)).toEqual({
      ok: true,
      value: { token, origin: 'https://kurs.example.no' },
    });
  });

  it.each([
    ['a cut-off token', 'abc123', /6 characters \(was the link cut off\?\)/],
    ['a token with a stray character', `${'a'.repeat(42)}$`, /characters a token never has/],
    ['something with a slash that is no URL', 'foo/bar', /neither a token nor a whole link/],
    ['a link without a token', 'https://kurs.example.no/account/activate/', /last part is not a link token/],
    ['nothing', '  ', /no token given/],
  ])('refuses %s, without repeating it', (_what, input, message) => {
    const parsed = parseTokenInput(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toMatch(message);
      if (input.trim().length > 3) expect(parsed.error).not.toContain(input.trim());
    }
  });

  it('never throws, whatever it gets (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const parsed = parseTokenInput(text);
        if (parsed.ok) expect(parsed.value.token).toHaveLength(TOKEN_LENGTH);
      }),
    );
  });
});

describe('linkStatus', () => {
  const link = {
    created_at: '2026-11-25T10:00:00.000Z',
    expires_at: '2026-11-25T11:00:00.000Z',
    used_at: null,
    revoked_at: null,
    superseded_by: null,
  };
  const at = (iso: string) => new Date(iso);

  it.each([
    ['valid until the expiry', link, '2026-11-25T10:59:59.999Z', 'valid'],
    ['expired at the expiry', link, '2026-11-25T11:00:00.000Z', 'expired'],
    [
      'used (even after expiry)',
      { ...link, used_at: '2026-11-25T10:30:00.000Z' },
      '2026-11-26T00:00:00.000Z',
      'used',
    ],
    [
      'superseded',
      { ...link, revoked_at: '2026-11-25T10:10:00.000Z', superseded_by: 7 },
      '2026-11-25T10:20:00.000Z',
      'superseded',
    ],
    ['revoked', { ...link, revoked_at: '2026-11-25T10:10:00.000Z' }, '2026-11-25T10:20:00.000Z', 'revoked'],
  ] as const)('%s', (_what, facts, now, status) => {
    expect(linkStatus(facts, at(now))).toBe(status);
  });
});

describe('the portal URL and the limits', () => {
  it.each([
    ['https://kurs.example.no', 'https://kurs.example.no'],
    ['https://kurs.example.no/', 'https://kurs.example.no'],
    ['https://kurs.example.no/portal/', 'https://kurs.example.no/portal'],
    ['http://localhost:8080', 'http://localhost:8080'],
    ['http://127.0.0.1:3000/', 'http://127.0.0.1:3000'],
  ])('accepts %s as %s', (text, base) => {
    expect(parsePortalUrl(text)).toEqual({ ok: true, value: base });
  });

  it.each([
    ['plain http to another host', 'http://kurs.example.no', /must use https/],
    ['credentials', 'https://user:pw@kurs.example.no', /user name or password/],
    ['a query', 'https://kurs.example.no/?next=evil', /query/],
    ['a fragment', 'https://kurs.example.no/#x', /fragment/],
    ['another scheme', 'ftp://kurs.example.no', /https URL/],
    ['no URL at all', 'kurs.example.no', /not a URL/],
  ])('refuses %s', (_what, text, message) => {
    const parsed = parsePortalUrl(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });

  it('an unset or bad KURSDESK_PORTAL_URL is a usage error naming the variable', () => {
    expect(thrown(() => portalBaseFrom({})).message).toMatch(/KURSDESK_PORTAL_URL is not set/);
    const bad = thrown(() => portalBaseFrom({ KURSDESK_PORTAL_URL: 'http://kurs.example.no' }));
    expect(bad.exitCode).toBe(ExitCode.usage);
    expect(bad.message).toMatch(/^KURSDESK_PORTAL_URL must use https/);
  });

  it('defaults to 72 h activation, 60 min reset and 3 links a day; each is configurable within bounds', () => {
    expect(linkPolicyFrom({})).toEqual({
      lifetimeMs: { activation: 72 * 3_600_000, reset: 60 * 60_000 },
      dailyLimit: 3,
    });
    expect(
      linkPolicyFrom({
        KURSDESK_ACTIVATION_TTL_HOURS: '24',
        KURSDESK_RESET_TTL_MINUTES: '30',
        KURSDESK_LINKS_PER_DAY: '5',
      }),
    ).toEqual({ lifetimeMs: { activation: 24 * 3_600_000, reset: 30 * 60_000 }, dailyLimit: 5 });
    expect(thrown(() => linkPolicyFrom({ KURSDESK_RESET_TTL_MINUTES: '600' })).message).toBe(
      'KURSDESK_RESET_TTL_MINUTES: 600 is outside 10–120',
    );
    expect(thrown(() => linkPolicyFrom({ KURSDESK_LINKS_PER_DAY: 'many' })).message).toMatch(
      /not a whole number/,
    );
  });

  it('says lifetimes in words', () => {
    expect(lifetimeText(72 * 3_600_000, 'nb')).toBe('72 timer');
    expect(lifetimeText(3_600_000, 'en')).toBe('1 hour');
    expect(lifetimeText(30 * 60_000, 'nb')).toBe('30 minutter');
    expect(lifetimeText(90 * 60_000, 'en')).toBe('90 minutes');
  });
});

describe('mail settings', () => {
  it('read SMTP URLs, requiring STARTTLS except on this machine, and hide the password', () => {
    expect(parseSmtpUrl('smtp://desk:s3cret@smtp.example.no:587')).toMatchObject({
      ok: true,
      value: {
        host: 'smtp.example.no',
        port: 587,
        secure: false,
        requireTLS: true,
        user: 'desk',
        password: 's3cret',
        display: 'smtp://desk:***@smtp.example.no:587',
      },
    });
    expect(parseSmtpUrl('smtps://smtp.example.no')).toMatchObject({
      ok: true,
      value: { port: 465, secure: true, requireTLS: false },
    });
    expect(parseSmtpUrl('smtp://127.0.0.1:2525')).toMatchObject({ ok: true, value: { requireTLS: false } });
    expect(parseSmtpUrl('http://smtp.example.no')).toMatchObject({ ok: false });
    const bad = thrown(() => mailSettingsFrom({ KURSDESK_SMTP_URL: 'smtp.example.no' }));
    expect(bad.message).toMatch(/^KURSDESK_SMTP_URL is not a URL/);
  });

  it('read the sender as an address or a name with an address', () => {
    expect(parseSender('kurs@firma.no')).toEqual({
      ok: true,
      value: { name: undefined, address: 'kurs@firma.no' },
    });
    expect(parseSender('Kursportalen <Kurs@Firma.no>')).toEqual({
      ok: true,
      value: { name: 'Kursportalen', address: 'kurs@firma.no' },
    });
    expect(parseSender('not an address').ok).toBe(false);
  });

  it('wait 1, 2, 4 … minutes between attempts, never more than an hour', () => {
    const now = new Date('2026-11-25T10:00:00.000Z');
    const waits = [1, 2, 3, 4, 10].map(
      (n) => (nextAttemptAt(now, n, 60_000).getTime() - now.getTime()) / 60_000,
    );
    expect(waits).toEqual([1, 2, 4, 8, 60]);
  });
});

describe('address checks', () => {
  it.each([
    ['gmial.com', 'gmail.com'],
    ['gmail.con', 'gmail.com'],
    ['gmai.com', 'gmail.com'],
    ['gmail.co', 'gmail.com'],
    ['gmail.no', 'gmail.com'],
    ['hotmail.co', 'hotmail.com'],
    ['hotmial.com', 'hotmail.com'],
    ['outlok.com', 'outlook.com'],
    ['outloo.com', 'outlook.com'],
    ['yahooo.com', 'yahoo.com'],
    ['icloud.no', 'icloud.com'],
    ['onlien.no', 'online.no'],
    ['firma.con', 'firma.com'],
    ['bygg.nop', 'bygg.no'],
  ])('%s looks like a typo of %s', (domain, meant) => {
    expect(likelyDomainTypo(domain)).toBe(meant);
  });

  it.each([
    'firma.no',
    'banenor.no',
    'vy.no',
    'statsbygg.no',
    'bygg.no',
    'telenor.no',
    'nrk.no',
    'uio.no',
    'hotmail.dk',
    'yahoo.de',
  ])('%s is left alone', (domain) => {
    expect(likelyDomainTypo(domain)).toBeUndefined();
  });

  it('never flags a known provider, and flags every one-letter slip of gmail.com', () => {
    for (const domain of COMMON_MAIL_DOMAINS) expect(likelyDomainTypo(domain), domain).toBeUndefined();
    const word = 'gmail.com';
    for (let at = 0; at < word.length; at++) {
      for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
        const slipped = word.slice(0, at) + letter + word.slice(at + 1);
        if (slipped !== word) expect(likelyDomainTypo(slipped), slipped).toBe('gmail.com');
      }
    }
  });

  it('finds a typo in every slip of a known domain’s name, up to the slips its length allows', () => {
    // The scan passes a known domain over by length and letter counts before the edit distance: a
    // slip within the allowance must never be passed over that way.
    const slip = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('add', 'drop', 'change', 'swap'),
      letter: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0-ø'),
    });
    const apply = (domain: string, s: { at: number; kind: string; letter: string }) => {
      const name = domain.slice(0, domain.lastIndexOf('.'));
      const rest = domain.slice(name.length);
      const at = s.at % name.length;
      const slipped =
        s.kind === 'add'
          ? name.slice(0, at) + s.letter + name.slice(at)
          : s.kind === 'drop'
            ? name.slice(0, at) + name.slice(at + 1)
            : s.kind === 'change'
              ? name.slice(0, at) + s.letter + name.slice(at + 1)
              : name.slice(0, at) + name.slice(at + 1, at + 2) + name.slice(at, at + 1) + name.slice(at + 2);
      return slipped + rest;
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...COMMON_MAIL_DOMAINS),
        fc.array(slip, { minLength: 1, maxLength: 2 }),
        (meant, slips) => {
          // Two swaps, or a swap and another slip over it, may measure 3 (the distance is optimal string
          // alignment's): a second slip is then one a letter is added, dropped or changed by.
          const two = meant.length >= 9 && !slips.some((s) => s.kind === 'swap');
          const allowed = two ? slips : slips.slice(0, 1);
          const slipped = allowed.reduce(apply, meant);
          fc.pre(!COMMON_MAIL_DOMAINS.includes(slipped) && slipped.slice(0, slipped.lastIndexOf('.')) !== '');
          expect(likelyDomainTypo(slipped), slipped).toBeDefined();
        },
      ),
      { numRuns: 2000 },
    );
  });

  const bygg = { name: 'Bygg og Anlegg AS', orgNumber: '988077917', domains: 'bygg.no, bygganlegg.no' };
  const vei = { name: 'Vei og Bane AS', orgNumber: '974760673', domains: 'veibane.no' };

  it('suggests the corrected address for a typo, and checks against the employer’s own domain', () => {
    expect(
      checkAddress({ email: 'kari@gmial.com', currentEmployer: undefined, formerEmployers: [] }),
    ).toEqual([
      expect.objectContaining({ kind: 'typo', suggestion: 'gmail.com', suggestedEmail: 'kari@gmail.com' }),
    ]);
    expect(checkAddress({ email: 'ola@byg.no', currentEmployer: bygg, formerEmployers: [] })).toEqual([
      expect.objectContaining({
        kind: 'typo',
        suggestion: 'bygg.no',
        suggestedEmail: 'ola@byg.no'.replace('byg.no', 'bygg.no'),
      }),
    ]);
    expect(checkAddress({ email: 'ola@bygg.no', currentEmployer: bygg, formerEmployers: [] })).toEqual([]);
  });

  it('warns about a domain of an employer the learner has left, subdomains included', () => {
    expect(checkAddress({ email: 'ola@veibane.no', currentEmployer: bygg, formerEmployers: [vei] })).toEqual([
      expect.objectContaining({ kind: 'former-employer', company: 'Vei og Bane AS', orgNumber: '974760673' }),
    ]);
    expect(
      checkAddress({ email: 'ola@mail.veibane.no', currentEmployer: undefined, formerEmployers: [vei] }),
    ).toHaveLength(1);
    expect(checkAddress({ email: 'ola@gmail.com', currentEmployer: bygg, formerEmployers: [vei] })).toEqual(
      [],
    );
  });
});

describe('sealed tokens', () => {
  const secret = Buffer.from('kursdesk-test-secret-0123456789abcdef');

  it('open with the same key for the same link only', () => {
    const token = newLinkToken();
    const sealed = sealToken(secret, 7, token);
    expect(sealed).not.toContain(token);
    expect(unsealToken(secret, 7, sealed)).toBe(token);
    expect(unsealToken(secret, 8, sealed)).toBeUndefined();
    expect(unsealToken(Buffer.from('another-secret-0123456789abcdefgh'), 7, sealed)).toBeUndefined();
  });

  it('do not open once any bit of the IV, ciphertext or tag is flipped (property)', () => {
    const sealed = sealToken(secret, 1, newLinkToken());
    const parts = sealed.split('.');
    fc.assert(
      fc.property(fc.constantFrom(1, 2, 3), fc.nat(), fc.nat({ max: 7 }), (part, at, bit) => {
        const bytes = Buffer.from(parts[part]!, 'base64url');
        bytes[at % bytes.length]! ^= 1 << bit;
        const tampered = parts.map((p, i) => (i === part ? bytes.toString('base64url') : p)).join('.');
        expect(unsealToken(secret, 1, tampered)).toBeUndefined();
      }),
    );
  });
});

describe('the link e-mails and replies', () => {
  const template = linkUrl('https://kurs.example.no', 'activation', TOKEN_PLACEHOLDER);

  it.each([
    ['nb', 'activation', 'Aktiver kontoen din i kursportalen', '72 timer'],
    ['en', 'activation', 'Activate your course portal account', '72 hours'],
    ['nb', 'reset', 'Velg nytt passord i kursportalen', '1 time'],
    ['en', 'reset', 'Choose a new password for the course portal', '1 hour'],
  ] as const)('%s %s: subject, greeting, lifetime and one link', (lang, kind, subject, lifetime) => {
    const lifetimeMs = kind === 'activation' ? 72 * 3_600_000 : 3_600_000;
    const mail = linkMail(lang, kind, {
      firstName: 'Kari',
      lifetimeMs,
      linkTemplate: linkUrl('https://kurs.example.no', kind, TOKEN_PLACEHOLDER),
    });
    expect(mail.subject).toBe(subject);
    expect(mail.body).toMatch(/^(Hei|Hello) Kari,\n/);
    expect(mail.body).toContain(lifetime);
    expect(mail.body.split(TOKEN_PLACEHOLDER)).toHaveLength(2);
  });

  it('get the token only when sent; agents see a placeholder', () => {
    const { body } = linkMail('nb', 'activation', {
      firstName: 'Kari',
      lifetimeMs: 3_600_000,
      linkTemplate: template,
    });
    const token = newLinkToken();
    expect(fillToken(body, token)).toContain(`https://kurs.example.no/account/activate/${token}`);
    expect(bodyForAgents(body)).not.toContain(TOKEN_PLACEHOLDER);
    expect(bodyForAgents(body)).toContain('https://kurs.example.no/account/activate/[token');
  });

  it('replies say where the link went (masked), or carry it, and say when the address was corrected', () => {
    const facts = {
      kind: 'activation' as const,
      firstName: 'Kari',
      maskedEmail: 'k***@gmail.com',
      lifetimeMs: 72 * 3_600_000,
      addressCorrected: false,
    };
    const mailed = linkReply('nb', facts);
    expect(mailed).toMatch(/^Hei Kari,\n\nVi har nå sendt en e-post til k\*\*\*@gmail\.com/);
    expect(mailed).toContain('72 timer');
    expect(mailed).not.toMatch(/https:/);
    const handed = linkReply('en', {
      ...facts,
      kind: 'reset',
      lifetimeMs: 3_600_000,
      link: 'https://kurs.example.no/account/reset-password/T',
    });
    expect(handed).toContain('\n\nhttps://kurs.example.no/account/reset-password/T\n\n');
    expect(handed).toContain('1 hour');
    const corrected = linkReply('en', { ...facts, addressCorrected: true });
    expect(corrected).toMatch(/misspelled.*corrected it to k\*\*\*@gmail\.com/);
    expect(linkReply('nb', { ...facts, addressCorrected: true })).toMatch(
      /skrevet feil.*rettet den til k\*\*\*@gmail\.com/,
    );
  });
});
