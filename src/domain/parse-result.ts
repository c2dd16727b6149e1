// Shared result type for parsers of user-typed identifiers: failures are expected input, not exceptions.

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };
