// What triage reads out of one support e-mail (W18): the language, the ranked FAQ topics and the facts,
// normalised. The contract between the reader of tickets, the reply texts and the guided mode.
// Nothing in a TriageResult may hold a national ID's digits: only its mask and the birth date it spells.

import type { LoginQuestion } from './login-questions.js';

/** The FAQ topics a ticket can be about: the workflows of DESIGN.md, first registration, or none of ours. */
export const TOPICS = [
  'W1', // forgot which e-mail / national ID already in use
  'W2', // never got the activation e-mail
  'W3', // forgot password
  'W4', // new login e-mail (no access to the old one)
  'W5', // changed employer
  'W6', // company merged, list of employees
  'W7', // our company is not in the list (register a customer)
  'W8', // accounting: spreadsheet of new customers
  'W9', // registers: is this org number in Brønnøysund / ELMA
  'W10', // account type: full catalogue, driver
  'W11', // new HMS card
  'W12', // cannot find a course
  'W13', // course full, no dates, waitlist, cancel a seat, ask for a unit
  'W14', // what do I still need (programmes), refreshers
  'W15', // certificate / course history
  'W16', // please register this learner for me
  'W17', // who changed what (audit)
  'W18', // (triage itself; never a ticket's topic in practice)
  'W19', // fixtures: test data a team asks for (fake learners for a test environment, a generator)
  'W20', // what do you store about me / delete me
  'registration', // how do I register the first time, what is Firma-ID, which account type
  'other', // spam, thanks, questions the desk does not handle
] as const;
export type TopicId = (typeof TOPICS)[number];

export type TicketLanguage = 'nb' | 'nn' | 'en';

export interface TopicScore {
  topic: TopicId;
  /** 0..1; the first topic of a result has the highest. */
  confidence: number;
  /** The phrases or facts that gave the score, for the agent to judge (no personal data). */
  because: string[];
}

export interface TicketName {
  /** As the person would be addressed: given names then family name, normal case. */
  full: string;
  given: string;
  family: string;
  source: 'body' | 'signature' | 'from';
}

export interface TicketFacts {
  /** The person's name, best first (may be empty). */
  names: TicketName[];
  /** ISO dates (yyyy-mm-dd) written as the person's birth date. */
  birthDates: string[];
  /** Every address the person gives as theirs, lower-case, the From address included; best first. */
  emails: string[];
  /**
   * Of emails, the sender's address when it may be another person's (a parent's, a spouse's): the learner's
   * name differs from the From name, or the text says whose mailbox it is. Not a selector for the learner.
   */
  sharedEmails?: string[];
  /** Organisation numbers that pass mod 11, nine digits, no spaces. */
  orgNumbers: string[];
  courseCodes: string[];
  hmsCards: string[];
  unitIds: string[];
  /** Present when the ticket holds a valid national ID: only its mask (`DDMMYY *****`) and birth date. */
  nationalId?: { masked: string; birthDate: string; mistyped?: true };
  /** Phone numbers the writer gives as such, as +47 and eight digits (a company's contact person, W7). */
  phones?: string[];
  /** Addresses the company gives for its invoices (W7's --invoice-email): labelled so, or faktura@…. */
  invoiceEmails?: string[];
  /** The reference the employer wants on its invoices, when the text labels one (--invoice-ref). */
  invoiceReference?: string;
  /** Other names the person mentions: an employer's name, a course title (free text, short). */
  companyNames: string[];
  /** Courses the text names by title, not code ("kurset Sikkerhet ved arbeid i spor"): for `courses search`. */
  courseTitles?: string[];
  /** Where the person would take a course ("Helst i Bergen"): `units list/request --place` (W13). */
  wantedPlaces?: string[];
  /** When the person would take it ("i mars", "in spring"): the days, and the words as written (W13). */
  wantedDates?: { from: string; to: string; written: string };
  /** Of orgNumbers, the one the text calls the new employer or the company moved to (W5, W6, W10). */
  newOrgNumber?: string;
  /** The account type the person asks for, when the text names one (W10). */
  accountType?: 'free' | 'full' | 'driver';
}

export interface MissingFact {
  topic: TopicId;
  /** Which fact: 'birthDate', 'name', 'email', 'orgNumber', 'courseCode', 'hmsCard', 'unitId', … */
  fact: string;
}

export interface TriageResult {
  /** The ticket reference for --ticket: from the subject (e.g. "[#12345]") or the Message-ID. */
  ticket: string;
  subject: string;
  messageId?: string;
  /** The From address (also in facts.emails). */
  from?: string;
  language: TicketLanguage;
  topics: TopicScore[];
  facts: TicketFacts;
  missing: MissingFact[];
  /** The kursdesk commands to run next, each a whole shell line with the facts quoted. */
  commands: string[];
  /**
   * A login question the FAQ answers with a text alone (reply `login.<kind>`): how to log in, changing a
   * known password, an error message when logging in. Set only when the first topic is W1–W3 and the
   * ticket shows no account problem; those topics then ask for nothing and suggest no change.
   */
  loginQuestion?: LoginQuestion;
  /**
   * Present when the sender writes about someone else (HR, a manager, a parent: README "Whose facts"):
   * replies go back to this writer and speak of facts.names[0] by name. `given` is the writer's first
   * name when the mail is signed or its From names them; without it the reply greets no one by name.
   */
  writer?: { given?: string; guardian?: true };
  /**
   * The sender asks about their own employer as a learner ("firmaet mitt", "I am trying to register"),
   * not for the company: a learner cannot give the company's contact and invoice details (W7).
   */
  asksAsLearner?: true;
  /** A short reply asking for what is missing (and warning about a national ID sent by e-mail). */
  askForMissing?: string;
  /** Where the message came from in a batch: the file, and the message number and line in an mbox. */
  source?: { file?: string; message?: number; line?: number };
}
