/**
 * A paragraph broken into lines of at most `width` characters at its spaces, as an e-mail client, an editor that
 * wraps at 72 columns or a PDF's column does (a word longer than `width` stands on a line of its own).
 */
export function wrapAt(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line].join('\n');
}
