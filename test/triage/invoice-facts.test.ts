// The invoice facts a ticket gives (W7's invoice e-mail, W5/W10's invoice reference): found where the
// writer labels them, not elsewhere, and in time linear in the text.
import { describe, expect, it } from 'vitest';
import { invoiceEmailsIn, invoiceReferenceIn } from '../../src/domain/triage/identifiers.js';
import { triageTicket } from '../../src/domain/triage/triage.js';
import { GROWTH_BOUND, growth } from '../helpers/growth.js';

const DESK = ['support@kursportal.test'];

describe('the invoice e-mail of a company request', () => {
  it.each([
    ['E-post for faktura: post@malmbanen.test', ['post@malmbanen.test']],
    ['Fakturaer sendes til okonomi@firma.test', ['okonomi@firma.test']],
    ['Invoice e-mail: ap@baltic.test', ['ap@baltic.test']],
    ['faktura@firma.test tar imot fakturaer', ['faktura@firma.test']],
    ['Kontaktperson: Lise, lise@firma.test', []],
    ['Send svar til support@kursportal.test', []],
    ['faktura: per@firma.test, kontakt ola@firma.test', ['per@firma.test']],
  ])('%s', (text, expected) => {
    expect(invoiceEmailsIn(text, DESK)).toEqual(expected);
  });

  it('is a fact of the triaged ticket, beside the contact person whose address it is not', () => {
    const result = triageTicket(
      {
        subject: 'Firmaet vårt finnes ikke i listen',
        from: { name: 'Lise Eriksen', address: 'lise@malmbanen.test' },
        text: 'Organisasjonsnummer: 913 556 208\nE-post for faktura: faktura@malmbanen.test\nKontaktperson: Lise Eriksen, tlf 915 55 123\n',
        to: DESK,
        attachments: [],
      },
      '2026-12-07',
    );
    expect(result.facts.invoiceEmails).toEqual(['faktura@malmbanen.test']);
    expect(result.facts.emails).toEqual(['lise@malmbanen.test']);
    expect(result.commands.join('\n')).toContain('--invoice-email faktura@malmbanen.test');
  });
});

describe('the invoice reference', () => {
  it.each([
    ['De vil ha referanse TE-4471 på fakturaene.', 'TE-4471'],
    ['Fakturareferanse: 88213', '88213'],
    ['Referansenummer for fakturering er PRJ/2231.', 'PRJ/2231'],
    ['Invoice reference: PO-99812', 'PO-99812'],
    ['Jeg viser til referanse til saken fra i går', undefined],
    ['Se referanse 12 i brevet', undefined],
  ])('%s', (text, expected) => {
    expect(invoiceReferenceIn(text)).toBe(expected);
  });

  it('goes into the move command triage suggests', () => {
    const result = triageTicket(
      {
        subject: 'Ny arbeidsgiver',
        from: { name: 'Andreas Lønning', address: 'andreas@banesignal.test' },
        text: 'Jeg jobber nå i Trønder Elkraft AS, org.nr. 992 873 167. De vil ha referanse TE-4471 på fakturaene.\nMvh Andreas Lønning',
        to: DESK,
        attachments: [],
      },
      '2026-12-07',
    );
    expect(result.facts.invoiceReference).toBe('TE-4471');
    expect(result.commands.join('\n')).toContain('--to 992873167 --invoice-ref TE-4471');
  });

  it('is never a national ID written in groups, which would be printed whole in the facts and the command', () => {
    for (const written of ['15.10.86-95088', '15-10-86-95088', '151086-950.88']) {
      expect(invoiceReferenceIn(`Fakturareferanse: ${written}`), written).toBeUndefined();
      const result = triageTicket(
        {
          subject: 'Ny arbeidsgiver',
          from: { name: 'Per Olsen', address: 'per.olsen@firma.test' },
          text: `Jeg jobber nå i Trønder Elkraft AS, org.nr. 992 873 167. Fakturareferanse: ${written}\nMvh Per Olsen`,
          to: DESK,
          attachments: [],
        },
        '2026-12-07',
      );
      expect(JSON.stringify(result), written).not.toMatch(/95088|950\.88/);
    }
    // A purchase-order number of ten digits is a reference, not a national ID.
    expect(invoiceReferenceIn('Fakturareferanse: 4500012345')).toBe('4500012345');
  });
});

