/**
 * Whether `error` is the failure of a dynamic `import()` to download a chunk of the app's code (the connection is
 * down and no service worker has the chunk yet, or a new deployment replaced it), not a bug in the code. Browsers
 * reject such an import with a `TypeError`, each with its own message: Chromium "Failed to fetch dynamically imported
 * module: <url>", Firefox "error loading dynamically imported module: <url>", Safari "Importing a module script
 * failed.".
 */
export function isCodeLoadFailure(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    /dynamically imported module|importing a module script failed/i.test(error.message)
  );
}
