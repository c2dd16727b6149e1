// A message the user sees, as a value: a stable code and its parameters, rendered from the catalogue in
// the reader's language only where it is printed. Its English rendering is what the commands have
// always printed, so `String(text)` (and JSON) stays as it was.
import { CATALOGUE, type Entry, type Lang } from './catalogue.js';

export type { Lang } from './catalogue.js';

export type MessageCode = keyof typeof CATALOGUE;
type EntryOf<C extends MessageCode> = (typeof CATALOGUE)[C];
export type MessageParams<C extends MessageCode> = EntryOf<C> extends Entry<infer P> ? P : never;

export class Text<C extends MessageCode = MessageCode> {
  constructor(
    readonly code: C,
    readonly params: MessageParams<C>,
  ) {}

  /** The message in `lang`; nested messages among the parameters are rendered in the same language. */
  in(lang: Lang): string {
    const entry = CATALOGUE[this.code] as unknown as Entry<MessageParams<C>>;
    return entry[lang](this.params, (nested) => (typeof nested === 'string' ? nested : nested.in(lang)));
  }

  toString(): string {
    return this.in('en');
  }

  toJSON(): string {
    return this.in('en');
  }
}

/** Parameters are optional exactly when an entry has none. */
type ParamArgs<C extends MessageCode> =
  Record<string, never> extends MessageParams<C> ? [params?: MessageParams<C>] : [params: MessageParams<C>];

/** `text('learner.not-found-id', { id: 7 })`: a coded message. */
export function text<C extends MessageCode>(code: C, ...params: ParamArgs<C>): Text<C> {
  return new Text(code, (params[0] ?? {}) as MessageParams<C>);
}

/**
 * A coded message as plain data: what a Text becomes when it is posted between threads (structured
 * cloning keeps its code and parameters, not its class). reviveText makes it a Text again.
 */
export interface CodedData {
  readonly code: string;
  readonly params: unknown;
}

function isCodedData(value: object): value is CodedData {
  return 'code' in value && 'params' in value && typeof value.code === 'string' && value.code in CATALOGUE;
}

function revived(value: unknown): unknown {
  if (value instanceof Text || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(revived);
  if (isCodedData(value)) return reviveText(value);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revived(v)]));
}

/** A Text from its plain-data form (a Text is returned as it is), nested messages too. */
export function reviveText(data: CodedData): Text {
  if (data instanceof Text) return data;
  return new Text(data.code as MessageCode, revived(data.params) as never);
}

/** A warning or remark: coded, or plain English where it is not in the catalogue yet. */
export type Notice = string | Text;

/** A message that may not be coded yet (plain English) in `lang`. */
export function textIn(message: string | Text, lang: Lang): string {
  return typeof message === 'string' ? message : message.in(lang);
}
