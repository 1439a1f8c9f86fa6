import { BUREAUS } from '../codes/bureaus.js';
import { ITU_OFFICES } from '../codes/offices.js';
import { countryName } from '../codes/countries.js';
import type { IssueParams, MessageCatalogue } from './catalogue.js';
import type { FragmentRule } from './phrasing.js';
import { phrasing, rewriteFragment } from './phrasing.js';

const p = phrasing('fr', {
  open: '« ',
  close: ' »',
  more: (count) =>
    `${count} autre${count === 1 ? '' : 's'} (voir les listes de codes de la référence du format des plans)`,
});
const q = p.quote;

/** The English fragments rules pass as parameters, in French. */
const FRAGMENTS: readonly FragmentRule[] = [
  [/^nothing$/, 'rien'],
  [/^null$/, 'null'],
  [/^a list$/, 'une liste'],
  [/^a mapping( of keys to values)?$/, 'un mappage de clés et de valeurs'],
  [/^a number$/, 'un nombre'],
  [/^a whole number$/, 'un nombre entier'],
  [/^text$/, 'du texte'],
  [/^true or false$/, 'true ou false'],
  [/^a fixed value$/, 'une valeur fixe'],
  [/^a date$/, 'une date'],
  [/^a Date object$/, 'un objet Date'],
  [/^a BigInt$/, 'un BigInt'],
  [/^a function$/, 'une fonction'],
  [/^a symbol$/, 'un symbole'],
  [/^a value that cannot be read$/, 'une valeur illisible'],
  [/^the text (.+)$/s, 'le texte $1'],
  [/^the number (.+)$/, 'le nombre $1'],
  [/^the non-finite number (.+)$/, 'le nombre non fini $1'],
  [/^the value (.+)$/, 'la valeur $1'],
  [/^plan period$/, 'période du plan'],
  [/^review$/, 'revue'],
  [/^schedule of measure "(.+)"$/, 'calendrier de la mesure « $1 »'],
  [/^budget of measure "(.+)"$/, 'budget de la mesure « $1 »'],
  [/^start of measure "(.+)"$/, 'début de la mesure « $1 »'],
  [/^end of measure "(.+)"$/, 'fin de la mesure « $1 »'],
  [/^contribution of "(.+)"$/, 'contribution de « $1 »'],
  // The text to write that schema findings give as `example`.
  [
    /^(".+"), a full date in quotes \(YYYY-MM-DD; a year alone is not a date here\)$/,
    '$1, une date complète entre guillemets (AAAA-MM-JJ ; une année seule n’est pas une date ici)',
  ],
  [/^(".*"), in quotes$/, '$1, entre guillemets'],
  [
    /^(".+") \(letters, digits, "\.", "_" or "-", starting with a letter or digit, at most 64 characters\)$/,
    '$1 (lettres, chiffres, « . », « _ » ou « - », commençant par une lettre ou un chiffre, 64 caractères au plus)',
  ],
  [
    /^(".+") \(a real calendar day, in a year from 1900 to 2100\)$/,
    '$1 (un jour réel du calendrier, d’une année de 1900 à 2100)',
  ],
  [
    /^(".+"), (".+") or (".+") \(a year from 1900 to 2100\)$/,
    '$1, $2 ou $3 (une année de 1900 à 2100)',
  ],
  [
    /^(".+"), (".+") or an office id such as (".+")$/,
    '$1, $2 ou l’identifiant d’un bureau, comme $3',
  ],
  [/^(".+") or (".+")$/, '$1 ou $2'],
  // The formats schema findings name.
  [/^identifier$/, 'identifiant'],
  [/^date$/, 'date'],
  [/^partial date$/, 'date partielle'],
  [/^ISO 3166-1 alpha-3 country code$/, 'code de pays ISO 3166-1 alpha-3'],
  [/^entity reference$/, 'référence à un bureau de l’UIT'],
  [/^SDG target$/, 'cible des ODD'],
  [/^URL$/, 'URL'],
  [/^language code$/, 'code de langue'],
  [/^text with a visible character$/, 'texte avec au moins un caractère visible'],
  // What a progress report dates, as `report/after-as-of` names it.
  [/^The report period$/, 'La période du rapport'],
  [/^Milestone "(.+)"$/, 'Le jalon « $1 »'],
  [/^A value of "(.+)"$/, 'Une valeur de « $1 »'],
  [/^A transaction of "(.+)"$/, 'Une opération de dépense de « $1 »'],
  [/^The contribution of (.+)$/, 'La contribution de $1'],
  [/^A meeting$/, 'Une réunion'],
];
const f = (text: string): string =>
  rewriteFragment(text, FRAGMENTS, {
    or: ' ou ',
    oneOf: (values) => `l’une des valeurs ${values}`,
  });

function knownEntities(): string {
  return `les bureaux ${BUREAUS.join(', ')} et les bureaux régionaux ${ITU_OFFICES.map((office) => office.id).join(', ')}`;
}

function didYouMean(suggestion: string | undefined): string | undefined {
  return suggestion === undefined ? undefined : `Vouliez-vous dire ${q(suggestion)} ?`;
}

/** How a report's reference is named: with the definite and the indefinite article. */
const REFERENCE_WHAT: Readonly<
  Record<IssueParams['report/unknown-reference']['what'], { the: string; a: string }>
> = {
  measure: { the: 'la mesure', a: 'une mesure' },
  milestone: { the: 'le jalon', a: 'un jalon' },
  indicator: { the: 'l’indicateur', a: 'un indicateur' },
  objective: { the: 'l’objectif', a: 'un objectif' },
  contribution: { the: 'la contribution', a: 'une contribution' },
};

/**
 * French wording for every issue code.
 *
 * @example
 * ```ts
 * fr.messages['text/empty']({}).message;
 * //=> 'Le fichier est vide.'
 * ```
 */
