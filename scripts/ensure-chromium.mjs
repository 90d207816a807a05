// Makes sure Debian's Chromium is installed: installs the `chromium` package when missing and running as root,
// otherwise stops with a clear message. Never downloads a browser from anywhere else.
import { execSync } from 'node:child_process';
import { chromiumPath } from './chromium.mjs';

let path = chromiumPath();
if (!path) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root) {
    console.error('Chromium is not installed. Install Debian\'s package first:  sudo apt-get install -y chromium fonts-noto-cjk fonts-thai-tlwg');
    process.exit(1);
  }
  console.log('Installing Debian chromium (apt-get)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation fonts-noto-cjk fonts-thai-tlwg', {
    stdio: 'inherit',
  });
  path = chromiumPath();
  if (!path) {
    console.error('apt-get finished but no chromium binary was found.');
    process.exit(1);
  }
}
console.log(`Chromium: ${path}`);
