/**
 * The self-assessment page as built: statements readable without JavaScript. Its JavaScript budget
 * is checked with the other assessment pages' in assessmentPages.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAssessment } from '~/check/loadAssessment';
import { DIST, readPage, resolves } from './dist';

const PAGE = '/asesmen-prima/';

describe('self-assessment page', () => {
  let doc: Document;
  beforeAll(() => {
    expect(resolves(DIST, PAGE), 'dist/ belum dibangun').toBe(true);
    doc = readPage(DIST, PAGE);
  });

  it('renders every statement as a fieldset of five native radios, readable without JavaScript', () => {
    const data = loadAssessment();
    const fieldsets = [...doc.querySelectorAll('fieldset')];
    expect(fieldsets).toHaveLength(data.statements.length);
    for (const [i, statement] of data.statements.entries()) {
      const fieldset = fieldsets[i]!;
      expect(fieldset.querySelector('legend')?.textContent).toContain(statement.text);
      const radios = [...fieldset.querySelectorAll('input[type="radio"]')];
      expect(radios.map((r) => r.getAttribute('value'))).toEqual(['1', '2', '3', '4', '5']);
      expect(new Set(radios.map((r) => r.getAttribute('name'))).size).toBe(1);
      for (const radio of radios) expect(doc.querySelector(`label[for="${radio.getAttribute('id')}"]`)?.textContent).toBeTruthy();
    }
    const labels = [...fieldsets[0]!.querySelectorAll('label')].map((l) => l.textContent);
    expect(labels).toEqual(data.scale.options.map((o) => o.label));
  });

  it('says that answers stay on the device and that this is not an official assessment', () => {
    const text = doc.querySelector('main')!.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('Jawaban tetap di perangkat Anda.');
    expect(text).toContain('bukan penilaian resmi');
  });
});
