// Fixture builders: each call returns a fresh, valid document, so that a test can change one thing
// and expect exactly the finding that change causes.

export function workPlanInput() {
  return {
    kind: 'WorkPlan',
    schemaVersion: 1,
    id: 'aicb-2026',
    title: { en: 'Joint work plan on AI capacity building', fr: 'Plan de travail conjoint' },
    status: 'draft',
    period: { start: '2026-01-01', end: '2027-12-31' },
    owner: 'ITU Council',
    mandates: [
      {
        id: 'res-214',
        body: 'ITU Plenipotentiary Conference',
        number: 'Resolution 214',
        year: 2022,
        title: 'Artificial intelligence technologies and telecommunications/ICTs',
      },
    ],
    objectives: [
      {
        id: 'O1',
        title: 'Close the AI talent gap in least developed countries',
        pillars: ['talent'],
        sdgTargets: ['4.4'],
        indicators: [
          {
            id: 'I1',
            name: 'Officials trained',
            unit: 'people',
            baseline: { value: 0, year: 2025 },
            target: { value: 2000, year: 2027 },
          },
        ],
      },
      {
        id: 'O2',
        title: 'Widen access to computing power and data',
        pillars: ['compute', 'data'],
      },
    ],
    measures: [
      {
        id: 'M1',
        title: 'AI skills programme for officials',
        objectives: ['O1'],
        kind: 'training',
        pillars: ['talent'],
        lead: 'BDT',
        contributors: ['TSB', 'addis-ababa'],
        targetRegions: ['AFR'],
        targetCountries: ['ETH', 'RWA'],
        targetGroups: ['government-officials', 'women'],
        buildsOn: ['itu-academy'],
        partners: [{ name: 'UNDP', role: 'implementing', financingPercent: 40 }],
        schedule: {
          start: '2026-02-01',
          end: '2027-06-30',
          milestones: [
            { id: 'M1-a', title: 'Curriculum ready', due: '2026-05-31' },
            { id: 'M1-b', title: 'First cohort trained', due: '2026-12-15', dependsOn: ['M1-a'] },
          ],
        },
        budget: {
          amount: 400000,
          currency: 'USD',
          secured: 150000,
          breakdown: [
            { label: 'course delivery', percent: 70 },
            { label: 'coordination', percent: 30 },
          ],
        },
        sdgTargets: ['4.4'],
        mandates: ['res-214'],
        status: 'pipeline',
        estimates: { beneficiaries: 2000, feasibility: 4, risk: 2, monthsToFirstResults: 6 },
      },
      {
        id: 'M2',
        title: 'Shared compute access for researchers',
        objectives: ['O2'],
        kind: 'compute-access',
        pillars: ['compute', 'data'],
        lead: 'TSB',
        targetRegions: ['ASP'],
        targetCountries: ['NPL'],
        schedule: {
          start: '2026-06-01',
          end: '2027-12-31',
          milestones: [
            { id: 'M2-a', title: 'Partners selected', due: '2026-09-30', dependsOn: ['M1-a'] },
          ],
        },
        status: 'pipeline',
        estimates: { beneficiaries: 300, feasibility: 3, risk: 3, monthsToFirstResults: 9 },
      },
    ],
    arrangements: {
      leadBureau: 'BDT',
      participatingBureaus: ['GS', 'TSB'],
      regionalOffices: ['addis-ababa', 'bangkok'],
      communicationGroup: {
        name: 'AI capacity-building communication group',
        members: ['GS', 'TSB', 'BDT'],
      },
      reporting: { cadence: 'annual', body: 'CWG-WSIS&SDG' },
      reviews: [{ date: '2026-12-01' }],
      contributions: [
        {
          member: 'Example Administration',
          category: 'member-state',
          kind: 'financial',
          amount: 100000,
          currency: 'CHF',
        },
      ],
    },
  };
}

export function initiativeCatalogueInput() {
  return {
    kind: 'InitiativeCatalogue',
    schemaVersion: 1,
    id: 'itu-ai-initiatives',
    title: 'ITU AI capacity-building initiatives',
    asOf: '2025-12-31',
    initiatives: [
      {
        id: 'itu-academy',
        name: 'ITU Academy',
        owner: 'BDT',
        kinds: ['learning-platform'],
        pillars: ['talent'],
        status: 'active',
        start: '2019',
        reach: [{ metric: 'learners', value: 79000, asOf: '2025' }],
      },
      {
        id: 'ai-for-good',
        name: 'AI for Good',
        owner: 'GS',
        coOwners: ['TSB'],
        kinds: ['platform', 'event', 'partnership'],
        pillars: ['talent', 'models', 'cooperation'],
        status: 'active',
        start: '2017',
      },
    ],
  };
}

export function needsAssessmentInput() {
  return {
    kind: 'NeedsAssessment',
    schemaVersion: 1,
    id: 'na-eth-2026',
    scope: { type: 'country', country: 'ETH' },
    date: '2026-02-15',
    method: { framework: 'itu-ai-ready', version: '2' },
    maturityTier: 1,
    pillars: {
      talent: { current: 1, target: 3, evidence: [{ description: 'Few AI graduates each year.' }] },
      compute: { current: 0.5, target: 2 },
    },
    priorityNeeds: [
      { pillar: 'talent', description: 'Train public-sector AI specialists.', priority: 'high' },
    ],
    assessedBy: [{ name: 'Ministry of Innovation and Technology' }],
  };
}

export function scoringProfileInput() {
  return {
    kind: 'ScoringProfile',
    schemaVersion: 1,
    id: 'default-priorities',
    title: 'Default priorities',
    method: { name: 'topsis', normalization: 'vector' },
    criteria: [
      { id: 'need-severity', weight: 3 },
      { id: 'vulnerable-reach', weight: 2 },
      { id: 'co-financing', weight: 1 },
      { id: 'risk', weight: 1 },
      { id: 'country-count', field: 'targetCountries', direction: 'benefit', weight: 1 },
    ],
    missingData: 'worst',
  };
}

export function progressReportInput() {
  return {
    kind: 'ProgressReport',
    schemaVersion: 1,
    id: 'aicb-2026-h1',
    plan: 'aicb-2026',
    period: { start: '2026-01-01', end: '2026-06-30' },
    asOf: '2026-06-30',
    preparedBy: { name: 'BDT monitoring unit', entity: 'BDT' },
    measureProgress: [
      {
        measure: 'M1',
        status: 'implementation',
        milestones: [
          { milestone: 'M1-a', achieved: '2026-05-20' },
          { milestone: 'M1-b', forecast: '2027-01-31', reason: 'Cohort moved to January.' },
        ],
        spend: {
          amount: 90000,
          currency: 'USD',
          transactions: [{ type: 'expenditure', date: '2026-05-31', amount: 90000 }],
        },
        beneficiaries: { total: 150, byGroup: [{ group: 'women', count: 80 }] },
        countriesReached: ['ETH'],
        risks: [
          { description: 'Trainers hard to recruit', likelihood: 'medium', impact: 'medium' },
        ],
        narrative: 'Curriculum agreed; first cohort recruited.',
      },
      { measure: 'M2', status: 'pipeline' },
    ],
    objectiveProgress: [
      {
        objective: 'O1',
        indicators: [{ indicator: 'I1', value: 150, date: '2026-06-30', unit: 'people' }],
      },
    ],
    contributions: [
      {
        member: 'Example Administration',
        kind: 'financial',
        amount: 50000,
        currency: 'CHF',
        date: '2026-03-01',
      },
    ],
    meetings: [{ date: '2026-03-12', participants: ['GS', 'TSB', 'BDT'] }],
  };
}
