/**
 * The annotator's name as written into an article's `annotation.tool`, in a module of its own so that the reader
 * can recognise the annotator's articles without loading the annotator.
 */
export const ANNOTATOR_TOOL = 'stimmen-annotator/1';
