import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.mjs';
import { CHROMIUM_OPTIONS, featuresLost } from '../../scripts/chromium.mjs';

/**
 * Serves the built site (and the fixture corpus, when built) for the browser suite, and starts the
 * one Chromium its files connect to.
 */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ belum ada: jalankan `npm run build` dulu.');
  const browser = await chromium.launchServer(CHROMIUM_OPTIONS);
  const lost = featuresLost(browser.process().spawnargs);
  if (lost.length) {
    await browser.close();
    throw new Error(`Playwright kini mematikan fitur Chromium yang tidak ada di --disable-features scripts/chromium.mjs: ${lost.join(', ')}. Tambahkan ke PLAYWRIGHT_DISABLED.`);
  }
  project.provide('browserEndpoint', browser.wsEndpoint());
  const servers: { server: import('node:http').Server; url: string }[] = [];
  const site = await serve('dist', { port: 0, host: '127.0.0.1' });
  servers.push(site);
  project.provide('siteUrl', site.url);
  if (existsSync('test/.output/dist-corpus/index.html')) {
    const corpus = await serve('test/.output/dist-corpus', { port: 0, host: '127.0.0.1' });
    servers.push(corpus);
    project.provide('corpusUrl', corpus.url);
  } else project.provide('corpusUrl', '');
  return async () => {
    await Promise.all([browser.close(), ...servers.map(({ server }) => new Promise((r) => server.close(r)))]);
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    corpusUrl: string;
    browserEndpoint: string;
  }
}
