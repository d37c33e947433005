import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createArticle } from '~/check/newArticle';

const SCRIPT = resolve('scripts/terbitkan.ts');
const ENV = {
  ...process.env,
  ASN_CONTENT_DIR: '',
  GIT_AUTHOR_NAME: 'Redaksi Uji',
  GIT_AUTHOR_EMAIL: 'uji@example.invalid',
  GIT_COMMITTER_NAME: 'Redaksi Uji',
  GIT_COMMITTER_EMAIL: 'uji@example.invalid',
};

const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8', env: ENV }).stdout.trim();
const TSX = resolve('node_modules/.bin/tsx');
const terbitkan = (cwd: string) => spawnSync(TSX, [SCRIPT], { cwd, encoding: 'utf8', env: ENV });

describe('npm run terbitkan', () => {
  let repo: string;
  let remote: string;
  const ARTICLE = 'content/artikel/opini/lima-pilar-asn-prima.mdx';

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'asn-terbitkan-'));
    cpSync('content', join(repo, 'content'), { recursive: true });
    git(repo, 'init', '--quiet', '--initial-branch=main');
    git(repo, 'add', '.');
    git(repo, 'commit', '--quiet', '-m', 'awal');
    remote = mkdtempSync(join(tmpdir(), 'asn-terbitkan-remote-'));
    git(remote, 'init', '--quiet', '--bare');
    git(repo, 'remote', 'add', 'origin', remote);
  });

  it('refuses a broken article, lists the problem with file and field, and commits nothing', () => {
    const good = readFileSync(join(repo, ARTICLE), 'utf8');
    writeFileSync(join(repo, ARTICLE), good.replace(/^title: .*\n/m, '').replace('pubDate: 2026-11-23', 'pubDate: 23-11-2026'));
    const head = git(repo, 'rev-parse', 'HEAD');
    const run = terbitkan(repo);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/lima-pilar-asn-prima\.mdx.*title/);
    expect(run.stderr).toMatch(/pubDate/);
    expect(run.stderr).toMatch(/Tidak diterbitkan/);
    expect(git(repo, 'rev-parse', 'HEAD')).toBe(head);
    writeFileSync(join(repo, ARTICLE), good);
  }, 60_000);

  it('commits the changed pieces with a message naming them, pushes, and leaves the leftovers of an interrupted save out', () => {
    const created = createArticle(
      { kind: 'berita', title: 'Posko Relawan Dibuka', author: 'redaksi', pillars: ['melayani'], topics: ['psr'], tags: ['relawan'] },
      { contentDir: join(repo, 'content'), root: repo, now: new Date('2026-03-05T09:00:00+07:00') },
    );
    // As an interrupted save leaves them (the repository's .gitignore is not in this copy).
    writeFileSync(join(repo, 'content/artikel/berita/setengah.mdx.crswap'), '---\ntitle: setengah');
    writeFileSync(join(repo, 'content/artikel/opini/.sveltia-tmp-0d1e'), '---\ntitle: setengah');
    const run = terbitkan(repo);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const message = git(repo, 'log', '-1', '--format=%B');
    expect(message).toMatch(/^Terbitkan "Posko Relawan Dibuka"/);
    expect(message).toContain(`${created.file} (baru): Posko Relawan Dibuka`);
    expect(git(repo, 'show', '--name-only', '--format=', 'HEAD')).toBe(created.file);
    expect(git(repo, 'status', '--porcelain', '--', 'content').split('\n').sort()).toEqual([
      '?? content/artikel/berita/setengah.mdx.crswap',
      '?? content/artikel/opini/.sveltia-tmp-0d1e',
    ]);
    expect(git(remote, 'log', '-1', '--format=%s', 'main')).toBe('Terbitkan "Posko Relawan Dibuka"');
  }, 60_000);
});
