// Lays a certificate out as one A4 page: who, which course, when, until when, the number, and a panel
// with the QR code of the verification link and the code itself. DejaVu fonts are embedded (subset), so
// æøå print everywhere. The same inputs give the same bytes: the document's dates come from the
// certificate, not the clock.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CertificateContent } from '../domain/certificates/content.js';
import { type CertificateLanguage, longDate, wording } from './certificate-text.js';

export interface CertificatePage {
  content: CertificateContent;
  /** The self-contained verification code (KB1:…). */
  code: string;
  keyId: string;
  /** The verification page with the code in its fragment; what the QR code holds. */
  link: string;
  lang: CertificateLanguage;
  /** The qualification has lapsed on the day of printing: the page says so. */
  expired: boolean;
}

type Font = object;
interface Fonts {
  serifBold: Font;
  sans: Font;
  sansBold: Font;
  mono: Font;
}

let fonts: Promise<Fonts> | undefined;

/** Parsed once per process: parsing a TrueType file costs more than laying out a page. */
function loadFonts(): Promise<Fonts> {
  fonts ??= (async () => {
    const fontkit = await import('fontkit');
    const create = (fontkit.create ?? (fontkit as unknown as { default: typeof fontkit }).default.create) as (
      buffer: Buffer,
    ) => Font;
    const require = createRequire(import.meta.url);
    const load = (file: string) => create(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)));
    return {
      serifBold: load('DejaVuSerif-Bold.ttf'),
      sans: load('DejaVuSans.ttf'),
      sansBold: load('DejaVuSans-Bold.ttf'),
      mono: load('DejaVuSansMono.ttf'),
    };
  })();
  return fonts;
}

const INK = '#1d2b36';
const ACCENT = '#1f5f6b';
const MUTED = '#5b6770';
const PANEL = '#eef4f5';
const ALERT = '#b3261e';

const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN = 70;
const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const CODE_LINE = 76;

function noonUtc(iso: string): Date {
  return new Date(`${iso}T12:00:00.000Z`);
}

