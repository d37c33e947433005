/**
 * Markup rendered once per build and repeated as it is. An article's card is the same on every
 * listing that shows it (its section, pillars, topics, tags and author: often six pages or more),
 * and a listing card is three components, one of them waiting for its thumbnail, that Astro
 * rendered again each time: at 10,000 articles some 60,000 cards. The dev server renders afresh,
 * so an edit shows at once.
 */
const rendered = new Map<string, Promise<string> | string>();

/**
 * The HTML `render` gives for `key`, rendered by the first page that asks: a promise until it is
 * done (pages render eight at a time, and all that ask meanwhile share it), then the string
 * itself, so the pages after render on without waiting. The key must name everything the markup
 * depends on. `fresh` (the dev server) renders every time.
 */
export function renderedOnce(key: string, render: () => Promise<string>, { fresh = import.meta.env.DEV }: { fresh?: boolean } = {}): Promise<string> | string {
  if (fresh) return render();
  const known = rendered.get(key);
  if (known !== undefined) return known;
  const rendering = render();
  rendered.set(key, rendering);
  // A failed render stays a rejected promise: every page that shows the card fails the same way.
  rendering.then((html) => rendered.set(key, html), () => {});
  return rendering;
}
