/**
 * The browser editor stays out of the public site: a build without hosted mode has no /admin/, and
 * no public page, script, sitemap entry or search index mentions it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, listFiles } from './dist';

describe('Ruang redaksi and the public site', () => {
  it('is not built without REDAKSI_BACKEND', () => {
    expect(existsSync(join(DIST, 'admin'))).toBe(false);
  });

  it('ships none of the editor in public pages and scripts', () => {
    for (const file of [...listFiles(DIST, '.html'), ...listFiles(DIST, '.js')]) {
      const text = readFileSync(file, 'utf8');
      expect(text.includes('/admin/') || /sveltia/i.test(text), file).toBe(false);
    }
  });

  it('is in neither the sitemap nor the search index', () => {
    for (const file of listFiles(DIST, '.xml')) expect(readFileSync(file, 'utf8'), file).not.toContain('/admin');
  });
});
