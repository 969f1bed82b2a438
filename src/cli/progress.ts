// A progress bar on stderr for long work: drawn only on a terminal (never when stderr is piped, under CI, or --quiet),
// at most ten times a second, and wiped when the work ends so the summary line stands alone.
export interface Progress {
  /** Announces a step without a count ("parsing 24 MB"). */
  step(label: string): void;
  /** Sets the total of the counted step that follows. */
  start(label: string, total: number): void;
  tick(count?: number): void;
  done(): void;
}

const SILENT: Progress = { step: () => undefined, start: () => undefined, tick: () => undefined, done: () => undefined };
const WIDTH = 24;

export function progressOnStderr(quiet: boolean, stream: NodeJS.WriteStream = process.stderr, env: NodeJS.ProcessEnv = process.env): Progress {
  if (quiet || !stream.isTTY || env.CI) return SILENT;
  return barOn((text) => stream.write(text));
}

/** The bar itself, drawing through `write` (exported for tests). */
export function barOn(write: (text: string) => void, now: () => number = () => performance.now()): Progress {
  const started = now();
  let label = '';
  let total = 0;
  let count = 0;
  let drawn = -Infinity;
  const draw = (force: boolean): void => {
    const t = now();
    if (!force && t - drawn < 100) return;
    drawn = t;
    const seconds = ((t - started) / 1000).toFixed(1);
    if (total <= 0) {
      write(`\r\x1b[K${label}… ${seconds} s`);
      return;
    }
    const filled = Math.round((WIDTH * Math.min(count, total)) / total);
    const percent = Math.floor((100 * Math.min(count, total)) / total);
    write(`\r\x1b[K${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${percent}% ${count.toLocaleString('en')}/${total.toLocaleString('en')} ${seconds} s`);
  };
  return {
    step(next) {
      label = next;
      total = 0;
      draw(true);
    },
    start(next, of) {
      label = next;
      total = of;
      count = 0;
      draw(true);
    },
    tick(n = 1) {
      count += n;
      draw(false);
    },
    done() {
      write('\r\x1b[K');
    },
  };
}
