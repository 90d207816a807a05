// The README's test command: lint + types, unit tests, both production builds, Firefox lint, then the real-browser
// e2e suite. Prints a plain "N passed, N failed" line at the end and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync, existsSync } from 'node:fs';

const started = Date.now();
let passed = 0;
let failed = 0;
const failures = [];

function run(name, cmd, args, { capture = false, env = {} } = {}) {
  const t0 = Date.now();
  process.stdout.write(`\n▶ ${name}: ${cmd} ${args.join(' ')}\n`);
  const res = spawnSync(cmd, args, {
    stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (capture) {
    process.stdout.write(res.stdout ?? '');
    process.stderr.write(res.stderr ?? '');
  }
  const ok = res.status === 0;
  process.stdout.write(`${ok ? '✔' : '✖'} ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
  return { ok, out: `${res.stdout ?? ''}${res.stderr ?? ''}` };
}

function step(name, cmd, args, opts) {
  const r = run(name, cmd, args, opts);
  if (r.ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
  return r;
}

mkdirSync('out', { recursive: true });
step('lint (eslint)', 'npx', ['eslint', '.']);
step('types (tsc --noEmit)', 'npx', ['tsc', '--noEmit']);

// Unit tests: counted per test from Vitest's JSON report.
const unit = run('unit tests (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=out/vitest.json']);
if (existsSync('out/vitest.json')) {
  const j = JSON.parse(readFileSync('out/vitest.json', 'utf8'));
  passed += j.numPassedTests ?? 0;
  failed += (j.numFailedTests ?? 0) + (unit.ok || j.numFailedTests ? 0 : 1);
  if (!unit.ok) failures.push('unit tests');
} else {
  failed++;
  failures.push('unit tests (no report)');
}

const chrome = step('build chrome-mv3', 'npx', ['wxt', 'build']);
step('build firefox-mv2', 'npx', ['wxt', 'build', '-b', 'firefox']);
step('web-ext lint (firefox)', 'npx', ['web-ext', 'lint', '-s', '.output/firefox-mv2', '--self-hosted=false', '--boring']);

if (chrome.ok) {
  step('chromium present', 'node', ['scripts/ensure-chromium.mjs']);
  const e2e = run('e2e (node:test, Chromium)', 'node', ['--test', '--test-concurrency=1', '--test-timeout=300000', '--test-reporter=spec', 'tests/e2e/'], { capture: true });
  const p = /^ℹ pass (\d+)/m.exec(e2e.out);
  const f = /^ℹ fail (\d+)/m.exec(e2e.out);
  if (p) passed += Number(p[1]);
  if (f) failed += Number(f[1]);
  if (!p && !f) failed++;
  if (!e2e.ok) failures.push('e2e');
}

const secs = ((Date.now() - started) / 1000).toFixed(0);
console.log(`\nnpm test wall time: ${secs} s${failures.length ? `; failing: ${failures.join(', ')}` : ''}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
