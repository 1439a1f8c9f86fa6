import type { CodeListSource } from './code-list-source.js';
import type { Pillar } from './pillars.js';

/**
 * The readiness and needs-assessment frameworks an assessment can be made with; `custom` is any
 * other method, described in the assessment itself.
 *
 * @example
 * ```ts
 * ASSESSMENT_FRAMEWORKS;
 * //=> ['itu-ai-ready', 'unesco-ram', 'oxford-insights', 'itu-idi', 'custom']
 * ```
 */
export const ASSESSMENT_FRAMEWORKS = [
  'itu-ai-ready',
  'unesco-ram',
  'oxford-insights',
  'itu-idi',
  'custom',
] as const;

/**
 * One assessment framework.
 *
 * @example
 * ```ts
 * const framework: AssessmentFramework = 'unesco-ram';
 * ```
 */
export type AssessmentFramework = (typeof ASSESSMENT_FRAMEWORKS)[number];

/**
 * English names of the assessment frameworks.
 *
 * @example
 * ```ts
 * ASSESSMENT_FRAMEWORK_LABELS['unesco-ram'];
 * //=> 'UNESCO Readiness Assessment Methodology (RAM)'
 * ```
 */
export const ASSESSMENT_FRAMEWORK_LABELS: Readonly<Record<AssessmentFramework, string>> = {
  'itu-ai-ready': 'ITU AI Ready framework',
  'unesco-ram': 'UNESCO Readiness Assessment Methodology (RAM)',
  'oxford-insights': 'Oxford Insights Government AI Readiness Index',
  'itu-idi': 'ITU ICT Development Index (IDI)',
  custom: 'Other method (described in the assessment)',
};

/**
 * Tells whether a value is an assessment framework code.
 *
 * @param value - Any value, typically read from a document.
 * @returns `true` when the value is one of the framework codes, with the type narrowed.
 *
 * @example
 * ```ts
 * isAssessmentFramework('itu-idi');
 * //=> true
 * isAssessmentFramework('IDI');
 * //=> false
 * ```
 */
export function isAssessmentFramework(value: unknown): value is AssessmentFramework {
  return (ASSESSMENT_FRAMEWORKS as readonly unknown[]).includes(value);
}

/**
 * One dimension (factor, pillar) of a framework, with the plan pillars its scores inform.
 *
 * @example
 * ```ts
 * const dimension: FrameworkDimension = { id: 'data', label: 'Data', pillars: ['data'] };
 * ```
 */
export interface FrameworkDimension {
  /** Stable id, in lower-case kebab case, unique within a framework version. */
  readonly id: string;
  /** The dimension's name as the framework writes it. */
  readonly label: string;
  /** The plan pillars the dimension bears on; never empty. */
  readonly pillars: readonly Pillar[];
}

/**
 * One published version of a framework and its dimensions.
 *
 * @example
 * ```ts
 * const version: FrameworkVersion = {
 *   version: '2023',
 *   year: 2023,
 *   dimensions: [{ id: 'universal-connectivity', label: 'Universal Connectivity', pillars: ['infrastructure'] }],
 * };
 * ```
 */
export interface FrameworkVersion {
  /** The version as assessments record it, such as `2` or `2023`. */
  readonly version: string;
  /** The year the version was published. */
  readonly year: number;
  /** The framework's top-level dimensions in this version. */
  readonly dimensions: readonly FrameworkDimension[];
}

/**
 * The frameworks with a known structure: for each, its versions (oldest first) and their
 * dimensions mapped onto the plan pillars, so assessments made with different frameworks can feed
 * one prioritisation.
 *
 * @example
 * ```ts
 * FRAMEWORK_DIMENSIONS['itu-idi'][0]?.dimensions.map((dimension) => dimension.id);
 * //=> ['universal-connectivity', 'meaningful-connectivity']
 * ```
 */
export const FRAMEWORK_DIMENSIONS: Readonly<
  Record<Exclude<AssessmentFramework, 'custom'>, readonly FrameworkVersion[]>
