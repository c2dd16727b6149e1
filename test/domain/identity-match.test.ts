import { describe, expect, it } from 'vitest';
import {
  birthDatesOneSlipAway,
  type CandidateFacts,
  decide,
  nameLikeLocalPart,
  scoreCandidate,
  swapDayMonth,
} from '../../src/domain/identity-match.js';

function person(id: number, over: Partial<CandidateFacts> = {}): CandidateFacts {
  return {
    id,
    givenNames: 'Kari Anne',
    familyName: 'Nordmann',
    birthDate: '1985-03-14',
    email: 'kari@bygg.no',
    earlierEmails: [],
    nationalIdHash: `h${id}`,
    employerOrgNumber: null,
    earlierEmployerOrgNumbers: [],
    status: 'active',
    ...over,
  };
}

describe('swapDayMonth', () => {
  it('swaps when both could be months', () => {
    expect(swapDayMonth('1985-03-04')).toBe('1985-04-03');
    expect(swapDayMonth('1985-03-14')).toBeNull();
    expect(swapDayMonth('1985-03-03')).toBeNull();
  });
});

describe('evidence', () => {
  it('e-mail: current, earlier, same local part elsewhere, near miss', () => {
    const facts = person(1, { email: 'kari@bygg.no', earlierEmails: ['kari.nordmann@old.no'] });
    const e = (emails: string[]) => scoreCandidate({ emails }, facts).evidence.email.match;
    expect(e(['kari@bygg.no'])).toBe('current');
    expect(e(['kari.nordmann@old.no'])).toBe('earlier');
    expect(e(['kari@gmail.com'])).toBe('same local part at another domain');
    expect(e(['kari@bygg.mo'])).toBe('same local part at another domain');
    expect(e(['karri@bygg.no'])).toBe('near miss');
    expect(e(['someone@else.no'])).toBe('none');
    expect(e([])).toBe('not given');
  });
  it('birth date: exact, swapped, one slip of the pen, none', () => {
    const facts = person(1, { birthDate: '1985-04-03' });
    expect(scoreCandidate({ emails: [], birthDate: '1985-04-03' }, facts).evidence.birth_date.match).toBe(
      'exact',
    );
    expect(scoreCandidate({ emails: [], birthDate: '1985-03-04' }, facts).evidence.birth_date.match).toBe(
      'day-month swapped',
    );
    const match = (birthDate: string) =>
      scoreCandidate({ emails: [], birthDate }, facts).evidence.birth_date.match;
    expect(match('1986-04-03')).toBe('one digit off');
    expect(match('1985-04-08')).toBe('one digit off');
    expect(match('1958-04-03')).toBe('two digits swapped');
    expect(match('1985-04-30')).toBe('two digits swapped');
    // Two digits apart, or two swaps, is another date.
    expect(match('1986-04-04')).toBe('none');
    expect(match('1979-11-23')).toBe('none');
  });
  it('the dates one slip away are real dates, and include the day-month swap', () => {
    const near = birthDatesOneSlipAway('1985-04-03');
    expect(near).toContain('1986-04-03');
    expect(near).toContain('1985-03-04');
    expect(near).toContain('1985-04-30');
    expect(near).not.toContain('1985-04-03');
    expect(near.every((d) => !Number.isNaN(Date.parse(d)))).toBe(true);
    expect(near).not.toContain('1985-04-43');
    expect(birthDatesOneSlipAway('1985-04-30')).not.toContain('1985-04-31');
    // A year no learner is born in (2000 slips to 0000, which a date column refuses) is left out.
    expect(birthDatesOneSlipAway('2000-06-03').every((d) => d >= '1900' && d < '2100')).toBe(true);
  });
});

