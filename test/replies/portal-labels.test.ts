// A reply names the portal's buttons, boxes and fields exactly as the portal (and its FAQ) writes them, in
// Norwegian and in «», whatever the reply's language: an English learner looks for «Oppdater», not for an
// "Update" button that does not exist. English may give the meaning once, in brackets, right after the
// label: «Oppdater» ("Update"). The labels are PORTAL_LABELS, each taken from a sentence of the FAQ.
import { describe, expect, it } from 'vitest';
import { REPLIES, REPLY_LANGS, type ReplyEntry, type ReplyLang } from '../../src/domain/replies/catalogue.js';
import { PORTAL_LABELS, portalLabel } from '../../src/domain/replies/portal-labels.js';

/** `«label» ("meaning")`: the only place an English reply may put a label's English words. */
const GLOSSED = /«([^»]+)» \("([^"]+)"\)/g;

/** What is wrong with the labels a reply text quotes; empty when nothing is. */
function labelProblems(text: string, lang: ReplyLang): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(/«([^»]*)»/g)) {
    const label = m[1] as string;
    if (!portalLabel(label)) problems.push(`«${label}» is not a label the FAQ names`);
  }
  const meanings = new Map<string, number>();
  let rest = text;
  if (lang === 'en') {
    for (const m of text.matchAll(GLOSSED)) {
      const [, label, meaning] = m as unknown as [string, string, string];
      const expected = portalLabel(label)?.en;
      if (expected !== undefined && meaning !== expected)
        problems.push(`«${label}» means "${expected ?? '(no gloss)'}", not "${meaning}"`);
      meanings.set(meaning, (meanings.get(meaning) ?? 0) + 1);
    }
    for (const [meaning, times] of meanings)
      if (times > 1) problems.push(`"${meaning}" is given ${times} times; once is enough`);
    rest = text.replace(GLOSSED, '«$1»');
  }
  // Anything else in quotes reads as a label: in English it would be a translated one.
  for (const m of rest.matchAll(/"([^"]*)"|“([^”]*)”|(?<![\p{L}\p{N}])'([^']+)'(?![\p{L}\p{N}])/gu))
    problems.push(
      `${m[0]} is quoted like a label, but the portal's labels are quoted «as the FAQ writes them»`,
    );
  // An English translation of a label, unquoted but capitalised mid-sentence as a button would be, is still
  // one ("changed to Full course catalogue"); at the start of a sentence it is only a sentence ("Your account
  // has been changed").
  if (lang === 'en')
    for (const { en } of PORTAL_LABELS) {
      if (!en || !/^\p{Lu}\S* \S/u.test(en)) continue;
      const escaped = en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (new RegExp(`(?<!^|[.!?]\\s+|\\n)${escaped}`).test(rest))
        problems.push(`"${en}" is a translation used as a label`);
    }
  return problems;
}

const entries = Object.entries(REPLIES) as [string, ReplyEntry][];

describe('the portal labels a reply names', () => {
  it.each(entries)('%s quotes only labels the FAQ names, as the FAQ writes them', (key, entry) => {
    for (const lang of REPLY_LANGS) expect(labelProblems(entry[lang], lang), `${key} ${lang}`).toEqual([]);
  });

  it('the table holds each label once, with an English meaning unlike the label', () => {
    const labels = PORTAL_LABELS.map((l) => l.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const l of PORTAL_LABELS) expect(l.en, l.label).not.toBe(l.label);
  });

  it('every label in the table is used by some reply (a label no reply names is a dead row)', () => {
    const all = entries.flatMap(([, entry]) => REPLY_LANGS.map((lang) => entry[lang])).join('\n');
    const unused = PORTAL_LABELS.filter((l) => !all.includes(`«${l.label}»`)).map((l) => l.label);
    // «Gratis kurs» is how the account page names the free type; replies use the registration name.
    expect(unused).toEqual(['Gratis kurs']);
  });

  it('the checks fail on a translated label, an invented one and a wrong or repeated meaning', () => {
    const failsWith = (text: string, lang: ReplyLang, why: RegExp) =>
      expect(labelProblems(text, lang).join('\n'), text).toMatch(why);
    failsWith('choose "Forgot your password?" on the login page', 'en', /quoted like a label/);
    failsWith('click “Update employer” below', 'en', /quoted like a label/);
    failsWith("click 'Update' at the bottom", 'en', /quoted like a label/);
    failsWith('the account must be changed to Full course catalogue', 'en', /translation used as a label/);
    failsWith('velg «Glemt passord?» på innloggingssiden', 'nb', /not a label the FAQ names/);
    failsWith('vel «Oppdater arbeidsgjevar» under «Din konto»', 'nn', /not a label the FAQ names/);
    failsWith('trykk "Oppdater" nederst', 'nb', /quoted like a label/);
    failsWith('click «Oppdater» ("Refresh")', 'en', /means "Update", not "Refresh"/);
    failsWith('use the «Driv» ("Drive") tab', 'en', /means "\(no gloss\)"/);
    failsWith('click «Oppdater» ("Update"), then «Oppdater» ("Update")', 'en', /given 2 times/);
    expect(labelProblems('click «Historikk» ("History") and «Vis alt»', 'en')).toEqual([]);
    expect(labelProblems("Your account has your employer's name. History is kept.", 'en')).toEqual([]);
  });
});
