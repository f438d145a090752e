// Where Debian's Chromium lives and how it starts on a machine with no outside network.
import { existsSync } from 'node:fs';

export const chromiumArgs = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium binary: PELAGO_CHROMIUM, else Debian's. */
export function chromiumPath() {
  const candidates = [
    process.env.PELAGO_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ];
  return candidates.find((path) => path && existsSync(path)) ?? '/usr/bin/chromium';
}
