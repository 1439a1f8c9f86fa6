import type { PlanDocument } from '../../documents/plan-document.js';
import type { ScoringProfile } from '../../documents/scoring-profile/scoring-profile.js';
import type { WorkPlan } from '../../documents/work-plan/work-plan.js';
import type { PathSegment } from '../../findings/issue.js';
import { closestMatch } from '../../findings/closest.js';
import type { AnyRule } from '../rule.js';
import { forEachDuplicateId } from '../list-checks.js';
import { defineRule } from '../rule.js';
import { PROGRESS_REPORT_WORKSPACE_RULES } from '../progress-report/report-workspace-rules.js';

/**
 * Validated documents checked together. Workspace rules report paths whose first segment is the
 * index of the document in `documents`.
 *
 * @example
 * ```ts
 * declare const plan: WorkPlan;
 * const workspace: WorkspaceView = { documents: [{ source: 'plan.yaml', document: plan }] };
 * ```
 */
export interface WorkspaceView {
  /** The documents with the name of the file or source each came from. */
  readonly documents: readonly { readonly source: string; readonly document: PlanDocument }[];
  /**
   * The kinds of the other documents of the workspace, those that could not be read as documents
   * of their kind (an unknown or mismatched `kind`, a text that does not parse) and so are not in
   * `documents` (`unknown` where the kind could not be read). While such a catalogue is there, no
   * `buildsOn` reference is reported as unresolved: it may define it. A document that only has
   * invalid parts is in `documents`, and a rule that reads one of those parts reports nothing.
   */
  readonly invalidKinds?: readonly string[];
}

/** Where an earlier entry stands: its file, and its path in the document when there is one. */
function describeFirst(source: string, path: readonly PathSegment[]): string {
  return path.length === 0 ? source : `${source} at /${path.join('/')}`;
}

/** Documents of one kind have distinct ids across the workspace. */
export const workspaceDuplicateDocumentId = defineRule({
  code: 'workspace/duplicate-document-id',
  severity: 'error',
  scope: 'Workspace',
  summary: 'Documents of the same kind have distinct ids across all files.',
  example:
    '`assessments/alb.yaml#/id: na-eth-2026`: two assessments with the id of `assessments/eth.yaml`.',
  fix: 'Rename one of the documents.',
  check(workspace: WorkspaceView, report) {
    forEachDuplicateId(
      workspace.documents.map(
        ({ document, source }, index) =>
          [`${document.kind}\u0000${document.id}`, { document, index, source }] as const,
      ),
      (_, { document, index }, first) => {
        report([index, 'id'], {
          id: document.id,
          kind: document.kind,
          first: describeFirst(first.source, []),
        });
      },
    );
  },
});

/** Initiative ids are unique across all catalogues. */
export const workspaceDuplicateInitiativeId = defineRule({
  code: 'workspace/duplicate-initiative-id',
  severity: 'error',
  scope: 'Workspace',
  summary: 'An initiative id appears in only one catalogue of the workspace.',
  example:
    '`more-initiatives.yaml#: { kind: InitiativeCatalogue, schemaVersion: 1, id: more-initiatives, title: More initiatives, asOf: 2026-11-30, initiatives: [{ id: ai-for-good, name: AI for Good, owner: GS, kinds: [event], pillars: [talent], status: active }] }`: `ai-for-good` in a second catalogue.',
  fix: 'Keep the initiative in one catalogue, or rename one of them.',
  check(workspace: WorkspaceView, report) {
    // A repeat inside one catalogue is catalogue/duplicate-id: each catalogue counts once per id.
    const entries: (readonly [
      string,
      { readonly index: number; readonly source: string; readonly path: readonly PathSegment[] },
    ])[] = [];
    workspace.documents.forEach(({ document, source }, index) => {
      if (document.kind !== 'InitiativeCatalogue') return;
      const inThisCatalogue = new Set<string>();
      document.initiatives.forEach(({ id }, i) => {
        if (!inThisCatalogue.has(id)) {
          entries.push([id, { index, source, path: ['initiatives', i, 'id'] }]);
        }
        inThisCatalogue.add(id);
      });
    });
    forEachDuplicateId(entries, (id, { index, path }, first) => {
      report([index, ...path], { id, first: describeFirst(first.source, first.path) });
    });
  },
});

/** The initiatives measures build on are listed in a catalogue of the workspace. */
export const workspaceUnresolvedInitiative = defineRule({
  code: 'workspace/unresolved-initiative',
  severity: 'error',
  scope: 'Workspace',
  summary: "A measure's `buildsOn` names initiatives listed in a catalogue of the workspace.",
  example:
    '`work-plan.yaml#/measures/0/buildsOn: [itu-acadmy]`, when no catalogue lists an initiative with that id.',
  fix: 'Correct the id, or add the initiative to a catalogue.',
  check(workspace: WorkspaceView, report) {
    const invalid = workspace.invalidKinds ?? [];
    if (invalid.includes('InitiativeCatalogue')) return;
    const catalogues = workspace.documents.flatMap(({ document }) =>
      document.kind === 'InitiativeCatalogue' ? [document] : [],
    );
    const known = catalogues.flatMap((catalogue) =>
      catalogue.initiatives.map((initiative) => initiative.id),
    );
    const ids = new Set(known);
    workspace.documents.forEach(({ document }, index) => {
      if (document.kind !== 'WorkPlan') return;
      document.measures.forEach((measure, i) => {
        measure.buildsOn.forEach((initiative, j) => {
          if (!ids.has(initiative)) {
            report([index, 'measures', i, 'buildsOn', j], {
              measure: measure.id,
              initiative,
              suggestion: closestMatch(initiative, known),
              catalogues: catalogues.length,
            });
          }
        });
      });
    });
  },
});