describe('verdict', () => {
  it('verified needs an exact birth date, a matching name and one of the account’s addresses', () => {
    const r = decide({ name: 'Kari Nordmann', birthDate: '1985-03-14', emails: ['kari@bygg.no'] }, [
      person(1),
      person(2, { birthDate: '1990-01-01', email: 'x@y.no' }),
    ]);
    expect(r.verdict).toBe('verified');
    expect(r.candidates[0]!.facts.id).toBe(1);
  });
  it('without an address of the account it is at most likely', () => {
    const r = decide({ name: 'Kari Nordmann', birthDate: '1985-03-14', emails: ['nobody@gmail.com'] }, [
      person(1),
    ]);
    expect(r.verdict).toBe('likely');
  });
  it('a day-month swap is not verified', () => {
    const r = decide({ name: 'Kari Nordmann', birthDate: '1985-04-03', emails: ['kari@bygg.no'] }, [
      person(1, { birthDate: '1985-03-04' }),
    ]);
    expect(r.verdict).toBe('likely');
  });
  it('twins with the same name pattern and birth date are ambiguous without an e-mail', () => {
    const r = decide({ name: 'Kari Nordmann', birthDate: '1985-03-14', emails: [] }, [
      person(1, { givenNames: 'Kari' }),
      person(2, { givenNames: 'Kari', email: 'kari2@bygg.no' }),
    ]);
    expect(r.verdict).toBe('ambiguous');
  });
  it('two verified-looking accounts are ambiguous, not verified', () => {
    const r = decide(
      { name: 'Kari Nordmann', birthDate: '1985-03-14', emails: ['kari@bygg.no', 'k2@bygg.no'] },
      [person(1), person(2, { email: 'k2@bygg.no' })],
    );
    expect(r.verdict).toBe('ambiguous');
  });
  it('nothing close is none', () => {
    expect(decide({ name: 'Per Hansen', emails: [] }, [person(1)]).verdict).toBe('none');
    expect(decide({ name: 'Per Hansen', emails: [] }, []).verdict).toBe('none');
  });
  it('ranks the better match first', () => {
    const r = decide({ name: 'Kari Nordmann', birthDate: '1985-03-14', emails: [] }, [
      person(1, { familyName: 'Nordmo' }),
      person(2),
    ]);
    expect(r.candidates.map((c) => c.facts.id)).toEqual([2, 1]);
    expect(r.candidates[0]!.score - r.candidates[1]!.score).toBeGreaterThan(0.2);
  });
  it('an exact name beats a near one clearly, even when the scores are close', () => {
    const r = decide({ name: 'Kari Nordmann', birthDate: '1985-03-14', emails: [] }, [
      person(1, { givenNames: 'Kari', familyName: 'Nordman' }),
      person(2, { givenNames: 'Kari', familyName: 'Nordmann' }),
    ]);
    expect(r.candidates[0]!.facts.id).toBe(2);
    expect(r.candidates[0]!.score - r.candidates[1]!.score).toBeLessThan(0.12);
    expect(r.verdict).toBe('likely');
  });
  it('two exact names born the same day stay ambiguous', () => {
    const r = decide({ name: 'Kari Nordmann', birthDate: '1985-03-14', emails: [] }, [
      person(1, { givenNames: 'Kari' }),
      person(2, { givenNames: 'Kari' }),
    ]);
    expect(r.verdict).toBe('ambiguous');
  });
  it('a birth date that contradicts the national ID given is never verified, and says so', () => {
    const claim = { name: 'Kari Anne Nordmann', birthDate: '1985-03-14', emails: ['kari@bygg.no'] };
    expect(decide(claim, [person(1)]).verdict).toBe('verified');
    const r = decide({ ...claim, nationalIdHash: 'h9', birthDateConflict: true }, [person(1)]);
    expect(r.verdict).toBe('likely');
    expect(r.reason).toMatch(/national ID/);
    expect(r.candidates[0]!.evidence.national_id).toEqual({ match: 'different', birth_date_conflict: true });
  });
  it('a name alone that is only near an account is not likely: name evidence alone cannot tell', () => {
    const near = decide({ name: 'Kari Nordman', emails: [] }, [person(1, { givenNames: 'Kari' })]);
    expect(near.verdict).toBe('ambiguous');
    expect(near.reason).toMatch(/birth date/);
    const exact = decide({ name: 'Kari Nordmann', emails: [] }, [person(1, { givenNames: 'Kari' })]);
    expect(exact.verdict).toBe('likely');
  });

  it('a birth date one slip from a same-name account is likely when it stands out, never verified', () => {
    const r = decide({ name: 'Kari Nordmann', birthDate: '1985-03-15', emails: ['kari@bygg.no'] }, [
      person(1, { givenNames: 'Kari' }),
    ]);
    expect(r.candidates[0]!.evidence.birth_date.match).toBe('one digit off');
    expect(r.verdict).toBe('likely');
    const alone = decide({ name: 'Kari Nordmann', birthDate: '1985-03-15', emails: [] }, [
      person(1, { givenNames: 'Kari' }),
    ]);
    expect(alone.verdict).toBe('likely');
  });
  it('two same-name accounts equally close to a slipped birth date are ambiguous', () => {
    const r = decide({ name: 'Kari Nordmann', birthDate: '1985-03-15', emails: [] }, [
      person(1, { givenNames: 'Kari', birthDate: '1985-03-13' }),
      person(2, { givenNames: 'Kari', birthDate: '1985-08-15' }),
    ]);
    expect(r.verdict).toBe('ambiguous');
  });
  it('a birth date far from the only same-name account is none', () => {
    const r = decide({ name: 'Kari Nordmann', birthDate: '1977-11-25', emails: ['kari77@gmail.com'] }, [
      person(1, { givenNames: 'Kari' }),
    ]);
    expect(r.verdict).toBe('none');
  });
  it('an address on no account is neutral: same-name accounts stay ambiguous, not none', () => {
    const namesakes = [1, 2, 3].map((id) =>
      person(id, { givenNames: 'Kari', birthDate: `198${id}-01-01`, email: `k${id}@bygg.no` }),
    );
    const r = decide({ name: 'Kari Nordmann', emails: ['kari.private@gmail.com'] }, namesakes);
    expect(r.verdict).toBe('ambiguous');
    expect(r.candidates).toHaveLength(3);
    // An address that is some account's is evidence against the others.
    const onFile = decide({ name: 'Kari Nordmann', emails: ['k2@bygg.no'] }, namesakes);
    expect(onFile.candidates[0]!.facts.id).toBe(2);
    expect(onFile.verdict).toBe('likely');
  });
  it('an address on no account still counts where it nearly matches one', () => {
    const r = decide({ name: 'Kari Nordmann', emails: ['k2@bygg.mo'] }, [
      person(1, { givenNames: 'Kari', email: 'k1@firma.no' }),
      person(2, { givenNames: 'Kari', email: 'k2@bygg.no' }),
    ]);
    expect(r.candidates[0]!.facts.id).toBe(2);
    expect(r.candidates[0]!.evidence.email.match).toBe('same local part at another domain');
  });
  it('the employer is evidence: the one account that works there stands out, a former one less', () => {
    const namesakes = [
      person(1, { givenNames: 'Kari', employerOrgNumber: '111111111' }),
      person(2, { givenNames: 'Kari', employerOrgNumber: '222222222' }),
      person(3, {
        givenNames: 'Kari',
        employerOrgNumber: '333333333',
        earlierEmployerOrgNumbers: ['222222222'],
      }),
    ];
    const r = decide({ name: 'Kari Nordmann', emails: [], employerOrgNumbers: ['222222222'] }, namesakes);
    expect(r.candidates.map((c) => c.facts.id)).toEqual([2, 3, 1]);
    expect(r.candidates[0]!.evidence.employer).toEqual({ match: 'current' });
    expect(r.candidates[1]!.evidence.employer).toEqual({ match: 'earlier' });
    // Without the former employee, the one who works there now stands out.
    const current = decide(
      { name: 'Kari Nordmann', emails: [], employerOrgNumbers: ['222222222'] },
      namesakes.slice(0, 2),
    );
    expect(current.candidates[0]!.facts.id).toBe(2);
    expect(current.verdict).toBe('likely');
    // A name two companies share: both count.
    const both = decide(
      { name: 'Kari Nordmann', emails: [], employerOrgNumbers: ['111111111', '222222222'] },
      namesakes,
    );
    expect(both.verdict).toBe('ambiguous');
    expect(both.candidates.slice(0, 2).map((c) => c.facts.id)).toEqual([1, 2]);
  });
  it('an initial for the given name is read as one, and two accounts it fits are ambiguous', () => {
    const r = decide({ name: 'H. Andersen', birthDate: '1977-07-08', emails: [] }, [
      person(1, { givenNames: 'Hilde', familyName: 'Andersen', birthDate: '1977-07-08' }),
      person(2, { givenNames: 'Helge', familyName: 'Andersen', birthDate: '1977-07-08' }),
      person(3, { givenNames: 'Kjell', familyName: 'Andersen', birthDate: '1977-07-08' }),
    ]);
    expect(r.verdict).toBe('ambiguous');
    expect(r.candidates.slice(0, 2).map((c) => c.facts.id)).toEqual([1, 2]);
    expect(r.candidates[0]!.evidence.name.details.map(String)).toContain("initial: 'h' for 'hilde'");
  });
  it('an exact name is not clearly ahead of one that only leaves out a middle name or half a family name', () => {
    const exactAndMiddle = [
      person(1, { givenNames: 'Vegard', familyName: 'Tangvik' }),
      person(2, { givenNames: 'Vegard Eilif', familyName: 'Tangvik' }),
    ];
    const r = decide({ name: 'Vegard Tangvik', emails: [] }, exactAndMiddle);
    expect(r.verdict).toBe('ambiguous');
    expect(r.candidates.map((c) => c.facts.id)).toEqual([1, 2]);
    const half = decide({ name: 'Vegard Tangvik', birthDate: '1985-03-14', emails: [] }, [
      person(1, { givenNames: 'Vegard', familyName: 'Tangvik' }),
      person(2, { givenNames: 'Vegard', familyName: 'Rud-Tangvik' }),
    ]);
    expect(half.verdict).toBe('ambiguous');
    // A slip in the other's name is still clearly behind.
    const slip = decide({ name: 'Vegard Tangvik', emails: [] }, [
      person(1, { givenNames: 'Vegard', familyName: 'Tangvik' }),
      person(2, { givenNames: 'Vegard', familyName: 'Tangvig' }),
    ]);
    expect(slip.verdict).toBe('likely');
  });
  it('a name alone with a middle name left out is likely when one account has it, a slip is not', () => {
    const only = [person(1, { givenNames: 'Vegard Eilif', familyName: 'Tangvik' })];
    expect(decide({ name: 'Vegard Tangvik', emails: [] }, only).verdict).toBe('likely');
    expect(decide({ name: 'Vegard Tangvig', emails: [] }, only).verdict).toBe('ambiguous');
  });
  it('a pet form verifies with an exact birth date and the account’s address, and is likely without', () => {
    const magnus = person(1, { givenNames: 'Magnus', familyName: 'Tangvik', email: 'magnus.t@bygg.no' });
    const claim = { name: 'Mange Tangvik', birthDate: '1985-03-14', emails: ['magnus.t@bygg.no'] };
    const r = decide(claim, [magnus]);
    expect(r.verdict).toBe('verified');
    expect(r.candidates[0]!.evidence.name.details.map(String)).toContain("pet form: 'mange' for 'magnus'");
    expect(decide({ ...claim, emails: [] }, [magnus]).verdict).toBe('likely');
    // Beside an account with the pet form as its name, that one is clearly ahead.
    const both = decide({ ...claim, emails: [] }, [
      magnus,
      person(2, { givenNames: 'Mange', familyName: 'Tangvik' }),
    ]);
    expect(both.candidates[0]!.facts.id).toBe(2);
    expect(both.verdict).toBe('likely');
  });
  it('the name as written comes first among names that are the same only with Oe read as Ø', () => {
    const r = decide({ name: 'Sigve Lo', emails: [] }, [
      person(1, { givenNames: 'Sigve', familyName: 'Loe' }),
      person(2, { givenNames: 'Sigve', familyName: 'Lo' }),
      person(3, { givenNames: 'Sigve', familyName: 'Lø' }),
    ]);
    // Ø written as O is the plain letter (a keyboard without Ø); Oe is two letters read as one.
    expect(r.candidates.map((c) => c.facts.id)).toEqual([2, 3, 1]);
    expect(r.verdict).toBe('ambiguous');
  });
  it('a name-made local part at another provider is no evidence when the address is on no account', () => {
    expect(nameLikeLocalPart('hege.pedersen@firma.no', 'Hege', 'Pedersen')).toBe(true);
    expect(nameLikeLocalPart('hpedersen85@firma.no', 'Hege', 'Pedersen')).toBe(true);
    expect(nameLikeLocalPart('eirikandersen@firma.no', 'Eirik-Thomas', 'Andersen')).toBe(true);
    expect(nameLikeLocalPart('sjokoladekake@firma.no', 'Hege', 'Pedersen')).toBe(false);
    // A namesake born years away: the private hege.pedersen@ address does not make it likely.
    const r = decide({ name: 'Hege Pedersen', birthDate: '1964-09-09', emails: ['hege.pedersen@live.no'] }, [
      person(1, {
        givenNames: 'Hege',
        familyName: 'Pedersen',
        birthDate: '1986-01-02',
        email: 'hege.pedersen@firma.no',
      }),
    ]);
    expect(r.verdict).toBe('none');
  });
});
