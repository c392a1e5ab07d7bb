import { describe, expect, it } from 'vitest';
import { annotate } from '../annotate';
import { findQuotes } from '../find-quotes';

/** Each direct quote line of `text` as "speaker ← words" plus " (relay)" on a medium's line. */
function lines(text: string): string[] {
  return findQuotes(text, '2024-05-02')
    .filter((q) => q.kind === 'direct')
    .map(
      (q) =>
        `${q.speaker ?? '-'} ← ${q.quote.map(([s, e]) => text.slice(s, e)).join(' | ')}${q.relay ? ' (relay)' : ''}`,
    );
}

describe('relayed quotations', () => {
  it.each([
    {
      name: 'a paper quotes a person "mit den Worten"',
      text: 'Die Zeitung „Hafenbote“ zitiert den Bürgermeister Karl Hansen mit den Worten: „Wir bauen den Kai aus.“',
      person: 'Karl Hansen',
      medium: 'Zeitung Hafenbote',
    },
    {
      name: 'an agency quotes a person, an adverb between',
      text: 'Die Agentur Nordpress zitiert dazu Ministerin Ida Brandt mit folgenden Worten: „Das Geld ist da.“',
      person: 'Ida Brandt',
      medium: 'Agentur Nordpress',
    },
    {
      name: 'inverted after the quotation',
      text: '„Ich bleibe im Amt“, zitiert die „Abendpost“ den Landrat Otto Kiel.',
      person: 'Otto Kiel',
      medium: 'Abendpost',
    },
    {
      name: 'inverted, a quoted name right before the person',
      text: '„Wir bleiben dran“, zitiert der „Kurier“ Trainerin Lea Vogt nach dem Spiel.',
      person: 'Lea Vogt',
      medium: 'Kurier',
    },
    {
      name: 'a web address as the medium',
      text: '„Das war knapp“, zitiert beispiel.de den Kapitän Jan Roth.',
      person: 'Jan Roth',
      medium: 'beispiel.de',
    },
    {
      name: 'passive with "in" a press release',
      text: 'Die Vorsitzende Eva Lind wird in einer Pressemitteilung des Vereins mit den Worten zitiert: „Wir sind froh.“',
      person: 'Eva Lind',
      medium: 'Pressemitteilung des Vereins',
    },
    {
      name: 'passive with "von", the person before the comma',
      text: 'Der Sprecher der Werft, Paul Abel, wird von der „Küstenzeitung“ mit den Worten zitiert: „Die Aufträge reichen.“',
      person: 'Paul Abel',
      medium: 'Küstenzeitung',
    },
    {
      name: 'passive in a "wie" clause after a partial quote',
      text: 'Der Wirt habe allen „eine Runde ausgegeben, damit wir still sind“, wie Paul Abel vom „Kurier“ zitiert wird.',
      person: 'Paul Abel',
      medium: 'Kurier',
    },
    {
      name: '"laut" a medium in the cue\'s clause',
      text: 'Ministerin Ida Brandt sagte laut der „Nordpost“: „Wir halten Kurs.“',
      person: 'Ida Brandt',
      medium: 'Nordpost',
    },
    {
      name: '"laut" a web address in quotation marks',
      text: 'Der Sprecher Paul Abel kommentierte den Plan laut „beispiel.de“ mit folgenden Worten: „Das ist gut.“',
      person: 'Paul Abel',
      medium: 'beispiel.de',
    },
  ])('$name', ({ text, person, medium }) => {
    const found = lines(text);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(new RegExp(`^${person} ← „`));
    expect(found[1]).toMatch(new RegExp(`^${medium.replace('.', '\\.')} ← „.*\\(relay\\)$`));
    expect(found[1]?.replace(/^.* ← | \(relay\)$/g, '')).toBe(found[0]?.replace(/^.* ← /, ''));
  });

  it.each([
    {
      name: 'a person who speaks to a paper',
      text: '„Ich bleibe im Amt“, sagte Landrat Otto Kiel der Zeitung „Abendpost“.',
    },
    {
      name: 'a paper that quotes from a report',
      text: 'Die Zeitung zitiert aus dem Bericht: „Die Lage ist ernst.“',
    },
    {
      name: '"laut" as the only source, with a passive verb',
      text: 'Laut Polizei sei in dem Lokal zu „Gewalt gegen Beamte“ aufgerufen worden.',
    },
    {
      name: 'a time phrase after a passive "zitiert"',
      text: 'Der Satz „Wir schaffen das“ wird im Jahr danach oft zitiert.',
    },
  ])('no relay: $name', ({ text }) => {
    expect(lines(text).filter((line) => line.endsWith('(relay)'))).toEqual([]);
  });

  it('names the medium as the quote\'s "relayedBy" speaker in the article', () => {
    const article = annotate({
      text: 'Die Agentur Nordpress zitiert Ministerin Ida Brandt mit den Worten: „Das Geld ist da.“',
      published: '2024-05-02',
    });
    const [quote] = article.quotes;
    const byId = new Map(article.speakers.map((s) => [s.id, s]));
    expect(byId.get(quote?.speaker ?? '')?.name).toBe('Ida Brandt');
    expect(byId.get(quote?.relayedBy ?? '')).toMatchObject({ name: 'Agentur Nordpress', kind: 'collective' });
  });
});