/** One assessment per country or region and date. */
export const workspaceDuplicateAssessment = defineRule({
  code: 'workspace/duplicate-assessment',
  severity: 'warning',
  scope: 'Workspace',
  summary: 'No two assessments have the same scope (country or region) and date.',
  example:
    '`assessments/alb.yaml#/scope/country: ETH` and `assessments/alb.yaml#/date: 2026-02-15`: the scope and date of `assessments/eth.yaml`.',
  fix: 'Keep one of them, or correct the date.',
  check(workspace: WorkspaceView, report) {
    const assessments = workspace.documents.flatMap(({ document, source }, index) => {
      if (document.kind !== 'NeedsAssessment') return [];
      const scope =
        document.scope.type === 'country' ? document.scope.country : document.scope.region;
      return [{ scope, date: document.date, index, source }];
    });
    forEachDuplicateId(
      assessments.map(
        (assessment) => [`${assessment.scope}\u0000${assessment.date}`, assessment] as const,
      ),
      (_, { scope, date, index }, first) => {
        report([index, 'date'], { scope, date, first: describeFirst(first.source, []) });
      },
    );
  },
});

/**
 * The currency a profile compares a plan's costs in: its own, or else the plan's most used budget
 * currency (the first of equals), as prioritisation chooses it.
 */
function comparedIn(
  profile: ScoringProfile,
  plan: WorkPlan,
): { code: string; fromProfile: boolean } | undefined {
  if (profile.currency !== undefined) return { code: profile.currency.code, fromProfile: true };
  const counts = new Map<string, number>();
  for (const measure of plan.measures) {
    const code = measure.budget?.currency;
    if (code !== undefined) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [code, count] of counts) {
    if (best === undefined || count > (counts.get(best) ?? 0)) best = code;
  }
  return best === undefined ? undefined : { code: best, fromProfile: false };
}

/** Every budget currency a profile compares costs across has a rate in the profile. */
export const workspaceMissingExchangeRate = defineRule({
  code: 'workspace/missing-exchange-rate',
  severity: 'warning',
  scope: 'Workspace',
  summary:
    "When a scoring profile compares cost per beneficiary, every currency a plan's budgets use is its comparison currency or has a rate under its `currency.rates`; without `currency`, the plan's most used currency is the comparison currency.",
  example:
    '`scoring-profile.yaml#/currency/rates: {}`, while the plan budgets measures in CHF and the profile compares `cost-per-beneficiary` in USD.',
  fix: 'Add the rate under `currency.rates` in the profile (or `currency` itself).',
  check(workspace: WorkspaceView, report) {
    const profiles = workspace.documents.flatMap(({ document }) =>
      document.kind === 'ScoringProfile' &&
      document.criteria.some(
        (criterion) => criterion.id === 'cost-per-beneficiary' && criterion.field === undefined,
      )
        ? [document]
        : [],
    );
    const plans = workspace.documents.flatMap(({ document }, index) =>
      document.kind === 'WorkPlan' ? [{ plan: document, index }] : [],
    );
    for (const profile of profiles) {
      for (const { plan, index } of plans) {
        const reference = comparedIn(profile, plan);
        if (reference === undefined) continue;
        const rates: Readonly<Partial<Record<string, number>>> = profile.currency?.rates ?? {};
        plan.measures.forEach((measure, i) => {
          const currency = measure.budget?.currency;
          if (currency === undefined || currency === reference.code) return;
          if (rates[currency] !== undefined) return;
          report([index, 'measures', i, 'budget', 'currency'], {
            measure: measure.id,
            currency,
            reference: reference.code,
            profile: profile.id,
            fromProfile: reference.fromProfile,
          });
        });
      }
    }
  },
});

/**
 * The rules a workspace of several documents is checked against.
 *
 * @example
 * ```ts
 * WORKSPACE_RULES.map((rule) => rule.code).includes('workspace/unresolved-initiative');
 * //=> true
 * ```
 */
export const WORKSPACE_RULES: readonly AnyRule<WorkspaceView>[] = [
  workspaceDuplicateDocumentId,
  workspaceDuplicateInitiativeId,
  workspaceUnresolvedInitiative,
  workspaceDuplicateAssessment,
  workspaceMissingExchangeRate,
  ...PROGRESS_REPORT_WORKSPACE_RULES,
];
