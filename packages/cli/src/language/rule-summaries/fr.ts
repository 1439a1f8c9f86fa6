import type { RuleSummaries } from './rule-summaries.js';

/** What each code means, in French. */
export const frenchRuleSummaries: RuleSummaries = {
  'text/empty': 'Le texte ne contient aucun document.',
  'text/too-large': 'Le texte dépasse la taille maximale.',
  'text/binary': 'Le texte contient NUL ou d’autres caractères de contrôle.',
  'text/byte-order-mark': 'Le texte commence par une marque d’ordre des octets, qui est ignorée.',
  'text/syntax': 'Le texte n’est pas du YAML ou du JSON valide.',
  'text/duplicate-key': 'Un dictionnaire contient deux fois la même clé.',
  'text/alias-limit': 'Le YAML utilise des alias, refusés par défaut ou au-delà de la limite.',
  'text/merge-key': 'Le YAML utilise une clé de fusion (`<<`).',
  'text/custom-tag': 'Le YAML utilise une étiquette hors du schéma de base.',
  'text/multiple-documents': 'Le texte contient plusieurs documents YAML.',
  'text/too-deep': 'Le texte est imbriqué au-delà de la profondeur maximale.',
  'file/unreadable': 'Le fichier ou le dossier n’a pas pu être lu.',
  'file/invalid-utf8': 'Le fichier n’est pas du texte UTF-8 valide.',
  'file/unknown-kind':
    'Un fichier trouvé dans un dossier ou par un motif ressemble à un document du plan, mais son `kind` n’est pas un type connu.',
  'file/missing-kind':
    'Un fichier trouvé dans un dossier ou par un motif ressemble à un document du plan, mais n’a pas de `kind` au premier niveau.',
  'input/not-text': 'Ce qui a été donné à lire n’est pas un texte.',
  'input/not-a-list':
    'Un espace de travail a reçu autre chose qu’une liste de documents ou de fichiers.',
  'input/not-json': 'La valeur contient autre chose que des données JSON, ou ne peut pas être lue.',
  'input/forbidden-key': 'La valeur a une clé `__proto__`.',
  'document/not-an-object': 'Le document n’est pas un dictionnaire de clés et de valeurs.',
  'document/missing-kind': 'Le document n’a pas de `kind`.',
  'document/unknown-kind': 'Le `kind` n’est pas un type de document connu.',
  'document/unsupported-schema-version': 'Cette version ne lit pas ce `schemaVersion`.',
  'document/kind-mismatch':
    'Le document déclare un type, mais ses champs de premier niveau sont ceux d’un autre.',
  'schema/missing-property': 'Un champ obligatoire manque.',
  'schema/invalid-type': 'Une valeur n’a pas le bon type.',
  'schema/unknown-key': 'Une clé n’est pas un champ de son objet.',
  'schema/invalid-value': 'Une valeur n’est pas l’un des codes admis.',
  'schema/invalid-format': 'Un texte n’a pas le format requis (identifiant, date, code, URL).',
  'schema/too-small': 'Un nombre, un texte ou une liste est sous son minimum.',
  'schema/too-big': 'Un nombre, un texte ou une liste dépasse son maximum.',
  'schema/not-multiple': 'Un nombre n’est pas un multiple du pas requis.',
  'schema/invalid': 'Une valeur échoue à un contrôle de structure.',
  'suppression/missing-code':
    'Un commentaire de suppression ne nomme aucun code ; il ne supprime rien.',
  'suppression/missing-reason': 'Une suppression ne donne pas de raison ; elle ne supprime rien.',
  'suppression/unused': 'Une suppression ne correspond à aucun constat.',
  'suppression/expired':
    'Une suppression configurée a dépassé sa date `expires` ; ses constats sont de nouveau signalés.',
  'plan/duplicate-id':
    'Chaque mandat, objectif, mesure, jalon et indicateur a un identifiant qu’aucun autre de son genre n’utilise dans le plan.',
  'plan/unresolved-objective':
    'Les `objectives` d’une mesure nomment des objectifs définis par le plan.',
  'plan/unresolved-mandate': 'Les `mandates` d’une mesure nomment des mandats listés par le plan.',
  'plan/unresolved-milestone':
    'Le `dependsOn` d’un jalon nomme des jalons définis dans les mesures du plan.',
  'plan/milestone-cycle': 'Les dépendances entre jalons ne forment pas de cercle.',
  'plan/date-order':
    'La période du plan et le calendrier de chaque mesure commencent au plus tard le jour où ils finissent.',
  'plan/outside-period':
    'Les calendriers des mesures et les dates de revue se situent dans la période du plan.',
  'plan/milestone-outside-schedule':
    'Un jalon est prévu entre le début et la fin du calendrier de sa mesure.',
  'plan/milestone-before-dependency': 'Un jalon n’est pas prévu avant les jalons dont il dépend.',
  'plan/indicator-year-order':
    'L’année cible d’un indicateur n’est pas antérieure à son année de référence.',
  'plan/secured-exceeds-budget': 'Le montant acquis d’une mesure ne dépasse pas son budget.',
  'plan/breakdown-sum': 'Les parts de la ventilation d’un budget totalisent 100.',
  'plan/partner-financing-sum':
    'Les parts `financingPercent` des partenaires d’une mesure totalisent au plus 100.',
  'plan/amount-without-currency':
    'La contribution d’un membre qui indique un montant indique aussi sa monnaie.',
  'plan/unknown-country': 'Les pays cibles d’une mesure sont des codes ISO 3166-1 alpha-3 connus.',
  'plan/unknown-office':
    'Les responsables, contributeurs, bureaux participants et membres du groupe de communication sont des Bureaux de l’UIT ou des bureaux régionaux ou de zone connus.',
  'plan/unknown-sdg-target':
    'Les cibles des ODD citées par les objectifs et les mesures existent parmi les 169 cibles.',
  'plan/country-outside-region':
    'Les pays cibles d’une mesure se trouvent dans ses régions cibles, quand elle en nomme.',
  'plan/objective-without-measure': 'Chaque objectif est servi par au moins une mesure.',
  'plan/lead-also-contributor':
    'Le responsable d’une mesure n’est pas repris parmi ses contributeurs.',
  'plan/pillar-outside-objectives':
    'Chaque pilier traité par une mesure est traité par l’un de ses objectifs.',
  'plan/duplicate-entry':
    'Les listes de piliers, régions, pays, groupes et références nomment chaque entrée une fois.',
  'plan/missing-estimates':
    'Une mesure donne les estimations qu’utilise la priorisation : bénéficiaires, faisabilité, risque et mois avant les premiers résultats.',
  'plan/global-with-targets':
    'Une mesure marquée `global: true` ne nomme ni régions ni pays cibles.',
  'plan/long-period':
    'La période du plan dure au plus 8 ans ; une période plus longue est le plus souvent une année mal saisie.',
  'plan/mandate-after-plan':
    'Un mandat cité par le plan n’est pas daté d’après l’année où le plan se termine.',
  'plan/first-results-after-end':
    'Le délai `estimates.monthsToFirstResults` d’une mesure ne dépasse pas la durée de son calendrier.',
  'plan/indicator-target-outside-period':
    'L’année cible d’un indicateur se situe dans la période du plan.',
  'plan/non-budget-currency':
    'Les budgets et les contributions utilisent un code de monnaie qui désigne de l’argent.',
  'plan/partner-finances-nothing':
    'Un partenaire de rôle `funding` n’indique pas qu’il finance 0 % du budget.',
  'plan/financing-without-budget':
    'Une mesure dont des partenaires financent une part indique le budget qu’ils partagent.',
  'plan/duplicate-partner': 'Une mesure liste chaque partenaire une seule fois.',
  'plan/lead-bureau-participating':
    'Le Bureau responsable des modalités n’est pas repris parmi les Bureaux participants.',
  'plan/lead-outside-arrangements':
    'Une mesure est dirigée par le Bureau responsable, un Bureau participant ou un bureau régional listé dans les `arrangements` du plan.',
  'plan/chair-not-member': 'La présidence du groupe de communication fait partie de ses membres.',
  'plan/region-without-country':
    'Quand une mesure liste des pays cibles, chacune de ses régions cibles en contient au moins un.',
  'plan/country-not-itu-member':
    'Les pays cibles d’une mesure sont des États Membres de l’UIT au premier jour de la période du plan.',
  'plan/done-milestone-in-pipeline':
    'Un jalon marqué `done` appartient à une mesure sortie du statut `pipeline`.',
  'plan/duplicate-title': 'Deux objectifs, ou deux mesures, n’ont pas le même titre anglais.',
  'plan/indicator-without-unit':
    'Un indicateur indique l’unité dans laquelle sa référence et sa cible sont comptées.',
  'catalogue/duplicate-id':
    'Chaque initiative a un identifiant qu’aucune autre initiative du catalogue n’utilise.',
  'catalogue/date-order': 'Une initiative ne finit pas avant de commencer.',
  'catalogue/unknown-office':
    'Les copropriétaires d’une initiative sont des Bureaux de l’UIT ou des bureaux régionaux ou de zone connus.',
  'catalogue/ended-but-active':
    'Une initiative marquée active n’a pas pris fin avant la date du catalogue.',
  'catalogue/active-before-start':
    'Une initiative marquée active a commencé au plus tard à la date du catalogue.',
  'catalogue/over-without-end': 'Une initiative achevée ou abandonnée indique sa date de fin.',
  'catalogue/reach-after-as-of':
    'Les chiffres de portée ne sont pas datés d’après la date du catalogue.',
  'catalogue/duplicate-entry':
    'Les listes de types, piliers, régions et copropriétaires nomment chaque entrée une fois.',
  'assessment/unknown-country': 'Une évaluation de pays nomme un pays ISO 3166-1 alpha-3 connu.',
  'assessment/no-pillars': 'Une évaluation évalue au moins un pilier.',
  'assessment/target-below-current':
    'Le niveau cible d’un pilier n’est pas inférieur à son niveau actuel.',
  'assessment/need-pillar-not-assessed':
    'Chaque besoin prioritaire relève d’un pilier que l’évaluation évalue.',
  'assessment/unknown-framework-version':
    'La version du cadre de la méthode est connue de la table des cadres, pour que ses dimensions correspondent aux piliers.',
  'profile/duplicate-criterion': 'Chaque critère apparaît une fois dans un profil.',
  'profile/unknown-criterion':
    'Un critère est l’un des critères intégrés, ou un critère propre au profil avec un `field` à lire.',
  'profile/invalid-field':
    'Un critère propre au profil lit un champ numérique de la mesure, donne son sens et ne reprend pas un identifiant intégré.',
  'profile/weighting':
    'La pondération donne un poids à chaque critère, des jugements AHP forment une matrice carrée réciproque, un ordre de rangs liste chaque critère une fois.',
  'profile/preference-thresholds':
    'Une fonction de préférence a les seuils dont son type a besoin.',
  'profile/unused-setting':
    'Un réglage s’applique à la méthode ou à la pondération choisie (par exemple `v` à VIKOR seulement).',
  'profile/inconsistent-judgements':
    'Les jugements AHP ont un ratio de cohérence au plus égal à `maxConsistencyRatio`.',
  'report/date-order': 'La période du rapport commence au plus tard le jour où elle finit.',
  'report/after-as-of':
    'Les dates que le rapport enregistre ne sont pas postérieures à sa date de situation ; les dates reprévues peuvent l’être.',
  'report/duplicate-entry':
    'Un rapport nomme une fois chaque mesure, objectif et contribution annoncée, et chaque jalon une fois par mesure.',
  'workspace/duplicate-document-id':
    'Les documents d’un même type ont des identifiants distincts dans tous les fichiers.',
  'workspace/duplicate-initiative-id':
    'Un identifiant d’initiative n’apparaît que dans un catalogue de l’espace de travail.',
  'workspace/unresolved-initiative':
    'Le `buildsOn` d’une mesure nomme des initiatives listées dans un catalogue de l’espace de travail.',
  'workspace/duplicate-assessment':
    'Deux évaluations n’ont pas la même portée (pays ou région) et la même date.',
  'workspace/missing-exchange-rate':
    'Quand un profil compare le coût par bénéficiaire, chaque monnaie des budgets est sa monnaie de comparaison ou a un taux sous `currency.rates`.',
  'report/unknown-plan':
    'Un rapport d’avancement nomme, sous `plan`, un plan de travail de l’espace de travail.',
  'report/outside-plan-period':
    'La période d’un rapport d’avancement se situe dans la période du plan sur lequel il porte.',
  'report/unknown-reference':
    'Les mesures, objectifs, jalons, indicateurs et contributions qu’un rapport nomme figurent dans son plan.',
  'report/milestone-before-start':
    'Un jalon n’est pas déclaré atteint avant le début de sa mesure dans le plan.',
  'report/spend-currency':
    'Les dépenses d’une mesure sont déclarées dans la monnaie de son budget, et une mesure avec des dépenses a un budget.',
  'report/spend-above-budget':
    'Les dépenses cumulées d’une mesure ne dépassent pas son budget (dans la même monnaie).',
  'report/spend-decrease':
    'Les dépenses cumulées d’une mesure ne baissent pas d’un rapport du plan au suivant.',
  'report/overlapping-periods':
    'Les rapports sur un même plan couvrent des périodes qui ne se chevauchent pas.',
  'report/implausible-status':
    'Une mesure ne revient pas en arrière d’un rapport du plan au suivant.',
  'report/indicator-unit':
    'Une valeur d’indicateur qui indique son `unit` utilise l’unité que le plan donne à l’indicateur.',
  'report/milestone-entry':
    'Une entrée de jalon donne exactement l’une des deux dates `achieved` (atteint) et `forecast` (nouvelle date prévue).',
  'report/group-above-total':
    'Les personnes atteintes par une mesure dans un groupe cible ne dépassent pas le total qu’elle a atteint.',
  'report/amount-without-currency':
    'Une contribution versée avec un montant indique aussi sa devise.',
  'report/non-budget-currency':
    'Les dépenses et les contributions versées utilisent un code de devise qui désigne une monnaie (ni XXX, XTS, les métaux, ni les unités du marché obligataire).',
  'report/contribution-currency':
    'Une contribution est versée dans la devise de sa promesse dans le plan.',
  'rule/crashed':
    'Une règle s’est arrêtée sur une erreur interne, ses constats manquent ; c’est une faute du SDK, pas du document.',
};
