// The short "we need a little more" answer triage offers when a workflow lacks a fact, in bokmål,
// nynorsk and English. Plain data for a support lead to edit; the full reply catalogue is in
// src/domain/replies. {name} is the person's first name (the greeting drops it when unknown).
import type { TicketLanguage } from './types.js';

export interface AskTexts {
  greeting: string;
  greetingNoName: string;
  intro: string;
  /** One line per fact, in the order the facts are asked for. */
  facts: Readonly<Record<string, string>>;
  /** Said whenever a ticket held a national ID. */
  nationalIdWarning: string;
  closing: string;
}

export const ASK_TEXTS: Readonly<Record<TicketLanguage, AskTexts>> = {
  nb: {
    greeting: 'Hei {name},',
    greetingNoName: 'Hei,',
    intro: 'Takk for henvendelsen. For å hjelpe deg trenger vi litt mer informasjon:',
    facts: {
      name: 'fullt navn',
      birthDate: 'fødselsdato (dd.mm.åååå, ikke fødselsnummer)',
      email: 'e-postadressen du er registrert med, og andre adresser du kan ha brukt',
      oldEmail: 'e-postadressen du brukte før',
      orgNumber: 'organisasjonsnummeret (9 siffer) til arbeidsgiveren',
      companyName: 'firmanavnet',
      contactPerson: 'kontaktperson hos firmaet',
      courseCode: 'kurskoden eller kursnavnet',
      hmsCard: 'nummeret på det nye HMS-kortet',
      unitId: 'hvilken dato og hvilket sted kurset gjelder',
      accountType: 'hvilken brukertype du ønsker (gratis e-læring, full kurskatalog eller fører)',
    },
    nationalIdWarning:
      'Du sendte oss et fødselsnummer. Av hensyn til personvernet ber vi deg om å ikke sende fødselsnummer på e-post; vi har ikke lagret det.',
    closing: 'Vennlig hilsen\nKursportalens brukerstøtte',
  },
  nn: {
    greeting: 'Hei {name},',
    greetingNoName: 'Hei,',
    intro: 'Takk for førespurnaden. For å hjelpe deg treng vi litt meir informasjon:',
    facts: {
      name: 'fullt namn',
      birthDate: 'fødselsdato (dd.mm.åååå, ikkje fødselsnummer)',
      email: 'e-postadressa du er registrert med, og andre adresser du kan ha brukt',
      oldEmail: 'e-postadressa du brukte før',
      orgNumber: 'organisasjonsnummeret (9 siffer) til arbeidsgjevaren',
      companyName: 'firmanamnet',
      contactPerson: 'kontaktperson hjå firmaet',
      courseCode: 'kurskoden eller kursnamnet',
      hmsCard: 'nummeret på det nye HMS-kortet',
      unitId: 'kva dato og kva stad kurset gjeld',
      accountType: 'kva brukartype du ønskjer (gratis e-læring, full kurskatalog eller førar)',
    },
    nationalIdWarning:
      'Du sende oss eit fødselsnummer. Av omsyn til personvernet ber vi deg om å ikkje sende fødselsnummer på e-post; vi har ikkje lagra det.',
    closing: 'Venleg helsing\nBrukarstøtta for kursportalen',
  },
  en: {
    greeting: 'Hello {name},',
    greetingNoName: 'Hello,',
    intro: 'Thank you for getting in touch. To help you we need a little more information:',
    facts: {
      name: 'your full name',
      birthDate: 'your date of birth (dd.mm.yyyy, not your national ID number)',
      email: 'the e-mail address you registered with, and any other addresses you may have used',
      oldEmail: 'the e-mail address you used before',
      orgNumber: "your employer's organisation number (9 digits)",
      companyName: 'the company name',
      contactPerson: 'a contact person at the company',
      courseCode: 'the course code or course title',
      hmsCard: 'the number of your new HMS card',
      unitId: 'the date and place of the course',
      accountType: 'which account type you want (free e-learning, full catalogue or driver)',
    },
    nationalIdWarning:
      'You sent us a national ID number. To protect your privacy, please do not send it by e-mail; we have not kept it.',
    closing: 'Kind regards\nCourse portal support',
  },
};
