/**
 * The preview pane of an article or page, shaped like the published page (kicker, headline, dek,
 * date and place, the hero image with its credit, body in the reading column) rather than
 * Sveltia's list of fields. Sveltia renders preview templates with React; it exposes React's
 * createElement as `window.h` and create-react-class as `window.createClass`, as Decap does.
 */
type Element = unknown;
type H = (tag: unknown, props: Record<string, unknown> | null, ...children: unknown[]) => Element;

/** What Sveltia's `getAsset` returns: the file's contents on demand. */
interface Asset {
  toBase64(): Promise<string>;
}
type GetAsset = (path: string) => Asset | undefined;

interface PreviewProps {
  entry: { getIn(path: string[]): unknown };
  widgetFor(name: string): Element;
  getAsset: GetAsset;
}

interface EditorWindow {
  h: H;
  createClass(spec: Record<string, unknown>): unknown;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

const IMAGE_TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp', avif: 'image/avif' };

let heroImage: unknown;

/**
 * The hero image, read from the writer's folder as a data: URL (the page's policy allows data:,
 * and a path like ../../gambar/x.png means nothing at /admin/). Until it is read, and for a file
 * the editor cannot read, its place shows the alt text.
 */
function HeroImage(win: EditorWindow): unknown {
  heroImage ??= win.createClass({
    getInitialState: () => ({ src: '', url: '' }),
    componentDidMount(this: HeroComponent) {
      this.load();
    },
    componentDidUpdate(this: HeroComponent) {
      this.load();
    },
    load(this: HeroComponent) {
      const { src, getAsset } = this.props;
      if (this.loading === src) return;
      const type = IMAGE_TYPES[src.split('.').pop()?.toLowerCase() ?? ''];
      // A file just uploaded may not be readable yet: tried again on the next change of the form.
      const asset = type ? getAsset(src) : undefined;
      if (!asset) return;
      this.loading = src;
      asset
        .toBase64()
        .then((base64) => {
          if (this.loading === src) this.setState({ src, url: `data:${type};base64,${base64}` });
        })
        .catch(() => {
          if (this.loading === src) this.loading = undefined;
        });
    },
    render(this: HeroComponent) {
      const { src, alt } = this.props;
      // A file just uploaded is held in the form as a blob: URL until it is saved.
      if (src.startsWith('blob:')) return win.h('img', { src, alt });
      return this.state.src === src && this.state.url
        ? win.h('img', { src: this.state.url, alt })
        : win.h('div', { className: 'placeholder' }, `Gambar utama: ${alt}`);
    },
  });
  return heroImage;
}

interface HeroComponent {
  props: { src: string; alt: string; getAsset: GetAsset };
  state: { src: string; url: string };
  loading?: string | undefined;
  load(): void;
  setState(state: { src: string; url: string }): void;
}

export function articlePreview(label: string) {
  return ({ entry, widgetFor, getAsset }: PreviewProps): Element => {
    const win = window as unknown as EditorWindow;
    const h = win.h;
    const data = (key: string) => entry.getIn(['data', key]);
    const hero = (key: string) => text(entry.getIn(['data', 'hero', key]));
    return h(
      'article',
      { className: 'preview-article' },
      label ? h('p', { className: 'kicker' }, label, data('draft') === true ? ' · draf' : '') : null,
      h('h1', null, text(data('title'))),
      text(data('description')) ? h('p', { className: 'dek' }, text(data('description'))) : null,
      text(data('pubDate')) ? h('p', { className: 'byline' }, text(data('pubDate')), text(data('location')) ? ` · ${text(data('location'))}` : '') : null,
      hero('src')
        ? h(
            'figure',
            { className: 'figure' },
            h(HeroImage(win), { src: hero('src'), alt: hero('alt'), getAsset }),
            h('figcaption', null, h('span', { className: 'credit' }, hero('credit'))),
          )
        : null,
      h('div', { className: 'prose' }, widgetFor('body')),
    );
  };
}
