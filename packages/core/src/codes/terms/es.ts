import type { DomainTerms } from './domain-terms.js';

/**
 * The Spanish terms, with the sources they were checked against.
 *
 * @example
 * ```ts
 * spanishTerms.bureaus.TSB;
 * //=> 'Oficina de Normalización de las Telecomunicaciones (TSB)'
 * ```
 */
export const spanishTerms: DomainTerms = {
  bureaus: {
    GS: 'Secretaría General',
    BR: 'Oficina de Radiocomunicaciones (BR)',
    TSB: 'Oficina de Normalización de las Telecomunicaciones (TSB)',
    BDT: 'Oficina de Desarrollo de las Telecomunicaciones (BDT)',
  },
  sectors: {
    'ITU-R': 'Sector de Radiocomunicaciones (UIT-R)',
    'ITU-T': 'Sector de Normalización de las Telecomunicaciones (UIT-T)',
    'ITU-D': 'Sector de Desarrollo de las Telecomunicaciones (UIT-D)',
  },
  regions: {
    AFR: 'África',
    AMS: 'Américas',
    ARB: 'Estados Árabes',
    ASP: 'Asia-Pacífico',
    CIS: 'Comunidad de Estados Independientes (CEI)',
    EUR: 'Europa',
  },
  pillars: {
    infrastructure: 'Infraestructura',
    compute: 'Capacidad de cómputo',
    models: 'Modelos de IA',
    data: 'Datos',
    talent: 'Talento y competencias',
    strategy: 'Estrategia nacional de IA',
    cooperation: 'Cooperación internacional',
  },
  planStatuses: {
    draft: 'Borrador',
    proposed: 'Propuesto para su adopción',
    adopted: 'Adoptado',
    superseded: 'Sustituido por un plan posterior',
    withdrawn: 'Retirado',
  },
  measureStatuses: {
    pipeline: 'Identificación',
    implementation: 'Ejecución',
    finalisation: 'Finalización',
    closed: 'Cerrada',
    cancelled: 'Cancelada',
    suspended: 'Suspendida',
  },
  initiativeStatuses: {
    planned: 'Prevista',
    active: 'En curso',
    completed: 'Concluida',
    discontinued: 'Interrumpida',
  },
  memberCategories: {
    'member-state': 'Estado Miembro',
    'sector-member': 'Miembro de Sector',
    associate: 'Asociado',
    academia: 'Institución académica',
  },
  sources: [
    {
      terms: ['bureaus.TSB', 'sectors.ITU-T'],
      source:
        'UIT-T, página «Acerca del UIT-T» en español (itu.int/es/ITU-T/about): «Oficina de Normalización de las Telecomunicaciones (TSB)», «Sector de Normalización de las Telecomunicaciones de la UIT (UIT-T)»',
      asOf: '2026-12-01',
    },
  ],
};
