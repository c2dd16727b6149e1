// Dates and times as a learner in Norway reads them in a reply: Europe/Oslo wall-clock time, in the
// reply's language. The one place replies format time, so a shared output module can replace it later.

export type ReplyLanguage = 'nb' | 'nn' | 'en';

const LOCALES: Record<ReplyLanguage, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };
const AT: Record<ReplyLanguage, string> = { nb: 'kl.', nn: 'kl.', en: 'at' };

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function format(lang: ReplyLanguage, kind: 'date' | 'time', timeZone: string): Intl.DateTimeFormat {
  const key = `${lang}/${kind}/${timeZone}`;
  let f = dateFormats.get(key);
  if (!f) {
    f =
      kind === 'date'
        ? new Intl.DateTimeFormat(LOCALES[lang], {
            timeZone,
            weekday: 'long',
            day: 'numeric',
            month: 'long',
            year: 'numeric',
          })
        : new Intl.DateTimeFormat(LOCALES[lang], {
            timeZone,
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
          });
    dateFormats.set(key, f);
  }
  return f;
}

/** An instant (ISO 8601 with offset or Z) as "mandag 11. januar 2027 kl. 09:00" / "Monday 11 January 2027 at 09:00". */
export function formatOsloDateTime(iso: string, lang: ReplyLanguage): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const day = format(lang, 'date', 'Europe/Oslo').format(at).replace(',', '');
  const time = format(lang, 'time', 'Europe/Oslo').format(at).replace('.', ':');
  return `${day} ${AT[lang]} ${time}`;
}

/**
 * A calendar day (yyyy-mm-dd: a validity's last day, an HMS card's due date) as "10. januar 2028" /
 * "10 January 2028". It names a day, not an instant, so it is not shifted by any time zone.
 */
export function formatOsloDate(isoDay: string, lang: ReplyLanguage): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(isoDay)?.[0];
  if (!day) return isoDay;
  const at = new Date(`${day}T12:00:00Z`);
  return new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(at);
}
