import type * as Sarif from 'sarif';
import type { Severity, Suggestion } from '../findings/finding.js';
import type { FixKind, RuleMeta } from '../rules/rule.js';
import type { RenderOptions } from './index.js';
import type { Report, ReportFinding } from './report.js';
import { repositoryPathOf } from './repository-path.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The key of tqc's own fingerprint (src/findings/fingerprint.ts) in `partialFingerprints`. */
export const FINGERPRINT_KEY = 'tqcFinding/v1';

/** Relative URIs are from the repository root, the base code-scanning services resolve. */
const URI_BASE = '%SRCROOT%';

const LEVELS: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note' };

const FIX_HELP: Record<FixKind, string> = {
  safe: 'Its fix is safe: `tqc check --fix` applies it.',
  suggestion: 'Its suggestions need an editor’s eye: `tqc check --fix --unsafe` applies them.',
  none: 'It points at the problem; the fix is the editor’s.',
};

/**
 * SARIF 2.1.0 for code-scanning dashboards: one run, the rules with their help, and per finding
 * its level, message, location (repository-relative URI, region in lines and UTF-16 columns),
 * fixes and fingerprint.
 */
export function renderSarif(report: Report, options: RenderOptions): string {
  const rules = options.rules ?? [];
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = report.files.flatMap((file) => {
    const location: Sarif.ArtifactLocation = { uri: toUri(repositoryPathOf(file.path, options)), uriBaseId: URI_BASE };
    return file.findings.map((finding) => resultOf(finding, location, ruleIndex.get(finding.ruleId)));
  });
  const log: Sarif.Log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'tqc', version: report.tool.version, semanticVersion: report.tool.version, rules: rules.map(descriptorOf) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function descriptorOf(meta: RuleMeta): Sarif.ReportingDescriptor {
  return {
    id: meta.id,
    shortDescription: { text: meta.summary },
    fullDescription: { text: meta.rationale },
    help: {
      text: `${meta.summary}\n\n${meta.rationale}\n\n${FIX_HELP[meta.fix]}`,
      markdown: `**${meta.summary}**\n\n${meta.rationale}\n\n${FIX_HELP[meta.fix]}`,
    },
    defaultConfiguration: { level: LEVELS[meta.severity] },
    properties: { category: meta.category, fix: meta.fix, tags: ['translation', meta.category] },
  };
}

function resultOf(finding: ReportFinding, location: Sarif.ArtifactLocation, ruleIndex: number | undefined): Sarif.Result {
  const region: Sarif.Region = {
    startLine: finding.line,
    startColumn: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    charOffset: finding.start,
    charLength: finding.end - finding.start,
  };
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: location, region: { ...region, snippet: { text: finding.text } } } }],
    ...(finding.fingerprint ? { partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint } } : {}),
    ...(finding.suggestions.length > 0 ? { fixes: finding.suggestions.map((s) => fixOf(s, region, location)) } : {}),
    properties: { category: finding.category, ...(finding.note ? { note: finding.note } : {}) },
  };
}

/** A suggestion as a SARIF fix; one that covers more than the finding has only its offsets. */
function fixOf(suggestion: Suggestion, findingRegion: Sarif.Region, location: Sarif.ArtifactLocation): Sarif.Fix {
  const ownSpan = suggestion.start === undefined && suggestion.end === undefined;
  const start = suggestion.start ?? findingRegion.charOffset!;
  const end = suggestion.end ?? findingRegion.charOffset! + findingRegion.charLength!;
  const action = suggestion.replacement === '' ? 'Delete' : `Replace with “${suggestion.replacement}”`;
  return {
    description: { text: suggestion.description ? `${action} (${suggestion.description})` : action },
    artifactChanges: [
      {
        artifactLocation: location,
        replacements: [
          {
            deletedRegion: ownSpan ? findingRegion : { charOffset: start, charLength: end - start },
            insertedContent: { text: suggestion.replacement },
          },
        ],
      },
    ],
  };
}

/** A relative path as a URI reference: each segment percent-encoded. */
function toUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
