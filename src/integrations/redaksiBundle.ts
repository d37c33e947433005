/**
 * Bundles the editor (src/editor/redaksi.ts with Sveltia CMS from npm) into one folder that is
 * served from our own origin at /admin/. Node-only build tooling, used by the redaksi integration.
 *
 * Sveltia's npm build injects a stylesheet whose @font-face rules point at a font CDN; the same
 * font files ship inside the package, so those URLs are rewritten to our copies here, and the
 * bundle refuses to build if one is left over (a new Sveltia version would then need a look).
 * Its English interface messages a writer meets are replaced by Indonesian (sveltiaIndonesian.ts),
 * and the bundle likewise refuses to build when one of them is not found; a lookup that kept
 * component blocks' fields from being validated is fixed, and the page keeps lang="id" (sveltiaFixes.ts).
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { fixComponentFieldLookup, indonesianPageLanguage } from './sveltiaFixes.ts';
import { translateSveltia } from './sveltiaIndonesian.ts';

/** Where Sveltia's npm build keeps its fonts, wasm and worker files. */
export function sveltiaAssetsDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@sveltia/cms')), 'assets');
}

/** Font URLs on the CDN, as Sveltia writes them: …/fonts/<family>[:vf]@<version>/<subset>.woff2 */
const FONT_CDN_URL = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([\w-]+)(?::vf)?@[\d.]+\/([\w-]+)\.woff2/g;

/** Rewrites every CDN font URL in `source` to `<base>assets/<file>`; throws if a font has no local copy. */
export function selfHostFonts(source: string, assetFiles: readonly string[], base: string): { code: string; count: number } {
  let count = 0;
  const code = source.replace(FONT_CDN_URL, (url, family: string, subset: string) => {
    const file = assetFiles.find((f) => f.startsWith(`${family}-${subset}-`) && f.endsWith('.woff2'));
    if (!file) throw new Error(`Ruang redaksi: tidak ada salinan lokal untuk font ${url}.`);
    count++;
    return `${base}assets/${file}`;
  });
  if (/cdn\.jsdelivr\.net/.test(code)) throw new Error('Ruang redaksi: masih ada alamat CDN di bundel Sveltia CMS.');
  return { code, count };
}

/** Sveltia's npm build, patched: fonts from our own origin, interface messages in Indonesian, blocks validated. */
function sveltiaPatchPlugin(assetFiles: readonly string[], base: string): Plugin {
  return {
    name: 'asn-redaksi-sveltia',
    setup(b) {
      b.onLoad({ filter: /[\\/]@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/ }, (args) => {
        const { code, count } = selfHostFonts(readFileSync(args.path, 'utf8'), assetFiles, base);
        if (count === 0) throw new Error('Ruang redaksi: aturan font Sveltia CMS tidak ditemukan; periksa versi paketnya.');
        return { contents: indonesianPageLanguage(fixComponentFieldLookup(translateSveltia(code))), loader: 'js' };
      });
    },
  };
}

/**
 * Writes the editor bundle to `outDir` (emptied first): `redaksi.js`, its chunks, and Sveltia's
 * assets under `assets/`. `base` is the URL the folder is served at, e.g. `/admin/`.
 */
export async function bundleEditor(options: { entry: string; outDir: string; base: string }): Promise<void> {
  const assets = sveltiaAssetsDir();
  const assetFiles = readdirSync(assets).filter((f) => !f.endsWith('.map'));
  rmSync(options.outDir, { recursive: true, force: true });
  await build({
    entryPoints: { redaksi: options.entry },
    outdir: options.outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'error',
    loader: { '.css': 'text' },
    plugins: [sveltiaPatchPlugin(assetFiles, options.base)],
  });
  // Sveltia finds these beside its own module (new URL('assets/…', import.meta.url)).
  mkdirSync(join(options.outDir, 'assets'), { recursive: true });
  for (const file of assetFiles) copyFileSync(join(assets, file), join(options.outDir, 'assets', file));
}
