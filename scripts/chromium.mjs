/**
 * How this project starts Chromium: Debian's, through playwright-core (browser downloads are
 * impossible on these machines). The browser suite's `test/browser/globalSetup.ts` starts one for
 * every test file, which connect to it (`launch` in test/browser/harness.ts); `npm run bench --
 * --search` starts its own with the same options.
 */

/**
 * What Playwright 1.65 switches off in every Chromium it starts (its `chromiumSwitches`), which a
 * `--disable-features` of our own must repeat: Chromium keeps only the last one on its command line.
 * `test/browser/globalSetup.ts` stops the suite, naming them, if Playwright's list ever has more.
 */
const PLAYWRIGHT_DISABLED = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Chromium 156 in headless mode opens a window per context, and with it two web pages of its own for
 * the address bar's suggestions (chrome://omnibox-popup.top-chrome/, and its "AI mode" page), each in
 * a renderer process of its own that nobody sees. In `assessment.test.ts` those renderers took 19 of
 * 87 s of processor time, and the browser process 5 s more; without them the file ran in 40 instead
 * of 54 s.
 */
const UNSEEN_WEB_UI = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

export const CHROMIUM_OPTIONS = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--disable-features=${[...PLAYWRIGHT_DISABLED, ...UNSEEN_WEB_UI].join(',')}`,
  ],
  headless: true,
};

/**
 * The features Playwright disabled on Chromium's command line (`args`, the browser's spawn
 * arguments) that the last `--disable-features`, the one Chromium obeys, no longer disables.
 */
export function featuresLost(/** @type {readonly string[]} */ args) {
  const lists = args.filter((a) => a.startsWith('--disable-features=')).map((a) => a.slice('--disable-features='.length).split(','));
  const kept = new Set(lists.at(-1));
  return (lists[0] ?? []).filter((feature) => feature && !kept.has(feature));
}
