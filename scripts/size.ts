/**
 * `npm run size`: builds the site and prints what a first visit downloads before any lazy chunk:
 * the entry script, its static imports (modulepreload) and the CSS, raw and gzipped, plus the lazy
 * chunks for reference. One JSON line per figure, then a table on stderr.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'dist-size');
execFileSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
  cwd: root,
  stdio: 'inherit',
});

const html = readFileSync(join(out, 'index.html'), 'utf8');
const initial = new Set<string>();
for (const m of html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)) initial.add(m[1]!);

const gz = (file: string) => gzipSync(readFileSync(join(out, file)), { level: 9 }).length;
const kb = (n: number) => Math.round(n / 102.4) / 10;

let initialJs = 0;
let initialCss = 0;
const rows: Array<{ file: string; raw: number; gzip: number; initial: boolean }> = [];
for (const name of readdirSync(join(out, 'assets'))) {
  const file = `assets/${name}`;
  if (!/\.(js|css)$/.test(name)) continue;
  const row = { file, raw: statSync(join(out, file)).size, gzip: gz(file), initial: initial.has(file) };
  rows.push(row);
  if (row.initial && name.endsWith('.js')) initialJs += row.gzip;
  if (row.initial && name.endsWith('.css')) initialCss += row.gzip;
}
rows.sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);
console.log(
  JSON.stringify({
    initial_js_gzip_kb: kb(initialJs),
    initial_css_gzip_kb: kb(initialCss),
    budget_js_gzip_kb: 250,
  }),
);
for (const r of rows)
  console.error(
    `${r.initial ? 'initial' : 'lazy   '}  ${String(kb(r.gzip)).padStart(7)} KB gzip  ${String(kb(r.raw)).padStart(8)} KB  ${r.file}`,
  );
