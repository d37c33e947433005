/**
 * A build over the hostile folder (test/fixtures/konten-berbahaya, see test/unit/hostileContent.test.ts)
 * stops before writing any page, printing the check's own messages: every error, in Indonesian,
 * with no English wrapper and no stack trace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '~/check/checks';
import { formatProblem } from '~/check/problems';
import { listFiles } from './dist';
import { HOSTILE_CONTENT, prepareHostileContent } from '../fixtures/hostileContent';

const OUT = 'test/.output/dist-berbahaya';

describe('astro build over hostile content', () => {
  let status: number | null;
  let output: string;
  beforeAll(() => {
    prepareHostileContent();
    rmSync(OUT, { recursive: true, force: true });
    const run = spawnSync('npx', ['astro', 'build'], {
      encoding: 'utf8',
      env: { ...process.env, ASN_CONTENT_DIR: HOSTILE_CONTENT, ASN_OUT_DIR: OUT, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    status = run.status;
    output = `${run.stdout}\n${run.stderr}`;
  }, 120_000);

  it('fails', () => {
    expect(status).toBe(1);
  });

  it('prints every error the check finds, exactly as npm run cek does', () => {
    const errors = runChecks(HOSTILE_CONTENT).filter((p) => p.severity === 'error');
    expect(errors.length).toBeGreaterThan(60);
    for (const p of errors) expect(output).toContain(formatProblem(p));
    expect(output).toMatch(/Konten tidak valid \(\d+ galat, \d+ peringatan\)\. Build dihentikan sebelum menulis halaman apa pun/);
  });

  it('prints no stack trace and no English error wrapper', () => {
    expect(output).not.toMatch(/Stack trace|unhandled error|^\s+at /m);
  });

  it('writes no page', () => {
    expect(existsSync(OUT) ? listFiles(OUT, '.html') : []).toEqual([]);
  });
});
