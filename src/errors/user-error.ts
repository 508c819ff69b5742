/**
 * A problem the user can fix (bad glossary, config, argument, unreadable file), as located data.
 * Rendered in one place (`render.ts`) as `FILE:LINE:COLUMN: message` with an excerpt and a hint.
 * Exceptions are for bugs; loaders return these instead.
 */
export interface UserError {
  /** Stable identifier, e.g. `glossary/unknown-field`. */
  code: string;
  message: string;
  file?: string;
  /** 1-based. */
  line?: number;
  /** 1-based, UTF-16 code units. */
  column?: number;
  hint?: string;
  /** `warning` does not stop the run. */
  level?: 'error' | 'warning';
}

export type Loaded<T> = { ok: true; value: T; warnings: UserError[] } | { ok: false; errors: UserError[] };
