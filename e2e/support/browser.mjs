// Chromium for tests and benchmarks: Debian's /usr/bin/chromium where it exists
// (CI and these machines cannot download Playwright's browsers); elsewhere,
// Playwright's own browser.
import { existsSync } from 'node:fs';

const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumLaunchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    }
  : {};
