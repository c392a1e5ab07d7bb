/**
 * `npm run eval:errors -- <folder> [fn|fp|speaker|all] [--type Direct] [--half=a|b]`: lists what the annotator gets wrong on a
 * folder in the corpus format of `npm run eval:quotes`: missed gold quotes (FN), false predictions (FP), and matched
 * quotes with the wrong speaker (SPK), each with its context. With `--type`, quotes are matched within that type
 * only, as in the per-type rows of `eval:quotes` (Indirect includes IndirectFreeIndirect). For finding what the
 * rules miss; it prints corpus text to the terminal only.
 */
import { matchQuotes, speakerAgrees, type Range } from '../src/core/annotator/evaluation/score';
import { halfOption, scoredArticles } from './corpus';
import { endQuietlyOnClosedPipe } from './closed-pipe';

endQuietlyOnClosedPipe();

const KINDS = ['fn', 'fp', 'speaker', 'all'];
const args = process.argv.slice(2);
const typeIndex = args.indexOf('--type');
const onlyType = typeIndex >= 0 ? args[typeIndex + 1] : undefined;
const folder = args.find(
  (a, i) => !a.startsWith('--') && !KINDS.includes(a) && (typeIndex < 0 || i !== typeIndex + 1),
);
const what = args.find((a) => KINDS.includes(a)) ?? 'all';
if (!folder) {
  console.error(
    'usage: npm run eval:errors -- <folder> [fn|fp|speaker|all] [--type <gold type>] [--half=a|b]',
  );
  process.exit(2);
}
const wanted = (type: string): boolean =>
  !onlyType || type === onlyType || (onlyType === 'Indirect' && type === 'IndirectFreeIndirect');

/** The stretch `spans` covers, in brackets, with some text before and after; paragraph breaks as ¶. */
function inContext(text: string, spans: readonly Range[]): string {
  if (spans.length === 0) return '';
  const start = Math.min(...spans.map((s) => s[0]));
  const end = Math.max(...spans.map((s) => s[1]));
  const line = (from: number, to: number) => text.slice(Math.max(0, from), to).replace(/\n/g, '¶');
  return `${line(start - 120, start)}⟦${line(start, end)}⟧${line(end, end + 80)}`;
}

for (const { file, article, found, predicted, gold } of scoredArticles(folder, halfOption(args))) {
  const text = article.originalText;
  const ps = predicted.flatMap((q, i) => (wanted(q.type) ? [i] : []));
  const gs = gold.flatMap((q, i) => (wanted(q.type) ? [i] : []));
  const pairs = matchQuotes(
    ps.map((i) => predicted[i]!),
    gs.map((i) => gold[i]!),
    'overlap',
    (p, g) => speakerAgrees(predicted[ps[p]!]!, gold[gs[g]!]!, article.annotations[gs[g]!]!.speaker.text),
  ).map(([p, g]) => [ps[p]!, gs[g]!] as const);
  const matchedPredictions = new Set(pairs.map(([p]) => p));
  const matchedGold = new Set(pairs.map(([, g]) => g));
  const where = file.slice(0, 40);
  const mention = (range: Range | undefined) => (range ? text.slice(range[0], range[1]) : '');

  if (what === 'fn' || what === 'all')
    gold.forEach((quote, i) => {
      if (matchedGold.has(i) || !wanted(quote.type)) return;
      const { speaker, cue } = article.annotations[i]!;
      console.log(`FN ${quote.type} [${where}] speaker=«${speaker.text}» cue=«${cue?.text ?? ''}»`);
      console.log(`   ${inContext(text, quote.spans)}\n`);
    });
  if (what === 'fp' || what === 'all')
    predicted.forEach((quote, i) => {
      if (matchedPredictions.has(i) || !wanted(quote.type)) return;
      console.log(
        `FP ${quote.type} [${where}] speaker=${quote.speakerName} confidence=${found[i]!.confidence}`,
      );
      console.log(`   ${inContext(text, quote.spans)}\n`);
    });
  if (what === 'speaker' || what === 'all')
    for (const [p, g] of pairs) {
      const goldSpeaker = article.annotations[g]!.speaker.text;
      if (!wanted(gold[g]!.type) || speakerAgrees(predicted[p]!, gold[g]!, goldSpeaker)) continue;
      const said = `predicted=${predicted[p]!.speakerName} mention=«${mention(predicted[p]!.speakerSpans[0])}»`;
      console.log(`SPK ${gold[g]!.type} [${where}] gold=«${goldSpeaker}» ${said}`);
      console.log(`   ${inContext(text, gold[g]!.spans)}\n`);
    }
}
