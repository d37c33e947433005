/**
 * The browser editor's entry (bundled by src/integrations/redaksiBundle.ts, served at /admin/
 * only). Its configuration is built on the server from the project's definitions and arrives as
 * JSON in the page (#redaksi-setup); this file registers the component blocks, the preview
 * stylesheet, and starts Sveltia CMS.
 */
import CMS from '@sveltia/cms';
import type { EditorSetup } from '../lib/editor/editorConfig.ts';
import { blockPattern, fromBlock, toBlock } from '../lib/editor/componentBlocks.ts';
import { blockPreview } from '../lib/editor/blockPreview.ts';
import { articlePreview } from './articlePreview.ts';
import siteCss from '../styles/global.css';
import previewCss from './preview.css';

const setup = JSON.parse(document.getElementById('redaksi-setup')?.textContent ?? 'null') as EditorSetup | null;
if (!setup) throw new Error('Ruang redaksi: konfigurasi tidak ditemukan di halaman.');

for (const { shape, definition } of setup.components) {
  CMS.registerEditorComponent({
    ...definition,
    pattern: blockPattern(shape),
    fromBlock: (match) => fromBlock(shape, match),
    toBlock: (values) => toBlock(shape, values),
    toPreview: (values) => blockPreview(shape, values),
  });
}
CMS.registerPreviewStyle(`${siteCss}\n${previewCss}`, { raw: true });
// Articles and pages preview like the published page; authors keep Sveltia's list of fields.
for (const collection of (setup.config.collections ?? []) as { name?: string; label?: string }[]) {
  if (!collection.name || collection.name === 'penulis') continue;
  const kicker = collection.name === 'halaman' ? '' : (collection.label ?? '');
  CMS.registerPreviewTemplate(collection.name, articlePreview(kicker) as never);
}

// In local mode the editor is served by the development server itself, so drafts open there.
if (!setup.config.site_url) setup.config.site_url = location.origin;
void CMS.init({ config: setup.config });
