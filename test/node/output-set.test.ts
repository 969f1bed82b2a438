// A build's files change all together (issue 15): a run killed between any two steps of publishing leaves the old
// set or the new one, never a mix, and the next run removes whatever the killed one left.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { publishSteps, STATE_DIR, writeOutputSet } from '../../src/node/output-set.js';

type FileSet = Readonly<Record<string, string>>;
const OLD: FileSet = { 'deai.ttl': 'old ttl', 'deai.nt': 'old nt', 'deai.jsonld': 'old jsonld' };
const NEW: FileSet = { 'deai.ttl': 'new ttl', 'deai.jsonld': 'new jsonld' };
const NEXT: FileSet = { 'deai.ttl': 'next ttl', 'deai.nt': 'next nt' };
const NAMES = ['deai.ttl', 'deai.nt', 'deai.jsonld'];

/** What a reader sees: each output's content, or undefined where there is none. */
function seen(dir: string): Record<string, string | undefined> {
  return Object.fromEntries(NAMES.map((name) => [name, existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : undefined]));
}
const as = (set: FileSet): Record<string, string | undefined> => Object.fromEntries(NAMES.map((name) => [name, set[name]]));

function write(dir: string, set: FileSet): string[] {
  return writeOutputSet(dir, Object.keys(set), (staging) => {
    for (const [name, content] of Object.entries(set)) writeFileSync(join(staging, name), content);
  }, NAMES);
}

/** A process id that is surely not running: a child that has exited (one for the file: spawning is slow). */
const DEAD_PID = spawnSync('true').pid as number;
const deadPid = (): number => DEAD_PID;

/** A run that wrote its staging directory and was killed after `steps` steps of publishing. */
function killedRun(dir: string, set: FileSet, steps: number): void {
  const staging = join(dir, STATE_DIR, `staging-${deadPid()}-killed`);
  mkdirSync(staging, { recursive: true });
  for (const [name, content] of Object.entries(set)) writeFileSync(join(staging, name), content);
  for (const step of publishSteps(dir, Object.keys(set), staging, NAMES).slice(0, steps)) step();
}

function leftovers(dir: string): string[] {
  return readdirSync(join(dir, STATE_DIR)).filter((e) => e !== 'current' && !e.startsWith('build-')).concat(
    readdirSync(join(dir, STATE_DIR)).filter((e) => e.startsWith('build-')).length === 1 ? [] : ['not exactly one build'],
    readdirSync(dir).filter((e) => e.startsWith('.deai-kg-') || e.endsWith('.link')),
  );
}

describe('writeOutputSet', () => {
  const dirs: string[] = [];
  const fresh = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'deai-kg-set-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('publishes a set, and the next set replaces it whole (an output the new set lacks is gone)', () => {
    const dir = fresh();
    expect(write(dir, OLD)).toEqual(['deai.ttl', 'deai.nt', 'deai.jsonld'].map((n) => join(dir, n)));
    expect(seen(dir)).toEqual(as(OLD));
    write(dir, NEW);
    expect(seen(dir)).toEqual(as(NEW));
    expect(leftovers(dir)).toEqual([]);
  });

  it('keeps the outputs of another kind in the same directory (a build\'s Turtle beside an export\'s CSV)', () => {
    const dir = fresh();
    write(dir, OLD);
    writeOutputSet(dir, ['nodes.csv'], (staging) => writeFileSync(join(staging, 'nodes.csv'), 'csv'));
    expect(seen(dir)).toEqual(as(OLD));
    expect(readFileSync(join(dir, 'nodes.csv'), 'utf8')).toBe('csv');
    write(dir, NEXT);
    expect(seen(dir)).toEqual(as(NEXT));
    expect(readFileSync(join(dir, 'nodes.csv'), 'utf8')).toBe('csv');
  });

  const STEPS = publishSteps('/x', ['a'], '/x/.deai-kg/staging-1-a').length;
  for (const start of ['links of an earlier run', 'plain files of an older deai-kg'] as const) {
    it.each(Array.from({ length: STEPS + 1 }, (_, k) => k))(`leaves the old set or the new one when killed after %i publishing steps, over ${start}`, (k) => {
      const dir = fresh();
      if (start === 'links of an earlier run') write(dir, OLD);
      else for (const [name, content] of Object.entries(OLD)) writeFileSync(join(dir, name), content);
      killedRun(dir, NEW, k);
      expect([as(OLD), as(NEW)]).toContainEqual(seen(dir));
      if (k === 0) expect(seen(dir)).toEqual(as(OLD));
      if (k === STEPS) expect(seen(dir)).toEqual(as(NEW));
      // The next run publishes its own set and removes all the killed one left.
      write(dir, NEXT);
      expect(seen(dir)).toEqual(as(NEXT));
      expect(leftovers(dir)).toEqual([]);
    });
  }

  it('removes the staging directories of runs that are gone, old-style ones too, and keeps a running one\'s', () => {
    const dir = fresh();
    write(dir, OLD);
    const dead = join(dir, STATE_DIR, `staging-${deadPid()}-abc123`);
    const running = join(dir, STATE_DIR, `staging-${process.ppid}-def456`);
    const oldStyle = join(dir, '.deai-kg-Ab12Cd');
    for (const path of [dead, running, oldStyle]) {
      mkdirSync(path);
      writeFileSync(join(path, 'deai.ttl'), 'x'.repeat(1000));
    }
    symlinkSync(`${STATE_DIR}/current/deai.ttl`, join(dir, 'deai.ttl.123.link'));
    write(dir, NEW);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(oldStyle)).toBe(false);
    expect(existsSync(join(dir, 'deai.ttl.123.link'))).toBe(false);
    expect(existsSync(running)).toBe(true);
  });

  it('leaves the directory as it was when writing fails', () => {
    const dir = fresh();
    write(dir, OLD);
    expect(() => writeOutputSet(dir, ['deai.ttl'], () => {
      throw new Error('disk on fire');
    })).toThrow('disk on fire');
    expect(seen(dir)).toEqual(as(OLD));
    expect(leftovers(dir)).toEqual([]);
  });

  it('leaves a file of the user\'s that is not one of the outputs alone', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    write(dir, OLD);
    write(dir, NEW);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });
});
