// Writes the viewer's screenshots in headless Chromium: docs/screenshot.png (the README's: the default view of the
// bundled survey) and docs/viewer/*.png (a selection, the full-width matrix, the phone layout, the layer of shared
// criteria, the academic version). Run after `npm run build`: npm run screenshot
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../dist/node/serve-static.js';

const root = mkdtempSync(join(tmpdir(), 'deai-shot-'));
for (const [name, source] of [['survey', []], ['academic', ['test/fixtures/sok-deai-README-academic.md']]]) {
  const built = spawnSync('node', ['dist/cli/main.js', 'site', ...source, '-q', '-o', join(root, name)], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
mkdirSync('docs/viewer', { recursive: true });
const { server, url } = await serveStatic(root, 0);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const node = (iri) => encodeURIComponent(iri);
const SHOTS = [
  { file: 'docs/screenshot.png', path: 'survey/' },
  { file: 'docs/viewer/selection.png', path: `survey/#node=${node('https://w3id.org/deai/project/bittensor')}` },
  { file: 'docs/viewer/matrix-full-width.png', path: `survey/#node=${node('https://w3id.org/deai/project/gensyn')}&tab=matrix&wide=1` },
  { file: 'docs/viewer/shared-criteria-layer.png', path: 'survey/#universal=1' },
  { file: 'docs/viewer/academic.png', path: 'academic/' },
  { file: 'docs/viewer/phone.png', path: `survey/#node=${node('https://w3id.org/deai/ontology#Compute')}`, phone: true },
];
try {
  for (const shot of SHOTS) {
    const context = shot.phone
      ? await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 })
      : await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(url + shot.path);
    await page.waitForSelector('body[data-status="ready"]');
    await page.waitForFunction(() => !globalThis.__deaiViewer.renderer.getCamera().isAnimated());
    await page.waitForTimeout(300);
    await page.screenshot({ path: shot.file });
    console.log(`${shot.file} written`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
