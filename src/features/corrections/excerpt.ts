/** The start of a quote's words for a bar at the bottom of the window: at most 80 characters, cut with "…". */
export const excerpt = (text: string): string => (text.length > 80 ? `${text.slice(0, 77)}…` : text);
