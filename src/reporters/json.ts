import type { Report } from './report.js';

/** The machine-readable report, exactly the version-1 shape. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
