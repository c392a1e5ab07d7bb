/**
 * The limit the benchmark measures the app against: a prerendered page without any script (the same markup,
 * classes and CSS file), so its first paint is what the browser alone takes to show that markup.
 */
export function staticPage(appHtml: string): string {
  return appHtml
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '')
    .replace(/<link rel="(?:modulepreload|prefetch)"[^>]*>\s*/g, '');
}
