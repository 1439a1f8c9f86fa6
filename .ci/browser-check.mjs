// Checks the API docs site and the browser example in a real headless browser (Debian's chromium,
// installed here when it is missing): the pages load without console errors, the docs search finds
// validateWorkPlan, and the browser example shows the ranking for the example plan and findings for
// a broken file; the validateWorkPlan page is at most 3,000 px tall and the WorkPlan page lists
// its fields. Saves screenshots under docs/screenshots. Run after `pnpm run docs` and the browser
// example's build (`pnpm check:browser` does both).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { validateDocumentText } from '../packages/core/dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const shots = join(root, 'docs/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  console.log('Installing chromium from Debian...');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args) =>
    execFileSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), { stdio: 'inherit' });
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', 'chromium']);
  if (!existsSync(CHROMIUM))
    throw new Error(`chromium was not found at ${CHROMIUM} after installing it`);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};
const mounts = {
  '/api/': join(root, 'docs/api'),
  '/browser/': join(root, 'examples/browser/dist'),
};

function serve() {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    // The docs declare no icon, so the browser asks for one; none is an answer, not an error.
    if (url.pathname === '/favicon.ico') return void response.writeHead(204).end();
    const prefix = Object.keys(mounts).find((p) => url.pathname.startsWith(p));
    if (prefix === undefined) return void response.writeHead(404).end();
    let path = normalize(
      join(mounts[prefix], decodeURIComponent(url.pathname.slice(prefix.length))),
    );
    if (!path.startsWith(mounts[prefix])) return void response.writeHead(403).end();
    if (url.pathname.endsWith('/')) path = join(path, 'index.html');
    if (!existsSync(path)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(readFileSync(path));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

for (const [prefix, dir] of Object.entries(mounts)) {
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`${dir}/index.html is missing: build it first (pnpm check:browser builds both).`);
    process.exit(2);
  }
  void prefix;
}
ensureChromium();
mkdirSync(shots, { recursive: true });
const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });

  // API docs: the front page, then the search.
  await page.goto(`${base}/api/`, { waitUntil: 'networkidle' });
  check((await page.title()).length > 0, 'the API docs load');
  await page.screenshot({ path: join(shots, 'api-docs.png') });
  await page.click('#tsd-search-trigger');
  await page.fill('#tsd-search-input', 'validateWorkPlan');
  const hit = page.locator('#tsd-search-results li', { hasText: 'validateWorkPlan' }).first();
  await hit.waitFor({ timeout: 10_000 }).catch(() => undefined);
  check((await hit.count()) > 0, 'the API search finds validateWorkPlan');
  await page.screenshot({ path: join(shots, 'api-search.png') });
  await hit.click();
  await page.waitForLoadState('networkidle');
  check(
    page.url().includes('validateWorkPlan'),
    'the search result opens the validateWorkPlan page',
  );
  // Function pages name the document types instead of expanding them into the signature.
  const height = () => page.evaluate(() => globalThis.document.documentElement.scrollHeight);
  const validateHeight = await height();
  check(
    validateHeight <= 3000,
    `the validateWorkPlan page is at most 3,000 px tall (${validateHeight} px)`,
  );
  await page.goto(`${base}/api/interfaces/_itu-aicb_core.WorkPlan.html`, {
    waitUntil: 'networkidle',
  });
  const measuresField = page.locator('section.tsd-member:has(h3#measures)');
  const measuresText =
    (await measuresField.count()) > 0 ? await measuresField.first().innerText() : '';
  check(
    measuresText.includes('Measure[]') && measuresText.includes('The specific measures.'),
    'the WorkPlan page lists measures (Measure[]) with its description',
  );
  check(
    errors.length === 0,
    `the API docs log no console errors${errors.length ? `: ${errors.join(' | ')}` : ''}`,
  );
  errors.length = 0;

  // Browser example: the example plan ranks; a broken file shows findings with positions.
  await page.goto(`${base}/browser/`, { waitUntil: 'networkidle' });
  const rows = page.locator('#ranking tr');
  await rows
    .nth(1)
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  const plan = validateDocumentText(
    readFileSync(join(root, 'examples/itu-ai-capacity-building/work-plan.yaml'), 'utf8'),
  );
  const measures = plan.ok && plan.value.kind === 'WorkPlan' ? plan.value.measures.length : 0;
  const incomplete = await page.locator('#incomplete li').count();
  check(
    measures > 0 && (await rows.count()) - 1 + incomplete === measures,
    `the browser example shows all ${measures} measures of the example plan, ranked or with too little data to rank (${incomplete})`,
  );
  check(
    (await page.locator('#findings .finding.error').count()) === 0,
    'the example plan has no errors',
  );
  await page.screenshot({ path: join(shots, 'browser-example.png'), fullPage: true });
  await page.fill(
    '#input',
    'kind: NeedsAssessment\nschemaVersion: 1\nid: na-xyz\nscope: { type: contry, country: XYZ }\ndate: 2026-02-30\n',
  );
  const finding = page.locator('#findings .finding', { hasText: 'schema/invalid-value' }).first();
  await finding.waitFor({ timeout: 10_000 }).catch(() => undefined);
  const text = (await finding.count()) > 0 ? await finding.innerText() : '';
  check(
    text.includes('pasted file:4:16') && text.includes('Did you mean "country"?'),
    'a broken file shows findings with line, column and hint',
  );
  await page.screenshot({ path: join(shots, 'browser-example-findings.png'), fullPage: true });
  check(
    errors.length === 0,
    `the browser example logs no console errors${errors.length ? `: ${errors.join(' | ')}` : ''}`,
  );
} finally {
  await browser.close();
  server.close();
}
console.log(
  failures.length === 0 ? 'browser check passed' : `browser check failed: ${failures.length}`,
);
process.exit(failures.length === 0 ? 0 : 1);
