// Coded reasons for W1 verdicts (users find, the guided mode, triage --answer): a birth date far from the
// only account the name fits, one name word with nothing that proves who wrote it, and a name that fits
// an account only read as another name.
import type { Entry } from './catalogue.js';

const entry = <P>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

// biome-ignore lint/complexity/noBannedTypes: an entry without parameters
type None = {};

export const FIND_RULES = {
  'find.birth-date-far': entry<None>(
    () =>
      'the name fits, but the birth date written is far from the account’s: it may be someone else (a relative, a namesake); ask for the e-mails used',
    () =>
      'navnet passer, men fødselsdatoen som ble skrevet, ligger langt fra kontoens: det kan være en annen (en slektning, en navnebror); be om e-postene som er brukt',
  ),
  'find.one-name-word': entry<None>(
    () =>
      'only one word of a name was written, and no birth date or address proves it: ask for the full name and the birth date',
    () =>
      'bare ett ord av navnet ble skrevet, og ingen fødselsdato eller adresse bekrefter det: be om fullt navn og fødselsdato',
  ),
  'find.name-is-another': entry<None>(
    () =>
      'the name written is itself a name, and an account fits it only when read as another (Andresen is not Andersen): it may be someone else; ask for the e-mails used',
    () =>
      'navnet som ble skrevet, er et navn i seg selv, og en konto passer bare om det leses som et annet (Andresen er ikke Andersen): det kan være en annen; be om e-postene som er brukt',
  ),
} as const;
