/**
 * Sizes no real piece needs to exceed. Past a `…Warn` length a title or summary is cut off in
 * search results (a warning); past a `…Max` length, or past the tag and body limits, the piece is
 * refused: such sizes come from a pasting accident or from someone trying to bloat the site.
 */
export const CONTENT_LIMITS = {
  titleWarn: 100,
  titleMax: 200,
  descriptionWarn: 160,
  descriptionMax: 400,
  tagsMax: 12,
  /** Bytes of the body (everything after the frontmatter), UTF-8. */
  bodyBytesMax: 200 * 1024,
  /**
   * Levels of the body's syntax tree (a quote in a list in a quote …). Real pieces stay under ten;
   * thousands of levels crash the MDX compiler (Sätteri segfaults near 10,000).
   */
  nestingMax: 64,
} as const;
