import { listIn, pluralIn, reportFormats } from './formats.js';
import type { CompleteReportWording } from './report-wording.js';

const f = reportFormats('fr');
const plural = pluralIn('fr');
const count = (value: number, one: string, many: string): string =>
  `${f.number(value)} ${plural(value, { one, other: many })}`;

/**
 * The French words of the report.
 *
 * @example
 * ```ts
 * frenchReportWording.sections.needs;
 * //=> 'Besoins et couverture'
 * ```
 */
export const frenchReportWording: CompleteReportWording = {
  sections: {
    'at-a-glance': 'Le plan en bref',
    priorities: 'Priorités',
    stability: 'Fiabilité du classement',
    needs: 'Besoins et couverture',
    timeline: 'Calendrier',
    monitoring: 'État du plan et suivi',
    findings: 'Résultats de la validation',
  },
  page: {
    untitled: 'Rapport sur le plan',
    windowTitle: (title) => `Rapport : ${title}`,
    asOf: (date) => `Au ${date}`,
    plan: 'plan',
    navigation: 'Sections',
    otherLanguages: 'Le titre dans d’autres langues',
    inEnglish: '(en anglais)',
    chartTable: 'Les chiffres de ce graphique sous forme de tableau',
    noPlanToRank: 'Aucun plan de travail valide à classer.',
    cannotRank: (reason, code) => `Les mesures ne peuvent pas être classées : ${reason} [${code}]`,
  },
  common: {
    measures: (n) => count(n, 'mesure', 'mesures'),
    none: 'aucune',
    yes: 'oui',
    groups: { ldc: 'PMA', lldc: 'PDSL', sids: 'PEID' },
    filled: { worst: 'la pire', median: 'la médiane' },
    list: listIn('fr'),
    methods: {
      'weighted-sum': 'somme pondérée',
      'weighted-product': 'produit pondéré',
      topsis: 'TOPSIS',
      vikor: 'VIKOR',
      'promethee-ii': 'PROMETHEE II',
      copras: 'COPRAS',
      spotis: 'SPOTIS',
    },
  },
  atAGlance: {
    noPlan: 'Aucun plan de travail valide à résumer.',
    counts: (objectives, measures, withoutBudget) =>
      `${count(objectives, 'objectif', 'objectifs')}, ${count(measures, 'mesure', 'mesures')}, dont ${f.number(withoutBudget)} sans budget`,
    period: (start, end, status) => `Période du ${start} au ${end} ; statut : ${status}`,
    budget: (amount, secured, share) => `Budget ${amount}, dont ${secured} acquis (${share})`,
    noBudget: 'Aucune mesure n’a encore de budget.',
    office: {
      regional: (city) => `Bureau régional à ${city}`,
      area: (city) => `Bureau de zone à ${city}`,
    },
    global: 'Mondial (sans région cible)',
    owner: 'Responsable :',
    objectives: { caption: 'Objectifs', header: ['Objectif', 'Titre', 'Mesures', 'Piliers'] },
    byLead: 'Mesures par bureau ou bureau régional chef de file',
    byRegion: 'Mesures par région cible',
    byPillar: 'Mesures par pilier',
    groupDescription:
      'Les barres comptent les mesures de chaque groupe ; une mesure de deux groupes compte dans les deux.',
    groupHeader: ['Groupe', 'Mesures', 'Sans budget', 'Budget (acquis)'],
    moneyWithSecured: (amount, secured) => `${amount} (acquis ${secured})`,
    budgetChart: {
      title: 'Budget et fonds acquis par monnaie',
      description:
        'Chaque barre est le budget entier dans une monnaie (son montant après la barre) : la partie foncée est la part acquise, la partie claire la part encore à trouver. Les montants de monnaies différentes ne sont jamais additionnés.',
      secured: (currency, amount, share) => `${currency} acquis : ${amount} (${share})`,
      toFind: (currency, amount) => `${currency} encore à trouver : ${amount}`,
      legend: ['Acquis', 'Encore à trouver'],
      caption: 'Budget par monnaie',
      header: ['Monnaie', 'Budget', 'Acquis', 'Part acquise'],
    },
  },
  priorities: {
    rankedBy: (method, profile, better) =>
      `Les mesures sont classées selon ${method} avec le profil de notation ${profile} : le score le plus ${better === 'higher' ? 'élevé' : 'bas'} est le meilleur.`,
    weights: (list) => `Poids des critères, du plus lourd au plus léger : ${list}.`,
    scoreMeaning: () => 'Les scores ne comparent les mesures qu’au sein de ce classement.',
    ranksFirst: (measure, score) => `${measure} est classée première avec un score de ${score}.`,
    chart: {
      title: 'Score de chaque mesure, réparti par critère',
      description:
        'Chaque barre est une mesure, dans l’ordre du classement, répartie selon l’apport de chaque critère à son score (un apport négatif est dessiné à gauche de zéro) ; le nombre après la barre est le score.',
      contribution: (measure, criterion, contribution, filled) =>
        `${measure}, ${criterion} : apport ${contribution}${filled === undefined ? '' : ` (valeur complétée : ${filled})`}`,
      caption: 'Apport de chaque critère à chaque score',
    },
    rank: 'Rang',
    measure: 'Mesure',
    score: 'Score',
    data: 'Données',
    why: 'Pourquoi',
    filledIn: 'Valeurs complétées',
    missing: 'Manquant',
    rankedCaption:
      'Mesures classées, raisons de leur rang et valeurs complétées pour les données manquantes',
    incompleteCaption: (n) => `Données insuffisantes pour classer (${f.number(n)})`,
    excludedCaption: (n) => `Exclues (${f.number(n)})`,
  },
  stability: {
    noRanking: 'Sans classement, il n’y a rien à éprouver.',
    firstIn: (measure, share, samples, seed) =>
      `${measure} est première dans ${share} de ${samples} pondérations aléatoires (graine ${seed}).`,
    caveat: ({ measure, share, samples, expectedRank, leader }) =>
      `Attention : ${measure} est classée première avec ces poids, mais elle n’est première que dans ${share} de ${samples} pondérations aléatoires` +
      `${expectedRank === undefined ? '' : ` (rang attendu ${expectedRank})`}.` +
      (leader === undefined
        ? ''
        : ` ${leader.measure} est le plus souvent première (${leader.share}).`) +
      ' Le haut du classement dépend des poids : accordez-vous sur eux, ou comparez les mesures de tête sur le fond, avant de vous y fier.',
    acceptability: {
      title: 'Fréquence à laquelle chaque mesure occupe chaque rang',
      description: (samples) =>
        `Chaque ligne est une mesure dans l’ordre du classement, chaque colonne un rang. La teinte et le nombre d’une case donnent la part, en pourcentage, des ${samples} pondérations aléatoires où la mesure a occupé ce rang (plus foncé signifie plus souvent).`,
      cell: (measure, rank, share) => `${measure} au rang ${rank} : ${share} des tirages`,
      otherRanks: (measure, share) => `${measure} aux autres rangs : ${share} des tirages`,
      legend: ['rarement', 'souvent', 'le plus souvent'],
      caption: 'Acceptabilité des rangs',
      firstIn: 'Première dans',
      expectedRank: 'Rang attendu',
      rankColumn: (rank) => `Rang ${rank}`,
    },
    leftOut: (limit) =>
      `Les intervalles de stabilité des poids et l’accord entre méthodes sont omis pour les plans de plus de ${limit} mesures classées ; aicb prioritize --sensitivity les calcule.`,
    weights: {
      title: 'Jusqu’où chaque poids peut varier avant que le haut du classement change',
      description: (top) =>
        `Le point est le poids ; la barre est l’intervalle dans lequel il peut varier (les autres remis à l’échelle) sans que ${top} perdent leur ordre en tête.`,
      interval: (criterion, weight, low, high, exact) =>
        `${criterion} : poids ${weight}, tient de ${low} à ${high}${exact ? '' : ' (approché)'}`,
      caption: 'Intervalles de stabilité des poids',
      header: ['Critère', 'Poids', 'Minimum', 'Maximum', 'Exact'],
      approximate: 'approché',
    },
    agreement: (method) => `Accord des autres méthodes avec ${method} (1 signifie le même ordre)`,
    method: 'Méthode',
    skipped: (method, reason) => `${method} omise : ${reason}`,
  },
  needs: {
    noPlan: 'Les besoins et la couverture demandent un plan de travail valide.',
    noAssessment: 'Aucune évaluation des besoins n’a été fournie.',
    regional: 'Évaluations régionales',
    otherPlaces: 'Autres lieux',
    need: ({ place, pillar, gap, severity, priority, measures }) =>
      `${place}, ${pillar} : écart ${gap}, gravité ${severity}${priority === undefined ? '' : `, priorité ${priority}`} ; ${measures.length === 0 ? 'aucune mesure ne le traite' : `traité par ${measures.join(', ')}`}`,
    priorities: { low: 'faible', medium: 'moyenne', high: 'élevée' },
    chart: {
      title: 'Écarts évalués par pays et par pilier, et mesures qui les traitent',
      description: (date) =>
        `Les lignes sont les pays évalués, par région, marqués PMA, PDSL ou PEID au ${date} ; les colonnes sont les piliers. La teinte et le nombre donnent l’écart (niveau cible moins niveau actuel, sur l’échelle de 0 à 5 ; la teinte la plus foncée est le plus grand écart évalué) ; une coche signifie qu’une mesure traite le besoin, un contour en tirets qu’aucune ne le fait ; une case vide n’a pas été évaluée.`,
      legend: (largest) => ['petit écart', `plus grand écart (${largest})`],
      caption: 'Besoins évalués',
    },
    header: {
      place: 'Lieu',
      groups: 'Groupes',
      pillar: 'Pilier',
      gap: 'Écart',
      severity: 'Gravité',
      addressedBy: 'Traité par',
      priority: 'Priorité',
    },
    uncoveredCaption: (n) =>
      `Besoins évalués qu’aucune mesure ne traite (${f.number(n)}), les plus graves d’abord`,
    noOverlaps: 'Aucun couple de bureaux ne sert le même pilier dans la même région.',
    overlapsCaption: (n) =>
      `Chevauchements entre bureaux (${f.number(n)}) : mesures ou initiatives de bureaux différents qui servent le même pilier dans la même région`,
    overlapsHeader: ['Pilier', 'Région', 'Bureaux', 'Mesures et initiatives'],
    itemTypes: { measure: 'mesure', initiative: 'initiative' },
  },
  timeline: {
    noPlan: 'Le calendrier demande un plan de travail valide.',
    noMeasures: 'Le plan n’a pas encore de mesures.',
    chart: {
      title: (date) => `Mesures et jalons dans le temps, au ${date}`,
      description:
        'Chaque barre va du début à la fin d’une mesure. Un losange plein est un jalon atteint, un losange vide un jalon à venir, une croix un jalon en retard ; la ligne en tirets est la date de référence. Un cercle est un jalon reprogrammé, placé à sa nouvelle date.',
      span: (measure, start, end) => `${measure} : du ${start} au ${end}`,
      milestone: (milestone, due, state) => `${milestone}, échéance ${due} : ${state}`,
      quarter: (quarter) => `T${quarter}`,
      asOf: (date) => `au ${date}`,
    },
    states: { done: 'atteint', open: 'à venir', overdue: 'en retard', reforecast: 'reprogrammé' },
    doneOn: (date) => `atteint le ${date}`,
    reforecastTo: (date) => `reprogrammé au ${date}`,
    caption: 'Jalons',
    header: ['Mesure', 'Durée', 'Jalon', 'Échéance', 'État'],
    runs: (start, end) => `du ${start} au ${end}`,
    noneOverdue: (date) => `Aucun jalon n’est en retard au ${date}.`,
    overdueCaption: (n, date) =>
      `Jalons en retard au ${date} (${f.number(n)}), les plus en retard d’abord`,
    overdueHeader: ['Jalon', 'Mesure', 'Échéance', 'Jours de retard'],
  },
  monitoring: {
    fromReports: (date) => `D’après les rapports d’avancement au ${date}.`,
    states: {
      'not-started': 'Non commencée',
      'on-track': 'Dans les temps',
      'at-risk': 'À risque',
      late: 'En retard',
      completed: 'Achevée',
      cancelled: 'Annulée',
    },
    chart: {
      title: 'État du plan',
      description:
        'Nombre de mesures dans chaque état, d’après les derniers rapports d’avancement.',
      bar: 'Mesures',
      caption: 'Mesures dans chaque état',
      header: ['État', 'Mesures'],
    },
    itemsHeader: ['Objet', 'État', 'Valeur', 'Note'],
    healthCaption: 'État de chaque mesure',
    lenses: {
      outOf: (part, whole) => `${f.number(part)} sur ${f.number(whole)}`,
      spent: 'du budget dépensé',
      intersectoral: {
        title: 'Coordination intersectorielle',
        summary:
          'Mesures menées par plus d’un des GS, BR, TSB et BDT, chevauchements entre bureaux couverts par une mesure conjointe, et réunions tenues du groupe de communication.',
        joint: 'Mesures conjointes',
        overlaps: 'Chevauchements couverts',
        meetings: 'Réunions tenues',
        ofMeasures: 'des mesures',
        ofOverlaps: 'des chevauchements',
        ofExpected: 'des réunions prévues',
        cadence: (cadence) => `rythme ${cadence}`,
      },
      regional: {
        title: 'Renforcement régional',
        summary:
          'Mesures menées ou co-menées par les bureaux régionaux et de zone, et pays cibles atteints, dont les PMA, PDSL et PEID.',
        officeLed: 'Menées ou co-menées par un bureau',
        ledAndCoLed: (led, coLed) => `${f.number(led)} menées, ${f.number(coLed)} co-menées`,
        countries: 'Pays cibles atteints',
        ofTargeted: 'des pays ciblés',
        groupReached: (group) => `${group} atteints`,
      },
      membership: {
        title: 'Engagement des membres',
        summary:
          'Engagements des membres dans les arrangements du plan tenus, et membres qui les tiennent.',
        pledges: 'Engagements tenus',
        ofPledges: 'des engagements',
        members: 'Membres qui tiennent leurs engagements',
        ofMembers: 'des membres engagés',
      },
    },
  },
  findings: {
    none: 'Aucun résultat : tous les fichiers sont valides.',
    totals: (errors, warnings, notes, files) =>
      `${count(errors, 'erreur', 'erreurs')}, ${count(warnings, 'avertissement', 'avertissements')} et ${count(notes, 'note', 'notes')} dans ${count(files, 'fichier', 'fichiers')}.`,
    noFile: '(aucun fichier)',
    count: (n) => count(n, 'résultat', 'résultats'),
    header: ['Ligne:colonne', 'Gravité', 'Code', 'Message'],
    severities: { error: 'erreur', warning: 'avertissement', info: 'info' },
  },
  scoreInWords: {
    topsis: (score, percent) =>
      `Un score de ${score} signifie que la mesure se trouve à ${percent} du chemin entre une mesure ayant la pire valeur de ces mesures sur chaque critère (0) et une mesure ayant la meilleure valeur sur chaque critère (1) ; le plus élevé est le meilleur.`,
    'weighted-sum': (score) =>
      `Un score de ${score} est la somme pondérée des valeurs normalisées de la mesure : une mesure la meilleure sur chaque critère obtiendrait près de 1, et l’écart entre deux scores est leur écart de valeur pondérée ; le plus élevé est le meilleur.`,
    'weighted-product': (score) =>
      `Un score de ${score} est le produit des valeurs de la mesure élevées à leurs poids : seuls les rapports entre scores ont un sens (un score deux fois plus élevé est deux fois meilleur sur cette échelle) ; le plus élevé est le meilleur.`,
    vikor: (score) =>
      `Un score (Q) de ${score} situe la mesure entre le meilleur compromis de ces mesures (0) et le pire (1), en combinant son manque pondéré total et son plus grand manque sur un critère ; le plus bas est le meilleur.`,
    'promethee-ii': (score) =>
      `Un flux net de ${score} indique combien la mesure est préférée aux autres moins combien les autres lui sont préférées, de -1 (toute autre mesure préférée sur chaque critère) à 1 ; le plus élevé est le meilleur.`,
    copras: (score) =>
      `Un score de ${score} est l’utilité de la mesure en pourcentage de celle de la meilleure mesure (100) ; le plus élevé est le meilleur.`,
    spotis: (score) =>
      `Un score de ${score} est la distance pondérée de la mesure au point idéal fixé par les bornes des critères, de 0 (l’idéal sur chaque critère) à 1 ; le plus bas est le meilleur.`,
  },
};
