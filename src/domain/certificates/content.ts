// What a certificate says, and its canonical bytes (format 1), which the signature covers. Binary and
// length-prefixed rather than JSON so the verification code stays short, and so there is exactly one
// byte string for each content: decoding refuses anything the encoder would not have written. The
// learner's national ID and e-mail are never part of it.

import { isRealDate } from '../dates.js';
import { type Text, text } from '../messages/index.js';
import { type ParseResult, refused } from '../parse-result.js';
import { certificateNumberBytes, certificateNumberFromStoredBytes, NUMBER_BYTES } from './number.js';

export const CONTENT_FORMAT = 1;
export const KEY_ID_BYTES = 4;
const MAX_TEXT_BYTES = 255;

export interface CertificateContent {
  /** KB-XXXX-XXXX-XXXX-XXXX */
  number: string;
  /** The learner's full name as printed. */
  name: string;
  birthDate: string;
  courseCode: string;
  courseTitle: string;
  /** The English title, when the course has one. */
  courseTitleEn: string | null;
  completedOn: string;
  /** Null for qualifications that do not expire. */
  expiresOn: string | null;
  issuer: string;
  issuedOn: string;
}

export interface SignedContent {
  content: CertificateContent;
  /** Which signing key (the first bytes of the SHA-256 of its public key), as 8 hex digits. */
  keyId: string;
}

const TEXT_FIELDS = ['name', 'courseCode', 'courseTitle', 'courseTitleEn', 'issuer'] as const;

/** Why a content cannot be encoded (a field too long for the format), or undefined. */
export function contentProblem(content: CertificateContent): Text | undefined {
  for (const field of TEXT_FIELDS) {
    const value = content[field] ?? '';
    const length = Buffer.byteLength(value.normalize('NFC'), 'utf8');
    if (length > MAX_TEXT_BYTES)
      return text('certificate.field-too-long', { field, length, max: MAX_TEXT_BYTES });
  }
  return undefined;
}

class Writer {
  private readonly parts: Buffer[] = [];
  byte(value: number): void {
    this.parts.push(Buffer.from([value]));
  }
  bytes(value: Uint8Array): void {
    this.parts.push(Buffer.from(value));
  }
  date(iso: string | null): void {
    const buffer = Buffer.alloc(4);
    if (iso !== null) {
      buffer.writeUInt16BE(Number(iso.slice(0, 4)), 0);
      buffer[2] = Number(iso.slice(5, 7));
      buffer[3] = Number(iso.slice(8, 10));
    }
    this.parts.push(buffer);
  }
  text(value: string): void {
    const bytes = Buffer.from(value.normalize('NFC'), 'utf8');
    if (bytes.length > MAX_TEXT_BYTES)
      throw new Error(`text of ${bytes.length} bytes does not fit a certificate`);
    this.byte(bytes.length);
    this.parts.push(bytes);
  }
  done(): Uint8Array {
    return new Uint8Array(Buffer.concat(this.parts));
  }
}

/** The canonical bytes of a certificate signed with the key `keyId` (8 hex digits). */
export function encodeContent(content: CertificateContent, keyId: string): Uint8Array {
  const problem = contentProblem(content);
  if (problem) throw new Error(String(problem));
  if (!/^[0-9a-f]{8}$/.test(keyId)) throw new Error(`key id '${keyId}' is not 8 hex digits`);
  const w = new Writer();
  w.byte(CONTENT_FORMAT);
  w.bytes(Buffer.from(keyId, 'hex'));
  w.bytes(certificateNumberBytes(content.number));
  w.date(content.birthDate);
  w.date(content.completedOn);
  w.date(content.expiresOn);
  w.date(content.issuedOn);
  w.text(content.name);
  w.text(content.courseCode);
  w.text(content.courseTitle);
  w.text(content.courseTitleEn ?? '');
  w.text(content.issuer);
  return w.done();
}

class Malformed extends Error {}

class Reader {
  private offset = 0;
  constructor(private readonly data: Uint8Array) {}
  take(length: number): Uint8Array {
    if (this.offset + length > this.data.length) throw new Malformed('it ends too early');
    const part = this.data.subarray(this.offset, this.offset + length);
    this.offset += length;
    return part;
  }
  byte(): number {
    return this.take(1)[0]!;
  }
  date(what: string, optional: boolean): string | null {
    const raw = this.take(4);
    const year = (raw[0]! << 8) | raw[1]!;
    const month = raw[2]!;
    const day = raw[3]!;
    if (year === 0 && month === 0 && day === 0) {
      if (optional) return null;
      throw new Malformed(`the ${what} is missing`);
    }
    if (!isRealDate(year, month, day) || year < 1000) throw new Malformed(`the ${what} is not a real date`);
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  text(what: string): string {
    const bytes = this.take(this.byte());
    let value: string;
    try {
      value = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      throw new Malformed(`the ${what} is not UTF-8 text`);
    }
    if (value.normalize('NFC') !== value) throw new Malformed(`the ${what} is not in canonical form`);
    return value;
  }
  end(): void {
    if (this.offset !== this.data.length) throw new Malformed('it has bytes after its end');
  }
}

/** Reads canonical bytes back; anything the encoder would not have written is refused. */
export function decodeContent(data: Uint8Array): ParseResult<SignedContent> {
  try {
    const r = new Reader(data);
    const format = r.byte();
    if (format !== CONTENT_FORMAT) return refused(text('seal.unknown-format', { format }));
    const keyId = Buffer.from(r.take(KEY_ID_BYTES)).toString('hex');
    const number = certificateNumberFromStoredBytes(r.take(NUMBER_BYTES));
    if (!number.ok) throw new Malformed(number.error);
    const birthDate = r.date('birth date', false) as string;
    const completedOn = r.date('completion date', false) as string;
    const expiresOn = r.date('expiry date', true);
    const issuedOn = r.date('issue date', false) as string;
    const name = r.text('name');
    const courseCode = r.text('course code');
    const courseTitle = r.text('course title');
    const courseTitleEn = r.text('English course title');
    const issuer = r.text('issuer');
    r.end();
    if (name === '' || courseCode === '' || courseTitle === '' || issuer === '')
      throw new Malformed('a required text is empty');
    return {
      ok: true,
      value: {
        keyId,
        content: {
          number: number.value,
          name,
          birthDate,
          courseCode,
          courseTitle,
          courseTitleEn: courseTitleEn === '' ? null : courseTitleEn,
          completedOn,
          expiresOn,
          issuer,
          issuedOn,
        },
      },
    };
  } catch (error) {
    if (error instanceof Malformed) return refused(text('seal.content-malformed', { detail: error.message }));
    throw error;
  }
}
