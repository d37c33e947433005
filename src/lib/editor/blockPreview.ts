/**
 * How a component block looks in the editor's preview pane: the same markup and class names as
 * the site's components (src/components/mdx/), styled by src/editor/preview.css. Every value the
 * writer typed is escaped, so a prop can never inject markup into the editor.
 */
import type { BlockShape, BlockValues } from './componentBlocks.ts';

const escape = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const paragraphs = (text: unknown) =>
  String(text ?? '')
    .split(/\n\s*\n/)
    .filter((p) => p.trim())
    .map((p) => `<p>${escape(p.trim())}</p>`)
    .join('');

export function blockPreview(shape: BlockShape, v: BlockValues): string {
  switch (shape.name) {
    case 'Callout': {
      const type = v['type'] === 'peringatan' ? 'peringatan' : 'catatan';
      const heading = v['title'] || (type === 'peringatan' ? 'Peringatan' : 'Catatan');
      return `<div class="callout ${type}"><p class="heading">${escape(heading)}</p><div class="body">${paragraphs(v['isi'])}</div></div>`;
    }
    case 'PullQuote':
      return `<figure class="pull-quote"><blockquote>${paragraphs(v['isi'])}</blockquote><figcaption>— ${escape(v['by'])}${v['role'] ? `<span class="role">, ${escape(v['role'])}</span>` : ''}</figcaption></figure>`;
    case 'Figure':
      return `<figure class="figure"><div class="placeholder">Gambar: ${escape(v['src'])}<br>${escape(v['alt'])}</div><figcaption>${v['caption'] ? `<span class="caption">${escape(v['caption'])}</span>` : ''}<span class="credit">${escape(v['credit'])}</span></figcaption></figure>`;
    case 'AssessmentCta':
      return `<aside class="cta"><p class="title">${escape(v['title'] || 'Seberapa PRIMA cara kerja Anda?')}</p><p>Asesmen mandiri PRIMA mengajak Anda bercermin tentang lima sikap kerja ASN.</p><span class="button">${escape(v['label'] || 'Mulai asesmen mandiri')}</span></aside>`;
    case 'DonationProgress':
      return `<aside class="cta"><p class="title">Kemajuan donasi</p><p>Kampanye: ${escape(v['campaign'])}. Angka dan grafiknya tampil di situs.</p></aside>`;
    case 'YouTube':
      return `<figure class="video"><div class="poster"><span class="label">Putar video: ${escape(v['title'])}</span></div><figcaption>Video dibuka di YouTube (youtube-nocookie.com) setelah pembaca mengklik.</figcaption></figure>`;
    default:
      return `<p>${escape(shape.name)}</p>`;
  }
}
