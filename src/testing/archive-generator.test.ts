import { describe, expect, it } from 'vitest';
import { parseArticle } from '../core/article/parse';
import { speakerKey } from '../core/speakers/speaker-key';
import {
  archiveCorpusLine,
  archiveSpeakers,
  generateArchive,
  generateArchiveArticle,
} from './archive-generator';

const OPTIONS = { articles: 60, speakers: 200, seed: 7 };
const archive = [...generateArchive(OPTIONS)];
const utf8 = new TextEncoder();

describe('generateArchive', () => {
  it('yields valid format-v2 articles', () => {
    for (const article of archive) {
      const result = parseArticle(article);
      expect(result.ok ? [] : result.problems.slice(0, 3), article.id).toEqual([]);
    }
  });

  it('gives each article 3–8 kB of text and 5–20 quotes of every kind', () => {
    const kinds = new Set<string>();
    for (const article of archive) {
      const bytes = utf8.encode(article.paragraphs.map((p) => p.text.de).join('\n\n')).length;
      expect(bytes, article.id).toBeGreaterThanOrEqual(3_000);
      expect(bytes, article.id).toBeLessThanOrEqual(8_000);
      expect(article.quotes.length).toBeGreaterThanOrEqual(5);
      expect(article.quotes.length).toBeLessThanOrEqual(20);
      for (const q of article.quotes) kinds.add(q.kind);
    }
    expect([...kinds].sort()).toEqual(['direct', 'indirect', 'reported']);
  });

  it('is deterministic, and article i does not depend on the ones before it', () => {
    expect([...generateArchive(OPTIONS)]).toEqual(archive);
    expect(generateArchiveArticle(41, OPTIONS)).toEqual(archive[41]);
    expect([...generateArchive({ ...OPTIONS, seed: 8, articles: 3 })][0]).not.toEqual(archive[0]);
  });

  it('gives every article its own id and spreads dates and sources', () => {
    expect(new Set(archive.map((a) => a.id)).size).toBe(archive.length);
    expect(new Set(archive.map((a) => a.published.slice(0, 4))).size).toBeGreaterThanOrEqual(3);
    expect(new Set(archive.map((a) => a.source.name)).size).toBeGreaterThanOrEqual(4);
  });

  it('makes speakers recur across articles under one key, persons and organisations', () => {
    const articlesBySpeaker = new Map<string, Set<string>>();
    const names = new Map<string, string>();
    for (const article of archive) {
      for (const s of article.speakers) {
        const key = speakerKey(s);
        expect(s.id).toBe(key);
        expect(names.get(key) ?? s.name).toBe(s.name);
        names.set(key, s.name);
        (articlesBySpeaker.get(key) ?? articlesBySpeaker.set(key, new Set()).get(key)!).add(article.id);
      }
    }
    const mostFrequent = Math.max(...[...articlesBySpeaker.values()].map((a) => a.size));
    // Uniformly drawn, a speaker would be in about 60 × 3.5 / 200 ≈ 1 article.
    expect(mostFrequent).toBeGreaterThanOrEqual(5);
    const kinds = new Set(archive.flatMap((a) => a.speakers.map((s) => s.kind)));
    expect([...kinds].sort()).toEqual(['collective', 'person']);
  });

  it('draws names from a pool with unique keys even past the name combinations', () => {
    const pool = archiveSpeakers(5_000, 3);
    expect(new Set(pool.map((s) => s.key)).size).toBe(5_000);
  });
});

describe('archiveCorpusLine', () => {
  it('gives the annotator plain text with the article metadata', () => {
    const article = archive[0]!;
    const line = JSON.parse(archiveCorpusLine(article)) as Record<string, string>;
    expect(line.id).toBe(article.id);
    expect(line.published).toBe(article.published);
    expect(line.text?.split('\n\n')).toEqual(article.paragraphs.map((p) => p.text.de));
  });
});
