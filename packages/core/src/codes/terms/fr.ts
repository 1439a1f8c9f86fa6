import type { DomainTerms } from './domain-terms.js';

/**
 * The French terms, with the sources they were checked against.
 *
 * @example
 * ```ts
 * frenchTerms.bureaus.BDT;
 * //=> 'Bureau de développement des télécommunications (BDT)'
 * ```
 */
export const frenchTerms: DomainTerms = {
  bureaus: {
    GS: 'Secrétariat général',
    BR: 'Bureau des radiocommunications (BR)',
    TSB: 'Bureau de la normalisation des télécommunications (TSB)',
    BDT: 'Bureau de développement des télécommunications (BDT)',
  },
  sectors: {
    'ITU-R': 'Secteur des radiocommunications (UIT-R)',
    'ITU-T': 'Secteur de la normalisation des télécommunications (UIT-T)',
    'ITU-D': 'Secteur du développement des télécommunications (UIT-D)',
  },
  regions: {
    AFR: 'Afrique',
    AMS: 'Amériques',
    ARB: 'États arabes',
    ASP: 'Asie-Pacifique',
    CIS: 'Communauté des États indépendants (CEI)',
    EUR: 'Europe',
  },
  pillars: {
    infrastructure: 'Infrastructure',
    compute: 'Puissance de calcul',
    models: "Modèles d'IA",
    data: 'Données',
    talent: 'Talents et compétences',
    strategy: "Stratégie nationale d'IA",
    cooperation: 'Coopération internationale',
  },
  planStatuses: {
    draft: 'Projet',
    proposed: 'Proposé pour adoption',
    adopted: 'Adopté',
    superseded: 'Remplacé par un plan ultérieur',
    withdrawn: 'Retiré',
  },
  measureStatuses: {
    pipeline: 'Identification',
    implementation: 'Mise en œuvre',
    finalisation: 'Finalisation',
    closed: 'Clôturé',
    cancelled: 'Annulé',
    suspended: 'Suspendu',
  },
  initiativeStatuses: {
    planned: 'Prévue',
    active: 'En cours',
    completed: 'Achevée',
    discontinued: 'Abandonnée',
  },
  memberCategories: {
    'member-state': 'État Membre',
    'sector-member': 'Membre de Secteur',
    associate: 'Associé',
    academia: 'Établissement universitaire',
  },
  sources: [
    {
      terms: ['bureaus.BDT', 'sectors.ITU-D'],
      source:
        "Constitution et Convention de l'UIT, texte français publié au Recueil systématique du droit fédéral suisse (RS 0.784.01, 0.784.02): « Bureau de développement des télécommunications », « Secteur du développement des télécommunications »",
      asOf: '2026-12-01',
    },
    {
      terms: ['bureaus.GS', 'memberCategories.member-state', 'memberCategories.sector-member'],
      source:
        'UIT, Résolutions et décisions du Conseil (édition 2014), publié par le Secrétariat général; rapport du Conseil à la PP-02 (Document 36-F): « Secrétariat général », « États Membres et Membres de Secteur »',
      asOf: '2026-12-01',
    },
  ],
};
