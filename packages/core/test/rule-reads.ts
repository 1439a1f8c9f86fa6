// What each rule reads of the documents it checks, traced by running it over the example
// workspace and the test fixtures through views that record every value read. The rules
// reference lists these paths: a structural finding at one of them, or above one, silences the rule.
import {
  INITIATIVE_CATALOGUE_RULES,
  ISSUE_CODE_REFERENCE,
  NEEDS_ASSESSMENT_RULES,
  PROGRESS_REPORT_RULES,
  SCORING_PROFILE_RULES,
  WORK_PLAN_RULES,
  WORKSPACE_RULES,
  validateDocument,
  validateDocumentText,
} from '@itu-aicb/core';
import type { PlanDocument } from '@itu-aicb/core';
import {
  initiativeCatalogueInput,
  needsAssessmentInput,
  progressReportInput,
  scoringProfileInput,
  workPlanInput,
} from './fixtures.js';
import { changed, changesOf, workspaceFiles } from './example-changes.js';

/** The valid documents of the example workspace's files. */
function exampleDocuments(files: Map<string, string>): PlanDocument[] {
  return [...files.values()].flatMap((text) => {
    const result = validateDocumentText(text);
    return result.ok ? [result.value] : [];
  });
}

/** The documents of the example workspace and of the fixtures. */
function sampleDocuments(): PlanDocument[] {
  const fixtures = [
    workPlanInput(),
    initiativeCatalogueInput(),
    needsAssessmentInput(),
    scoringProfileInput(),
    progressReportInput(),
  ].map((input) => validateDocument(input));
  return [
    ...exampleDocuments(workspaceFiles()),
    ...fixtures.flatMap((result) => (result.ok ? [result.value] : [])),
  ];
}

/** Records the paths read through its views, with `*` for the items of a list. */
class ReadTracer {
  readonly paths = new Set<string>();
  readonly #views = new WeakMap<object, object>();

  view<T>(value: T, path: readonly string[]): T {
    if (typeof value !== 'object' || value === null) return value;
    const known = this.#views.get(value);
    if (known !== undefined) return known as T;
    const view = new Proxy(value, {
      get: (target, key, receiver) => {
        const read: unknown = Reflect.get(target, key, receiver);
        if (typeof key !== 'string') return read;
        // A list's methods and length are not values of the document.
        if (Array.isArray(target) && !/^\d+$/.test(key)) return read;
        const next = [...path, Array.isArray(target) ? '*' : key];
        this.paths.add(next.join('/'));
        return this.view(read, next);
      },
    });
    this.#views.set(value, view);
    return view;
  }
}

/** The paths that no other path continues: reading `a/b` implies reading `a`. */
function leaves(paths: Iterable<string>): string[] {
  const all = [...paths].sort();
  return all.filter((path) => !all.some((other) => other.startsWith(`${path}/`)));
}

const DOCUMENT_RULES = [
  WORK_PLAN_RULES,
  INITIATIVE_CATALOGUE_RULES,
  NEEDS_ASSESSMENT_RULES,
  SCORING_PROFILE_RULES,
  PROGRESS_REPORT_RULES,
].flat();

const ignore = () => undefined;

/**
 * Each rule's code with the paths it read: within its document for a rule of one kind, and as
 * `Kind path` for a rule across documents. The `kind` of each document is left out.
 */
export function ruleReads(): Map<string, string[]> {
  const samples = sampleDocuments();
  const examples = new Map<string, string>(
    ISSUE_CODE_REFERENCE.map((entry) => [entry.code, entry.example]),
  );
  /** The samples, and the example workspace as the rule's own example in the reference changes it. */
  const documentsFor = (code: string): PlanDocument[] => {
    const changes = changesOf(examples.get(code) ?? '');
    // Only the files the example changes: the others are among the samples already.
    const files = new Set(changes.map((change) => change.file));
    const edited = [...changed(changes)].filter(([file]) => files.has(file));
    return [...samples, ...exampleDocuments(new Map(edited))];
  };
  const reads = new Map<string, string[]>();
  for (const rule of DOCUMENT_RULES) {
    const tracer = new ReadTracer();
    for (const document of documentsFor(rule.code).filter((each) => each.kind === rule.scope)) {
      (rule.check as (document: unknown, report: () => void) => void)(
        tracer.view(document, []),
        ignore,
      );
    }
    reads.set(rule.code, leaves([...tracer.paths].filter((path) => path !== 'kind')));
  }
  for (const rule of WORKSPACE_RULES) {
    const tracers = new Map<string, ReadTracer>();
    const listed = documentsFor(rule.code).map((document, index) => {
      const tracer = tracers.get(document.kind) ?? new ReadTracer();
      tracers.set(document.kind, tracer);
      return { source: `document ${index + 1}`, document: tracer.view(document, []) };
    });
    (rule.check as (workspace: unknown, report: () => void) => void)({ documents: listed }, ignore);
    reads.set(
      rule.code,
      [...tracers]
        .sort(([a], [b]) => a.localeCompare(b))
        .flatMap(([kind, tracer]) =>
          leaves([...tracer.paths].filter((path) => path !== 'kind')).map(
            (path) => `${kind} ${path}`,
          ),
        ),
    );
  }
  return reads;
}
