import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { metaPolicies, siteCsp } from '../../deploy/hostFiles.mjs';
import { parseCsp } from '../../deploy/policy.mjs';

const page = (policy: string, before = '') =>
  `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">${before}<meta http-equiv="content-security-policy" content="${policy}"><title>Uji</title></head><body></body></html>`;

let dir = '';
function build(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'asn-host-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("the header policy from the pages' own", () => {
  it('joins every source any page allows, each once, in the order first seen', () => {
    const site = build({
      'index.html': page("default-src 'self'; script-src 'self' 'sha256-a'"),
      'berita/index.html': page("default-src 'self'; script-src 'self' 'sha256-a'"),
      'cari/index.html': page("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-b'"),
      'gambar/logo.svg': '<svg/>',
    });
    const header = new Map(parseCsp(siteCsp(site)));
    expect(header.get('default-src')).toEqual(["'self'"]);
    expect(header.get('script-src')).toEqual(["'self'", "'sha256-a'", "'wasm-unsafe-eval'", "'sha256-b'"]);
  });

  it('finds a policy that starts or ends past the first bytes of a page, by reading that page whole', () => {
    const late = `<!-- ${'x'.repeat(4000)} -->`;
    const site = build({
      'index.html': page("default-src 'self'"),
      'panjang/index.html': page(`default-src 'self'; img-src 'self' data:`, late),
      'melewati/index.html': page(`default-src 'self'; style-src 'self' ${"'sha256-c' ".repeat(200).trim()}`),
    });
    expect(metaPolicies(site).sort()).toEqual(
      [`default-src 'self'`, `default-src 'self'; img-src 'self' data:`, `default-src 'self'; style-src 'self' ${"'sha256-c' ".repeat(200).trim()}`].sort(),
    );
  });

  it('refuses a page without a policy, naming it', () => {
    const site = build({ 'index.html': page("default-src 'self'"), 'tanpa/index.html': '<!DOCTYPE html><title>Tanpa</title>' });
    expect(() => siteCsp(site)).toThrow('/tanpa/index.html tidak memuat <meta http-equiv="content-security-policy">.');
  });
});