export const fr: MessageCatalogue = {
  'text/empty': () => ({
    message: 'Le fichier est vide.',
    hint: 'Écrivez un document avec un `kind`, par exemple `kind: WorkPlan`.',
  }),
  'text/too-large': ({ size, limit, unit, atLeast }) =>
    unit === 'bytes'
      ? {
          message: `Le fichier fait ${atLeast === true ? 'plus de ' : ''}${p.number(size)} octets, au-delà de la limite de ${p.number(limit)} octets ; il n’a pas été lu.`,
          hint: 'Répartissez le contenu en plusieurs documents.',
        }
      : {
          message: `Le texte compte ${p.number(size)} caractères, au-delà de la limite de ${p.number(limit)}.`,
          hint: 'Répartissez le document en plusieurs fichiers, ou relevez `maxLength` si cette taille est prévue.',
        },
  'text/binary': () => ({
    message:
      'Le texte contient des données binaires (NUL ou autres caractères de contrôle), pas du YAML ni du JSON.',
    hint: 'Vérifiez que le fichier est un document de plan enregistré en texte UTF-8.',
  }),
  'text/byte-order-mark': () => ({
    message: 'Le texte commence par une marque d’ordre des octets (BOM), qui a été ignorée.',
    hint: 'Enregistrez le fichier en UTF-8 sans BOM.',
  }),
  'text/syntax': ({ format, detail }) => ({
    message: `Le texte n’est pas du ${format} valide : ${detail}`,
  }),
  'text/duplicate-key': ({ key }) => ({
    message: `La clé ${q(key)} apparaît plusieurs fois dans le même mappage ; une seule valeur peut compter.`,
    hint: 'Supprimez ou renommez l’un des doublons.',
  }),
  'text/alias-limit': ({ count, limit }) => ({
    message:
      limit === 0
        ? 'Le YAML utilise des alias (*nom), qui ne sont pas acceptés dans les fichiers de plan.'
        : `Le YAML résout ${p.number(count)} alias, au-delà de la limite de ${p.number(limit)}.`,
    hint: 'Écrivez les valeurs répétées en entier.',
  }),
  'text/merge-key': () => ({
    message:
      'Le YAML utilise une clé de fusion (<<), qui n’est pas acceptée dans les fichiers de plan.',
    hint: 'Écrivez les clés fusionnées en entier.',
  }),
  'text/custom-tag': ({ tag }) => ({
    message: `Le YAML utilise l’étiquette ${q(tag)}, que les fichiers de plan n’acceptent pas.`,
    hint: 'Supprimez l’étiquette ; un fichier de plan contient des chaînes, nombres, booléens, listes et mappages simples.',
  }),
  'text/multiple-documents': ({ count }) => ({
    message: `Le texte contient ${p.number(count)} documents YAML ; un fichier de plan en contient exactement un.`,
    hint: 'Placez chaque document dans son propre fichier.',
  }),
  'text/too-deep': ({ limit }) => ({
    message: `Le texte imbrique listes et mappages sur plus de ${p.number(limit)} niveaux.`,
    hint: 'Un document de plan ne compte que quelques niveaux ; vérifiez l’indentation.',
  }),
  'file/unreadable': ({ what, reason }) => ({
    message: `${what === 'file' ? 'Le fichier' : 'Le dossier'} n’a pas pu être lu (${reason}).`,
    hint: `Vérifiez qu’il existe, qu’il s’agit bien d’un ${what === 'file' ? 'fichier ordinaire' : 'dossier'} et que vous avez le droit de le lire.`,
  }),
  'file/invalid-utf8': ({ byte, line, column }) => ({
    message: `Le fichier n’est pas en UTF-8 valide : l’octet 0x${byte} à la ligne ${line}, colonne ${column}, ne peut pas être décodé.`,
    hint: 'Enregistrez le fichier en UTF-8.',
  }),
  'file/unknown-kind': ({ kind, known, suggestion }) => ({
    message: `Le fichier ressemble à un document de plan, mais son type ${q(kind)} n’est pas un type connu ; il n’a donc pas été vérifié.`,
    hint: didYouMean(suggestion) ?? `Donnez à \`kind\` l’une des valeurs ${p.list(known)}.`,
  }),
  'file/missing-kind': ({ evidence, known, suggestion }) => ({
    message: `Le fichier ressemble à un document de plan (${evidence}), mais il n’a pas de \`kind\` au premier niveau ; il n’a donc pas été vérifié.`,
    hint:
      suggestion === undefined
        ? `Ajoutez \`kind\` avec l’une des valeurs ${p.list(known)}.`
        : `Ajoutez \`kind: ${suggestion}\` au premier niveau.`,
  }),
  'input/not-text': ({ received }) => ({
    message: `Le texte d’un fichier (une chaîne) était attendu, mais la valeur reçue est ${f(received)}.`,
    hint: 'Lisez d’abord le fichier comme du texte, par exemple avec readFile(path, "utf8").',
  }),
  'input/not-a-list': ({ received }) => ({
    message: `Une liste d’entrées d’espace de travail était attendue, mais la valeur reçue est ${f(received)}.`,
    hint: 'Passez un tableau avec une entrée par fichier.',
  }),
  'input/not-json': ({ received }) => ({
    message: `La valeur contient ${f(received)}, ce qu’un document de plan ne peut pas contenir.`,
    hint: 'N’utilisez que des chaînes, des nombres finis, des booléens, null, des tableaux et des objets simples.',
  }),
  'input/forbidden-key': ({ key }) => ({
    message: `La clé ${q(key)} n’est pas autorisée dans un document de plan.`,
    hint: 'Supprimez la clé ; elle a un sens particulier pour les objets JavaScript.',
  }),
  'document/not-an-object': ({ received }) => ({
    message: `Un document de plan doit être un mappage de clés et de valeurs, pas ${f(received)}.`,
    hint: 'Commencez le document par `kind:` et `schemaVersion:`.',
  }),
  'document/missing-kind': ({ known }) => ({
    message: 'Le document n’a pas de `kind` ; il ne peut donc pas être validé.',
    hint: `Ajoutez \`kind\` avec l’une des valeurs ${p.list(known)}.`,
  }),
  'document/unknown-kind': ({ kind, known, suggestion }) => ({
    message: `${q(kind)} n’est pas un type de document connu ; les types connus sont ${p.list(known, 'and')}.`,
    hint: didYouMean(suggestion),
  }),
  'document/unsupported-schema-version': ({ version, supported }) => ({
    message: `La version de schéma ${version} n’est pas prise en charge ; cette version du SDK lit ${supported.join(', ')}.`,
    hint: 'Donnez à `schemaVersion` une version prise en charge, ou mettez à jour le SDK.',
  }),
  'document/kind-mismatch': ({ kind, likely, fields }) => ({
    message: `Le document déclare \`kind: ${kind}\`, mais son contenu est du type ${likely} : ${p.list(fields, 'and')} ${fields.length === 1 ? 'est un champ' : 'sont des champs'} de ${likely}, et non de ${kind}.`,
    hint: `Indiquez \`kind: ${likely}\` si c’est bien ce type de document ; sinon, écrivez-le avec les champs de ${kind}.`,
  }),
  'schema/missing-property': ({ key, expected }) => ({
    message: `Le champ obligatoire ${q(key)} est absent.`,
    hint: `Ajoutez ${q(key)} (${f(expected)}).`,
  }),
  'schema/invalid-type': ({ expected, received, example }) => ({
    message: `Attendu : ${f(expected)} ; trouvé : ${f(received)}.`,
    hint: example === undefined ? undefined : `Écrivez-le ainsi : ${f(example)}.`,
  }),
  'schema/unknown-key': ({ key, suggestion, allowed }) => ({
    message: `${q(key)} n’est pas un champ admis ici.`,
    hint: didYouMean(suggestion) ?? `Les champs admis ici sont ${p.list(allowed, 'and')}.`,
  }),
  'schema/invalid-value': ({ received, allowed, suggestion }) => ({
    message: `${received} ne fait pas partie des valeurs admises.`,
    hint: didYouMean(suggestion) ?? `Utilisez ${p.list(allowed)}.`,
  }),
  'schema/invalid-format': ({ format, received, example }) => ({
    message: `${received} n’est pas au format attendu (${f(format)}).`,
    hint: example === undefined ? undefined : `Écrivez-le comme ${f(example)}.`,
  }),
  'schema/too-small': ({ subject, minimum, inclusive }) => ({
    message: `Valeur trop petite (${subject}) : elle doit être ${inclusive ? 'au moins égale à' : 'supérieure à'} ${typeof minimum === 'number' ? p.number(minimum) : minimum}.`,
  }),
  'schema/too-big': ({ subject, maximum, inclusive }) => ({
    message: `Valeur trop grande (${subject}) : elle doit être ${inclusive ? 'au plus égale à' : 'inférieure à'} ${typeof maximum === 'number' ? p.number(maximum) : maximum}.`,
  }),
  'schema/not-multiple': ({ divisor }) => ({
    message: `Le nombre doit être un multiple de ${p.number(divisor)}.`,
  }),
  'schema/invalid': ({ detail }) => ({
    message: detail,
  }),
  'rule/crashed': ({ rule, error }) => ({
    message: `La règle ${q(rule)} s’est arrêtée sur une erreur (${error}) ; le document n’a donc pas été entièrement vérifié.`,
    hint: `Il s’agit d’un défaut de @itu-aicb/core et non du document : merci de le signaler avec ce message. Pour vérifier le reste en attendant, désactivez la règle avec \`rules: { '${rule}': 'off' }\`.`,
  }),
  'suppression/missing-code': () => ({
    message: 'Le commentaire de désactivation ne nomme aucun code ; il ne désactive donc rien.',
    hint: 'Nommez les codes acceptés avant « -- », par exemple `# aicb-disable-next-line plan/missing-estimates -- chiffrée lors de la revue de 2027` ; chaque constat affiche son code.',
  }),
  'suppression/missing-reason': ({ codes }) => ({
    message: `La désactivation de ${p.list(codes, 'and')} ne donne aucune raison ; elle ne désactive donc rien.`,
    hint: 'Indiquez pourquoi le constat est accepté après « -- », par exemple `# aicb-disable-next-line plan/missing-estimates -- chiffrée lors de la revue de 2027`.',
  }),
  'suppression/unused': ({ codes }) => ({
    message: `La désactivation de ${p.list(codes, 'and')} ne correspond à aucun constat.`,
    hint: 'Supprimez-la : le constat pour lequel elle a été écrite a disparu, ou elle désigne un code, une ligne ou un pointeur erronés.',
  }),
  'suppression/expired': ({ codes, expires }) => ({
    message: `La désactivation de ${p.list(codes, 'and')} a expiré le ${expires} ; les constats qu’elle couvrait sont donc de nouveau signalés.`,
    hint: 'Corrigez les constats, ou prolongez `expires` en donnant une nouvelle raison.',
  }),
  'plan/duplicate-id': ({ id, collection, first }) => ({
    message: `L’identifiant ${q(id)} est utilisé plusieurs fois (${collection}) ; la première occurrence est à ${first}.`,
    hint: 'Donnez à chacun son propre identifiant : une référence doit désigner un seul élément.',
  }),
  'plan/unresolved-objective': ({ measure, objective, known }) => ({
    message: `La mesure ${q(measure)} renvoie à l’objectif ${q(objective)}, que ce plan ne définit pas.`,
    hint:
      known.length > 0
        ? `Utilisez l’un des identifiants d’objectif : ${known.join(', ')}.`
        : 'Ajoutez l’objectif.',
  }),
  'plan/unresolved-milestone': ({ milestone, reference }) => ({
    message: `Le jalon ${q(milestone)} dépend de ${q(reference)}, qui n’est pas un jalon de ce plan.`,
    hint: 'Utilisez l’identifiant d’un jalon défini dans le calendrier d’une mesure.',
  }),
  'plan/unresolved-mandate': ({ measure, mandate, known }) => ({
    message: `La mesure ${q(measure)} cite le mandat ${q(mandate)}, qui ne figure pas parmi les mandats du plan.`,
    hint:
      known.length > 0
        ? `Utilisez l’un de ceux-ci : ${known.join(', ')}.`
        : 'Ajoutez le mandat à `mandates`.',
  }),
  'plan/milestone-cycle': ({ cycle }) => ({
    message: `Des jalons dépendent les uns des autres en boucle : ${cycle.join(' -> ')}.`,
    hint: 'Supprimez l’une des dépendances pour que les jalons puissent être atteints dans un certain ordre.',
  }),
  'plan/date-order': ({ what, start, end }) => ({
    message: `Fin avant début (${f(what)}) : la fin (${end}) précède le début (${start}).`,
    hint: 'Inversez les dates ou corrigez celle qui est erronée.',
  }),
  'plan/outside-period': ({ what, date, start, end }) => ({
    message: `La date (${f(what)} : ${date}) sort de la période du plan, du ${start} au ${end}.`,
    hint: 'Ramenez la date dans la période du plan, ou prolongez la période.',
  }),
  'plan/milestone-outside-schedule': ({ milestone, due, start, end }) => ({
    message: `Le jalon ${q(milestone)} est prévu le ${due}, en dehors du calendrier de sa mesure (du ${start} au ${end}).`,
    hint: 'Ramenez le jalon dans le calendrier de la mesure, ou prolongez le calendrier.',
  }),
  'plan/milestone-before-dependency': ({ milestone, due, dependency, dependencyDue }) => ({
    message: `Le jalon ${q(milestone)} est prévu le ${due}, avant ${q(dependency)} (${dependencyDue}), dont il dépend.`,
    hint: 'Déplacez l’une des dates, ou supprimez la dépendance.',
  }),
  'plan/secured-exceeds-budget': ({ secured, amount, currency }) => ({
    message: `Le montant acquis (${p.number(secured)} ${currency}) dépasse le budget (${p.number(amount)} ${currency}).`,
    hint: 'Augmentez le budget, ou ramenez le montant acquis à ce qui est engagé pour cette mesure.',
  }),
  'plan/breakdown-sum': ({ sum }) => ({
    message: `Les lignes budgétaires totalisent ${p.number(sum)} %, et non 100 %.`,
    hint: 'Ajustez les parts pour que leur somme fasse 100.',
  }),
  'plan/partner-financing-sum': ({ sum }) => ({
    message: `Les parts de financement des partenaires totalisent ${p.number(sum)} %, plus que le budget entier.`,
    hint: 'Réduisez les parts pour que leur somme ne dépasse pas 100.',
  }),
  'plan/amount-without-currency': ({ member }) => ({
    message: `La contribution de ${q(member)} a un montant mais pas de devise.`,
    hint: 'Ajoutez `currency` avec un code ISO 4217 tel que « USD ».',
  }),
  'plan/indicator-year-order': ({ indicator, baselineYear, targetYear }) => ({
    message: `L’indicateur ${q(indicator)} a son année cible (${targetYear}) avant son année de référence (${baselineYear}).`,
    hint: 'La cible est atteinte après la référence : vérifiez les deux années.',
  }),
  'plan/unknown-country': ({ country, suggestion }) => ({
    message: `${q(country)} n’est pas un code de pays ISO 3166-1 alpha-3 connu.`,
    hint: didYouMean(suggestion) ?? 'Utilisez un code alpha-3 tel que « KEN » ou « BGD ».',
  }),
  'plan/unknown-office': ({ reference, suggestion }) => ({
    message: `${q(reference)} n’est ni un bureau de l’UIT (GS, BR, TSB, BDT) ni un bureau régional ou de zone connu.`,
    hint: didYouMean(suggestion) ?? `Utilisez l’un de ceux-ci : ${knownEntities()}.`,
  }),
  'plan/unknown-sdg-target': ({ target }) => ({
    message: `${q(target)} a la forme d’une cible des ODD mais ne fait pas partie des 169 cibles.`,
    hint: 'Vérifiez les numéros d’objectif et de cible dans le cadre des ODD.',
  }),
  'plan/country-outside-region': ({ country, region, targetRegions }) => ({
    message: `Le pays ${q(country)} appartient à la région ${region}, qui ne figure pas parmi les régions cibles de la mesure (${targetRegions.join(', ')}).`,
    hint: `Ajoutez ${region} à targetRegions, ou vérifiez le code du pays.`,
  }),
  'plan/objective-without-measure': ({ objective }) => ({
    message: `Aucune mesure ne sert l’objectif ${q(objective)}.`,
    hint: 'Ajoutez une mesure pour cet objectif, ou retirez-le si le plan ne le poursuit pas.',
  }),
  'plan/lead-also-contributor': ({ entity }) => ({
    message: `${q(entity)} dirige la mesure et figure aussi parmi ses contributeurs.`,
    hint: 'Retirez-le des contributeurs : l’entité chef de file participe déjà.',
  }),
  'plan/duplicate-entry': ({ value, list }) => ({
    message: `${q(value)} figure plusieurs fois dans ${list}.`,
    hint: 'Supprimez l’entrée répétée.',
  }),
  'plan/pillar-outside-objectives': ({ measure, pillar }) => ({
    message: `La mesure ${q(measure)} porte sur le pilier ${q(pillar)}, qu’aucun de ses objectifs ne couvre.`,
    hint: 'Rattachez la mesure à un objectif de ce pilier, ou ajoutez le pilier à l’un de ses objectifs.',
  }),
  'plan/missing-estimates': ({ measure, fields }) => ({
    message: `La mesure ${q(measure)} n’a pas d’estimation pour ${fields.join(', ')} ; la priorisation les traitera comme manquantes.`,
    hint: 'Ajoutez les estimations sous `estimates` pour que la mesure puisse être classée sur ces critères.',
  }),
  'plan/global-with-targets': ({ measure, targets }) => ({
    message: `La mesure ${q(measure)} est marquée comme mondiale mais nomme ${p.number(targets)} région${targets === 1 ? '' : 's'} ou pays cible${targets === 1 ? '' : 's'} ; la priorisation ne lirait que ces cibles.`,
    hint: 'Retirez `global` si la mesure ne sert que ses cibles, ou retirez les cibles si elle sert tous les pays.',
  }),
  'plan/long-period': ({ start, end, limit }) => ({
    message: `La période du plan va du ${start} au ${end}, soit plus de ${p.number(limit)} ans.`,
    hint: `Vérifiez que l’année de fin n’est pas une faute de frappe ; un plan de plus de ${p.number(limit)} ans gagne à être divisé en plans successifs.`,
  }),
  'plan/mandate-after-plan': ({ mandate, year, end }) => ({
    message: `Le mandat ${q(mandate)} date de ${year}, après la fin du plan le ${end}.`,
    hint: 'Vérifiez l’année d’adoption (ou de l’amendement cité), ou la fin de la période du plan.',
  }),
  'plan/first-results-after-end': ({ measure, months, runs, end }) => ({
    message: `La mesure ${q(measure)} prévoit ses premiers résultats ${p.number(months)} mois après son début, mais elle ne dure que ${p.number(runs)} mois, jusqu’au ${end}.`,
    hint: 'Réduisez `estimates.monthsToFirstResults`, ou prolongez le calendrier.',
  }),
  'plan/non-budget-currency': ({ currency, what }) => ({
    message: `Le montant (${f(what)}) est exprimé en ${q(currency)}, un code ISO 4217 qui ne désigne pas une monnaie de budget.`,
    hint: 'Utilisez le code de la monnaie dans laquelle les fonds sont détenus, comme « USD » ou « CHF » ; XXX, XTS, les métaux précieux (XAU, XAG, XPT, XPD) et les unités du marché obligataire (XBA à XBD) n’en sont pas.',
  }),
  'plan/partner-finances-nothing': ({ measure, partner }) => ({
    message: `Le partenaire ${q(partner)} de la mesure ${q(measure)} a le rôle « funding » mais finance 0 % du budget.`,
    hint: 'Indiquez sa part dans `financingPercent`, retirez `financingPercent` si la part n’est pas encore connue, ou donnez au partenaire son rôle réel.',
  }),
  'plan/duplicate-partner': ({ measure, partner }) => ({
    message: `Le partenaire ${q(partner)} figure plusieurs fois dans la mesure ${q(measure)}.`,
    hint: 'Citez chaque partenaire une seule fois ; un partenaire aux rôles multiples garde le principal, avec toute sa part de financement.',
  }),
  'plan/lead-bureau-participating': ({ bureau }) => ({
    message: `Le bureau chef de file ${bureau} figure aussi parmi les bureaux participants.`,
    hint: 'Retirez-le de `participatingBureaus` : cette liste nomme les autres bureaux.',
  }),
  'plan/lead-outside-arrangements': ({ measure, lead, taking, list }) => ({
    message: `La mesure ${q(measure)} est dirigée par ${q(lead)}, qui ne participe pas aux modalités de travail du plan (${taking.length === 0 ? 'aucun participant indiqué' : `participants : ${p.list(taking, 'and')}`}).`,
    hint: `Ajoutez ${q(lead)} à \`arrangements.${list}\`, ou confiez la mesure à une entité qui participe.`,
  }),
  'plan/region-without-country': ({ measure, region, countries }) => ({
    message: `La mesure ${q(measure)} cible la région ${region}, mais aucun de ses pays cibles (${p.list(countries, 'and')}) n’est dans la région ${region}.`,
    hint: `Ajoutez les pays de la région ${region} que la mesure atteint, ou retirez ${region} de \`targetRegions\`.`,
  }),
  'plan/chair-not-member': ({ chair, members }) => ({
    message: `Le groupe de communication est présidé par ${q(chair)}, qui ne figure pas parmi ses membres (${p.list(members, 'and')}).`,
    hint: `Ajoutez ${q(chair)} à \`members\`, ou corrigez la présidence.`,
  }),
  'plan/done-milestone-in-pipeline': ({ milestone, measure }) => ({
    message: `Le jalon ${q(milestone)} est marqué comme atteint, mais sa mesure ${q(measure)} en est encore au stade de l’identification.`,
    hint: 'Passez la mesure à « implementation » (ou au-delà), ou indiquez `done: false`.',
  }),
  'plan/country-not-itu-member': ({ country, date }) => ({
    message: `${q(country)} (${countryName(country, 'fr')}) n’est pas un État Membre de l’UIT au ${date}, date de début du plan.`,
    hint: 'Vérifiez le code du pays ; un non-membre peut participer par l’intermédiaire d’un État Membre ou en tant qu’observateur, ce que la description de la mesure doit préciser.',
  }),
  'plan/duplicate-title': ({ title, collection, first }) => ({
    message: `Deux éléments (${collection}) portent le titre ${q(title)} ; le premier est à ${first}.`,
    hint: 'Donnez à chacun un titre qui dit en quoi il diffère, ou fusionnez-les.',
  }),
  'plan/indicator-without-unit': ({ indicator }) => ({
    message: `L’indicateur ${q(indicator)} n’a pas d’unité ; sa référence et sa cible ne peuvent donc pas être lues.`,
    hint: 'Ajoutez `unit`, par exemple « personnes formées » ou « % ».',
  }),
  'plan/indicator-target-outside-period': ({ indicator, year, first, last }) => ({
    message: `L’indicateur ${q(indicator)} a sa cible en ${year}, en dehors des années du plan (${first} à ${last}).`,
    hint: 'Fixez une cible pour une année du plan, comme étape vers la cible ultérieure, ou corrigez l’année.',
  }),
  'plan/financing-without-budget': ({ measure }) => ({
    message: `Des partenaires de la mesure ${q(measure)} en financent une part, mais la mesure n’indique aucun budget.`,
    hint: 'Ajoutez `budget` avec le montant et la devise, ou omettez `financingPercent` tant que le budget n’est pas connu.',
  }),
  'catalogue/duplicate-id': ({ id, first }) => ({
    message: `L’identifiant d’initiative ${q(id)} est utilisé plusieurs fois ; la première occurrence est à ${first}.`,
    hint: 'Donnez à chaque initiative son propre identifiant.',
  }),
  'catalogue/date-order': ({ initiative, start, end }) => ({
    message: `L’initiative ${q(initiative)} se termine (${end}) avant de commencer (${start}).`,
    hint: 'Corrigez le début ou la fin.',
  }),
  'catalogue/unknown-office': ({ reference, suggestion }) => ({
    message: `${q(reference)} n’est ni un bureau de l’UIT ni un bureau régional ou de zone connu.`,
    hint: didYouMean(suggestion) ?? `Utilisez l’un de ceux-ci : ${knownEntities()}.`,
  }),
  'catalogue/ended-but-active': ({ initiative, end, asOf }) => ({
    message: `L’initiative ${q(initiative)} est marquée comme en cours, mais elle s’est terminée le ${end}, avant la date du catalogue (${asOf}).`,
    hint: 'Passez le statut à « completed » ou « discontinued », ou corrigez la date de fin.',
  }),
  'catalogue/over-without-end': ({ initiative, status }) => ({
    message: `L’initiative ${q(initiative)} a le statut « ${status} » mais n’a pas de date de fin.`,
    hint: 'Ajoutez la date à laquelle elle a pris fin.',
  }),
  'catalogue/reach-after-as-of': ({ initiative, figureAsOf, asOf }) => ({
    message: `Un chiffre de portée de ${q(initiative)} est daté du ${figureAsOf}, après la date du catalogue (${asOf}).`,
    hint: 'Vérifiez la date du chiffre, ou avancez la date du catalogue.',
  }),
  'catalogue/duplicate-entry': ({ value, list }) => ({
    message: `${q(value)} figure plusieurs fois dans ${list}.`,
    hint: 'Supprimez l’entrée répétée.',
  }),
  'catalogue/active-before-start': ({ initiative, start, asOf }) => ({
    message: `L’initiative ${q(initiative)} est marquée comme en cours, mais elle commence le ${start}, après la date du catalogue (${asOf}).`,
    hint: 'Passez le statut à « planned », ou corrigez la date de début.',
  }),
  'assessment/unknown-country': ({ country, suggestion }) => ({
    message: `${q(country)} n’est pas un code de pays ISO 3166-1 alpha-3 connu.`,
    hint: didYouMean(suggestion) ?? 'Utilisez un code alpha-3 tel que « KEN ».',
  }),
  'assessment/no-pillars': () => ({
    message: 'L’évaluation ne porte sur aucun pilier.',
    hint: 'Ajoutez au moins un pilier sous `pillars`, avec son niveau actuel et son niveau cible.',
  }),
  'assessment/target-below-current': ({ pillar, current, target }) => ({
    message: `Le niveau cible de ${q(pillar)} (${p.number(target)}) est inférieur à son niveau actuel (${p.number(current)}).`,
    hint: 'La cible est le niveau que le pays veut atteindre : vérifiez les deux niveaux.',
  }),
  'assessment/need-pillar-not-assessed': ({ pillar }) => ({
    message: `Un besoin prioritaire nomme le pilier ${q(pillar)}, que l’évaluation ne couvre pas.`,
    hint: 'Évaluez le pilier sous `pillars`, ou rattachez le besoin à un pilier évalué.',
  }),
  'assessment/unknown-framework-version': ({ framework, version, known }) => ({
    message: `${q(version)} n’est pas une version de ${framework} connue de la table des cadres ; ses dimensions ne peuvent donc pas être rapportées aux piliers.`,
    hint: `Utilisez l’une des versions connues : ${known.map(q).join(', ')} ; ou utilisez le cadre « custom » et décrivez la méthode.`,
  }),
  'profile/duplicate-criterion': ({ id, first }) => ({
    message: `Le critère ${q(id)} figure déjà à ${first}.`,
    hint: 'Citez chaque critère une seule fois.',
  }),
  'profile/unknown-criterion': ({ id, suggestion }) => ({
    message: `${q(id)} n’est pas un critère intégré, et il n’a pas de \`field\` à lire.`,
    hint:
      didYouMean(suggestion) ??
      'Utilisez un critère intégré, ou ajoutez `field` et `direction` pour un critère propre.',
  }),
  'profile/invalid-field': ({ id, problem, field, suggestion }) =>
    problem === 'built-in'
      ? {
          message: `${q(id)} est un critère intégré ; il ne peut pas lire de champ.`,
          hint: 'Supprimez `field`, ou donnez un autre identifiant à votre critère.',
        }
      : problem === 'unknown-field'
        ? {
            message: `Le critère ${q(id)} lit ${q(field ?? '')}, qui n’est pas un champ numérique de mesure.`,
            hint:
              didYouMean(suggestion) ??
              'Utilisez un champ numérique de mesure comme « budget.amount », une liste comme « targetCountries » (comptée) ou « estimates.scores.<nom> ».',
          }
        : {
            message: `Le critère ${q(id)} n’a pas de \`direction\`.`,
            hint: 'Ajoutez `direction: benefit` (plus vaut mieux) ou `direction: cost` (moins vaut mieux).',
          },
  'profile/weighting': ({ problem, detail }) => {
    switch (problem) {
      case 'missing-weight':
        return {
          message: `Le critère ${q(detail)} n’a pas de poids, alors que la pondération est directe.`,
          hint: 'Donnez un `weight` à chaque critère, ou choisissez une autre pondération.',
        };
      case 'zero-weights':
        return {
          message: 'Tous les critères ont un poids nul ; rien ne peut donc être classé.',
          hint: 'Donnez à au moins un critère un poids supérieur à 0.',
        };
      case 'matrix-size':
        return {
          message: `Les jugements AHP doivent former une matrice ${detail} : une ligne et une colonne par critère, dans l’ordre de \`criteria\`.`,
        };
      case 'diagonal':
        return {
          message: `Le jugement AHP d’un critère par rapport à lui-même doit valoir 1 (${detail}).`,
        };
      case 'not-reciprocal':
        return {
          message: `Les jugements AHP ne sont pas réciproques : ${detail} doit valoir 1 divisé par l’entrée symétrique.`,
          hint: 'Si le critère i est 3 fois plus important que j, écrivez 3 en (i, j) et 1/3 en (j, i).',
        };
      case 'unknown-in-order':
        return {
          message: `L’ordre de rang nomme ${q(detail)}, qui n’est pas l’un des critères.`,
        };
      case 'incomplete-order':
        return {
          message:
            detail === ''
              ? 'L’ordre de rang cite un critère plus d’une fois.'
              : `L’ordre de rang omet ${detail}.`,
          hint: 'Citez chaque critère exactement une fois, le plus important en premier.',
        };
    }
  },
  'profile/preference-thresholds': ({ type }) => ({
    message: `La fonction de préférence ${type} n’a pas les seuils dont elle a besoin, ou q n’est pas inférieur à p.`,
    hint: 'u-shape exige q ; v-shape exige p supérieur à 0 ; level et linear exigent q inférieur à p ; gaussian exige s supérieur à 0.',
  }),
  'profile/unused-setting': ({ setting, applies }) => ({
    message: `\`${setting}\` ne s’applique qu’à ${applies} ; il est donc sans effet ici.`,
    hint: 'Supprimez-le, ou choisissez la méthode ou la pondération à laquelle il appartient.',
  }),
  'profile/inconsistent-judgements': ({ ratio, limit, table, lambdaMax }) => ({
    message: `Les jugements AHP sont incohérents : le ratio de cohérence vaut ${p.number(ratio)} (lambda max ${p.number(lambdaMax)}, indice aléatoire ${table}), au-delà de la limite de ${p.number(limit)}.`,
    hint: 'Revoyez les jugements par paires qui se contredisent (si A l’emporte sur B et B sur C, A doit l’emporter plus nettement sur C), ou relevez `maxConsistencyRatio` en connaissance de cause.',
  }),
  'report/date-order': ({ start, end }) => ({
    message: `La période du rapport commence le ${start}, après sa fin le ${end}.`,
    hint: 'Inversez les dates, ou corrigez celle qui est erronée.',
  }),
  'report/after-as-of': ({ what, date, asOf }) => ({
    message: `${f(what)} porte la date du ${date}, postérieure à la date de situation du rapport (${asOf}).`,
    hint: 'Un rapport décrit la situation à sa date de situation : corrigez la date, ou reportez `asOf` à plus tard.',
  }),
  'report/duplicate-entry': ({ value, list }) => ({
    message: `${q(value)} figure plusieurs fois dans \`${list}\`.`,
    hint: 'Rendez compte de chaque élément une seule fois, avec tous ses chiffres ensemble.',
  }),
  'report/unknown-plan': ({ plan, known, suggestion }) => ({
    message:
      known.length === 0
        ? `Le rapport porte sur le plan ${q(plan)}, mais aucun plan de travail n’a été fourni avec lui.`
        : `Le rapport porte sur le plan ${q(plan)}, qui ne figure pas parmi les plans de travail fournis (${p.list(known, 'and')}).`,
    hint:
      didYouMean(suggestion) ??
      'Vérifiez les fichiers avec le plan de travail dont ils rendent compte.',
  }),
  'report/outside-plan-period': ({ start, end, planStart, planEnd, plan }) => ({
    message: `La période du rapport, du ${start} au ${end}, n’est pas comprise dans celle du plan ${q(plan)} (du ${planStart} au ${planEnd}).`,
    hint: 'Corrigez la période du rapport, ou celle du plan si elle a changé.',
  }),
  'report/unknown-reference': ({ what, reference, plan, owner, suggestion }) => ({
    message:
      owner === undefined
        ? `Le rapport nomme ${REFERENCE_WHAT[what].the} ${q(reference)}, que le plan ${q(plan)} ne contient pas.`
        : `Le rapport nomme ${REFERENCE_WHAT[what].the} ${q(reference)}, que ${q(owner)} du plan ${q(plan)} ne contient pas.`,
    hint:
      didYouMean(suggestion) ??
      (what === 'contribution'
        ? 'Rendez compte des livraisons au regard des contributions listées sous `arrangements.contributions` du plan (même membre et même nature).'
        : `Utilisez l’identifiant d’${REFERENCE_WHAT[what].a} du plan.`),
  }),
  'report/milestone-before-start': ({ milestone, measure, achieved, start }) => ({
    message: `Le jalon ${q(milestone)} est déclaré atteint le ${achieved}, avant le début de la mesure ${q(measure)} le ${start}.`,
    hint: 'Vérifiez la date à laquelle il a été atteint, ou le début de la mesure.',
  }),
  'report/spend-currency': ({ measure, currency, budget }) => ({
    message:
      budget === undefined
        ? `La mesure ${q(measure)} déclare des dépenses en ${currency}, mais n’a pas de budget auquel les comparer.`
        : `La mesure ${q(measure)} déclare des dépenses en ${currency}, mais son budget est en ${budget} ; les deux ne peuvent pas être comparés.`,
    hint:
      budget === undefined
        ? 'Donnez un budget à la mesure dans le plan.'
        : `Déclarez les dépenses en ${budget}, converties au taux du jour où elles ont été faites.`,
  }),
  'report/spend-above-budget': ({ measure, spent, budget, currency }) => ({
    message: `La mesure ${q(measure)} a dépensé ${p.number(spent)} ${currency}, au-delà de son budget de ${p.number(budget)} ${currency}.`,
    hint: 'Vérifiez les dépenses, ou révisez le budget dans le plan.',
  }),
  'report/spend-decrease': ({ measure, spent, earlier, currency, report }) => ({
    message: `La mesure ${q(measure)} déclare ${p.number(spent)} ${currency} dépensés à ce jour, moins que les ${p.number(earlier)} ${currency} du rapport précédent ${q(report)} ; les dépenses sont cumulées et ne peuvent pas diminuer.`,
    hint: 'Déclarez les dépenses depuis le début de la mesure, et non celles de la seule période ; une correction s’explique dans la partie narrative.',
  }),
  'report/overlapping-periods': ({ plan, report, start, end }) => ({
    message: `La période du rapport chevauche celle du rapport ${q(report)} sur le plan ${q(plan)} (du ${start} au ${end}).`,
    hint: 'Donnez à chaque rapport d’un plan sa propre période, l’une après l’autre.',
  }),
  'report/implausible-status': ({ measure, from, to, report }) => ({
    message: `La mesure ${q(measure)} passe de ${q(from)} dans le rapport ${q(report)} à ${q(to)} ; une mesure ne revient pas ainsi en arrière.`,
    hint: 'Vérifiez le statut ; une mesure reprise après avoir été clôturée ou annulée s’ajoute de préférence au plan comme nouvelle mesure.',
  }),
  'report/indicator-unit': ({ indicator, unit, planUnit }) => ({
    message:
      planUnit === undefined
        ? `L’indicateur ${q(indicator)} est déclaré en ${q(unit)}, mais le plan ne lui donne pas d’unité.`
        : `L’indicateur ${q(indicator)} est déclaré en ${q(unit)}, mais le plan le mesure en ${q(planUnit)}.`,
    hint:
      planUnit === undefined
        ? 'Donnez son unité à l’indicateur dans le plan.'
        : `Convertissez la valeur en ${q(planUnit)}, ou retirez \`unit\` quand c’est la même.`,
  }),
  'report/milestone-entry': ({ milestone, measure, both }) => ({
    message: both
      ? `Le jalon ${q(milestone)} de la mesure ${q(measure)} est donné à la fois comme atteint (achieved) et comme reprogrammé (forecast).`
      : `Le jalon ${q(milestone)} de la mesure ${q(measure)} n’a ni date d’achèvement (achieved) ni nouvelle date (forecast).`,
    hint: both
      ? 'Gardez `achieved` si le jalon a été atteint ; sinon gardez `forecast` et retirez `achieved`.'
      : 'Ajoutez `achieved` avec la date où il a été atteint, ou `forecast` avec la date désormais prévue ; ou retirez le jalon.',
  }),
  'report/group-above-total': ({ measure, group, count, total }) => ({
    message: `La mesure ${q(measure)} déclare ${p.number(count)} personnes atteintes dans le groupe ${q(group)}, plus que les ${p.number(total)} qu’elle a atteintes au total.`,
    hint: 'Corrigez l’effectif du groupe ou le total ; une personne peut compter dans plusieurs groupes, mais chaque groupe fait partie du total.',
  }),
  'report/amount-without-currency': ({ member }) => ({
    message: `La contribution versée par ${q(member)} a un montant mais pas de devise.`,
    hint: 'Ajoutez `currency` avec le code ISO 4217 du montant, tel que « USD ».',
  }),
  'report/non-budget-currency': ({ currency, measure, member }) => ({
    message:
      measure === undefined
        ? `La contribution versée par ${q(member ?? '')} est exprimée en ${q(currency)}, un code ISO 4217 qui ne désigne pas une monnaie.`
        : `Les dépenses de la mesure ${q(measure)} sont exprimées en ${q(currency)}, un code ISO 4217 qui ne désigne pas une monnaie.`,
    hint: 'Utilisez le code de la monnaie dans laquelle les fonds ont été versés, comme « USD » ou « CHF » ; XXX, XTS, les métaux précieux (XAU, XAG, XPT, XPD) et les unités du marché obligataire (XBA à XBD) n’en sont pas.',
  }),
  'report/contribution-currency': ({ member, currency, pledged }) => ({
    message: `La contribution de ${q(member)} est versée en ${currency}, mais elle a été promise en ${pledged} ; les deux ne peuvent pas être comparés.`,
    hint: `Déclarez le montant versé en ${pledged}, converti au taux du jour du versement.`,
  }),
  'workspace/duplicate-document-id': ({ id, kind, first }) => ({
    message: `Un autre document ${kind} a l’identifiant ${q(id)} (${first}).`,
    hint: 'Donnez à chaque document d’un même type son propre identifiant.',
  }),
  'workspace/duplicate-initiative-id': ({ id, first }) => ({
    message: `L’identifiant d’initiative ${q(id)} est aussi utilisé dans ${first}.`,
    hint: 'Les identifiants d’initiative doivent être uniques dans tous les catalogues, car les mesures y renvoient.',
  }),
  'workspace/unresolved-initiative': ({ measure, initiative, suggestion, catalogues }) => ({
    message:
      catalogues === 0
        ? `La mesure ${q(measure)} s’appuie sur l’initiative ${q(initiative)}, mais aucun catalogue d’initiatives n’a été fourni.`
        : `La mesure ${q(measure)} s’appuie sur l’initiative ${q(initiative)}, qu’aucun catalogue ne répertorie.`,
    hint:
      didYouMean(suggestion) ?? 'Ajoutez l’initiative à un catalogue, ou corrigez l’identifiant.',
  }),
  'workspace/duplicate-assessment': ({ scope, date, first }) => ({
    message: `Une autre évaluation de ${scope} porte la même date, ${date} (${first}).`,
    hint: 'Gardez une seule évaluation par périmètre et par date, ou corrigez la date.',
  }),
  'workspace/missing-exchange-rate': ({ measure, currency, reference, profile, fromProfile }) => ({
    message: `La mesure ${q(measure)} est budgétée en ${currency}, mais le profil de notation ${q(profile)} compare les coûts en ${reference} et n’a pas de taux pour ${currency} ; la priorisation traite son coût par bénéficiaire comme manquant.`,
    hint: fromProfile
      ? `Ajoutez \`${currency}\` sous \`currency.rates\` dans le profil (combien de ${reference} vaut un ${currency}).`
      : `Ajoutez \`currency: { code: ${reference}, rates: { ${currency}: ... } }\` au profil ; sans cela, les coûts sont comparés dans la devise la plus utilisée du plan, ${reference}.`,
  }),
};