describe('the invoice scanners', () => {
  it.each([
    ['addresses after an invoice word', (n: number) => 'faktura: a@b.no '.repeat(n / 16)],
    ['blanks after a label', (n: number) => `referanse${' '.repeat(n)}`],
    ['labels without a value', (n: number) => 'ref. referanse reference '.repeat(n / 25)],
  ])('grow linearly on %s', (_, text) => {
    expect(growth(text, (t) => invoiceEmailsIn(t, DESK), 100000)).toBeLessThan(GROWTH_BOUND);
    expect(growth(text, (t) => invoiceReferenceIn(t), 100000)).toBeLessThan(GROWTH_BOUND);
  });
});

describe('an invoice reference written in a sentence or on a line of its own', () => {
  it.each([
    ['Fakturaen skal merkes PRJ-4471.', 'PRJ-4471'],
    ['Merk fakturaen med prosjekt 7731, takk.', '7731'],
    ['Fakturaen må påføres bestillingsnummer B-20931.', 'B-20931'],
    ['Fakturaen skal merkast 4471-KL.', '4471-KL'],
    ['Please put our PO number 4500123 on the invoice.', '4500123'],
    ['Please quote purchase order 4500777 on every invoice.', '4500777'],
    ['Ref: Ola Nordmann / prosjekt 22', 'Ola Nordmann / prosjekt 22'],
    ['Ref: Kari Bakke', 'Kari Bakke'],
    ['PO: 4500124', '4500124'],
    // Not references: a date, a reply label, a sentence without the invoice, a phrase after "Ref:".
    ['Fakturaen for kurset 12.03.2027 er merket feil.', undefined],
    ['Ref: saken fra i går', undefined],
    ['Merk at kurset SIK-100 er fullt.', undefined],
  ])('%s', (text, expected) => {
    expect(invoiceReferenceIn(text)).toBe(expected);
  });

  it.each([
    [
      'nb',
      'Hei, jeg har begynt i Trønder Elkraft AS, org.nr. 992 873 167. Fakturaen skal merkes PRJ-4471.\nMvh Sindre Hovland',
      'PRJ-4471',
    ],
    [
      'nn',
      'Hei, eg har byta jobb til Trønder Elkraft AS, org.nr. 992 873 167.\nRef: Ola Nordmann / prosjekt 22\nHelsing Eirik Solbakken',
      "'Ola Nordmann / prosjekt 22'",
    ],
    [
      'en',
      'Hello, I now work for Trønder Elkraft AS (org 992 873 167). Please quote purchase order 4500777 on the invoices.\nBest regards, Mary Quinlan',
      '4500777',
    ],
  ])('goes into the move command of a %s ticket', (_, text, flag) => {
    const result = triageTicket(
      {
        subject: 'Ny arbeidsgiver',
        from: { name: 'Sindre Hovland', address: 'sindre@banebygg.test' },
        text,
        to: DESK,
        attachments: [],
      },
      '2026-12-07',
    );
    expect(result.topics[0]?.topic).toBe('W5');
    expect(result.commands.join('\n')).toContain(`--to 992873167 --invoice-ref ${flag}`);
  });

  it('grows linearly on long sentences about the invoice', () => {
    expect(
      growth(
        (n) => 'faktura merkes '.repeat(n / 15),
        (t) => invoiceReferenceIn(t),
        100000,
      ),
    ).toBeLessThan(GROWTH_BOUND);
    expect(
      growth(
        (n) => `Ref: ${'a '.repeat(n / 2)}\n`,
        (t) => invoiceReferenceIn(t),
        100000,
      ),
    ).toBeLessThan(GROWTH_BOUND);
  });
});
