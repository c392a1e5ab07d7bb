/**
 * Direct quotes that take the speaker of a statement around them: a partial quote inside a statement, or a quotation
 * right after it behind a colon; and a partial quote inside a statement with a cue of its own, whatever other cue
 * its sentence has.
 */
import type { FoundQuote } from '../model';

/**
 * A partial quote inside a statement of its sentence ("Die Stadt müsse „…“ handeln, so Berger") takes its speaker,
 * and so does a quotation right after it, behind a colon ("Die Lage sei ernst: „…“").
 */
export function borrowSpeaker(quote: FoundQuote, statements: readonly FoundQuote[]): void {
  const part = quote.spans[0];
  if (!part) return;
  const host = statements.find(
    (s) =>
      s.speaker &&
      s.spans.some(
        (p) =>
          p.paragraph === part.paragraph &&
          p.start <= part.start &&
          (p.end >= part.end || (p.end <= part.start && part.start - p.end <= 2)),
      ),
  );
  if (host) takeSpeaker(quote, host);
}

/**
 * "Auf den Vorwurf der Opposition, es handele sich um einen „teuren Plan“, entgegnete die Regierung …": a partial
 * quote inside a statement with a cue of its own is part of what that statement reports, so it is the words of the
 * statement's speaker, not of the speaker of another cue in the sentence.
 */
export function heldByStatement(quote: FoundQuote, statements: readonly FoundQuote[]): void {
  const part = quote.spans[0];
  const cue = quote.cue[0];
  if (!part || !cue) return;
  const host = statements.find(
    (s) =>
      s.speaker !== undefined &&
      s.speaker !== quote.speaker &&
      s.cue.length > 0 &&
      s.cue.every((c) => c.paragraph !== cue.paragraph || c.end <= part.start || c.start >= part.end) &&
      !s.cue.some((c) => c.paragraph === cue.paragraph && c.start === cue.start) &&
      s.spans.some((p) => p.paragraph === part.paragraph && p.start <= part.start && p.end >= part.end),
  );
  if (host) takeSpeaker(quote, host);
}

/** Gives `quote` the speaker of `host` and its mention (none when the host has none). */
function takeSpeaker(quote: FoundQuote, host: FoundQuote): void {
  if (!host.speaker) return;
  quote.speaker = host.speaker;
  if (host.mention) quote.mention = host.mention;
  else delete quote.mention;
}
