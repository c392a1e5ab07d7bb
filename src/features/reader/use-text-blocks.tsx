import { useDeferredValue, useMemo, type ReactNode } from 'react';
import { alignParagraphs, type AlignedRow } from '../../core/article/alignment';
import { planArticle, type ArticlePlan } from '../../core/article/render-plan';
import type { Article } from '../../core/article/schema';
import { FIRST_PARAGRAPH_TIMING } from '../../ui/element-timing';
import { ParagraphText, type MarkLabels } from './ParagraphText';

/**
 * How many rows the text groups in a block that the browser skips while it is out of view (`content-visibility`
 * in reader.css). One block per row made the browser track every row of a long text (400) on every frame that
 * changed anything, a tenth of a quote click's main-thread time; larger blocks make a change inside one (a quote's
 * highlights marked) paint more rows again.
 */
const ROWS_PER_BLOCK = 8;

/**
 * How many blocks around the reader's place a change of text mode or interface language renders at once: the one
 * before the place's own (the rows above the reading line, a quarter down the screen, are on screen too), its own,
 * and those after it; the others follow in a deferred render. Four blocks of eight rows put at least sixteen rows
 * below the place, which fill a tall screen even where the rows are short.
 */
const BLOCKS_AT_ONCE = 4;

/** Whether two row lists have the same paragraphs in the same order (so their blocks can be mixed one for one). */
function sameRows(a: readonly AlignedRow[], b: readonly AlignedRow[]): boolean {
  return a.length === b.length && a.every((row, i) => row.paragraph === b[i]?.paragraph);
}

/** `items` in consecutive groups of `size` (the last one shorter if need be). */
function inBlocks<T>(items: readonly T[], size: number): T[][] {
  const blocks: T[][] = [];
  for (let start = 0; start < items.length; start += size) blocks.push(items.slice(start, start + size));
  return blocks;
}

const planCache = new WeakMap<Article, Map<string, ArticlePlan>>();

/**
 * The render plan of `article` in `language`, computed once per article object: switching the text mode back and
 * forth reuses it, and the column that stays keeps its segments, so its paragraphs are not rendered again.
 */
function planFor(article: Article, language: string): ArticlePlan {
  let byLanguage = planCache.get(article);
  if (!byLanguage) planCache.set(article, (byLanguage = new Map<string, ArticlePlan>()));
  let plan = byLanguage.get(language);
  if (!plan) byLanguage.set(language, (plan = planArticle(article, language)));
  return plan;
}

/** What the text's markup says in the interface language: the highlights' labels, a missing paragraph's note. */
export interface TextWording {
  labels: MarkLabels;
  /** The note in place of a paragraph that `language` lacks. */
  missing: (language: string) => string;
}

interface Made {
  rows: AlignedRow[];
  blocks: ReactNode[];
}

/**
 * The article's text as blocks of rows (one paragraph per shown language in each row). When the languages shown
 * (the text mode) or the wording (the interface language) change, the blocks around the reader's place (see
 * `BLOCKS_AT_ONCE`) are made with the new ones at once and the others keep the old ones until a deferred render (interruptible, after the
 * paint) brings them along: on a long article, making every block again took ~80-100 ms before anything changed on
 * screen. `settledLanguages` is the deferred value of `languages` (the caller keeps the place with it); `place`
 * gives the paragraph at the reader's place.
 */
export function useTextBlocks({
  article,
  languages,
  settledLanguages,
  slots,
  wording,
  place,
}: {
  article: Article;
  languages: readonly string[];
  settledLanguages: readonly string[];
  slots: ReadonlyMap<string, number>;
  wording: TextWording;
  place: () => string | undefined;
}): ReactNode[] {
  const settledWording = useDeferredValue(wording);

  // The text does not depend on the selection or the speaker filter (those are marked in the DOM), so changing
  // them re-renders only the page around it. Blocks are made once per wording and set of languages: the cache
  // lives as long as this memo and only ever holds what the same inputs give, so writing to it during a render is
  // safe, and the blocks from before a change keep their identity (React skips them).
  // eslint-disable-next-line react-hooks/immutability -- see above
  const blocksFor = useMemo(() => {
    const cache = new WeakMap<TextWording, Map<string, Made>>();
    return (shown: readonly string[], words: TextWording): Made => {
      let byLanguages = cache.get(words);
      if (!byLanguages) cache.set(words, (byLanguages = new Map<string, Made>()));
      const key = shown.join('|');
      let made = byLanguages.get(key);
      if (!made) {
        const rows = alignParagraphs(article, shown);
        const blocks = inBlocks(rows, ROWS_PER_BLOCK).map((block, blockIndex) => (
          <div key={block[0]?.paragraph ?? blockIndex} className="reader-block">
            {block.map((row, indexInBlock) => {
              const rowIndex = blockIndex * ROWS_PER_BLOCK + indexInBlock;
              return (
                <div key={row.paragraph} className="reader-row" data-row={row.paragraph}>
                  {row.cells.map((text, i) => {
                    const language = shown[i] ?? article.originalLanguage;
                    const segments = planFor(article, language).get(row.paragraph);
                    if (text === undefined || !segments) {
                      return (
                        <p key={language} className="paragraph paragraph--missing">
                          {words.missing(language)}
                        </p>
                      );
                    }
                    return (
                      <p
                        key={language}
                        lang={language}
                        dir="auto"
                        className="paragraph"
                        id={`${language}-${row.paragraph}`}
                        // Element Timing: when the article's first words are painted (measured by `npm run bench`).
                        elementtiming={rowIndex === 0 && i === 0 ? FIRST_PARAGRAPH_TIMING : undefined}
                      >
                        <ParagraphText
                          segments={segments}
                          language={language}
                          slots={slots}
                          labels={words.labels}
                        />
                      </p>
                    );
                  })}
                </div>
              );
            })}
          </div>
        ));
        made = { rows, blocks };
        byLanguages.set(key, made);
      }
      return made;
    };
  }, [article, slots]);

  const current = blocksFor(languages, wording);
  const settled = blocksFor(settledLanguages, settledWording);
  if (settled === current || !sameRows(settled.rows, current.rows)) return current.blocks;
  const at = current.rows.findIndex((row) => row.paragraph === place());
  const first = Math.max(Math.floor(Math.max(at, 0) / ROWS_PER_BLOCK) - 1, 0);
  return current.blocks.map((block, i) =>
    i >= first && i < first + BLOCKS_AT_ONCE ? block : settled.blocks[i],
  );
}
