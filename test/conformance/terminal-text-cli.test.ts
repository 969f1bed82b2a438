// Text from the survey or a store reaches the terminal without its control characters (issue 15): a name holding
// ESC ]0;… BEL (retitles the terminal) or ESC [2J (clears it), or a store's error body holding them, is shown with
// "\x1B"-style escapes; lint reports Unicode bidirectional controls in names.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, runCliAsync } from '../helpers/cli.js';

const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const EVIL = 'Evil\u001B]0;pwned\u0007\u001B[2J';
const SPOOF = 'Evil\u202Egnp.exe';
const survey = [
  '# Survey',
  '',
  '| Project | Compute | Training | Security Assumption |',
  '|---|---|---|---|',
  `| ${EVIL} | ● | ○ | Staking, Proof of ${EVIL} |`,
  `| ${SPOOF} | ○ | ● | Staking |`,
  '',
].join('\n');

describe('Control characters from the survey', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'deai-kg-term-'));
    writeFileSync(join(dir, 'evil.md'), survey);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reach build warnings, lint findings and the query table as escapes', () => {
    const build = cli('build', join(dir, 'evil.md'), '-o', join(dir, 'out'));
    expect(build.status, build.stderr).toBe(0);
    expect(build.stderr).toContain('Security assumption "pwned\\x07\\x1B[2J"');
    expect(build.stderr).not.toMatch(CONTROL);
    const lint = cli('lint', join(dir, 'evil.md'));
    expect(lint.stdout).toContain('Evil\\x1B]0;pwned\\x07');
    expect(lint.stdout).not.toMatch(CONTROL);
    const table = cli('query', 'SELECT ?n WHERE { ?p a <https://w3id.org/deai/ontology#Project> ; <http://www.w3.org/2000/01/rdf-schema#label> ?n }', '-s', join(dir, 'evil.md'), '-q');
    expect(table.stdout).toContain('Evil\\x1B]0;pwned\\x07\\x1B[2J');
    expect(table.stdout).not.toMatch(CONTROL);
    // Data formats carry the name as it is (JSON escapes it; CSV is for programs).
    const csv = cli('query', 'SELECT ?n WHERE { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?n FILTER(STRSTARTS(?n, "Evil\\u001B")) }', '-s', join(dir, 'evil.md'), '-f', 'csv', '-q');
    expect(csv.stdout).toContain(EVIL);
  });

  it('lint reports a bidirectional override in a name, at the name', () => {
    const lint = cli('lint', join(dir, 'evil.md'));
    expect(lint.status).toBe(1);
    expect(lint.stdout).toContain(`${join(dir, 'evil.md')}:6:3: warning: The table name "Evil<U+202E>gnp.exe" holds U+202E RIGHT-TO-LEFT OVERRIDE at character 5`);
    expect(lint.stdout).toContain('[lint/bidi-control]');
  });
});

describe('Control characters in a store\'s error body', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((_req, res) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`store says \u001B]0;pwned\u0007\u001B[2Jno`));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graph-store`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('reach the terminal as plain text, never as control characters', async () => {
    // The first request (dropping a staging graph) goes to the update endpoint, which answers 500 with the body.
    const run = await runCliAsync(['push', '--endpoint', url, '--update', url.replace('graph-store', 'update'), '--graph', 'https://example.org/g', '-q']);
    expect(run.status).toBe(1);
    // A store's message is shown as plain text: each control character a space, runs of space one.
    expect(run.stderr).toContain('answered 500 Internal Server Error: store says ]0;pwned [2Jno');
    expect(run.stderr).not.toMatch(CONTROL);
  });
});
