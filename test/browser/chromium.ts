/**
 * The one Chromium the browser suite drives: Debian's, through playwright-core (browser downloads
 * are impossible on these machines). `./globalSetup.ts` starts it once for every test file, which
 * connect to it (`launch` in ./harness.ts); anything else that needs a Chromium starts its own.
 */
export const CHROMIUM_OPTIONS = {
  executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
  headless: true,
};
