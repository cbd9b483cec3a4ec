// Makes sure Debian's Chromium is there for the browser tests. As root on Debian it installs the
// package; otherwise it explains what to do. It never downloads a browser build of its own.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canApt) {
    console.log(`Chromium not found at ${path}: installing Debian's chromium package…`);
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
  }
  if (!existsSync(path)) {
    console.error(
      `Chromium not found at ${path}. Install it ("sudo apt-get install chromium" on Debian) or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
}
