import { describe, expect, it } from 'vitest';
import { findQuotes } from '../find-quotes';
import { isNameToken } from './naming-words';
import { tokenize } from '../text/tokens';

/** Speaker name and mention text of every quote of `text`, in text order (a relaying medium's line left out). */
function speakersOf(text: string): { speaker: string | null; mention: string | null }[] {
  return findQuotes(text, '2024-05-02')
    .filter((q) => !q.relay)
    .map((q) => ({
      speaker: q.speaker,
      mention: q.speakerMention ? text.slice(...q.speakerMention) : null,
    }));
}

describe('who speaks', () => {
  it.each([
    {
      name: 'a plural verb: the singular phrase after it is its object',
      text: 'Die Prüfer lobten das Amt ausdrücklich.',
      speaker: 'Prüfer',
      mention: 'Die Prüfer',
    },
    {
      name: 'a dative phrase after the verb is never its subject',
      text: 'Die Prüfer attestierten dem Amt schwere Versäumnisse.',
      speaker: 'Prüfer',
      mention: 'Die Prüfer',
    },
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
    {
      name: 'a focus particle before the subject',
      text: 'Auch die Ministerin Eva Roth äußerte Bedenken, der Plan sei zu teuer.',
      speaker: 'Eva Roth',
      mention: 'die Ministerin Eva Roth',
    },
    {
      name: 'a role with a name and party in apposition',
      text: 'Der frühere Bürgermeister, Henning Kraus (SPD), warnte, die Stadt sei pleite.',
      speaker: 'Henning Kraus',
      mention: 'Der frühere Bürgermeister, Henning Kraus (SPD)',
    },
    {
      name: 'a time with a point in it before a second verb that shares the subject',
      text: 'Paul Sommer alarmierte gegen 19.30 Uhr die Polizei und teilte mit, dass ein Gast randaliere.',
      speaker: 'Paul Sommer',
      mention: 'Paul Sommer',
    },
    {
      name: 'a role with its article in apposition closing the sentence names the speaker',
      text: 'Die Lage sei ernst, sagte die Leiterin der Untersuchung, die Biologin Eva Gruber.',
      speaker: 'Eva Gruber',
      mention: 'die Leiterin der Untersuchung, die Biologin Eva Gruber',
    },
    {
      name: 'a role with its article and a name in apposition before the verb',
      text: 'Der Leiter der Studie, der Physiker Paul Roth, sagte, die Werte seien hoch.',
      speaker: 'Paul Roth',
      mention: 'Der Leiter der Studie, der Physiker Paul Roth',
    },
    {
      name: 'a name in the genitive after a role is not the holder’s',
      text: '„Die Lage ist ernst“, sagte der Chef des Amts.',
      speaker: 'Chef des Amts',
      mention: 'der Chef des Amts',
    },
    {
      name: 'a person’s name takes no genitive: "der" after it opens whom they spoke to',
      text: 'Die Lage sei ernst, sagte Paul Roth der Deutschen Presse-Agentur.',
      speaker: 'Paul Roth',
      mention: 'Paul Roth',
    },
    {
      name: 'the dative after a role and a name',
      text: 'Die Brücke bleibe gesperrt, sagte Landrätin Eva Lang dem Sender.',
      speaker: 'Eva Lang',
      mention: 'Landrätin Eva Lang',
    },
    {
      name: 'an abbreviated title before the name is part of the mention, not of the name',
      text: '„Wir waren überrascht“, sagte die Expeditionsleiterin Dr. Sarah Lindqvist.',
      speaker: 'Sarah Lindqvist',
      mention: 'die Expeditionsleiterin Dr. Sarah Lindqvist',
    },
    {
      name: 'several titles, one in lower case',
      text: '„Wir waren überrascht“, sagte Prof. Dr. med. Ulrich Kern.',
      speaker: 'Ulrich Kern',
      mention: 'Prof. Dr. med. Ulrich Kern',
    },
    {
      name: 'a title of two abbreviations that the sentence does not end at',
      text: 'Die Probe sei rein, sagte Dr. rer. nat. Eva Roth.',
      speaker: 'Eva Roth',
      mention: 'Dr. rer. nat. Eva Roth',
    },
    {
      name: 'an initial inside the name keeps its stop',
      text: '„Ja“, sagte Prof. Dr. Matthias W. Beckmann.',
      speaker: 'Matthias W. Beckmann',
      mention: 'Prof. Dr. Matthias W. Beckmann',
    },
    {
      name: 'a title opens the name in apposition after a role at the end of the sentence',
      text: 'Die Lage sei ernst, sagte die Präsidentin der Kammer, Dr. Kerstin Laub.',
      speaker: 'Kerstin Laub',
      mention: 'die Präsidentin der Kammer, Dr. Kerstin Laub',
    },
    {
      name: 'two titles before a name of three words in apposition',
      text: '„Wir sind vorbereitet“, sagte der Chef der Klinik, Prof. Dr. Hans Ulrich Berg.',
      speaker: 'Hans Ulrich Berg',
      mention: 'der Chef der Klinik, Prof. Dr. Hans Ulrich Berg',
    },
    {
      name: 'a nationality before a name is no part of it',
      text: '„Ich bin müde“, sagte der Norweger Ole Halvorsen.',
      speaker: 'Ole Halvorsen',
      mention: 'der Norweger Ole Halvorsen',
    },
    {
      name: 'a nationality takes up the person named before, as news writes',
      text: 'Trainer Ole Halvorsen war enttäuscht. „Wir haben verloren“, räumte der Norweger ein.',
      speaker: 'Ole Halvorsen',
      mention: 'der Norweger',
    },
    {
      name: 'a nationality of a weak noun in the feminine',
      text: 'Die Ministerin Claire Dubois traf Kanzler Olaf Berg. „Wir brauchen mehr Zeit“, sagte die Französin.',
      speaker: 'Claire Dubois',
      mention: 'die Französin',
    },
    {
      name: 'nationals after "die" are several, not the person named before',
      text: 'Air-France-Chef Paul Morel weist die Vorwürfe zurück. Die Kanadier hingegen sagen, der Pilot trage die Schuld.',
      speaker: 'Kanadier',
      mention: 'Die Kanadier',
    },
    {
      name: 'a masculine role after "die" is several people, whatever the verb',
      text: 'Air-France-Chef Paul Morel weist die Vorwürfe zurück. Der Pilot trage die Schuld, so die Kanadier.',
      speaker: 'Kanadier',
      mention: 'die Kanadier',
    },
    {
      name: 'a connective after the subject is no part of its name',
      text: 'Die Armeeleitung hingegen sprach von einem normalen Flug.',
      speaker: 'Armeeleitung',
      mention: 'Die Armeeleitung',
    },
    {
      name: 'an administrator is a role, and the name in the apposition after it the speaker',
      text: 'Der Insolvenzverwalter, der Anwalt Henrik Moos, sagte, die Löhne seien gesichert.',
      speaker: 'Henrik Moos',
      mention: 'Der Insolvenzverwalter, der Anwalt Henrik Moos',
    },
    {
      name: 'where the subject is from stands between it and the relative clause before the verb',
      text:
        'Oberstaatsanwältin Miriam Kolb sprach von Betrug. ' +
        'Eine Rentnerin aus Offenbach, die viel Geld verloren hat, sagte, sie hoffe auf Gerechtigkeit.',
      speaker: 'Rentnerin',
      mention: 'Eine Rentnerin',
    },
    {
      name: '"von der" before more than a surname names where the person works',
      text: '„Das passiert jetzt jeden Sommer“, sagte der Klimaforscher Kostas Lagou von der Sternwarte Athen.',
      speaker: 'Kostas Lagou',
      mention: 'der Klimaforscher Kostas Lagou von der Sternwarte Athen',
    },
    {
      name: '"von der" before a surname is part of the name',
      text: '„Das passiert jetzt jeden Sommer“, sagte Kommissionschefin Ursula von der Leyen.',
      speaker: 'Ursula von der Leyen',
      mention: 'Kommissionschefin Ursula von der Leyen',
    },
    {
      name: 'a role noun that is a common surname, after a first name, is the surname',
      text: 'Die Lage sei ernst, sagte Anna Richter. Sie forderte Hilfe.',
      speaker: 'Anna Richter',
      mention: 'Sie',
    },
    {
      name: 'a surname that ends in a role noun of a whole word only',
      text: '„Wir stemmen uns dagegen“, sagte Landwirtschaftsminister Cem Özdemir.',
      speaker: 'Cem Özdemir',
      mention: 'Landwirtschaftsminister Cem Özdemir',
    },
    {
      name: 'a role noun that is a surname too, after a place’s adjective and an article, is the role',
      text: 'Die Lage sei ernst, sagte ein Moskauer Richter.',
      speaker: 'Moskauer Richter',
      mention: 'ein Moskauer Richter',
    },
    {
      name: 'a possessive agrees with its possessor as a pronoun does',
      text:
        'Finanzminister Paul Lind lehnte Änderungen ab. Die Polizei sprach von einem friedlichen Verlauf. ' +
        'Nach ihren Angaben nahmen rund 8.500 Menschen teil.',
      speaker: 'Polizei',
      mention: 'ihren Angaben',
    },
    {
      name: 'a woman on a council is named without her role',
      text: '„Das ist gut“, sagte Stadträtin Lea Schmitt (Grüne).',
      speaker: 'Lea Schmitt',
      mention: 'Stadträtin Lea Schmitt (Grüne)',
    },
    {
      name: 'a role owns no medium: "der" and a newspaper after it is whom the person spoke to',
      text: '„Die Lage ist ernst“, sagte der Minister der Zeitung.',
      speaker: 'Minister',
      mention: 'der Minister',
    },
    {
      name: 'a person named by age, taken up from before, spoke to the paper',
      text: 'Der Inhaber Klaus Vogt war erschüttert. „Das ist schlimm“, sagte der 61-Jährige der Zeitung.',
      speaker: 'Klaus Vogt',
      mention: 'der 61-Jährige',
    },
    {
      name: 'a medium in quotation marks after a role',
      text: '„Die Lage ist ernst“, sagte die Ministerin der „Rundschau“.',
      speaker: 'Ministerin',
      mention: 'die Ministerin',
    },
    {
      name: 'a surname alone owns no medium either, nor with adjectives before the medium',
      text: 'Bahnchefin Eva Palm lobte die Fahrer. Die Züge würden pünktlicher, sagte Palm der Süddeutschen Zeitung.',
      speaker: 'Eva Palm',
      mention: 'Palm',
    },
    {
      name: 'and a role with an adjective before the medium',
      text: '„Die Lage ist ernst“, sagte die Ministerin der Neuen Zürcher Zeitung.',
      speaker: 'Ministerin',
      mention: 'die Ministerin',
    },
    {
      name: 'a role a medium has takes it in the genitive',
      text: '„Die Lage ist ernst“, sagte der Chefredakteur der Zeitung.',
      speaker: 'Chefredakteur der Zeitung',
      mention: 'der Chefredakteur der Zeitung',
    },
    {
      name: 'what an institution is for is part of its name',
      text: 'Laut dem Bundesamt für Migration sei die Zahl der Anträge gestiegen.',
      speaker: 'Bundesamt für Migration',
      mention: 'dem Bundesamt für Migration',
    },
    {
      name: 'a group named after a person, joined by a hyphen, in the nominative',
      text: 'Nach Schätzungen des Robert Koch-Instituts seien mehr Menschen erkrankt.',
      speaker: 'Robert Koch-Institut',
      mention: 'des Robert Koch-Instituts',
    },
    {
      name: 'an acronym in parentheses closes the name it abbreviates, "und" included',
      text: 'Nach Angaben der Gewerkschaft Erziehung und Wissenschaft (GEW) sind 1.200 Stellen unbesetzt.',
      speaker: 'GEW',
      mention: 'der Gewerkschaft Erziehung und Wissenschaft (GEW)',
    },
    {
      name: 'a name keeps the ampersand between its words',
      text: 'Der Verband Haus & Grund erklärte, die Pläne seien falsch.',
      speaker: 'Haus & Grund',
      mention: 'Der Verband Haus & Grund',
    },
    {
      name: 'a university named by its place is not the place',
      text: 'Die Universität Kiel teilte mit, die Werte seien hoch.',
      speaker: 'Universität Kiel',
      mention: 'Die Universität Kiel',
    },
    {
      name: 'a court named by its place is not the place',
      text: 'Das Landgericht Bremen erklärte, der Prozess beginne im Mai.',
      speaker: 'Landgericht Bremen',
      mention: 'Das Landgericht Bremen',
    },
    {
      name: 'a street in the genitive after a plural role is not the speaker',
      text: 'Anwohner der Kurfürstenallee befürchten, dass der Lärm zunimmt.',
      speaker: 'Anwohner der Kurfürstenallee',
      mention: 'Anwohner der Kurfürstenallee',
    },
    {
      name: 'a scholar of an "-ologie" is a role, not part of the name',
      text: 'Die Lage sei ernst, sagte die Kardiologin Eva Gruber.',
      speaker: 'Eva Gruber',
      mention: 'die Kardiologin Eva Gruber',
    },
    {
      name: 'a council’s department head is a role, not part of the name',
      text: '„Wir lassen niemanden allein“, erklärte Sozialdezernent Harald Rau.',
      speaker: 'Harald Rau',
      mention: 'Sozialdezernent Harald Rau',
    },
    {
      name: 'a feminine in "-istin" is a role, not part of the name',
      text: 'Die Lage sei ernst, sagte die Juristin Eva Gruber.',
      speaker: 'Eva Gruber',
      mention: 'die Juristin Eva Gruber',
    },
    {
      name: 'an adverbial opening with an adverb and a preposition, the subject after the verb',
      text: 'Passend zu den Gefahren des Sturms warnte die Sprecherin der Stadtwerke, die Brücke sei glatt.',
      speaker: 'Stadtwerke',
      mention: 'die Sprecherin der Stadtwerke',
    },
    {
      name: 'the subject of a subordinate clause opened by a conjunction',
      text: 'Minister Paul Abel bestritt das jedoch, indem er sagte, der Plan sei gut.',
      speaker: 'Paul Abel',
      mention: 'er',
    },
    {
      name: 'the object of active "zitieren" is the one quoted',
      text: 'Ein Fernsehsender zitierte Regierungschef Paul Abel mit den Worten: „Ich bleibe im Amt.“',
      speaker: 'Paul Abel',
      mention: 'Regierungschef Paul Abel',
    },
    {
      name: 'the object of "zitieren" after its inverted subject',
      text: 'Dann zitierte die Zeitung einen Augenzeugen mit den Worten, es habe laut geknallt.',
      speaker: 'Augenzeugen',
      mention: 'einen Augenzeugen',
    },
    {
      name: '"zitieren aus" keeps its subject',
      text: 'Die Agentur zitiert aus dem Bericht, die Lage sei ernst.',
      speaker: 'Agentur',
      mention: 'Die Agentur',
    },
    {
      name: 'a newspaper named in quotation marks after the verb',
      text: '„Das war knapp“, schrieb „Die Woche“ in einem Kommentar.',
      speaker: 'Woche',
      mention: '„Die Woche“',
    },
    {
      name: 'an article before a name in quotation marks',
      text: '„Das Update ist groß“, schreibt die „Netzpost“.',
      speaker: 'Netzpost',
      mention: 'die „Netzpost“',
    },
    {
      name: 'quoted words with a pronoun are no name',
      text: 'Die Ministerin sagte „Wir schaffen das“ und ging.',
      speaker: 'Ministerin',
      mention: 'Die Ministerin',
    },
    {
      name: 'a source noun right after "nach", with no genitive after it',
      text: 'Die Brücke hat nach Polizeiangaben einen weiteren Riss bekommen.',
      speaker: 'Polizeiangaben',
      mention: 'Polizeiangaben',
    },
    {
      name: 'the genitive after "nach Angaben"',
      text: 'Der Bus war nach Angaben der Feuerwehr mit vierzig Menschen besetzt.',
      speaker: 'Feuerwehr',
      mention: 'der Feuerwehr',
    },
    {
      name: 'a name with an apposition that opens with a role',
      text: 'Tilo Berg, ein Sprecher des Wetterdienstes in Bremen, wies darauf hin, dass der Sturm schwäche.',
      speaker: 'Tilo Berg',
      mention: 'Tilo Berg, ein Sprecher des Wetterdienstes in Bremen',
    },
    {
      name: 'an acronym before a relative clause',
      text: 'Der WDR, der für den Vertrag verantwortlich ist, begründete die Einblendungen damit, dass Daten genutzt würden.',
      speaker: 'WDR',
      mention: 'Der WDR',
    },
    {
      name: 'a name with a particle in apposition',
      text: 'Die Sprecherin der Stiftung, Heike van Laak, sagte dazu: „Wir bleiben bei unserem Urteil.“',
      speaker: 'Heike van Laak',
      mention: 'Die Sprecherin der Stiftung, Heike van Laak',
    },
    {
      name: 'an insertion between the subject and the verb',
      text: 'Vorstand Erich Berg, zuständig für das Ausland, hatte bereits im Juni angekündigt, den Markt stärken zu wollen.',
      speaker: 'Erich Berg',
      mention: 'Vorstand Erich Berg',
    },
    {
      name: 'a verb after "und" shares the subject that follows the first verb',
      text: 'Als ein Fahrgast half, biss der Randalierer den Fahrgast und rief: „Lasst mich raus!“',
      speaker: 'Randalierer',
      mention: 'der Randalierer',
    },
    {
      name: 'a verb after "und" shares the subject of a clause that opens with a time',
      text: 'Der Ingenieur Jan Holm baute Tunnel. Im Januar legte er sein Amt nieder und verkündete, Berater werden zu wollen.',
      speaker: 'Jan Holm',
      mention: 'er',
    },
    {
      name: 'the person quoted in the passive',
      text: 'Anna Berg wird von der Agentur mit den Worten zitiert, es habe viele Fragen gegeben.',
      speaker: 'Anna Berg',
      mention: 'Anna Berg',
    },
    {
      name: 'the source of a passive cue',
      text: 'In einem Bericht der Zeitung wurde vermutet, dass niemand überlebt hat.',
      speaker: 'Bericht der Zeitung',
      mention: 'einem Bericht der Zeitung',
    },
    {
      name: 'the source of "hieß es"',
      text: 'Aus Brüssel hieß es, das Vorgehen sei eine Verletzung des Abkommens.',
      speaker: 'Brüssel',
      mention: 'Brüssel',
    },
    {
      name: 'the agent of a passive cue',
      text: 'Seine Bilder werden von Kritikern als „Meilensteine“ bezeichnet.',
      speaker: 'Kritikern',
      mention: 'Kritikern',
    },
    {
      name: 'an organisation opening the frame of a quote',
      text: 'Richter Paul Brand schloss die Öffentlichkeit aus. Das Gericht machte klar, dass „die meisten Zeuginnen keine Interviews gegeben“ hätten.',
      speaker: 'Gericht',
      mention: 'Das Gericht',
    },
    {
      name: 'a name after an adjective before a relative clause',
      text: 'Der 84-jährige Kranz, der als Kritiker gilt, hofft aber, „dass der Rat nicht eingreift“.',
      speaker: 'Kranz',
      mention: 'Der 84-jährige Kranz',
    },
    {
      name: 'a demonstrative after the verb',
      text: 'Im Gespräch mit dem Anwalt Rainer Witt sagte dieser, dass der Mann krank sei.',
      speaker: 'Rainer Witt',
      mention: 'dieser',
    },
    {
      name: 'a demonstrative for a name in apposition to a role with its genitive, between dashes',
      text: 'Die Zeitung Nordpost berichtete. Im Gespräch mit dem Anwalt seiner Familie – Jonas Keller – sagte dieser, dass der Mann krank sei.',
      speaker: 'Jonas Keller',
      mention: 'dieser',
    },
    {
      name: 'the source of "heißt es" before a relative clause',
      text: 'In dieser Resolution, die vom Rat angenommen wurde, heißt es, dass es Fortschritte gegeben habe.',
      speaker: 'Resolution',
      mention: 'dieser Resolution',
    },
    {
      name: 'a thing before the verb does not speak',
      text: 'Jan Pohl kritisierte die Schließung der Bäder. Die Entscheidung zeige, dass niemand zuhöre.',
      speaker: null,
      mention: 'Die Entscheidung',
    },
    {
      name: '"wie" opening the sentence: the noun phrase, not the adverbials after it',
      text: 'Wie der Landrat Olaf Brenner am Dienstag in Celle erklärte, sieht der Kreis „keinen Grund zur Sorge“.',
      speaker: 'Olaf Brenner',
      mention: 'der Landrat Olaf Brenner',
    },
    {
      name: 'the subject after the auxiliary, an acronym',
      text: 'Bereits am Montag hat der VfB entschieden, dass der Trainer bleibt.',
      speaker: 'VfB',
      mention: 'der VfB',
    },
    {
      name: 'a role after an indefinite article is someone new',
      text: 'Ministerin Eva Roth sagte, die Lage sei ernst. Ein Sprecher der Feuerwehr sagte, der Damm halte.',
      speaker: 'Feuerwehr',
      mention: 'Ein Sprecher der Feuerwehr',
    },
    {
      name: 'a role that is not the last person’s is someone else',
      text: 'Ministerin Eva Roth sagte, die Lage sei ernst. Der Bürgermeister erklärte, der Damm halte.',
      speaker: 'Bürgermeister',
      mention: 'Der Bürgermeister',
    },
    {
      name: 'a role that is the last person’s refers back to them',
      text: 'Innenministerin Eva Roth sagte, die Lage sei ernst. Die Ministerin erklärte, der Damm halte.',
      speaker: 'Eva Roth',
      mention: 'Die Ministerin',
    },
    {
      name: 'a surname in "-mann" is a name, not the role noun "Mann"',
      text: 'Hartmann sagte, der Damm halte.',
      speaker: 'Hartmann',
      mention: 'Hartmann',
    },
    {
      name: 'the genitive of a role is a role, not a name, and names the speaker in the nominative',
      text: 'Der Damm halte nach Angaben eines Behördensprechers.',
      speaker: 'Behörde',
      mention: 'eines Behördensprechers',
    },
    {
      name: 'a claim with "soll" and no speaker around reports the subject just before it',
      text: 'Die Gesundheitsbehörden der Stadt haben einen neuen Virusstamm entdeckt. Er soll gegen alle Mittel resistent sein.',
      speaker: 'Gesundheitsbehörden der Stadt',
      mention: 'Die Gesundheitsbehörden der Stadt',
    },
    {
      name: 'a Konjunktiv sentence with no speaker around reports the subject after the auxiliary',
      text: 'Am Montag hat die Wahlkommission den Termin festgelegt. Mögliche Termine seien der 4. und der 8. Oktober.',
      speaker: 'Wahlkommission',
      mention: 'die Wahlkommission',
    },
    {
      name: 'a dative first is never the subject',
      text: 'Den wartenden Familien sicherte Bürgermeisterin Lea Brandt zu, dass die Brücke bald öffne.',
      speaker: 'Lea Brandt',
      mention: 'Bürgermeisterin Lea Brandt',
    },
    {
      name: 'a thing first that only mentions a place, the speaker after the verb',
      text: 'Die Entwicklung in Polen verglich Jonas Keller mit einer Lawine.',
      speaker: 'Jonas Keller',
      mention: 'Jonas Keller',
    },
    {
      name: 'an article inside a subordinate clause is no relative pronoun',
      text: 'Verbandschef Paul Roth legte nach, indem er den Vorstand zum Handeln aufforderte: „Jetzt muss etwas geschehen.“',
      speaker: 'Paul Roth',
      mention: 'er',
    },
    {
      name: 'a surname with a particle opening the sentence',
      text: 'Von der Brügge betonte, unter den Bewerbern seien viele Frauen.',
      speaker: 'Brügge',
      mention: 'Von der Brügge',
    },
    {
      name: '"der" before an adjective in "-en" is a dative: the subject follows the verb',
      text: 'Der örtlichen Zeitung sagte Jonas Keller, er werde im Amt bleiben.',
      speaker: 'Jonas Keller',
      mention: 'Jonas Keller',
    },
    {
      name: 'a possessive before a source noun points back to the person',
      text: 'Die Anwältin Eva Celik sprach mit der Presse. Nach ihren Informationen habe der Mann das Land verlassen.',
      speaker: 'Eva Celik',
      mention: 'ihren Informationen',
    },
    {
      name: 'after a subordinate clause the subject follows the verb of the main clause',
      text: 'Ministerin Eva Roth kam spät. Da die Lage ernst war, nannte Roth den Plan „nicht mehr zeitgemäß“.',
      speaker: 'Eva Roth',
      mention: 'Roth',
    },
    {
      name: 'a colon after a clause with no speech verb: the subject of that clause',
      text: 'Die Leiterin der Studie, Eva Brandt, sieht die Verantwortung beim Staat: „Es muss endlich etwas geschehen.“',
      speaker: 'Eva Brandt',
      mention: 'Die Leiterin der Studie, Eva Brandt',
    },
    {
      name: 'a colon after an object first: the subject after the verb',
      text: 'Den Ärger der Partei über den Plan brachte die Sprecherin Eva Brandt zum Ausdruck: „So geht es nicht.“',
      speaker: 'Eva Brandt',
      mention: 'die Sprecherin Eva Brandt',
    },
    {
      name: 'a person named in an apposition with a role is who "er" refers to later',
      text: 'Den Plan lehnt Jan Petrovic, der zuständige serbische Minister, ab. Er sagte, die Lage sei ruhig.',
      speaker: 'Jan Petrovic',
      mention: 'Er',
    },
    {
      name: 'a person named after "er" in its sentence is not who it refers to',
      text: 'Ministerin Eva Roth kam spät. Sie sagte, dass Paul Abel, der Bürgermeister, zurücktrete.',
      speaker: 'Eva Roth',
      mention: 'Sie',
    },
    {
      name: 'a relative clause behind a preposition, with the verb before its clause',
      text: 'Gefasst wurde ein Mann, von dem die Polizei glaubt, er habe die Tat geplant.',
      speaker: 'Polizei',
      mention: 'die Polizei',
    },
    {
      name: 'the feminine of a role',
      text: 'Eine Reporterin des Senders sprach von achthundert Autos, die angezündet worden seien.',
      speaker: 'Reporterin des Senders',
      mention: 'Eine Reporterin des Senders',
    },
    {
      name: 'the agent of a passive with an adjective',
      text: 'Von gewerkschaftlicher Seite wird kritisiert, dass die Löhne sinken.',
      speaker: 'Seite',
      mention: 'gewerkschaftlicher Seite',
    },
    {
      name: 'a statement inside a passive clause is its source',
      text: 'So wird in einer Mitteilung des Verbands gefordert, dass die Löhne steigen.',
      speaker: 'Mitteilung des Verbands',
      mention: 'einer Mitteilung des Verbands',
    },
    {
      name: 'a pronoun right after a verb that shares its subject is the object',
      text: 'Die Firma Brandt bestätigte die Zahlen nicht und nannte sie „reine Spekulation“.',
      speaker: 'Brandt',
      mention: 'Die Firma Brandt',
    },
    {
      name: 'adverbials between a relative pronoun and the subject',
      text: 'Kritik trifft die Banken, denen unter anderem Jonas Keller vorwirft, die Krise verschuldet zu haben.',
      speaker: 'Jonas Keller',
      mention: 'Jonas Keller',
    },
    {
      name: 'an infinitive with "zu" has the subject of the clause it depends on',
      text: 'Die Sprecherin der Stadt beeilte sich, gegenüber Journalisten zu erklären, der Plan sei nicht neu.',
      speaker: 'Stadt',
      mention: 'Die Sprecherin der Stadt',
    },
    {
      name: 'a statement noun whose clause opens with something that cannot speak',
      text: 'Die Veranstaltung schloss mit dem Appell, die Wahrheit über die Atomkraft zu verbreiten.',
      speaker: 'Appell',
      mention: 'dem Appell',
    },
    {
      name: '"für" and a person opening a Konjunktiv sentence: that person’s view',
      text: 'Für den Theologen Hans Berg sei der Rücktritt „aus vielen Gründen verständlich“.',
      speaker: 'Hans Berg',
      mention: 'den Theologen Hans Berg',
    },
    {
      name: 'a quoted sentence with no speaker around: the subject of the sentence before, after a heading',
      text: 'Europa: Die Partei will am Kurs der Erweiterung festhalten. „Wir wollen ein Europa, auf das man sich verlassen kann.“',
      speaker: 'Partei',
      mention: 'Die Partei',
    },
    {
      name: 'a possessive before a noun that names no person speaks for the possessor',
      text: 'Ministerin Eva Roth blieb ruhig. Ihre Zuversicht gründet sich auf die Erfahrung: „Am Ende findet sich immer eine Lösung.“',
      speaker: 'Eva Roth',
      mention: 'Ihre Zuversicht',
    },
    {
      name: 'a quotation followed by "Das" and a verb: the subject of that sentence',
      text: 'Die Debatte war lang. „Ja, es gibt Zumutungen.“ Das musste Finanzminister Paul Abel am Ende zugeben.',
      speaker: 'Paul Abel',
      mention: 'Finanzminister Paul Abel',
    },
    {
      name: '"seiner Meinung nach" after an article: the possessive, for the person',
      text: 'Innenminister Paul Abel sprach in Bonn. Er beschrieb die seiner Meinung nach wachsenden Gefahren.',
      speaker: 'Paul Abel',
      mention: 'seiner',
    },
    {
      name: 'a capitalised adjective opening the sentence is no name',
      text: 'Deutsche Diplomaten sagten, die Wahl sei fair gewesen.',
      speaker: 'Deutsche Diplomaten',
      mention: 'Deutsche Diplomaten',
    },
    {
      name: 'a conjunction opening the clause of a participle cue',
      text: 'Die Richterin blieb hart, zumal Verteidiger Jan Roth immer wieder betont hatte, der Angeklagte sei „nicht gefährlich“.',
      speaker: 'Jan Roth',
      mention: 'Verteidiger Jan Roth',
    },
    {
      name: '"wie" after the statement, the verb closing the sentence',
      text: 'Der Plan sei „vom Tisch“, wie die Zeitung Abendpost schreibt.',
      speaker: 'Zeitung Abendpost',
      mention: 'die Zeitung Abendpost',
    },
    {
      name: 'the agent of a passive speaks, not its subject',
      text: 'In den Bergen wird die Gefahr von Lawinen vom Wetterdienst als „erheblich“ eingestuft.',
      speaker: 'Wetterdienst',
      mention: 'Wetterdienst',
    },
    {
      name: 'the agent of a passive before an infinitive of purpose',
      text:
        'Siedlungen mit vielen Zugezogenen werden immer wieder von Aktivisten in Umzügen besucht, um auf ' +
        '„Verdrängung der Alteingesessenen aufmerksam zu machen“.',
      speaker: 'Aktivisten',
      mention: 'Aktivisten',
    },
  ])('$name', ({ text, speaker, mention }) => {
    const found = speakersOf(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.at(-1)).toEqual({ speaker, mention });
  });

  it('points a continuation at the phrase that last named its speaker', () => {
    const text =
      'Der Staatssekretär Olaf Brink hatte Tankstellen zur Abgabe von Biogas verpflichten wollen. ' +
      'Der Staatssekretär sagte der Zeitung, dass an jeder Zapfsäule Biogas angeboten werden solle. ' +
      'Ein flächendeckendes Angebot sei notwendig.';
    const quotes = speakersOf(text);
    expect(quotes.at(-1)).toEqual({ speaker: 'Olaf Brink', mention: 'Der Staatssekretär' });
  });

  it('continues the subject of a sentence that reports a demand rather than the speaker quoted before it', () => {
    // a sentence that only narrates ("Der Bauernverband sperrte die Straße.") leaves the speech to Eva Roth:
    // continued-speakers.test.ts
    const text =
      'Ministerin Eva Roth sagte, die Lage sei ernst. Der Bauernverband fordert einen neuen Plan. ' +
      'Dieser solle bis Mai vorliegen.';
    expect(speakersOf(text).at(-1)).toEqual({ speaker: 'Bauernverband', mention: 'Der Bauernverband' });
  });

  it.each(['Ursprünglich', 'Derzeit', 'Daraus', 'Gegenwärtig', 'Problematisch', 'Kämen'])(
    'takes "%s" opening a sentence for no name',
    (word) => {
      const [token] = tokenize(word, 0, word.length);
      expect(token && isNameToken(token)).toBe(false);
    },
  );

  it.each(['Konferenz', 'Konkurrenz', 'Existenz', 'Effizienz', 'Tendenz'])(
    'takes "%s" for no name',
    (word) => {
      const [token] = tokenize(word, 0, word.length);
      expect(token && isNameToken(token)).toBe(false);
    },
  );

  it.each(['Berger', 'Ströme', 'Keller', 'Lenz', 'Lorenz'])('takes "%s" for a name', (word) => {
    const [token] = tokenize(word, 0, word.length);
    expect(token && isNameToken(token)).toBe(true);
  });

  it('takes the opening subject of a Konjunktiv sentence that frames a clause of its own', () => {
    const text =
      'Ministerin Eva Roth sagte, die Lage sei ernst. Der Verband hält dagegen, dass die Kosten zu hoch seien.';
    expect(speakersOf(text).at(-1)).toEqual({ speaker: 'Verband', mention: 'Der Verband' });
  });

  it('points a statement opened by "Demnach" at that word, which stands for its source', () => {
    const text =
      'Der Rechnungshof veröffentlichte eine Mitteilung, die Kosten seien gestiegen. ' +
      'Demnach habe das Amt die Pläne zu spät geprüft.';
    expect(speakersOf(text).at(-1)).toEqual({ speaker: 'Rechnungshof', mention: 'Demnach' });
    const alone =
      'Der Rechnungshof legte seinen Bericht vor. Im Bauamt arbeiten zwölf Leute. Danach seien die Kosten gestiegen.';
    expect(speakersOf(alone).at(-1)?.mention).toBe('Danach');
  });
});
