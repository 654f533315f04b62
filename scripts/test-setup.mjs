// Before the test suite: install the system tools the tests need when they are missing (Debian's apt-get), so `npm test` passes on a fresh machine.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * What the suites outside Node need. A missing tool is installed, never skipped: a suite that
 * skips itself on a machine without the tool would hide its failures there.
 */
const TOOLS = [
  { what: 'Chromium (test/browser)', found: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'), pkg: 'chromium' },
  { what: 'GNU parallel (test/cli/parallel)', found: () => existsSync('/usr/bin/parallel'), pkg: 'parallel' },
  { what: 'redis-server (test/queue)', found: () => onPath(process.env.REDIS_SERVER ?? 'redis-server'), pkg: 'redis-server' },
];

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v "${cmd}"`], { stdio: 'ignore' }).status === 0;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (r.status !== 0) {
    console.error(`test setup: \`${[cmd, ...args].join(' ')}\` failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
}

const missing = TOOLS.filter((t) => !t.found());
if (missing.length > 0) {
  const pkgs = missing.map((t) => t.pkg);
  console.error(`test setup: installing ${missing.map((t) => t.what).join(', ')} with apt-get`);
  const root = process.getuid?.() === 0;
  if (!onPath('apt-get') || (!root && !onPath('sudo'))) {
    console.error(`test setup: cannot install them here; install the Debian packages ${pkgs.join(' ')} (or set CHROMIUM_PATH / REDIS_SERVER), then run the tests again`);
    process.exit(1);
  }
  const as = (args) => (root ? ['apt-get', args] : ['sudo', ['apt-get', ...args]]);
  // Another apt run on the machine holds the lock for a while; wait for it instead of failing.
  const lock = ['-o', 'DPkg::Lock::Timeout=600'];
  run(...as(['update', '-qq', ...lock]));
  run(...as(['install', '-y', '-qq', ...lock, ...pkgs]));
  const still = missing.filter((t) => !t.found());
  if (still.length > 0) {
    console.error(`test setup: still missing after apt-get: ${still.map((t) => t.what).join(', ')}`);
    process.exit(1);
  }
}
