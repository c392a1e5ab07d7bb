import { describe, expect, it } from 'vitest';
import { findQuotes } from './find-quotes';

/** Speaker name and mention text of every quote of `text`, in text order. */
function speakersOf(text: string): { speaker: string | null; mention: string | null }[] {
  return findQuotes(text, '2024-05-02').map((q) => ({
    speaker: q.speaker,
    mention: q.speakerMention ? text.slice(...q.speakerMention) : null,
  }));
}

describe('who speaks', () => {
  it.each([
    {
      name: 'subject after the auxiliary of a participle',
      text: 'Im Rahmen des Abkommens hat die Landesregierung zugesagt, die Schulden zu senken.',
      speaker: 'Landesregierung',
      mention: 'die Landesregierung',
    },
    {
      name: 'a conjunction before the subject',
      text: 'Aber Anwohner berichteten, der Lärm sei unerträglich geworden.',
      speaker: 'Anwohner',
      mention: 'Anwohner',
    },
    {
      name: 'subject before a relative clause',
      text: 'Hanna Brandes, die den Plan entworfen hatte, sagte zur Begründung, sie wolle Platz machen.',
      speaker: 'Hanna Brandes',
      mention: 'Hanna Brandes',
    },
    {
      name: 'object first, the subject after the verb',
      text: 'Eine Verschiebung der Abstimmung bezeichnete Kurt Albers als fatal.',
      speaker: 'Kurt Albers',
      mention: 'Kurt Albers',
    },
    {
      name: 'a prepositional phrase first, the subject after the verb',
      text: 'Von einer „gezielten Kampagne“ sprach der Vorsitzende Ralf Imhof.',
      speaker: 'Ralf Imhof',
      mention: 'der Vorsitzende Ralf Imhof',
    },
  ])('$name', ({ text, speaker, mention }) => {
    const found = speakersOf(text);
    expect(found.length).toBeGreaterThan(0);
    for (const quote of found) expect(quote).toEqual({ speaker, mention });
  });

  it('points a continuation at the phrase that last named its speaker', () => {
    const text =
      'Der Staatssekretär Olaf Brink hatte Tankstellen zur Abgabe von Biogas verpflichten wollen. ' +
      'Der Staatssekretär sagte der Zeitung, dass an jeder Zapfsäule Biogas angeboten werden solle. ' +
      'Ein flächendeckendes Angebot sei notwendig.';
    const quotes = speakersOf(text);
    expect(quotes.at(-1)).toEqual({ speaker: 'Olaf Brink', mention: 'Der Staatssekretär' });
  });
});
