// Bundles the page's script with the SDK for browsers, and copies the page and the example
// workspace it starts from into dist/.
import { cpSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const workspace = join(here, '../itu-ai-capacity-building');
const out = join(here, 'dist');
mkdirSync(out, { recursive: true });

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : files(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
const example = files(workspace)
  .sort()
  .map((path) => ({ source: relative(workspace, path), text: readFileSync(path, 'utf8') }));

await build({
  entryPoints: [join(here, 'src/main.ts')],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  outfile: join(out, 'app.js'),
  define: { EXAMPLE_WORKSPACE: JSON.stringify(example) },
  logLevel: 'warning',
});
cpSync(join(here, 'index.html'), join(out, 'index.html'));
console.log(`examples/browser/dist: index.html, app.js (${example.length} example files)`);
