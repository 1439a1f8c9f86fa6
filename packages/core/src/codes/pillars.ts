import type { CodeListSource } from './code-list-source.js';

/**
 * The seven pillars of the work plan: the five resources AI needs, then the two enablers.
 *
 * @example
 * ```ts
 * PILLARS.length;
 * //=> 7
 * ```
 */
export const PILLARS = [
  'infrastructure',
  'compute',
  'models',
  'data',
  'talent',
  'strategy',
  'cooperation',
] as const;

/**
 * One pillar of the work plan, such as `compute` or `strategy`.
 *
 * @example
 * ```ts
 * const pillar: Pillar = 'talent';
 * ```
 */
export type Pillar = (typeof PILLARS)[number];

/**
 * The five resources developing countries lack for AI: infrastructure, computing power, models,
 * data and talent.
 *
 * @example
 * ```ts
 * RESOURCE_PILLARS.includes('data');
 * //=> true
 * ```
 */
export const RESOURCE_PILLARS = ['infrastructure', 'compute', 'models', 'data', 'talent'] as const;

/**
 * One of the five resource pillars.
 *
 * @example
 * ```ts
 * const resource: ResourcePillar = 'compute';
 * ```
 */
export type ResourcePillar = (typeof RESOURCE_PILLARS)[number];

/**
 * The two enablers that make the resources usable: a national AI strategy and international
 * cooperation.
 *
 * @example
 * ```ts
 * ENABLER_PILLARS;
 * //=> ['strategy', 'cooperation']
 * ```
 */
export const ENABLER_PILLARS = ['strategy', 'cooperation'] as const;

/**
 * One of the two enabler pillars.
 *
 * @example
 * ```ts
 * const enabler: EnablerPillar = 'cooperation';
 * ```
 */
export type EnablerPillar = (typeof ENABLER_PILLARS)[number];

/**
 * English display names of the pillars.
 *
 * @example
 * ```ts
 * PILLAR_LABELS.compute;
 * //=> 'Computing power'
 * ```
 */
export const PILLAR_LABELS: Readonly<Record<Pillar, string>> = {
  infrastructure: 'Infrastructure',
  compute: 'Computing power',
  models: 'AI models',
  data: 'Data',
  talent: 'Talent and skills',
  strategy: 'National AI strategy',
  cooperation: 'International cooperation',
};

/**
 * Where the pillar split comes from.
 *
 * @example
 * ```ts
 * PILLARS_SOURCE.asOf;
 * //=> '2025-07'
 * ```
 */
export const PILLARS_SOURCE: CodeListSource = {
  source:
    'ITU joint work plan on AI capacity building (resource pillars); UN Secretary-General report A/79/966 on AI capacity building (enablers)',
  asOf: '2025-07',
  notes:
    'A/79/966 groups compute with energy and connectivity; here connectivity and energy fall under infrastructure.',
};

/**
 * Tells whether a value is one of the seven pillars.
 *
 * @param value - Any value, typically read from a document.
 * @returns `true` when the value is a pillar code, with the type narrowed.
 *
 * @example
 * ```ts
 * isPillar('compute');
 * //=> true
 * isPillar('Compute');
 * //=> false
 * ```
 */
export function isPillar(value: unknown): value is Pillar {
  return (PILLARS as readonly unknown[]).includes(value);
}
