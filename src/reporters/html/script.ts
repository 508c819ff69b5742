import { applyEdits } from '../../fixes/apply.js';
import * as client from './client.js';

/**
 * The page script: the compiled code of `applyEdits` (the one fix algorithm, not a copy) and of
 * the client functions, taken with Function.prototype.toString and wrapped so they share one
 * scope and leak no globals.
 */
export function pageScript(): string {
  const functions = [applyEdits, ...Object.values(client)].map((f) => f.toString());
  const script = `(() => {\n'use strict';\n${functions.join('\n\n')}\n\nstartReview(applyEdits);\n})();\n`;
  // Compiled code never holds these, but either would end the script element early.
  if (/<\/script|<!--/i.test(script)) throw new Error('the HTML report script contains "</script" or "<!--"');
  return script;
}
