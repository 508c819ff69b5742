/** The exit codes of `../shared/spec/cli.md`, in one place. */
export const EXIT = {
  /** Nothing at or above --fail-on. */
  clean: 0,
  /** Findings at or above --fail-on. */
  findings: 1,
  /** Usage, config, glossary or input error. */
  error: 2,
} as const;
