/**
 * `npm run eval:quotes -- <folder> [--half=a|b] [--json]`: runs the annotator on every `*.json` article of a folder in the
 * format of the German news quotation attribution corpus and prints precision, recall and F1 of quote detection,
 * overall and per type, at ≥50% overlap and at exact span, and speaker accuracy on matched quotes.
 *
 * The calibration table gives, per band of confidence (tenths), how many quotes were found and how many of those
 * are right: matched to a gold quotation (≥50% overlap) with their speaker agreeing. It is what `needsReview`
 * (`src/core/annotator/review.ts`) is set from: below its threshold, a quote is right less often than not.
 *
 * Types: our kinds map to the gold types direct→Direct, indirect→Indirect, reported→Reported,
 * freeIndirect→FreeIndirect. The gold type IndirectFreeIndirect (a Konjunktiv sentence that continues someone's
 * indirect speech without a new cue) is what the annotator labels `indirect`, so per type it is scored together
 * with Indirect; the per-gold-type recall table lists it on its own.
 */
import {
  f1,
  matchQuotes,
  speakerAgrees,
  type Counts,
  type Criterion,
} from '../src/core/annotator/evaluation/score';
import { quoteNeedsReview } from '../src/core/annotator/review';
import { GOLD_TYPES, halfOption, scoredArticles } from './corpus';
import { endQuietlyOnClosedPipe } from './closed-pipe';

const GROUPS: Record<string, readonly string[]> = {
  Direct: ['Direct'],
  Indirect: ['Indirect', 'IndirectFreeIndirect'],
  Reported: ['Reported'],
  FreeIndirect: ['FreeIndirect'],
};
function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const folder = args.find((a) => !a.startsWith('--'));
  if (!folder) {
    console.error('usage: npm run eval:quotes -- <folder> [--half=a|b] [--json]');
    process.exit(2);
  }
  const half = halfOption(args);
  const zero = (): Counts => ({ truePositives: 0, predicted: 0, gold: 0 });
  const overall: Record<Criterion, Counts> = { overlap: zero(), exact: zero() };
  const perType: Record<string, Record<Criterion, Counts>> = {};
  for (const group of Object.keys(GROUPS)) perType[group] = { overlap: zero(), exact: zero() };
  const recallByGold: Record<string, Counts> = {};
  for (const type of GOLD_TYPES) recallByGold[type] = zero();
  const speaker = { right: 0, matched: 0 };
  // Per band of confidence (its tenths, as a string: "0.5"): quotes found, and those right.
  const calibration = new Map<string, { found: number; right: number; review: boolean }>();
  let characters = 0;
  const started = performance.now();

  let articles = 0;
  for (const { article, found, predicted, gold } of scoredArticles(folder, half)) {
    articles++;
    characters += article.originalText.length;
    for (const criterion of ['overlap', 'exact'] as const) {
      const agrees = (p: number, g: number): boolean =>
        speakerAgrees(predicted[p]!, gold[g]!, article.annotations[g]!.speaker.text);
      const pairs = matchQuotes(predicted, gold, criterion, agrees);
      add(overall[criterion], pairs.length, predicted.length, gold.length);
      if (criterion === 'overlap') {
        for (const type of GOLD_TYPES) {
          const counts = recallByGold[type] as Counts;
          counts.gold += gold.filter((g) => g.type === type).length;
          counts.truePositives += pairs.filter(([, g]) => gold[g]?.type === type).length;
        }
        const right = new Set<number>();
        for (const [p, g] of pairs) {
          speaker.matched++;
          if (speakerAgrees(predicted[p]!, gold[g]!, article.annotations[g]!.speaker.text)) {
            speaker.right++;
            right.add(p);
          }
        }
        found.forEach((quote, p) => {
          const band = (Math.floor(quote.confidence * 10 + 1e-9) / 10).toFixed(1);
          const counts = calibration.get(band) ?? {
            found: 0,
            right: 0,
            review: quoteNeedsReview(Number(band)),
          };
          counts.found++;
          if (right.has(p)) counts.right++;
          calibration.set(band, counts);
        });
      }
      for (const [group, types] of Object.entries(GROUPS)) {
        const ps = predicted.filter((q) => q.type === group);
        const gs = gold.filter((q) => types.includes(q.type));
        add(perType[group]![criterion], matchQuotes(ps, gs, criterion).length, ps.length, gs.length);
      }
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const report = {
    folder,
    half: half ?? null,
    articles,
    characters,
    seconds: Math.round(seconds * 100) / 100,
    overall: { overlap: scored(overall.overlap), exact: scored(overall.exact) },
    perType: Object.fromEntries(
      Object.entries(perType).map(([k, v]) => [k, { overlap: scored(v.overlap), exact: scored(v.exact) }]),
    ),
    recallByGoldType: Object.fromEntries(Object.entries(recallByGold).map(([k, v]) => [k, scored(v)])),
    speakerAccuracy: { ...speaker, accuracy: speaker.matched ? round(speaker.right / speaker.matched) : 0 },
    calibration: Object.fromEntries(
      [...calibration]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([band, c]) => [band, { ...c, share: round(c.right / c.found) }]),
    ),
  };
  if (json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  const which = half ? ` (half ${half} of the folder)` : '';
  console.log(`${articles} articles${which}, ${characters} characters, annotated in ${report.seconds} s`);
  console.log('\n                        ≥50% overlap            exact span');
  console.log('type                    P      R      F1       P      R      F1      (tp/pred/gold at ≥50%)');
  const row = (label: string, c: Record<Criterion, Counts>): void => {
    const o = f1(c.overlap);
    const e = f1(c.exact);
    console.log(
      `${label.padEnd(22)}  ${fmt(o.precision)} ${fmt(o.recall)} ${fmt(o.f1)}    ${fmt(e.precision)} ${fmt(e.recall)} ${fmt(e.f1)}   (${c.overlap.truePositives}/${c.overlap.predicted}/${c.overlap.gold})`,
    );
  };
  row('all types', overall);
  for (const [group, counts] of Object.entries(perType))
    row(group === 'Indirect' ? 'Indirect (+IndFreeInd)' : group, counts);
  console.log('\nrecall per gold type (type-agnostic matching, ≥50% overlap)');
  for (const [type, c] of Object.entries(recallByGold)) {
    console.log(`${type.padEnd(22)}  ${fmt(f1(c).recall)}  (${c.truePositives}/${c.gold})`);
  }
  console.log(
    `\nspeaker accuracy on matched quotes: ${fmt(report.speakerAccuracy.accuracy)} (${speaker.right}/${speaker.matched})`,
  );
  console.log(
    '\ncalibration: per confidence, the quotes found and the share right (matched, speaker agreeing)',
  );
  for (const [band, c] of Object.entries(report.calibration))
    console.log(
      `${band}  ${String(c.found).padStart(5)}  ${fmt(c.share)}${c.review ? '  needs review' : ''}`,
    );
}

function add(counts: Counts, tp: number, predicted: number, gold: number): void {
  counts.truePositives += tp;
  counts.predicted += predicted;
  counts.gold += gold;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function scored(c: Counts): Counts & { precision: number; recall: number; f1: number } {
  const s = f1(c);
  return { ...c, precision: round(s.precision), recall: round(s.recall), f1: round(s.f1) };
}

function fmt(n: number): string {
  return n.toFixed(3);
}

endQuietlyOnClosedPipe();
main();
