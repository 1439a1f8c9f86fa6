// The documents of the example workspace, read as the demo reads them, for tests of the report.
import { readFileSync, readdirSync } from 'node:fs';
import type {
  InitiativeCatalogue,
  NeedsAssessment,
  PlanDocument,
  ScoringProfile,
  ValidationIssue,
  WorkPlan,
} from '@itu-aicb/core';
import { validateWorkspaceText } from '@itu-aicb/core';

const example = new URL('../../../examples/itu-ai-capacity-building/', import.meta.url);

/** The example's documents by kind, and every finding of its validation. */
export function exampleWorkspace(): {
  plan: WorkPlan;
  profile: ScoringProfile;
  assessments: NeedsAssessment[];
  catalogues: InitiativeCatalogue[];
  findings: ValidationIssue[];
} {
  const names = [
    'work-plan.yaml',
    'initiatives.yaml',
    'scoring-profile.yaml',
    ...readdirSync(new URL('assessments/', example)).map((name) => `assessments/${name}`),
  ];
  const result = validateWorkspaceText(
    names.map((name) => ({ source: name, text: readFileSync(new URL(name, example), 'utf8') })),
  );
  const documents: PlanDocument[] = result.documents.flatMap(({ result: r }) =>
    r.ok ? [r.value] : [],
  );
  const plan = documents.find((d): d is WorkPlan => d.kind === 'WorkPlan');
  const profile = documents.find((d): d is ScoringProfile => d.kind === 'ScoringProfile');
  if (plan === undefined || profile === undefined) throw new Error('the example lost its plan');
  return {
    plan,
    profile,
    assessments: documents.filter((d): d is NeedsAssessment => d.kind === 'NeedsAssessment'),
    catalogues: documents.filter((d): d is InitiativeCatalogue => d.kind === 'InitiativeCatalogue'),
    findings: [...result.issues, ...result.warnings],
  };
}
