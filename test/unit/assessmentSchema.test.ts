import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { checkAssessment, loadAssessment, validateAssessment, type AssessmentFiles } from '~/check/loadAssessment';
import type { ParsedFile } from '~/check/parseYaml';
import { ContentError, type Problem } from '~/check/problems';
import { PILLAR_SLUGS } from '~/vocab/taxonomy';

/** Builds a ParsedFile the way the loader does, so line lookup works on the real text. */
function source(file: string, text: string): ParsedFile {
  return { file, source: text, data: load(text) };
}

function statementsYaml(perPillar = 4, extra = ''): string {
  const items = PILLAR_SLUGS.flatMap((pillar) =>
    Array.from({ length: perPillar }, (_, i) => `  - id: ${pillar}-${i + 1}\n    pillar: ${pillar}\n    text: Saya ${pillar} ${i + 1}.\n`),
  );
  return `statements:\n${items.join('')}${extra}`;
}

const SCALE_YAML = `prompt: Seberapa sesuai?
options:
${['Sangat tidak sesuai', 'Tidak sesuai', 'Ragu-ragu', 'Sesuai', 'Sangat sesuai'].map((label, i) => `  - value: ${i + 1}\n    label: ${label}\n`).join('')}`;

function levelsYaml(bands: readonly [number, number][]): string {
  return `levels:\n${bands.map(([min, max], i) => `  - min: ${min}\n    max: ${max}\n    name: Level ${i + 1}\n    meaning: Arti ${i + 1}.\n`).join('')}`;
}

function adviceYaml(pillars: readonly string[] = PILLAR_SLUGS): string {
  return `advice:\n${pillars.map((p) => `  ${p}:\n    strength: Kuat.\n    steps:\n      - title: Langkah\n        text: Penjelasan.\n`).join('')}`;
}

const GOOD_BANDS: [number, number][] = [[0, 39], [40, 59], [60, 79], [80, 100]];

function files(overrides: Partial<Record<keyof AssessmentFiles, string>> = {}): AssessmentFiles {
  return {
    statements: source('asesmen/pernyataan.yaml', overrides.statements ?? statementsYaml()),
    scale: source('asesmen/skala.yaml', overrides.scale ?? SCALE_YAML),
    levels: source('asesmen/level.yaml', overrides.levels ?? levelsYaml(GOOD_BANDS)),
    advice: source('asesmen/saran.yaml', overrides.advice ?? adviceYaml()),
  };
}

function problemsOf(overrides: Partial<Record<keyof AssessmentFiles, string>>): Problem[] {
  const result = validateAssessment(files(overrides));
  return result.ok ? [] : result.problems;
}

