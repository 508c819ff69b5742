import type { Report } from './report.js';

export interface RenderOptions {
  color: boolean;
  sources: ReadonlyMap<string, string>;
}

export type Reporter = (report: Report, options: RenderOptions) => string | Promise<string>;

/** Every output format, by name; each loads on first use so a run pays only for the one it prints. */
export const REPORTERS: Record<string, () => Promise<Reporter>> = {
  text: async () => (await import('./text.js')).renderText,
  json: async () => (await import('./json.js')).renderJson,
};

export const FORMAT_NAMES = Object.keys(REPORTERS);
