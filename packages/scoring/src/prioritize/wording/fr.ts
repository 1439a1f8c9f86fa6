import type { Pillar } from '@itu-aicb/core';
import { fr as core } from '@itu-aicb/core/locales/fr';
import type { PrioritizeWording } from './prioritize-wording.js';
import { inSentence, missingRewriter, numberIn } from './shared.js';

const n = numberIn('fr');
const pillars = (names: readonly Pillar[]): string =>
  new Intl.ListFormat('fr', { type: 'conjunction' }).format(
    names.map((pillar) => inSentence(core.terms.pillars[pillar], 'fr')),
  );
const countries = (count: number): string => `${n(count)} pays`;
const vulnerable = (count: number): string =>
  count === 1 ? 'un PMA, PDSL ou PEID' : `${n(count)} PMA, PDSL ou PEID`;
const on = (date: string | undefined): string => `au ${date ?? 'la date de référence'}`;

/**
 * The French words of a prioritisation.
 *
 * @example
 * ```ts
 * frenchPrioritizeWording.criteria.risk;
 * //=> 'Risque'
 * ```
 */
export const frenchPrioritizeWording: PrioritizeWording = {
  criteria: {
    'need-severity': 'Gravité des besoins traités',
    'vulnerable-reach': 'Portée vers les PMA, PDSL et PEID',
    'cost-per-beneficiary': 'Coût par bénéficiaire',
    'initiative-leverage': 'Effet de levier des initiatives existantes',
    'co-financing': 'Cofinancement acquis',
    coordination: 'Coordination entre les Secteurs',
    alignment: 'Alignement sur les mandats et les cibles des ODD',
    feasibility: 'Faisabilité',
    risk: 'Risque',
    'time-to-results': 'Délai des premiers résultats',
  },
  phrases: {
    'need-severity': ({ facts, strong, extreme }) => {
      const gaps = (facts.gaps ?? []).filter((g) => g.gap > 0);
      const places = new Set(gaps.map((g) => g.place)).size;
      const fragile = new Set(gaps.filter((g) => g.vulnerable).map((g) => g.place)).size;
      if (!strong) return `besoins évalués ${extreme ? 'les plus faibles' : 'faibles'} traités`;
      return `écart ${extreme ? 'le plus grand' : 'important'} (${pillars([...new Set(gaps.map((g) => g.pillar))])}) traité dans ${countries(places)}${fragile > 0 ? `, dont ${vulnerable(fragile)} ${on(facts.asOf)}` : ''}`;
    },
    'vulnerable-reach': ({ value, strong, facts }) => {
      const uncertain = facts.uncertainCountries?.length ?? 0;
      const when = ` ${on(facts.asOf)}${uncertain > 0 ? `, dont ${n(uncertain)} incertain${uncertain === 1 ? '' : 's'}` : ''}`;
      return strong
        ? `atteint ${vulnerable(value)}${when}`
        : value === 0
          ? `n’atteint aucun PMA, PDSL ou PEID ${on(facts.asOf)}`
          : `n’atteint que ${vulnerable(value)}${when}`;
    },
    'cost-per-beneficiary': ({ value, facts, strong, extreme }) => {
      const cost = `${n(value, 0)} ${facts.currency ?? ''}`.trim();
      return strong
        ? `coût par bénéficiaire ${extreme ? 'le plus bas' : 'bas'} (${cost})`
        : `coût par bénéficiaire ${extreme ? 'le plus élevé' : 'élevé'} (${cost})`;
    },
    'initiative-leverage': ({ value, strong }) =>
      strong
        ? `s’appuie sur ${n(value, 0)} initiative${value === 1 ? '' : 's'} existante${value === 1 ? '' : 's'}`
        : value === 0
          ? 'ne s’appuie sur aucune initiative existante'
          : `ne s’appuie que sur ${n(value, 0)} initiative${value === 1 ? '' : 's'} existante${value === 1 ? '' : 's'}`,
    'co-financing': ({ value, strong, extreme }) =>
      strong
        ? `${n(value * 100, 0)} % de cofinancement acquis`
        : `cofinancement ${extreme ? 'le plus faible' : 'faible'} (${n(value * 100, 0)} % acquis)`,
    coordination: ({ value, strong }) =>
      strong
        ? `${n(value, 0)} bureaux de l’UIT associés`
        : `peu de bureaux de l’UIT associés (${n(value, 0)})`,
    alignment: ({ value, strong }) =>
      strong
        ? `répond à ${n(value, 0)} mandats et cibles des ODD`
        : `faible alignement sur les mandats et les cibles des ODD (${n(value, 0)})`,
    feasibility: ({ value, strong, extreme }) =>
      `${strong ? (extreme ? 'la plus grande' : 'grande') : extreme ? 'la plus faible' : 'faible'} faisabilité (${n(value)}/5)`,
    risk: ({ value, strong, extreme }) =>
      `risque ${strong ? (extreme ? 'le plus faible' : 'faible') : extreme ? 'le plus élevé' : 'élevé'} (${n(value)}/5)`,
    'time-to-results': ({ value, strong, extreme }) =>
      `premiers résultats ${strong ? (extreme ? 'les plus rapides' : 'rapides') : extreme ? 'les plus lents' : 'lents'} (${n(value)} mois)`,
  },
  ownCriterion: ({ label, value, strong }) =>
    `${strong ? 'fort' : 'faible'} sur ${label} (${n(value, 2)})`,
  unknown: ({ label, why, filled }) =>
    `${inSentence(label, 'fr')} (${why} ; compté comme ${filled === 'worst' ? 'la pire valeur' : 'la médiane'})`,
  missing: missingRewriter([
    [/^no budget$/, 'pas de budget'],
    [/^no estimate of beneficiaries$/, 'pas d’estimation des bénéficiaires'],
    [/^no exchange rate from (\S+) to (.+)$/, 'pas de taux de change de $1 en $2'],
    [/^no estimates\.(.+)$/, 'pas de estimates.$1'],
    [/^no value at (.+)$/, 'pas de valeur à $1'],
    [
      /^no assessment covers its countries and pillars$/,
      'aucune évaluation ne couvre ses pays et piliers',
    ],
    [
      /^no target countries or regions, and not marked global$/,
      'ni pays ni régions cibles, et non marquée comme mondiale',
    ],
    [/^missing$/, 'manquante'],
  ]),
  reason: ({ rank, total, strengths, weaknesses, unknown }) => {
    const head = `classée ${rank === 1 ? '1re' : `${rank}e`} sur ${total}. Points forts : ${strengths.length === 0 ? 'aucun ne se détache' : strengths.join(' ; ')} ; points faibles : ${weaknesses.length === 0 ? 'aucun ne se détache' : weaknesses.join(' ; ')}`;
    return unknown.length === 0 ? `${head}.` : `${head} ; inconnues : ${unknown.join(' ; ')}.`;
  },
  notes: {
    asOf: ({ date, source, uncertain }) =>
      `L’appartenance aux PMA, PDSL et PEID est lue au ${date}, ${source === 'option' ? 'date demandée' : 'début de la période du plan'}.${
        uncertain.length === 0
          ? ''
          : ` Incertains à cette date et comptés comme membres, aucun reclassement n’étant présumé avant d’être décidé : ${uncertain.join(' ; ')}.`
      }`,
    incomplete: (count, minimumShare) =>
      `${count} mesure${count === 1 ? ' a' : 's ont'} moins de ${n(minimumShare * 100, 1)} % des critères mesurés et ${count === 1 ? 'est listée' : 'sont listées'} à part, faute de données suffisantes pour le classement.`,
    constant: (labels) =>
      `Toutes les mesures ont la même valeur pour ${labels.join(', ')} ; VIKOR ${labels.length === 1 ? 'exclut ce critère' : 'exclut ces critères'} de S et R.`,
    inconsistent: (ratio, limit) =>
      `Les jugements AHP sont incohérents : RC = ${n(ratio, 3)} dépasse ${n(limit, 3)} ; revoyez-les.`,
    noValue: (label) =>
      `Aucune mesure n’a de valeur pour ${label} ; ce critère ne peut pas changer l’ordre.`,
    filled: (count, fill) =>
      `${count} valeur${count === 1 ? ' manquante a été remplacée' : 's manquantes ont été remplacées'} par ${fill === 'worst' ? 'la pire valeur des autres mesures' : 'la médiane des autres mesures'} ; chacune est signalée.`,
    noRate: (currency, to, measures) =>
      `Le profil de notation ne donne aucun taux de change de ${currency} en ${to} : le coût par bénéficiaire de ${measures} mesure${measures === 1 ? '' : 's'} budgétée${measures === 1 ? '' : 's'} en ${currency} manque ; ajoutez-le sous \`currency.rates\`.`,
    spotisBounds: (labels) =>
      `Les bornes SPOTIS de ${labels.join(', ')} sont l’étendue couverte par les mesures ; ajouter une mesure peut donc les déplacer.`,
  },
  scoreMeaning: {
    'weighted-sum': `Le score est la somme pondérée des valeurs normalisées : plus il est élevé, mieux c’est, et l’écart entre deux scores est un écart de valeur pondérée. Les scores ne comparent les mesures qu’au sein de ce calcul.`,
    'weighted-product': `Le score est le produit des valeurs élevées à la puissance de leurs poids : plus il est élevé, mieux c’est, et le rapport de deux scores compare les mesures. Les scores ne comparent les mesures qu’au sein de ce calcul.`,
    topsis: `Le score est la proximité de la mesure idéale, entre 0 (la pire sur chaque critère) et 1 (la meilleure sur chaque critère) : plus il est élevé, mieux c’est. Les scores ne comparent les mesures qu’au sein de ce calcul.`,
    vikor: `Le score Q combine le regret total pondéré et le plus grand regret sur un critère, entre 0 et 1 : plus il est bas, mieux c’est, 0 étant le meilleur compromis. Les scores ne comparent les mesures qu’au sein de ce calcul.`,
    'promethee-ii': `Le score est le flux net de surclassement, entre -1 et 1 : combien une mesure est préférée aux autres moins combien elles lui sont préférées ; plus il est élevé, mieux c’est. Les scores ne comparent les mesures qu’au sein de ce calcul.`,
    copras: `Le score est l’utilité en pour cent de la meilleure mesure (100 pour la meilleure) : plus il est élevé, mieux c’est. Les scores ne comparent les mesures qu’au sein de ce calcul.`,
    spotis: `Le score est la distance pondérée au point idéal fixé par les bornes des critères, entre 0 et 1 : plus il est bas, mieux c’est, 0 étant l’idéal. Les scores ne comparent les mesures qu’au sein de ce calcul.`,
  },
};
