/**
 * Ending quietly when the reader of standard output stops early (`npm run eval:quotes -- … | head`). Node ignores
 * SIGPIPE, so a write to a closed pipe is an `EPIPE` error event on `process.stdout`, which nothing handles: the
 * command died with a stack trace after printing what was asked for. Unix tools end silently there; so do ours.
 */

/** Makes a closed standard output end the process with status 0 instead of an unhandled `EPIPE` error. */
export function endQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
}
