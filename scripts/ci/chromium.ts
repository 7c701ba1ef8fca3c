/** Debian's Chromium unless CHROME_PATH names another: Playwright's own browser downloads are not reachable here. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * As root in a container, on a machine whose network reaches only package registries: no sandbox,
 * no GPU, and none of the background connections that would be refused (and logged) at every start.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
