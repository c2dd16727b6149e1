// Shared result type for parsers of user-typed identifiers: failures are expected input, not exceptions.
// A failure's `error` is its English text; `text`, where the parser has it coded, renders it in the
// agent's language (src/domain/messages).
import type { Lang, Text } from './messages/index.js';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string; text?: Text };

/** A parser's refusal, coded. */
export function refused(text: Text): { ok: false; error: string; text: Text } {
  return { ok: false, error: text.in('en'), text };
}

/** A failed parse's reason in `lang` (English where the parser has not coded it yet). */
export function reasonIn(result: { error: string; text?: Text | undefined }, lang: Lang): string {
  return result.text ? result.text.in(lang) : result.error;
}
