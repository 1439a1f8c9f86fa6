// The starter workspace of `aicb init`: valid documents that point editors to their schemas.

/** A file of the starter workspace. */
export interface StarterFile {
  /** The path inside the workspace, with `/` separators. */
  readonly path: string;
  /** The text. */
  readonly text: string;
}

/** The plan files of the starter workspace; `aicb init` also writes the schemas they point to. */
export const STARTER_FILES: readonly StarterFile[] = [
  {
    path: 'work-plan.yaml',
    text: `# yaml-language-server: $schema=./schemas/work-plan.schema.json
# A starter work plan: two objectives and two measures, one of which builds on an initiative of
# the catalogue. Replace the examples with your own.
kind: WorkPlan
schemaVersion: 1
id: starter-plan-2026
title:
  en: Starter work plan on AI capacity building
status: draft
owner: Example Bureau
period: { start: 2026-01-01, end: 2026-12-31 }
objectives:
  - id: O1
    title: Build AI skills of public officials
    pillars: [talent]
  - id: O2
    title: Strengthen data capacity for public-interest AI
    pillars: [data]
measures:
  - id: M-01
    title: AI skills course for public officials
    objectives: [O1]
    kind: training
    pillars: [talent]
    lead: BDT
    targetCountries: [KEN]
    buildsOn: [starter-academy]
    schedule: { start: 2026-03-01, end: 2026-11-30 }
    budget: { amount: 100000, currency: USD, secured: 50000 }
    status: pipeline
    estimates: { beneficiaries: 500, feasibility: 4, risk: 2, monthsToFirstResults: 3 }
  - id: M-02
    title: Data governance clinic for the national statistics office
    objectives: [O2]
    kind: technical-assistance
    pillars: [data]
    lead: BDT
    contributors: [TSB]
    targetCountries: [KEN]
    schedule: { start: 2026-05-01, end: 2026-12-15 }
    budget: { amount: 60000, currency: USD, secured: 15000 }
    status: pipeline
    estimates: { beneficiaries: 40, feasibility: 3, risk: 3, monthsToFirstResults: 6 }
arrangements:
  leadBureau: BDT
  participatingBureaus: [GS, TSB]
  reporting: { cadence: annual, body: ITU Council }
`,
  },
  {
    path: 'initiatives.yaml',
    text: `# yaml-language-server: $schema=./schemas/initiative-catalogue.schema.json
# Existing initiatives that measures of the work plan build on.
kind: InitiativeCatalogue
schemaVersion: 1
id: starter-initiatives
title: Existing initiatives
asOf: 2026-01-01
initiatives:
  - id: starter-academy
    name: Online academy courses on AI
    owner: BDT
    kinds: [learning-platform]
    pillars: [talent]
    status: active
`,
  },
  {
    path: 'scoring-profile.yaml',
    text: `# yaml-language-server: $schema=./schemas/scoring-profile.schema.json
# How the measures of the work plan are ranked by 'aicb prioritize'. The weights are examples:
# agree your own with the planning group.
kind: ScoringProfile
schemaVersion: 1
id: starter-priorities
title: Starter priorities
method: { name: topsis }
criteria:
  - { id: need-severity, weight: 0.3 }
  - { id: cost-per-beneficiary, weight: 0.2 }
  - { id: initiative-leverage, weight: 0.15 }
  - { id: co-financing, weight: 0.1 }
  - { id: feasibility, weight: 0.1 }
  - { id: risk, weight: 0.05 }
  - { id: time-to-results, weight: 0.1 }
missingData: worst
`,
  },
  {
    path: 'assessments/ken.yaml',
    text: `# yaml-language-server: $schema=../schemas/needs-assessment.schema.json
# A needs assessment of one country. The levels are placeholders: replace them with assessed ones.
kind: NeedsAssessment
schemaVersion: 1
id: na-ken-2026
scope: { type: country, country: KEN }
date: 2026-01-15
method: { framework: oxford-insights, version: '2020-2024' }
maturityTier: 2
pillars:
  talent: { current: 2, target: 3 }
  data: { current: 1, target: 3 }
priorityNeeds:
  - { pillar: talent, description: AI skills of public officials, priority: high }
  - { pillar: data, description: Data governance for public-sector AI, priority: medium }
assessedBy: [{ name: National AI team with the ITU-D regional office }]
`,
  },
];
