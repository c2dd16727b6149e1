// Every mail the system composes (activation and reset links, a seat from the waitlist) ends with the
// same signature as the desk's replies, in each mail language: the learner sees one sender.
import { describe, expect, it } from 'vitest';
import { linkMail, type MailLang } from '../../src/domain/link-mail.js';
import { composeReply } from '../../src/domain/replies/catalogue.js';
import { seatPromotionMail } from '../../src/domain/seat-mail.js';

const LANGS: readonly MailLang[] = ['nb', 'en'];

/** The signature a reply in `lang` ends with: the paragraphs after the last blank line of a whole reply. */
function replySignature(lang: MailLang): string {
  const reply = composeReply(lang, 'Kari', ['body']).trimEnd();
  return reply.slice(reply.lastIndexOf('\n\n') + 2);
}

describe('system mails sign as the replies do', () => {
  it.each(LANGS)('%s: the reply signature names the desk with a capital letter', (lang) => {
    expect(replySignature(lang)).toBe(
      lang === 'nb'
        ? 'Vennlig hilsen\nBrukerstøtten for kursportalen'
        : 'Kind regards\nThe course portal support desk',
    );
  });

  it.each(LANGS)('%s: activation, reset and seat mails end with that signature', (lang) => {
    const mails = [
      ...(['activation', 'reset'] as const).map(
        (kind) =>
          linkMail(lang, kind, {
            firstName: 'Kari',
            lifetimeMs: 86_400_000,
            linkTemplate: 'https://kurs.example.test/set-password?token={{token}}',
          }).body,
      ),
      seatPromotionMail(lang, {
        firstName: 'Kari',
        courseCode: 'SV-300',
        courseTitle: 'Signalsikkerhet',
        startsAt: '2026-12-01T08:00:00.000Z',
        endsAt: '2026-12-01T15:00:00.000Z',
        place: 'Drammen',
      }).body,
    ];
    for (const body of mails) {
      expect(body.endsWith(`\n\n${replySignature(lang)}\n`), body).toBe(true);
      expect(body).not.toMatch(/brukerstøtten i kursportalen|the course portal support desk/);
    }
  });
});
