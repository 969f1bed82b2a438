// Writes docs/screenshot.png: the site of the bundled survey in headless Chromium, with a project selected.
// Run after `npm run build`: npm run screenshot
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../dist/node/serve-static.js';

const dir = join(mkdtempSync(join(tmpdir(), 'deai-shot-')), 'site');
const built = spawnSync('node', ['dist/cli/main.js', 'site', '-q', '-o', dir], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
const { server, url } = await serveStatic(dir, 0);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  await page.goto(`${url}#node=${encodeURIComponent('https://w3id.org/deai/project/bittensor')}`);
  await page.waitForSelector('body[data-status="ready"]');
  await page.waitForTimeout(1200); // the camera glides to the selection
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('docs/screenshot.png written');
} finally {
  await browser.close();
  server.close();
}
