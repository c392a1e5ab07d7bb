/**
 * Element Timing (https://w3c.github.io/element-timing/) marks: an element with `elementtiming="<identifier>"`
 * reports when it was first painted. The benchmark (`npm run bench`) reads these to measure time to article, in
 * the app and in the static page it is compared with.
 */

/** The identifier of the article's first paragraph of text. */
export const FIRST_PARAGRAPH_TIMING = 'article-first-paragraph';
