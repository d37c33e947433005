/**
 * Markup rendered once per build and repeated as it is. An article's card is the same on every
 * listing that shows it (its section, pillars, topics, tags and author: often six pages or more),
 * and a card is three components that Astro renders again each time; at 10,000 articles the
 * listings rendered some 60,000 cards. The dev server renders afresh, so an edit shows at once.
 */
const rendered = new Map<string, Promise<string>>();

/**
 * The HTML `render` gives for `key`, rendered by the first page that asks (pages render eight at
 * a time, so the promise is what is kept). The key must name everything the markup depends on.
 * `fresh` (the dev server) renders every time.
 */
export function renderedOnce(key: string, render: () => Promise<string>, { fresh = import.meta.env.DEV }: { fresh?: boolean } = {}): Promise<string> {
  if (fresh) return render();
  let html = rendered.get(key);
  if (!html) rendered.set(key, (html = render()));
  return html;
}
