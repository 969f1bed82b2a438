// Lint findings as SARIF 2.1.0: valid against the OASIS JSON schema (shipped by @microsoft/jest-sarif) and complete.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { bundledOntology, bundledVariants, lintSurvey } from '../../src/index.js';
import { findingsToSarif } from '../../src/lint/findings-to-sarif.js';
import { SEED, SEED_PATH } from '../helpers/seed.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
// unicodeRegExp off: one pattern in the official schema (a language tag) is not valid with the u flag.
const ajv = new ajvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

const lint = (text: string, file: string) => lintSurvey(text, { ontology: bundledOntology(), variants: bundledVariants(), file });

interface SarifLog {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; rules: Array<{ id: string; shortDescription: { text: string } }> } };
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }>;
      relatedLocations?: Array<{ physicalLocation: { region: { startLine: number } } }>;
    }>;
  }>;
}

describe('findingsToSarif', () => {
  const log = findingsToSarif(lint(SEED, SEED_PATH), { toolVersion: '0.1.0' });

  it('should be valid SARIF 2.1.0 by the JSON schema', () => {
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('should be checked by a schema that does reject a broken log (no version, a result without a message)', () => {
    const broken = JSON.parse(JSON.stringify(log)) as { version?: string; runs: Array<{ results: Array<{ message?: unknown }> }> };
    delete broken.version;
    delete broken.runs[0]?.results[0]?.message;
    expect(validate(broken)).toBe(false);
  });

  it('should be one run whose driver describes every rule its results use', () => {
    const sarif = log as unknown as SarifLog;
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    const [run] = sarif.runs;
    expect(run?.tool.driver.name).toBe('deai-kg');
    const ids = run?.tool.driver.rules.map((r) => r.id) ?? [];
    for (const rule of run?.tool.driver.rules ?? []) expect(rule.shortDescription.text, rule.id).not.toBe('');
    for (const result of run?.results ?? []) expect(ids[result.ruleIndex], result.ruleId).toBe(result.ruleId);
    expect(run?.results).toHaveLength(54);
  });

  it('should place Commune AI\'s stage mismatch on line 125, with the table cell on line 71 as a related location', () => {
    const result = (log as unknown as SarifLog).runs[0]?.results.find((r) => r.ruleId === 'lint/stage-mismatch');
    expect(result?.level).toBe('warning');
    expect(result?.message.text).toContain('Commune AI');
    expect(result?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('data/sok-deai-README.md');
    expect(result?.locations[0]?.physicalLocation.region).toEqual({ startLine: 125, startColumn: 1 });
    expect(result?.relatedLocations?.map((r) => r.physicalLocation.region.startLine)).toEqual([71]);
  });

  it('should give notes the SARIF level "note"', () => {
    const levels = new Set((log as unknown as SarifLog).runs[0]?.results.filter((r) => r.ruleId === 'lint/table-only').map((r) => r.level));
    expect(levels).toEqual(new Set(['note']));
  });

  it('should be valid for a clean survey too: no results, the rules still described', () => {
    const clean = findingsToSarif(lint(readFileSync('test/fixtures/lint/clean.md', 'utf8'), 'clean.md'), { toolVersion: '0.1.0' });
    expect(validate(clean)).toBe(true);
    expect((clean as unknown as SarifLog).runs[0]?.results).toEqual([]);
  });
});
