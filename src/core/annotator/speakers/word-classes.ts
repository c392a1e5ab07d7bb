/**
 * The answers of the word tests of `naming-words.ts` and `animacy.ts`, kept on the word form of the token they were
 * asked of (`Token.form.classes`): the speaker rules ask whether the same token is a name, a role or a group many
 * times over, the answer depends on the word alone, and a form lives only as long as its pass, so nothing is
 * remembered beyond it. Two bits per test: asked, and the answer.
 */
import type { Token } from '../text/tokens';

/** The tests whose answers a token keeps. */
export const WordClass = { name: 1, role: 4, collective: 16, speaking: 64 } as const;

/** The answer of `test` for `token`, worked out on the first question and read from the token after that. */
export function classOf(token: Token, kind: number, test: (token: Token) => boolean): boolean {
  const { form } = token;
  const known = form.classes;
  if (known & kind) return (known & (kind << 1)) !== 0;
  const answer = test(token);
  form.classes = form.classes | kind | (answer ? kind << 1 : 0);
  return answer;
}