describe('validateAssessment', () => {
  it('accepts well-formed data and sorts the levels', () => {
    const result = validateAssessment(files({ levels: levelsYaml([[60, 79], [0, 39], [80, 100], [40, 59]]) }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.statements).toHaveLength(20);
    expect(result.data.statements[0]).toEqual({ id: 'profesional-1', pillar: 'profesional', text: 'Saya profesional 1.', reverse: false });
    expect(result.data.levels.map((l) => l.min)).toEqual([0, 40, 60, 80]);
    expect(Object.keys(result.data.advice)).toEqual([...PILLAR_SLUGS]);
  });

  // Each row: what the editor wrote wrong, the file, field and line the problem must name, and a
  // piece of the Indonesian message.
  describe.each<{ name: string; overrides: Partial<Record<keyof AssessmentFiles, string>>; file: string; field: string; line: number; message: RegExp }>([
    {
      name: 'a pillar with three statements',
      overrides: { statements: statementsYaml(4).replace(/ {2}- id: inovatif-4\n {4}pillar: inovatif\n {4}text: .*\n/, '') },
      file: 'asesmen/pernyataan.yaml',
      field: 'statements',
      line: 1,
      message: /Pilar "inovatif" baru punya 3 pernyataan; minimal 4/,
    },
    {
      name: 'a repeated id',
      overrides: { statements: statementsYaml(4, '  - id: responsif-2\n    pillar: responsif\n    text: Saya kembar.\n') },
      file: 'asesmen/pernyataan.yaml',
      field: 'statements.20.id',
      line: 62,
      message: /Id "responsif-2" sudah dipakai oleh pernyataan ke-6/,
    },
    {
      name: 'an unknown pillar in a statement',
      // Five per pillar, so losing one to the typo does not also leave melayani short.
      overrides: { statements: statementsYaml(5).replace('pillar: melayani', 'pillar: melayan') },
      file: 'asesmen/pernyataan.yaml',
      field: 'statements.15.pillar',
      line: 48,
      message: /Pilar "melayan" tidak dikenal/,
    },
    {
      name: 'a misspelt key',
      overrides: { statements: statementsYaml(4).replace('    text: Saya akuntabel 4.\n', '    text: Saya akuntabel 4.\n    revers: true\n') },
      file: 'asesmen/pernyataan.yaml',
      field: 'statements.19',
      line: 59,
      message: /Kolom tidak dikenal pada pernyataan: revers/,
    },
    {
      name: 'an id with capitals and spaces',
      overrides: { statements: statementsYaml(4).replace('id: profesional-2', 'id: Profesional 2') },
      file: 'asesmen/pernyataan.yaml',
      field: 'statements.1.id',
      line: 5,
      message: /huruf kecil, angka, dan tanda hubung/,
    },
    {
      name: 'a gap between bands',
      overrides: { levels: levelsYaml([[0, 39], [45, 59], [60, 79], [80, 100]]) },
      file: 'asesmen/level.yaml',
      field: 'levels.1.min',
      line: 6,
      message: /Ada celah: nilai 40 sampai 44/,
    },
    {
      name: 'overlapping bands',
      overrides: { levels: levelsYaml([[0, 39], [40, 65], [60, 79], [80, 100]]) },
      file: 'asesmen/level.yaml',
      field: 'levels.2.min',
      line: 10,
      message: /tumpang tindih .* nilai 60 sampai 65/,
    },
    {
      name: 'bands that stop before 100',
      overrides: { levels: levelsYaml([[0, 39], [40, 59], [60, 79], [80, 99]]) },
      file: 'asesmen/level.yaml',
      field: 'levels',
      line: 1,
      message: /nilai 100 sampai 100 tidak masuk/,
    },
    {
      name: 'bands that start above 0',
      overrides: { levels: levelsYaml([[1, 39], [40, 59], [60, 79], [80, 100]]) },
      file: 'asesmen/level.yaml',
      field: 'levels.0.min',
      line: 2,
      message: /nilai 0 sampai 0 tidak masuk/,
    },
    {
      name: 'a band above 100',
      overrides: { levels: levelsYaml([[0, 39], [40, 59], [60, 79], [80, 110]]) },
      file: 'asesmen/level.yaml',
      field: 'levels.3.max',
      line: 15,
      message: /tidak boleh lebih dari 100/,
    },
    {
      name: 'only three bands',
      overrides: { levels: levelsYaml([[0, 49], [50, 79], [80, 100]]) },
      file: 'asesmen/level.yaml',
      field: 'levels',
      line: 1,
      message: /minimal 4 level/,
    },
    {
      name: 'advice for an unknown pillar',
      overrides: { advice: adviceYaml(['profesional', 'responsif', 'inovatif', 'melayani', 'akuntabel', 'produktif']) },
      file: 'asesmen/saran.yaml',
      field: 'advice.produktif',
      line: 27,
      message: /Pilar "produktif" tidak dikenal/,
    },
    {
      name: 'advice missing for a pillar',
      overrides: { advice: adviceYaml(['profesional', 'responsif', 'inovatif', 'akuntabel']) },
      file: 'asesmen/saran.yaml',
      field: 'advice',
      line: 1,
      message: /Saran untuk pilar "melayani" belum ada/,
    },
    {
      name: 'a scale out of order',
      overrides: { scale: SCALE_YAML.replace('value: 2', 'value: 9') },
      file: 'asesmen/skala.yaml',
      field: 'options.1.value',
      line: 5,
      message: /harus salah satu dari 1, 2, 3, 4, atau 5/,
    },
    {
      name: 'a scale with four options',
      overrides: { scale: SCALE_YAML.replace('  - value: 5\n    label: Sangat sesuai\n', '') },
      file: 'asesmen/skala.yaml',
      field: 'options',
      line: 2,
      message: /tepat 5 pilihan/,
    },
  ])('rejects $name', ({ overrides, file, field, line, message }) => {
    it('with one problem naming file, field and line', () => {
      const problems = problemsOf(overrides);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file, field, line, severity: 'error' });
      expect(problems[0]?.message).toMatch(message);
    });
  });

  it('reports mistakes in several files in one run', () => {
    const problems = problemsOf({
      levels: levelsYaml([[0, 39], [45, 59], [60, 79], [80, 100]]),
      advice: adviceYaml(['profesional']),
    });
    expect(new Set(problems.map((p) => p.file))).toEqual(new Set(['asesmen/level.yaml', 'asesmen/saran.yaml']));
  });
});

