import { readFileSync } from 'node:fs';
import * as yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { localConfig } from '../../scripts/nginx.mjs';

describe('deploy/rebuild-daily.yml', () => {
  const workflow = yaml.load(readFileSync('deploy/rebuild-daily.yml', 'utf8')) as {
    on: { push: { branches: string[] }; schedule: { cron: string }[] };
    jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, string>; env?: Record<string, string> }[] }>;
  };
  const steps = Object.values(workflow.jobs)[0]!.steps;

  it('rebuilds on every push to main and daily at midnight in Asia/Jakarta (17:00 UTC)', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on.schedule).toEqual([{ cron: '0 17 * * *' }]);
  });

  it('installs from the lockfile and builds with SITE_URL set, before any deploy step', () => {
    const runs = steps.map((s) => s.run ?? '');
    const build = runs.indexOf('npm run build');
    expect(runs.indexOf('npm ci')).toBeGreaterThan(-1);
    expect(build).toBeGreaterThan(runs.indexOf('npm ci'));
    expect(steps[build]!.env?.['SITE_URL']).toBe('${{ vars.SITE_URL }}');
    expect(runs.findIndex((r) => /pages deploy dist/.test(r))).toBeGreaterThan(build);
  });

  it("restores Astro's cache (content store, optimised images) after npm ci and before the build", () => {
    const runs = steps.map((s) => s.run ?? '');
    const cache = steps.findIndex((s) => s.uses?.startsWith('actions/cache@'));
    expect(cache).toBeGreaterThan(runs.indexOf('npm ci'));
    expect(cache).toBeLessThan(runs.indexOf('npm run build'));
    expect(steps[cache]!.with?.['path']).toBe('node_modules/.astro');
    // A key of its own per run (GitHub never overwrites an entry), the newest restored by prefix.
    expect(steps[cache]!.with?.['key']).toMatch(/\$\{\{ github\.run_id \}\}$/);
    expect(steps[cache]!.with?.['key']).toContain(steps[cache]!.with?.['restore-keys']);
  });
});

describe('deploy/nginx/ for a local run (npm run start:nginx)', () => {
  const config = localConfig({ dist: '/tmp/x/dist', host: '127.0.0.1', port: 4322, tmp: '/tmp/y', brotli: false });

  it('serves the given folder on the given port, with no production path or port left', () => {
    expect(config['site.conf']).toContain('root /tmp/x/dist;');
    expect(config['site.conf']).toContain('include /tmp/x/dist/_nginx/http.conf;');
    expect(config['site.conf']).toMatch(/^ {4}listen 127\.0\.0\.1:4322;$/m);
    expect(config['site.conf']).not.toMatch(/\/srv\/asn-prima|listen 80;/);
  });

  it('keeps everything nginx writes in the temporary folder, and drops brotli_static without its module', () => {
    expect(config['nginx.conf']).not.toContain('{{');
    for (const directive of ['pid', 'client_body_temp_path', 'proxy_temp_path', 'fastcgi_temp_path', 'uwsgi_temp_path', 'scgi_temp_path'])
      expect(config['nginx.conf']).toMatch(new RegExp(`^\\s*${directive} /tmp/y[/;]`, 'm'));
    expect(config['site.conf']).not.toMatch(/^\s*brotli_static/m);
    expect(config['nginx.conf']).not.toContain('load_module');
  });
});
