/**
 * Verb forms that mark reported speech: Konjunktiv I ("sei", "habe", "werde") and the Konjunktiv II forms that
 * stand in for it where Konjunktiv I looks like the indicative ("hätten", "würden"). Lower case.
 */

/** Konjunktiv I forms that differ from the indicative, so a sentence with one of them is reported speech. */
// prettier-ignore
export const KONJUNKTIV_I: ReadonlySet<string> = new Set([
  'sei', 'seien', 'seiest', 'habe', 'werde', 'könne', 'müsse', 'solle', 'wolle', 'dürfe', 'möge', 'wisse',
  'gebe', 'gehe', 'komme', 'stehe', 'liege', 'bleibe', 'lasse', 'sehe', 'brauche', 'fehle', 'gelte', 'handle',
  'handele', 'bestehe', 'befinde', 'zeige', 'mache', 'trage', 'halte', 'führe', 'bringe', 'biete', 'drohe',
  'erwarte', 'plane', 'arbeite', 'lebe', 'wohne', 'finde', 'heiße', 'beabsichtige', 'verfüge', 'stamme',
  'beziehe', 'betrage', 'laufe', 'nehme', 'treffe', 'unterstütze', 'verstoße', 'widerspreche', 'sehe',
  'entspreche', 'gehöre', 'hänge', 'fordere', 'lehne', 'denke', 'glaube', 'hoffe', 'wünsche', 'kenne',
  'spiele', 'bedeute', 'erfolge', 'reiche', 'steige', 'sinke', 'falle', 'ziele', 'diene', 'kämpfe', 'sorge',
  'leide', 'arbeite', 'trete', 'vertrete', 'setze', 'lege', 'stelle', 'suche', 'versuche', 'beginne', 'ende',
  'wachse', 'schade', 'nütze', 'nutze', 'rechne', 'zähle', 'koste', 'erhalte', 'bekomme', 'verliere',
  'gewinne', 'besitze', 'schütze', 'helfe', 'lasse', 'scheine', 'mangele', 'befürchte', 'vermute',
  'bestätige',
  // Verbs whose stem ends in -t: the past is "-tete" ("richtete"), so the form in "-te" is no past tense.
  'rate', 'berate', 'verrate', 'richte', 'berichte', 'bereite', 'leite', 'achte', 'beachte', 'betrachte',
  'beobachte', 'warte', 'werte', 'bewerte', 'deute', 'fürchte', 'leiste', 'rette', 'verbreite', 'begleite',
  'starte', 'teste', 'verachte', 'gestalte', 'verwalte', 'enthalte', 'behalte', 'verhalte', 'unterhalte',
]);

/** Konjunktiv II forms common in reported speech. */
// prettier-ignore
export const KONJUNKTIV_II: ReadonlySet<string> = new Set([
  'würde', 'würden', 'hätte', 'hätten', 'wäre', 'wären', 'könnte', 'könnten', 'müsste', 'müssten', 'sollte',
  'sollten', 'dürfte', 'dürften', 'möchte', 'möchten', 'gäbe', 'käme', 'kämen', 'ginge', 'stünde', 'läge',
  // Umlauted forms of strong and irregular verbs, which no indicative shares.
  'gäben', 'lägen', 'stünden', 'bestünde', 'bestünden', 'entstünde', 'entstünden', 'brächte', 'brächten',
  'bräuchte', 'bräuchten', 'wüsste', 'wüssten', 'fände', 'fänden', 'gälte', 'gälten', 'bekäme', 'bekämen',
  'entspräche', 'entsprächen', 'nähme', 'nähmen', 'träfe', 'träfen', 'trüge', 'trügen', 'zöge', 'zögen',
  'sähe', 'sähen', 'täte', 'täten', 'hülfe', 'verlöre', 'verlören', 'gewönne', 'besäße', 'besäßen', 'säße',
  'äße', 'stürbe', 'ließe', 'hielte', 'bliebe', 'fiele', 'riefe', 'schiene', 'wiese', 'befände', 'befänden',
  'spräche', 'sprächen', 'verstünde', 'verstünden', 'beträfe', 'beträfen', 'ergäbe', 'ergäben', 'schlüge',
  'schlügen', 'empfände', 'empfänden',
]);

/** Konjunktiv I forms that mark reported speech on their own, even far from the last cue. */
export const STRONG_KONJUNKTIV: ReadonlySet<string> = new Set([
  'sei',
  'seien',
  'habe',
  'werde',
  'könne',
  'müsse',
  'solle',
  'wolle',
  'dürfe',
  'gebe',
]);

/** Konjunktiv II modals that more often mark a hypothesis ("Dies könnte …") than reported speech. */
export const HYPOTHETICAL: ReadonlySet<string> = new Set([
  'könnte',
  'könnten',
  'müsste',
  'müssten',
  'dürfte',
  'dürften',
  'sollte',
  'sollten',
  'möchte',
  'möchten',
]);
