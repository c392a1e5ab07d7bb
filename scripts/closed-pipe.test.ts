/** A command whose reader stops early ends quietly (`closed-pipe.ts`), as `… | head` expects. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));

/** Runs `tsx <script> <args>` with `input` on standard input, reads one chunk of its output, then closes it. */
function readOneChunk(
  args: readonly string[],
  input: string,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
    child.stdin.end(input);
  });
}

describe('a closed standard output', () => {
  it('ends the annotator with status 0 and no stack trace', { timeout: 60_000 }, async () => {
    // Far more output than a pipe holds, so that writing goes on after the reader has gone.
    const text = '„Wir bleiben“, sagte Anna Berg. '.repeat(20_000);
    const { code, stderr } = await readOneChunk(['scripts/annotate.ts', '-', '--format', 'spans'], text);
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });
});
