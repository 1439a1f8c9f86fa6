import { createIssue } from '../findings/create-issue.js';
import type { SourcePosition, ValidationIssue } from '../findings/issue.js';

/**
 * A finding accepted with a written reason: from a comment in the file (`inSource`) or from a
 * configured entry (`external`), as SARIF names the two kinds.
 *
 * @example
 * ```ts
 * const suppression: Suppression = {
 *   kind: 'external',
 *   source: 'plans/work-plan.yaml',
 *   codes: ['plan/lead-also-contributor'],
 *   reason: 'agreed with BDT, see minutes 2026-03',
 *   pointer: '/measures/2',
 *   expires: '2026-12-31',
 *   origin: { source: 'aicb.config.yaml', pointer: '/suppressions/0' },
 * };
 * ```
 */
export interface Suppression {
  /** `inSource` for a comment in the file, `external` for a configured entry. */
  readonly kind: 'inSource' | 'external';
  /** The file whose findings it suppresses, as the findings name it (their `source`). */
  readonly source: string;
  /** The codes it suppresses. */
  readonly codes: readonly string[];
  /** Why the findings are accepted; a suppression without one suppresses nothing. */
  readonly reason: string | undefined;
  /** The 1-based line whose findings it suppresses (comments). */
  readonly line?: number | undefined;
  /**
   * The JSON Pointer whose findings, and those of the values below it, it suppresses; without a
   * pointer or line, every finding of its codes in the file.
   */
  readonly pointer?: string | undefined;
  /** The last day (`YYYY-MM-DD`) it holds; after it, it is a finding itself. */
  readonly expires?: string | undefined;
  /** Where it is written, for the findings about it. */
  readonly origin: {
    readonly source: string;
    readonly pointer: string;
    readonly position?: SourcePosition | undefined;
  };
}

/**
 * A finding with the suppression that accepts it, if any.
 *
 * @example
 * ```ts
 * declare const finding: SuppressedFinding;
 * finding.suppression?.justification;
 * ```
 */
export interface SuppressedFinding extends ValidationIssue {
  /** How it is suppressed and why, when it is, and the suppression's last day if it has one. */
  readonly suppression?: {
    readonly kind: 'inSource' | 'external';
    readonly justification: string;
    readonly expires?: string;
  };
}

/**
 * Options of {@link suppressFindings}.
 *
 * @example
 * ```ts
 * const options: SuppressFindingsOptions = { today: new Date().toISOString().slice(0, 10) };
 * ```
 */
export interface SuppressFindingsOptions {
  /** Today, `YYYY-MM-DD`: a suppression whose `expires` is before it has expired. */
  readonly today: string;
}

function matches(suppression: Suppression, finding: ValidationIssue): boolean {
  if (finding.source !== suppression.source || !suppression.codes.includes(finding.code)) {
    return false;
  }
  if (suppression.line !== undefined) return finding.position?.line === suppression.line;
  const pointer = suppression.pointer;
  return (
    pointer === undefined ||
    pointer === '' ||
    finding.pointer === pointer ||
    finding.pointer.startsWith(`${pointer}/`)
  );
}

function about(suppression: Suppression, issue: ValidationIssue): ValidationIssue {
  return {
    ...issue,
    pointer: suppression.origin.pointer,
    source: suppression.origin.source,
    ...(suppression.origin.position === undefined ? {} : { position: suppression.origin.position }),
  };
}

/**
 * Marks the findings that suppressions accept, and reports the suppressions that are wrong: one
 * that names no code (`suppression/missing-code`) or gives no reason
 * (`suppression/missing-reason`), which suppresses nothing, one past its expiry
 * (`suppression/expired`, it suppresses nothing more) and one that matches no finding
 * (`suppression/unused`). Suppressed findings are kept, with the kind and the reason, so that
 * reports can still show them. Never throws.
 *
 * @param findings - The findings, each with its `source` (and `position`, for comments).
 * @param suppressions - The suppressions of every file and of the configuration.
 * @param options - Today's date, for expiries.
 * @returns The findings in the same order, those suppressed with their `suppression`, and the
 *   findings about the suppressions, in the order of the suppressions.
 *
 * @example
 * ```ts
 * const finding = { code: 'plan/missing-estimates', severity: 'warning', path: ['measures', 0],
 *   pointer: '/measures/0', message: 'No estimates.', source: 'plan.yaml' } as const;
 * const result = suppressFindings([finding], [{
 *   kind: 'external', source: 'plan.yaml', codes: ['plan/missing-estimates'],
 *   reason: 'costed in the review', origin: { source: 'aicb.config.yaml', pointer: '/suppressions/0' },
 * }], { today: '2026-05-01' });
 * [result.findings[0]?.suppression?.justification, result.problems.length];
 * //=> ['costed in the review', 0]
 * ```
 */
export function suppressFindings(
  findings: readonly ValidationIssue[],
  suppressions: readonly Suppression[],
  options: SuppressFindingsOptions,
): { findings: SuppressedFinding[]; problems: ValidationIssue[] } {
  const problems: ValidationIssue[] = [];
  const active: Suppression[] = [];
  for (const suppression of suppressions) {
    const codes = suppression.codes;
    if (codes.length === 0) {
      problems.push(about(suppression, createIssue('suppression/missing-code', 'error', [], {})));
    } else if (suppression.reason === undefined || suppression.reason.trim() === '') {
      problems.push(
        about(suppression, createIssue('suppression/missing-reason', 'error', [], { codes })),
      );
    } else if (suppression.expires !== undefined && suppression.expires < options.today) {
      problems.push(
        about(
          suppression,
          createIssue('suppression/expired', 'warning', [], {
            codes,
            expires: suppression.expires,
          }),
        ),
      );
    } else {
      active.push(suppression);
    }
  }
  const used = new Set<Suppression>();
  const marked = findings.map((finding): SuppressedFinding => {
    const suppression = active.find((candidate) => matches(candidate, finding));
    if (suppression === undefined) return finding;
    used.add(suppression);
    return {
      ...finding,
      suppression: {
        kind: suppression.kind,
        justification: suppression.reason ?? '',
        ...(suppression.expires === undefined ? {} : { expires: suppression.expires }),
      },
    };
  });
  for (const suppression of active) {
    if (!used.has(suppression)) {
      problems.push(
        about(
          suppression,
          createIssue('suppression/unused', 'warning', [], { codes: suppression.codes }),
        ),
      );
    }
  }
  return { findings: marked, problems };
}
