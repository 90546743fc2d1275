// Which Chromium the browser tests and the benchmark drive: $READOUT_CHROMIUM, else the
// `chromium` on PATH (Debian's package). Playwright's own browser download is not used.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function chromiumPath(): string {
  const fromEnv = process.env.READOUT_CHROMIUM;
  if (fromEnv) return fromEnv;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found && existsSync(found)) return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  throw new Error("No Chromium found: install Debian's chromium (apt-get install chromium) or set READOUT_CHROMIUM to a Chromium binary.");
}

/** Flags for a quiet, offline headless Chromium (no background calls home, no sandbox as root). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];