export async function renderCertificatePdf(page: CertificatePage): Promise<Buffer> {
  const [{ default: PDFDocument }, { generate, correction }, f] = await Promise.all([
    import('pdfkit'),
    import('lean-qr'),
    loadFonts(),
  ]);
  const words = wording(page.lang);
  const c = page.content;
  const title = page.lang === 'en' && c.courseTitleEn ? c.courseTitleEn : c.courseTitle;
  const issued = noonUtc(c.issuedOn);
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    font: f.sans as unknown as string,
    lang: page.lang === 'nb' ? 'nb-NO' : 'en-GB',
    displayTitle: true,
    info: {
      Title: `${words.documentTitle} ${c.number}`,
      Author: c.issuer,
      Subject: `${c.courseCode} ${title}`,
      Creator: 'kursdesk',
      Producer: 'kursdesk',
      CreationDate: issued,
      ModDate: issued,
      // Read back by `certificates verify <file.pdf>`.
      VerificationCode: page.code,
    } as PDFKit.DocumentInfo,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  // Registered by name so each font is embedded once and looked up from pdfkit's cache afterwards.
  const names = new Map<Font, string>();
  for (const [name, which] of Object.entries(f) as [string, Font][]) {
    doc.registerFont(name, which as unknown as Buffer);
    names.set(which, name);
  }
  const font = (which: Font, size: number) => doc.font(names.get(which) as string).fontSize(size);
  const centred = (text: string, y: number, options: PDFKit.Mixins.TextOptions = {}) =>
    doc.text(text, MARGIN, y, { width: TEXT_WIDTH, align: 'center', ...options });
  /**
   * A name or title: one line at the largest size from `largest` down to `smallest` that fits; else two
   * lines of about equal length at the smallest size.
   */
  const fitted = (
    text: string,
    which: Font,
    largest: number,
    smallest: number,
    y: number,
    characterSpacing = 0,
  ) => {
    let size = largest;
    const measured = () => doc.widthOfString(text, { characterSpacing });
    font(which, size);
    while (size > smallest && measured() > TEXT_WIDTH) font(which, --size);
    doc.fillColor(INK);
    // Centred by hand: pdfkit's wrapper would measure letter spacing differently and may break the line.
    if (measured() <= TEXT_WIDTH) {
      doc.text(text, (PAGE_WIDTH - measured()) / 2, y, { lineBreak: false, characterSpacing });
      doc.y = y + doc.currentLineHeight(true);
      return doc;
    }
    const twoLines = () => 2 * doc.currentLineHeight(true) + 4;
    // Very long texts shrink further until they take two lines.
    while (size > 11 && doc.heightOfString(text, { width: TEXT_WIDTH, lineGap: 2 }) > twoLines())
      font(which, --size);
    const balanced = Math.min(TEXT_WIDTH, doc.widthOfString(text) / 2 + 40);
    const width =
      doc.heightOfString(text, { width: balanced, lineGap: 2 }) <= twoLines() ? balanced : TEXT_WIDTH;
    return doc.text(text, (PAGE_WIDTH - width) / 2, y, { width, align: 'center', lineGap: 2 });
  };

  // Frame: a strong outer rule and a fine inner one.
  doc
    .lineWidth(2.2)
    .strokeColor(ACCENT)
    .rect(28, 28, PAGE_WIDTH - 56, PAGE_HEIGHT - 56)
    .stroke();
  doc
    .lineWidth(0.6)
    .rect(35, 35, PAGE_WIDTH - 70, PAGE_HEIGHT - 70)
    .stroke();

  font(f.sansBold, 10.5).fillColor(ACCENT);
  centred(c.issuer.toUpperCase(), 72, { characterSpacing: 0.8 });
  fitted(words.heading, f.serifBold, 40, 26, 96, 3);
  doc
    .moveTo(PAGE_WIDTH / 2 - 60, 152)
    .lineTo(PAGE_WIDTH / 2 + 60, 152)
    .lineWidth(1.2)
    .strokeColor(ACCENT)
    .stroke();

  font(f.sans, 13).fillColor(MUTED);
  centred(words.confirms, 180);
  fitted(c.name, f.serifBold, 30, 18, 204);
  font(f.sans, 12).fillColor(MUTED);
  centred(words.born(c.birthDate), doc.y + 5);

  font(f.sans, 13).fillColor(MUTED);
  centred(words.passed, doc.y + 24);
  fitted(title, f.serifBold, 21, 16, doc.y + 8);
  const afterTitle = doc.y;
  font(f.sans, 11).fillColor(MUTED);
  centred(`${words.courseCode} ${c.courseCode}`, afterTitle + 4);

  // The facts, in two columns.
  const top = Math.max(doc.y + 34, 400);
  const left = MARGIN + 20;
  const right = PAGE_WIDTH / 2 + 20;
  // Letter spacing stays small enough that text extraction (search, screen readers) keeps words whole.
  const fact = (
    label: string,
    value: string,
    x: number,
    y: number,
    valueFont: Font = f.sansBold,
    width = PAGE_WIDTH / 2 - 90,
  ) => {
    font(f.sans, 8.5).fillColor(MUTED).text(label.toUpperCase(), x, y, { characterSpacing: 0.4 });
    let size = 13;
    font(valueFont, size);
    while (size > 8 && doc.widthOfString(value) > width) font(valueFont, --size);
    doc.fillColor(INK).text(value, x, y + 13, { lineBreak: false });
  };
  doc
    .lineWidth(0.5)
    .strokeColor('#c9d3d8')
    .moveTo(MARGIN, top - 14)
    .lineTo(PAGE_WIDTH - MARGIN, top - 14)
    .stroke();
  fact(words.completed, longDate(c.completedOn, page.lang), left, top);
  if (c.expiresOn) fact(words.validUntil, longDate(c.expiresOn, page.lang), right, top);
  else fact(words.noExpiry, words.doesNotExpire, right, top);
  fact(words.number, c.number, left, top + 46, f.mono);
  fact(words.issued, longDate(c.issuedOn, page.lang), right, top + 46);
  fact(words.issuedBy, c.issuer, left, top + 92, f.sansBold, TEXT_WIDTH - 40);
  doc
    .lineWidth(0.5)
    .strokeColor('#c9d3d8')
    .moveTo(MARGIN, top + 134)
    .lineTo(PAGE_WIDTH - MARGIN, top + 134)
    .stroke();

  if (page.expired && c.expiresOn) {
    const y = top + 146;
    doc.lineWidth(1.4).strokeColor(ALERT).roundedRect(MARGIN, y, TEXT_WIDTH, 40, 4).stroke();
    font(f.sansBold, 13)
      .fillColor(ALERT)
      .text(words.expiredStamp, MARGIN + 12, y + 13, { characterSpacing: 0.8 });
    font(f.sans, 9).text(words.expiredNote(c.expiresOn), MARGIN + 100, y + 8, { width: TEXT_WIDTH - 112 });
  }

  // The verification panel: QR code on the left, how to check and the code on the right.
  const panelY = 606;
  const panelHeight = 172;
  doc
    .roundedRect(MARGIN - 10, panelY, TEXT_WIDTH + 20, panelHeight, 6)
    .fillColor(PANEL)
    .fill();
  const qr = generate(page.link, { minCorrectionLevel: correction.M });
  const qrSide = 152;
  const quiet = 3;
  const cell = qrSide / (qr.size + 2 * quiet);
  const qrX = MARGIN - 2;
  const qrY = panelY + (panelHeight - qrSide) / 2;
  doc.rect(qrX, qrY, qrSide, qrSide).fillColor('#ffffff').fill();
  for (let y = 0; y < qr.size; y++) {
    for (let x = 0; x < qr.size; x++) {
      // Cells overlap by a hair so no seams show between neighbours.
      if (qr.get(x, y))
        doc.rect(qrX + (x + quiet) * cell, qrY + (y + quiet) * cell, cell + 0.05, cell + 0.05);
    }
  }
  doc.fillColor('#000000').fill();
  doc.link(qrX, qrY, qrSide, qrSide, page.link);

  const textX = qrX + qrSide + 18;
  const textWidth = PAGE_WIDTH - MARGIN - textX;
  font(f.sansBold, 11)
    .fillColor(INK)
    .text(words.checkHeading, textX, panelY + 16, { width: textWidth });
  font(f.sans, 8.5)
    .fillColor(MUTED)
    .text(words.checkExplanation, textX, doc.y + 3, { width: textWidth, lineGap: 1 });
  const linkBase = page.link.slice(0, page.link.indexOf('#'));
  font(f.sans, 8.5)
    .fillColor(ACCENT)
    .text(linkBase, textX, doc.y + 4, { width: textWidth, link: page.link });
  font(f.sans, 7)
    .fillColor(MUTED)
    .text(
      `${words.codeLabel.toUpperCase()} · ${words.keyLabel.toUpperCase()} ${page.keyId}`,
      textX,
      doc.y + 6,
      { characterSpacing: 0.3 },
    );
  const lines: string[] = [];
  for (let i = 0; i < page.code.length; i += CODE_LINE) lines.push(page.code.slice(i, i + CODE_LINE));
  font(f.mono, 5.6).fillColor(INK);
  let codeY = doc.y + 2;
  for (const line of lines) {
    doc.text(line, textX, codeY, { lineBreak: false });
    codeY += 7.2;
  }

  font(f.sans, 10).fillColor(MUTED);
  centred(words.carry, 792);
  doc.end();
  return done;
}
