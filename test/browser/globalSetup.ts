import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/serve.mjs';

/** Serves the built site (and the fixture corpus, when built) for the browser suite. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ belum ada: jalankan `npm run build` dulu.');
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
    await Promise.all(servers.map(({ server }) => new Promise((r) => server.close(r))));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    corpusUrl: string;
  }
}