> = {
  'itu-ai-ready': [
    {
      version: '1',
      year: 2024,
      dimensions: [
        { id: 'open-data', label: 'Open data', pillars: ['data'] },
        { id: 'research', label: 'Research', pillars: ['talent', 'models'] },
        {
          id: 'deployment-capability',
          label: 'Deployment capability with infrastructure',
          pillars: ['infrastructure', 'compute'],
        },
        { id: 'standards', label: 'Standards', pillars: ['strategy', 'cooperation'] },
        { id: 'open-source', label: 'Open source', pillars: ['models'] },
        { id: 'sandbox-pilots', label: 'Sandbox pilots', pillars: ['strategy'] },
      ],
    },
    {
      version: '2',
      year: 2026,
      dimensions: [
        { id: 'data', label: 'Data', pillars: ['data'] },
        { id: 'research', label: 'Research', pillars: ['talent', 'models'] },
        {
          id: 'deployment-support',
          label: 'Deployment Support',
          pillars: ['infrastructure', 'compute'],
        },
        { id: 'standards', label: 'Standards', pillars: ['strategy', 'cooperation'] },
        { id: 'open-source', label: 'Open Source', pillars: ['models'] },
        { id: 'sandbox-environments', label: 'Sandbox Environments', pillars: ['strategy'] },
      ],
    },
  ],
  'unesco-ram': [
    {
      version: '2023',
      year: 2023,
      dimensions: [
        { id: 'legal-regulatory', label: 'Legal/Regulatory', pillars: ['strategy'] },
        { id: 'social-cultural', label: 'Social/Cultural', pillars: ['strategy', 'talent'] },
        { id: 'economic', label: 'Economic', pillars: ['strategy', 'talent'] },
        {
          id: 'scientific-educational',
          label: 'Scientific/Educational',
          pillars: ['talent', 'models'],
        },
        {
          id: 'technological-infrastructural',
          label: 'Technological/Infrastructural',
          pillars: ['infrastructure', 'compute', 'data'],
        },
      ],
    },
  ],
  'oxford-insights': [
    {
      version: '2020-2024',
      year: 2020,
      dimensions: [
        { id: 'government', label: 'Government', pillars: ['strategy'] },
        { id: 'technology-sector', label: 'Technology Sector', pillars: ['talent', 'models'] },
        {
          id: 'data-and-infrastructure',
          label: 'Data & Infrastructure',
          pillars: ['data', 'infrastructure', 'compute'],
        },
      ],
    },
  ],
  'itu-idi': [
    {
      version: '2023',
      year: 2023,
      dimensions: [
        {
          id: 'universal-connectivity',
          label: 'Universal Connectivity',
          pillars: ['infrastructure'],
        },
        {
          id: 'meaningful-connectivity',
          label: 'Meaningful Connectivity',
          pillars: ['infrastructure'],
        },
      ],
    },
  ],
};

/**
 * Where the framework structures and the pillar mapping come from.
 *
 * @example
 * ```ts
 * FRAMEWORK_DIMENSIONS_SOURCE.asOf;
 * //=> '2026-01'
 * ```
 */
export const FRAMEWORK_DIMENSIONS_SOURCE: CodeListSource = {
  source:
    'ITU AI Ready framework (preliminary 2024; version 2, 2026); UNESCO Readiness Assessment Methodology (2023); Oxford Insights Government AI Readiness Index (2020-2024 editions); ITU ICT Development Index (2023)',
  asOf: '2026-01',
  notes: [
    'The mapping onto plan pillars is a judgement of this SDK, to be reviewed with the framework owners.',
    'AI Ready version "1" is the preliminary 2024 framework; its factor names are descriptive.',
    'Oxford Insights: only the three pillars of the 2020-2024 editions are listed, not their 10 dimensions; the 2025 edition (six pillars) is not listed yet.',
    'IDI: the 2023 methodology, also used by the 2024 edition.',
  ].join(' '),
};

/**
 * Gives the dimensions of a framework version, with their plan pillars.
 *
 * @param framework - The framework code.
 * @param version - The version as recorded on the assessment; the latest version when omitted.
 * @returns The dimensions, or `undefined` for `custom` and for a version not in
 *   `FRAMEWORK_DIMENSIONS`.
 *
 * @example
 * ```ts
 * frameworkDimensions('itu-ai-ready')?.map((dimension) => dimension.id);
 * //=> ['data', 'research', 'deployment-support', 'standards', 'open-source', 'sandbox-environments']
 * frameworkDimensions('custom');
 * //=> undefined
 * ```
 */
export function frameworkDimensions(
  framework: AssessmentFramework,
  version?: string,
): readonly FrameworkDimension[] | undefined {
  if (framework === 'custom') return undefined;
  const versions = FRAMEWORK_DIMENSIONS[framework];
  const match =
    version === undefined
      ? versions[versions.length - 1]
      : versions.find((candidate) => candidate.version === version);
  return match?.dimensions;
}

/**
 * Lists the versions of a framework that `FRAMEWORK_DIMENSIONS` knows, oldest first.
 *
 * @param framework - The framework code.
 * @returns The versions as assessments record them; empty for `custom`, whose versions are the
 *   assessment's own.
 *
 * @example
 * ```ts
 * frameworkVersions('itu-ai-ready');
 * //=> ['1', '2']
 * frameworkVersions('oxford-insights');
 * //=> ['2020-2024']
 * ```
 */
export function frameworkVersions(framework: AssessmentFramework): readonly string[] {
  if (framework === 'custom') return [];
  return FRAMEWORK_DIMENSIONS[framework].map((candidate) => candidate.version);
}
