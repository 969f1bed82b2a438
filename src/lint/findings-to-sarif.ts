// Lint findings → a SARIF 2.1.0 log (one run; every rule described), so code-scanning UIs show them on the survey's lines.
import { BUILD_RULES, LINT_RULES, type LintFinding, type LintRule, ruleOf } from './lint-rules.js';

export interface SarifOptions {
  readonly toolVersion: string;
}

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** The SARIF log as a plain object (JSON.stringify it to write). */
export function findingsToSarif(findings: readonly LintFinding[], options: SarifOptions): Record<string, unknown> {
  const rules: LintRule[] = [...LINT_RULES, ...BUILD_RULES];
  for (const f of findings) if (!rules.some((r) => r.id === f.code)) rules.push(ruleOf(f.code));
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'deai-kg',
            version: options.toolVersion,
            informationUri: 'https://w3id.org/deai/',
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              defaultConfiguration: { level: rule.level },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: findings.map((f) => ({
          ruleId: f.code,
          ruleIndex: index.get(f.code),
          level: f.severity,
          message: { text: f.expected ? `${stop(f.message)} Expected ${stop(f.expected)}` : stop(f.message) },
          locations: [{ physicalLocation: physicalLocation(f.place) }],
          ...(f.related.length > 0
            ? { relatedLocations: f.related.map((r, i) => ({ id: i + 1, physicalLocation: physicalLocation(r.place), message: { text: r.message } })) }
            : {}),
        })),
      },
    ],
  };
}

function physicalLocation(place: { file: string; line: number; column: number }): Record<string, unknown> {
  return {
    artifactLocation: artifactLocation(place.file),
    region: { startLine: place.line, startColumn: place.column },
  };
}

/** Relative paths stay relative to the checkout (%SRCROOT%); absolute ones become file: URIs. */
function artifactLocation(file: string): Record<string, string> {
  const path = file.replace(/\\/g, '/');
  if (/^([a-zA-Z]:)?\//.test(path)) return { uri: `file://${path.startsWith('/') ? '' : '/'}${encodeURI(path)}` };
  return { uri: encodeURI(path), uriBaseId: '%SRCROOT%' };
}

function stop(text: string): string {
  return /[.!?)]$/.test(text) ? text : `${text}.`;
}
