// The words printed on a certificate, in bokmål and English, and dates the way each language writes
// them. Only wording lives here; the layout is in certificate-pdf.ts.

export const CERTIFICATE_LANGUAGES = ['nb', 'en'] as const;
export type CertificateLanguage = (typeof CERTIFICATE_LANGUAGES)[number];

export interface CertificateWording {
  documentTitle: string;
  heading: string;
  confirms: string;
  born: (date: string) => string;
  passed: string;
  courseCode: string;
  completed: string;
  validUntil: string;
  noExpiry: string;
  doesNotExpire: string;
  number: string;
  issued: string;
  issuedBy: string;
  expiredStamp: string;
  expiredNote: (date: string) => string;
  checkHeading: string;
  checkExplanation: string;
  codeLabel: string;
  keyLabel: string;
  carry: string;
}

const MONTHS_NB = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** 2026-03-05 → "5. mars 2026" (nb) or "5 March 2026" (en). */
export function longDate(iso: string, lang: CertificateLanguage): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return lang === 'nb' ? `${day}. ${MONTHS_NB[month - 1]} ${year}` : `${day} ${MONTHS_EN[month - 1]} ${year}`;
}

const NB: CertificateWording = {
  documentTitle: 'Kursbevis',
  heading: 'KURSBEVIS',
  confirms: 'Dette dokumentet bekrefter at',
  born: (date) => `født ${longDate(date, 'nb')}`,
  passed: 'har gjennomført og bestått kurset',
  courseCode: 'Kurskode',
  completed: 'Fullført',
  validUntil: 'Gyldig til og med',
  noExpiry: 'Gyldighet',
  doesNotExpire: 'Uten utløpsdato',
  number: 'Kursbevisnummer',
  issued: 'Utstedt',
  issuedBy: 'Utstedt av',
  expiredStamp: 'UTLØPT',
  expiredNote: (date) =>
    `Kvalifikasjonen gikk ut ${longDate(date, 'nb')}. Ta oppfriskningskurs før du arbeider på anlegg igjen.`,
  checkHeading: 'Slik kontrollerer du kursbeviset',
  checkExplanation:
    'Skann QR-koden eller åpne lenken. Kontrollkoden er signert digitalt av utstederen; endres ett eneste tegn i opplysningene, blir den ugyldig.',
  codeLabel: 'Kontrollkode',
  keyLabel: 'Nøkkel',
  carry: 'Ha med deg kursbeviset når du arbeider på anlegg.',
};

const EN: CertificateWording = {
  documentTitle: 'Course certificate',
  heading: 'COURSE CERTIFICATE',
  confirms: 'This document confirms that',
  born: (date) => `born ${longDate(date, 'en')}`,
  passed: 'has completed and passed the course',
  courseCode: 'Course code',
  completed: 'Completed',
  validUntil: 'Valid through',
  noExpiry: 'Validity',
  doesNotExpire: 'Does not expire',
  number: 'Certificate number',
  issued: 'Issued',
  issuedBy: 'Issued by',
  expiredStamp: 'EXPIRED',
  expiredNote: (date) =>
    `The qualification lapsed on ${longDate(date, 'en')}. Take refresher training before working on site again.`,
  checkHeading: 'How to check this certificate',
  checkExplanation:
    'Scan the QR code or open the link. The verification code is digitally signed by the issuer; changing a single character of the details makes it invalid.',
  codeLabel: 'Verification code',
  keyLabel: 'Key',
  carry: 'Keep this certificate with you when working on site.',
};

export function wording(lang: CertificateLanguage): CertificateWording {
  return lang === 'nb' ? NB : EN;
}