describe('loadAssessment', () => {
  it('loads the real content folder', () => {
    const data = loadAssessment('content/asesmen');
    expect(data.scale.options.map((o) => o.label)).toEqual(['Sangat tidak sesuai', 'Tidak sesuai', 'Ragu-ragu', 'Sesuai', 'Sangat sesuai']);
    for (const pillar of PILLAR_SLUGS) {
      const own = data.statements.filter((s) => s.pillar === pillar);
      expect(own.length, pillar).toBeGreaterThanOrEqual(4);
      expect(own.some((s) => s.reverse), `${pillar} has a reverse-scored statement`).toBe(true);
      expect(own.every((s) => s.text.startsWith('Saya ') || s.text.includes(' saya ')), pillar).toBe(true);
      expect(data.advice[pillar].steps.length, pillar).toBeGreaterThan(0);
    }
    expect(data.levels[0]?.min).toBe(0);
    expect(data.levels.at(-1)?.max).toBe(100);
  });

  it('throws a ContentError listing every problem of the broken fixture', () => {
    let error: unknown;
    try {
      loadAssessment('test/fixtures/asesmen-rusak');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems.map((p) => `${p.file}:${p.line} ${p.field}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        'test/fixtures/asesmen-rusak/pernyataan.yaml:16 statements.4.pillar',
        // List rules still run beside a broken item.
        'test/fixtures/asesmen-rusak/pernyataan.yaml:12 statements.3.id',
        'test/fixtures/asesmen-rusak/pernyataan.yaml:2 statements',
        'test/fixtures/asesmen-rusak/skala.yaml:5 options.1.value',
        'test/fixtures/asesmen-rusak/level.yaml:6 levels.1.min',
        'test/fixtures/asesmen-rusak/level.yaml:10 levels.2.min',
        'test/fixtures/asesmen-rusak/saran.yaml:12 advice.inovatip',
        'test/fixtures/asesmen-rusak/saran.yaml:1 advice',
      ]),
    );
    expect((error as ContentError).message).toContain('Konten tidak valid');
  });

  it('reports a missing folder as one problem per file instead of crashing', () => {
    const result = checkAssessment('test/fixtures/tidak-ada');
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.message)).toEqual([
      'Berkas test/fixtures/tidak-ada/pernyataan.yaml tidak ditemukan. Berkas ini wajib ada untuk asesmen.',
      'Berkas test/fixtures/tidak-ada/skala.yaml tidak ditemukan. Berkas ini wajib ada untuk asesmen.',
      'Berkas test/fixtures/tidak-ada/level.yaml tidak ditemukan. Berkas ini wajib ada untuk asesmen.',
      'Berkas test/fixtures/tidak-ada/saran.yaml tidak ditemukan. Berkas ini wajib ada untuk asesmen.',
    ]);
  });

  it('reports broken YAML with its line and still checks the other files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'asesmen-'));
    try {
      cpSync('content/asesmen', dir, { recursive: true });
      writeFileSync(join(dir, 'skala.yaml'), 'prompt: Seberapa sesuai?\noptions: [\n');
      writeFileSync(join(dir, 'level.yaml'), readFileSync(join(dir, 'level.yaml'), 'utf8').replace('min: 40', 'min: 41'));
      const result = checkAssessment(dir, { root: dir });
      expect(result.ok).toBe(false);
      expect(result.problems.map((p) => `${p.file}:${p.line} ${p.field}`)).toEqual(['skala.yaml:3 -', 'level.yaml:18 levels.1.min']);
      expect(result.problems[0]?.message).toMatch(/^Penulisan YAML tidak valid/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
