/**
 * `npx tsx scripts/eval-errors.ts <folder> [fn|fp|speaker|all] [--type Direct]`: lists what the annotator gets
 * wrong on a corpus folder (the format of `npm run eval:quotes`): missed gold quotes, false predictions, and matched
 * quotes with the wrong speaker, each with its context. With `--type`, quotes are matched within that type only,
 * as in the per-type rows of `eval:quotes` (Indirect includes IndirectFreeIndirect). For finding what the rules miss; prints corpus text to the
 * terminal only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuotes } from '../src/core/annotator/find-quotes';
import {
  matchQuotes,
  speakerAgrees,
  type Range,
  type ScoredQuote,
} from '../src/core/annotator/evaluation/score';

interface GoldPart {
  text: string;
  spans: { charBegin: number; charEnd: number }[];
}
interface GoldArticle {
  originalText: string;
  annotations: { type: string; quote: GoldPart; speaker: GoldPart; cue?: GoldPart }[];
}
const KIND_TO_TYPE = {
  direct: 'Direct',
  indirect: 'Indirect',
  reported: 'Reported',
  freeIndirect: 'FreeIndirect',
} as const;
const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith('--') && !['fn', 'fp', 'speaker', 'all'].includes(a))!;
const what = args.find((a) => ['fn', 'fp', 'speaker', 'all'].includes(a)) ?? 'all';
const typeIndex = args.indexOf('--type');
const onlyType = typeIndex >= 0 ? args[typeIndex + 1] : undefined;
const ranges = (part: GoldPart): Range[] => part.spans.map((s) => [s.charBegin, s.charEnd] as const);
const show = (text: string, spans: readonly Range[]) => {
  if (spans.length === 0) return '';
  const start = Math.min(...spans.map((s) => s[0]));
  const end = Math.max(...spans.map((s) => s[1]));
  return (
    text.slice(Math.max(0, start - 120), start).replace(/\n/g, '¶') +
    '⟦' +
    text.slice(start, end).replace(/\n/g, '¶') +
    '⟧' +
    text.slice(end, end + 80).replace(/\n/g, '¶')
  );
};
for (const file of readdirSync(folder)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const article = JSON.parse(readFileSync(join(folder, file), 'utf8')) as GoldArticle;
  const published = /\((\d{4}-\d{2}-\d{2})\)/.exec(file)?.[1];
  const text = article.originalText;
  const raw = findQuotes(text, published);
  const predicted: ScoredQuote[] = raw.map((q) => ({
    spans: q.quote,
    type: KIND_TO_TYPE[q.kind],
    speakerSpans: q.speakerMention ? [q.speakerMention] : [],
    speakerName: q.speaker,
  }));
  const gold: ScoredQuote[] = article.annotations.map((a) => ({
    spans: ranges(a.quote),
    type: a.type,
    speakerSpans: ranges(a.speaker),
  }));
  // With --type, match within that type only (as the per-type rows of eval:quotes do); else across types.
  const inGroup = (type: string): boolean =>
    !onlyType || type === onlyType || (onlyType === 'Indirect' && type === 'IndirectFreeIndirect');
  const ps = predicted.flatMap((q, i) => (inGroup(q.type) ? [i] : []));
  const gs = gold.flatMap((q, i) => (inGroup(q.type) ? [i] : []));
  const pairs = matchQuotes(
    ps.map((i) => predicted[i]!),
    gs.map((i) => gold[i]!),
    'overlap',
    (p, g) => speakerAgrees(predicted[ps[p]!]!, gold[gs[g]!]!, article.annotations[gs[g]!]!.speaker.text),
  ).map(([p, g]) => [ps[p]!, gs[g]!] as const);
  const mp = new Set(pairs.map((p) => p[0]));
  const mg = new Set(pairs.map((p) => p[1]));
  const id = file.slice(0, 40);
  if (what === 'fn' || what === 'all')
    gold.forEach((g, i) => {
      if (mg.has(i) || !inGroup(g.type)) return;
      console.log(
        `FN ${g.type} [${id}] spk=«${article.annotations[i]!.speaker.text}» cue=«${article.annotations[i]!.cue?.text ?? ''}»\n   ${show(text, g.spans)}\n`,
      );
    });
  if (what === 'fp' || what === 'all')
    predicted.forEach((p, i) => {
      if (mp.has(i) || !inGroup(p.type)) return;
      console.log(
        `FP ${p.type} [${id}] spk=${p.speakerName} conf=${raw[i]!.confidence}\n   ${show(text, p.spans)}\n`,
      );
    });
  if (what === 'speaker' || what === 'all')
    for (const [p, g] of pairs) {
      const a = article.annotations[g]!;
      if (!inGroup(gold[g]!.type)) continue;
      if (speakerAgrees(predicted[p]!, gold[g]!, a.speaker.text)) continue;
      const mention = predicted[p]!.speakerSpans[0];
      console.log(
        `SPK ${gold[g]!.type} [${id}] gold=«${a.speaker.text}» pred=${predicted[p]!.speakerName} mention=«${mention ? text.slice(mention[0], mention[1]) : ''}»\n   ${show(text, gold[g]!.spans)}\n`,
      );
    }
}
