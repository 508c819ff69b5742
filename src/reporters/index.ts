import type { RuleMeta } from '../rules/rule.js';
import type { Report } from './report.js';

export interface RenderOptions {
  color: boolean;
  sources: ReadonlyMap<string, string>;
  /** The rules of the run, for formats that describe them (sarif, html). */
  rules?: readonly RuleMeta[];
  /** Each report path relative to the repository root, for formats code hosts read (sarif, github). */
  repositoryPaths?: ReadonlyMap<string, string>;
}

export type Reporter = (report: Report, options: RenderOptions) => string | Promise<string>;

/** Every output format, by name; each loads on first use so a run pays only for the one it prints. */
export const REPORTERS: Record<string, () => Promise<Reporter>> = {
  text: async () => (await import('./text.js')).renderText,
  json: async () => (await import('./json.js')).renderJson,
  sarif: async () => (await import('./sarif.js')).renderSarif,
  github: async () => (await import('./github.js')).renderGithub,
  html: async () => (await import('./html/render.js')).renderHtml,
};

export const FORMAT_NAMES = Object.keys(REPORTERS);
