/**
 * The preview pane of an article or page, shaped like the published page (kicker, headline, dek,
 * date and place, the hero's alt text and credit, body in the reading column) rather than Sveltia's list of fields. Sveltia renders
 * preview templates with React; it exposes React's createElement as `window.h`, as Decap does.
 */
type Element = unknown;
type H = (tag: string, props: Record<string, unknown> | null, ...children: unknown[]) => Element;

interface PreviewProps {
  entry: { getIn(path: string[]): unknown };
  widgetFor(name: string): Element;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function articlePreview(label: string) {
  return ({ entry, widgetFor }: PreviewProps): Element => {
    const h = (window as unknown as { h: H }).h;
    const data = (key: string) => entry.getIn(['data', key]);
    const hero = (key: string) => text(entry.getIn(['data', 'hero', key]));
    return h(
      'article',
      { className: 'preview-article' },
      label ? h('p', { className: 'kicker' }, label, data('draft') === true ? ' · draf' : '') : null,
      h('h1', null, text(data('title'))),
      text(data('description')) ? h('p', { className: 'dek' }, text(data('description'))) : null,
      text(data('pubDate')) ? h('p', { className: 'byline' }, text(data('pubDate')), text(data('location')) ? ` · ${text(data('location'))}` : '') : null,
      // The image itself shows in the form; here its place, alt text and credit, as readers get them.
      hero('src')
        ? h('figure', { className: 'figure' }, h('div', { className: 'placeholder' }, `Gambar utama: ${hero('alt')}`), h('figcaption', null, h('span', { className: 'credit' }, hero('credit'))))
        : null,
      h('div', { className: 'prose' }, widgetFor('body')),
    );
  };
}
