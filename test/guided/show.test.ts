// The guided mode's rendering helpers and replies: Oslo time across daylight saving, and a reply in both
// languages for every result it shows, greeting by first name and never revealing a masked address.
import { describe, expect, it } from 'vitest';
import { type GuidedReply, replyText } from '../../src/guided/replies.js';
import { clip, dayOrDash, facts, table } from '../../src/guided/show.js';

describe('layout', () => {
  it('writes dates day first and cuts long cells with a mark', () => {
    expect(dayOrDash('1986-10-15', 'nb')).toBe('15.10.1986');
    expect(dayOrDash(null, 'en')).toBe('–');
    expect(clip('Grunnleggende sikkerhet', 10)).toBe('Grunnlegg…');
  });

  it('wraps a long fact under its value column', () => {
    const text = facts([['hidden', `SV-300 is a paid course, ${'seen by full accounts; '.repeat(5)}end`]]);
    const lines = text.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => l.length <= 80)).toBe(true);
    expect(lines[1]).toMatch(/^ {10}\S/);
    expect(text.replace(/\s+/g, ' ')).toContain('end');
  });

  it('keeps a long e-mail address in a fact whole, on a line of its own', () => {
    const email = `kari-anne.nordmann-berg@${'entreprenor-'.repeat(6)}nordbane.example.no`;
    const lines = facts([['e-post', `send  to\n${email} today`]])
      .trimEnd()
      .split('\n');
    expect(lines).toEqual(['  e-post  send to', `          ${email}`, '          today']);
  });

  it('keeps every table line within 80 columns', () => {
    const long = 'x'.repeat(120);
    const lines = table(['a', 'b'], [[long, long]])
      .trimEnd()
      .split('\n');
    expect(lines.every((l) => l.length <= 80)).toBe(true);
  });

  it('never cuts the last column when it is to be copied whole (an e-mail address)', () => {
    const email = `kari-anne.nordmann-berg@${'entreprenor-'.repeat(5)}nordbane.example.no`;
    const rows = table(['id', 'name', 'e-mail'], [['301', 'x'.repeat(90), email]], { wholeLast: true })
      .trimEnd()
      .split('\n');
    expect(rows[1]?.endsWith(`  ${email}`)).toBe(true);
    expect(rows[1]).toContain('301');
    expect(rows[1]).toContain('…');
  });
});

const REPLIES: GuidedReply[] = [
  { topic: 'find-account', verdict: 'likely', facts: { firstName: 'Kari', email: 'k***@firma.test' } },
  {
    topic: 'link',
    facts: {
      kind: 'reset',
      firstName: 'Kari',
      maskedEmail: 'k***@firma.test',
      lifetimeMs: 3_600_000,
      addressCorrected: false,
    },
  },
  { topic: 'email-changed', facts: { firstName: 'Kari', email: 'kari.nordmann@nyfirma.example' } },
  {
    topic: 'employer-moved',
    facts: {
      firstName: 'Kari',
      company: 'Ofoten Jernbaneservice AS',
      reinvoiced: 1,
      loginOnOldDomain: 'k***@firma.test',
    },
  },
  { topic: 'hms-updated', facts: { firstName: 'Kari', maskedCard: '****3456', dueOn: '2028-12-06' } },
  {
    topic: 'type-changed',
    facts: { firstName: 'Kari', type: 'full', employer: 'Bane og Signal AS', cancelled: [] },
  },
  {
    topic: 'booked',
    facts: {
      firstName: 'Kari',
      course: { code: 'SV-300', title: 'Sikkerhetsvakt', title_en: 'Track safety guard' },
      startsAt: '2027-01-11T07:00:00.000Z',
      place: 'Jernbaneskolen, Oslo',
      status: 'waitlisted',
      position: 4,
    },
  },
  { topic: 'programmes', facts: { firstName: 'Kari', programmes: [] } },
  {
    topic: 'certificates',
    facts: {
      firstName: 'Kari',
      passed: [{ code: 'SIK-100', title: 'Grunnleggende sikkerhet', validUntil: '2027-04-02' }],
    },
  },
  { topic: 'registered-learner', facts: { firstName: 'Kari', maskedEmail: 'k***@firma.test' } },
];

describe('replyText', () => {
  it.each(REPLIES.map((r) => [r.topic, r] as const))(
    '%s: greets, signs and keeps addresses masked in nb and en',
    (_, reply) => {
      const nb = replyText(reply, 'nb');
      const en = replyText(reply, 'en');
      expect(nb).toMatch(/^Hei Kari,\n/);
      expect(en).toMatch(/^Hello Kari,\n/);
      expect(nb).toContain('Vennlig hilsen');
      expect(en).toContain('Kind regards');
      expect(nb).not.toBe(en);
      for (const text of [nb, en]) expect(text).not.toMatch(/[a-z]+@firma\.test/);
      // Only a verified change of login (W4) names the new address in full, as `users set-email --reply`.
      if (reply.topic !== 'email-changed') for (const text of [nb, en]) expect(text).not.toContain('nyfirma');
    },
  );

  it('gives a booking its Oslo time and waitlist place', () => {
    const booked = REPLIES.find((r) => r.topic === 'booked') as GuidedReply;
    // The catalogue's long form, as `units enrol --reply` writes it.
    expect(replyText(booked, 'nb')).toContain('mandag 11. januar 2027 kl. 08:00');
    expect(replyText(booked, 'en')).toContain('Monday 11 January 2027 at 08:00');
    expect(replyText(booked, 'en')).toContain('on the waitlist as number 4');
  });
});
