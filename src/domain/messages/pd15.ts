// pd15: personal data and small misuse leftovers — a national ID typed as the HMS card number, an empty
// database variable named by its name. English and bokmål; no parameter holds personal data.
import type { Entry } from './catalogue.js';

const entry = <P>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

// biome-ignore lint/complexity/noBannedTypes: an entry without parameters
type None = {};

export const PD15 = {
  /** The HMS card number given is a valid national ID (never stored; the value is not quoted). */
  'hms-card.national-id': entry<None>(
    () =>
      'HMS card number is a national ID, not the card’s number: give the card number printed on the HMS card itself (with the holder’s photo and issue date), or ask the employer, who ordered the card at hmskort.no',
    () =>
      'HMS-kortnummeret er et fødselsnummer, ikke kortets nummer: oppgi kortnummeret som står trykt på selve HMS-kortet (med bildet og utstedelsesdatoen), eller spør arbeidsgiveren, som bestilte kortet på hmskort.no',
  ),
  /** The database came from an environment variable that is set but empty. */
  'db-target.empty-env': entry<{ variable: 'KURSDESK_DB' | 'DATABASE_URL' }>(
    (p) =>
      `${p.variable} is set but empty: give a file path, sqlite:PATH or postgres://…, or unset it to use the default database`,
    (p) =>
      `${p.variable} er satt, men tom: oppgi en filsti, sqlite:STI eller postgres://…, eller fjern den for å bruke standarddatabasen`,
  ),
} as const;
