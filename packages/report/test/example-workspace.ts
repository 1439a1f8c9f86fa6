// The documents of the example workspace, read as `aicb report` reads them, for tests of the
// report.
import { fileURLToPath } from 'node:url';
import type {
  InitiativeCatalogue,
  NeedsAssessment,
  ProgressReport,
  ScoringProfile,
  ValidationIssue,
  WorkPlan,
} from '@itu-aicb/core';
import { loadPlanFiles } from '@itu-aicb/core/node';

const example = fileURLToPath(
  new URL('../../../examples/itu-ai-capacity-building/', import.meta.url),
);

/** The example's documents by kind, and every finding of its validation. */
export async function exampleWorkspace(): Promise<{
  plan: WorkPlan;
  profile: ScoringProfile;
  assessments: NeedsAssessment[];
  catalogues: InitiativeCatalogue[];
  reports: ProgressReport[];
  findings: ValidationIssue[];
}> {
  const loaded = await loadPlanFiles(['.'], { cwd: example });
  const [plan] = loaded.plans;
  const [profile] = loaded.profiles;
  if (plan === undefined || profile === undefined) throw new Error('the example lost its plan');
  const { assessments, catalogues, reports, findings } = loaded;
  return { plan, profile, assessments, catalogues, reports, findings };
}
