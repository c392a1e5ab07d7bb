import { describe, expect, it } from 'vitest';
import { modelText } from '../text/text-model';
import type { Token } from '../text/tokens';
import { isCollectiveToken, isNameToken, isRoleToken } from './naming-words';
import { isSpeakingNoun } from './animacy';

const tokensOf = (text: string): Token[] => modelText(text).sentences.flatMap((s) => s.tokens);

describe('word tests kept on the word form', () => {
  it('answer the same for every occurrence of a word, whichever was asked first', () => {
    const tokens = tokensOf('Anna Berger lobte die Polizei. Die Polizei dankte Anna Berger.');
    const [policeFirst, policeLater] = tokens.filter((t) => t.text === 'Polizei');
    const [bergerFirst, bergerLater] = tokens.filter((t) => t.text === 'Berger');
    // Asked of the later tokens first: the earlier ones read the answers from their form.
    expect([isSpeakingNoun(policeLater!), isNameToken(bergerLater!)]).toEqual([true, true]);
    expect([isSpeakingNoun(policeFirst!), isCollectiveToken(policeFirst!)]).toEqual([true, true]);
    expect([isNameToken(bergerFirst!), isRoleToken(bergerFirst!), isCollectiveToken(bergerFirst!)]).toEqual([
      true,
      false,
      false,
    ]);
    expect([isNameToken(policeFirst!), isRoleToken(policeLater!)]).toEqual([false, false]);
  });
});
