import type { IssueCode } from '../messages/catalogue.js';
import type { Severity } from '../findings/issue.js';
import { INITIATIVE_CATALOGUE_RULES } from './initiative-catalogue/catalogue-rules.js';
import { NEEDS_ASSESSMENT_RULES } from './needs-assessment/assessment-rules.js';
import { PROGRESS_REPORT_RULES } from './progress-report/report-rules.js';
import { SCORING_PROFILE_RULES } from './scoring-profile/profile-rules.js';
import { WORK_PLAN_RULES } from './work-plan/work-plan-rules.js';
import { WORKSPACE_RULES } from './workspace/workspace-rules.js';

/**
 * What an issue code means: its group, default severity, what it checks, an example of what
 * triggers it and how to fix it.
 *
 * @example
 * ```ts
 * const entry = ISSUE_CODE_REFERENCE.find((candidate) => candidate.code === 'text/duplicate-key');
 * entry?.group;
 * //=> 'text'
 * ```
 */
export interface IssueCodeEntry {
  /** The stable code. */
  readonly code: IssueCode;
  /** The stage that reports it: reading text, the input value, the envelope, the structure, or a rule. */
  readonly group: 'text' | 'file' | 'input' | 'document' | 'schema' | 'suppression' | 'rule';
  /** The severity it is reported with by default. */
  readonly severity: Severity;
  /** What it means, in one sentence. */
  readonly summary: string;
  /** A short case that triggers it, with a snippet of YAML where one helps. */
  readonly example: string;
  /** How to fix it. */
  readonly fix: string;
}

type Structural = Exclude<
  IssueCode,
  `${'plan' | 'catalogue' | 'assessment' | 'profile' | 'report' | 'workspace' | 'rule'}/${string}`
>;

const STRUCTURAL: Readonly<Record<Structural, Omit<IssueCodeEntry, 'code' | 'group'>>> = {
  'text/empty': {
    severity: 'error',
    summary: 'The text holds no document.',
    example: 'A file that holds only a comment, such as `# to do`.',
    fix: 'Write a document with a `kind`.',
  },
  'text/too-large': {
    severity: 'error',
    summary: 'The text is longer than the size cap.',
    example: 'A file of 12 million characters, above the default cap of 10 million.',
    fix: 'Split the file, or raise the cap.',
  },
  'text/binary': {
    severity: 'error',
    summary: 'The text contains NUL or other control characters.',
    example: 'A spreadsheet or word-processor file saved with a `.yaml` name.',
    fix: 'Save the file as UTF-8 text.',
  },
  'text/byte-order-mark': {
    severity: 'info',
    summary: 'The text starts with a byte-order mark, which is ignored.',
    example: 'A file saved as "UTF-8 with BOM" by a Windows editor.',
    fix: 'Save as UTF-8 without BOM.',
  },
  'text/syntax': {
    severity: 'error',
    summary: 'The text is not valid YAML or JSON.',
    example: '`title: "AI skills` with no closing quote.',
    fix: 'Correct the syntax at the position shown.',
  },
  'text/duplicate-key': {
    severity: 'error',
    summary: 'A mapping has the same key twice.',
    example: '`title: A` and `title: B` in the same mapping.',
    fix: 'Remove or rename one of them.',
  },
  'text/alias-limit': {
    severity: 'error',
    summary: 'The YAML uses aliases, refused by default or above the limit.',
    example:
      '`budget: &b { amount: 1000, currency: USD }` in one measure and `budget: *b` in another.',
    fix: 'Write the values out in full.',
  },
  'text/merge-key': {
    severity: 'error',
    summary: 'The YAML uses a merge key (`<<`).',
    example: '`budget: { <<: { currency: USD }, amount: 400000 }`.',
    fix: 'Write the keys out in full.',
  },
  'text/custom-tag': {
    severity: 'error',
    summary: 'The YAML uses a tag beyond the core schema.',
    example: '`due: !date 2026-05-31`.',
    fix: 'Remove the tag.',
  },
  'text/multiple-documents': {
    severity: 'error',
    summary: 'The text holds several YAML documents.',
    example: 'A work plan and a catalogue in one file, separated by a `---` line.',
    fix: 'Put each in a file of its own.',
  },
  'text/too-deep': {
    severity: 'error',
    summary: 'The text nests deeper than the depth limit.',
    example: 'Lists nested more than 64 levels deep, such as `[[[[…]]]]`.',
    fix: 'Check the indentation.',
  },
  'file/unreadable': {
    severity: 'error',
    summary: 'The file or directory could not be read.',
    example: 'A file without read permission, a named broken symbolic link, or a named FIFO.',
    fix: 'Check that it exists, is a regular file or directory, and that you may read it.',
  },
  'file/invalid-utf8': {
    severity: 'error',
    summary: 'The file is not valid UTF-8 text.',
    example: 'A plan saved as Latin-1, where `café` holds the byte 0xE9.',
    fix: 'Save the file as UTF-8.',
  },
  'file/unknown-kind': {
    severity: 'error',
    summary:
      'A file found in a folder or by a glob looks like a plan document, but its top-level `kind` is not a known kind.',
    example: '`kind: Workplan` (a lower-case p) in a file of the searched folder.',
    fix: 'Correct the kind; the hint names the closest known kind.',
  },
  'file/missing-kind': {
    severity: 'error',
    summary:
      'A file found in a folder or by a glob looks like a plan document (a `schemaVersion`, a modeline pointing at a plan schema, or the top-level keys of a kind), but has no top-level `kind`.',
    example: 'A file with `schemaVersion: 1`, `objectives` and `measures` but no `kind`.',
    fix: 'Add the `kind`; the hint names the kind the file looks like.',
  },
  'input/not-text': {
    severity: 'error',
    summary: 'What was given to read is not a text.',
    example: '`validateDocumentText(null)`, or a file read as bytes rather than as text.',
    fix: 'Pass the file content as a string.',
  },
  'input/not-a-list': {
    severity: 'error',
    summary: 'A workspace was given something other than a list of documents or files.',
    example:
      '`validateWorkspace({ source: "plan.yaml", document: plan })`: one entry, not a list of entries.',
    fix: 'Pass an array of `{ source, document }` or `{ source, text }` entries.',
  },
  'input/not-json': {
    severity: 'error',
    summary: 'The value holds something that is not JSON data, or cannot be read.',
    example: 'An object whose `schemaVersion` is a getter that throws when read.',
    fix: 'Pass plain JSON data.',
  },
  'input/forbidden-key': {
    severity: 'error',
    summary: 'The value has a `__proto__` key.',
    example: '`__proto__: { admin: true }` in a document.',
    fix: 'Remove the key.',
  },
  'document/not-an-object': {
    severity: 'error',
    summary: 'The document is not a mapping of keys to values.',
    example: 'A file that is a list, such as `- kind: WorkPlan`.',
    fix: 'Start the document with `kind:`.',
  },
  'document/missing-kind': {
    severity: 'error',
    summary: 'The document has no `kind`.',
    example: 'A plan that starts `schemaVersion: 1` with no `kind:` line.',
    fix: 'Add `kind` with a known document kind.',
  },
  'document/unknown-kind': {
    severity: 'error',
    summary: 'The `kind` is not a known document kind.',
    example: '`kind: Workplan` (the kind is `WorkPlan`).',
    fix: 'Use WorkPlan, InitiativeCatalogue, NeedsAssessment or ScoringProfile.',
  },
  'document/unsupported-schema-version': {
    severity: 'error',
    summary: 'The `schemaVersion` is not one this release reads.',
    example: '`schemaVersion: 2`, read by a release that knows only version 1.',
    fix: 'Use a supported version, or update the SDK.',
  },
  'document/kind-mismatch': {
    severity: 'error',
    summary:
      'The document declares one kind but its top-level fields are those of another; reported once, at `kind`, instead of a finding per field.',
    example: 'An initiative catalogue (`asOf`, `initiatives`) that starts `kind: WorkPlan`.',
    fix: 'Correct `kind`, or write the document as the kind it declares.',
  },
  'schema/missing-property': {
    severity: 'error',
    summary: 'A required field is missing.',
    example: 'A work plan with no `owner:`.',
    fix: 'Add the field.',
  },
  'schema/invalid-type': {
    severity: 'error',
    summary: 'A value has the wrong type.',
    example: '`pillars: talent`, where a list such as `pillars: [talent]` is expected.',
    fix: 'Write a value of the expected type.',
  },
  'schema/unknown-key': {
    severity: 'error',
    summary: 'A key is not a field of its object.',
    example: '`titel: AI skills programme` in a measure (the field is `title`).',
    fix: 'Correct the spelling (the hint suggests the closest field) or remove it.',
  },
  'schema/invalid-value': {
    severity: 'error',
    summary: 'A value is not one of the allowed codes.',
    example:
      '`status: ongoing` for a plan, which is draft, proposed, adopted, superseded or withdrawn.',
    fix: 'Use one of the allowed values listed in the hint.',
  },
  'schema/invalid-format': {
    severity: 'error',
    summary: 'A text value does not have the required format (id, date, code, URL).',
    example: '`due: 31/05/2026`, where a date is written `2026-05-31`.',
    fix: 'Write it like the example in the hint.',
  },
  'schema/too-small': {
    severity: 'error',
    summary: 'A number, text or list is below its minimum.',
    example: '`amount: -1000` in a budget.',
    fix: 'Raise the value or add items.',
  },
  'schema/too-big': {
    severity: 'error',
    summary: 'A number, text or list is above its maximum.',
    example: '`percent: 120` in a budget breakdown line.',
    fix: 'Lower the value or remove items.',
  },
  'schema/not-multiple': {
    severity: 'error',
    summary: 'A number is not a multiple of the required step.',
    example:
      'A value of `1.3` for a field that goes in steps of 0.5. No field of the current document kinds has a step, so this is not reported today.',
    fix: 'Round the value.',
  },
  'schema/invalid': {
    severity: 'error',
    summary: 'A value fails a structural check.',
    example:
      'A value that breaks a check of its own with no more specific code. The current document kinds have no such check, so this is not reported today.',
    fix: 'Follow the message.',
  },
  'suppression/missing-code': {
    severity: 'error',
    summary: 'A suppression comment names no code; it suppresses nothing.',
    example: '`# aicb-disable-next-line -- agreed with BDT` with no code before ` -- `.',
    fix: 'Name the codes the comment accepts before ` -- `; every finding shows its code.',
  },
  'suppression/missing-reason': {
    severity: 'error',
    summary:
      'A suppression comment or configured suppression gives no reason; it suppresses nothing.',
    example:
      '`# aicb-disable-next-line plan/lead-also-contributor` with no ` -- reason` after the code.',
    fix: 'Write why the finding is accepted after ` -- `, or in `reason` of a configured suppression.',
  },
  'suppression/unused': {
    severity: 'warning',
    summary: 'A suppression matches no finding.',
    example:
      'A `# aicb-disable-next-line plan/missing-estimates -- …` comment above a measure whose estimates were since filled in.',
    fix: 'Remove the suppression, or correct its code, line or pointer.',
  },
  'suppression/expired': {
    severity: 'warning',
    summary:
      'A configured suppression is past its `expires` date; the findings it matched are reported again.',
    example: '`expires: 2026-06-30` on a suppression, checked on 2026-07-01.',
    fix: 'Fix the findings, or extend `expires` with a new reason.',
  },
};

/** Reported instead of a rule's findings when the rule itself fails; listed after the rules. */
const RULE_CRASHED: IssueCodeEntry = {
  code: 'rule/crashed',
  group: 'rule',
  severity: 'error',
  summary:
    'A rule stopped with an internal error, so its findings are missing. This is a fault of the SDK, not of the document; its severity cannot be changed.',
  example:
    'None known: no input makes a rule fail today. A rule that read a field the schema does not guarantee would.',
  fix: 'Report the error with the message; turn the rule named in the message off to check the rest meanwhile.',
};

/**
 * Every issue code the SDK reports, with its meaning, an example and its fix: the structural codes first, then
 * the rules over work plans, catalogues, assessments and workspaces, and last `rule/crashed`. The
 * rules reference in the docs and the CLI's SARIF rule list are generated from it.
 *
 * @example
 * ```ts
 * ISSUE_CODE_REFERENCE.filter((entry) => entry.group === 'rule').length > 0;
 * //=> true
 * ```
 */
export const ISSUE_CODE_REFERENCE: readonly IssueCodeEntry[] = [
  ...Object.entries(STRUCTURAL).map(([code, entry]) => ({
    code: code as Structural,
    group: code.slice(0, code.indexOf('/')) as IssueCodeEntry['group'],
    ...entry,
  })),
  ...[
    ...WORK_PLAN_RULES,
    ...INITIATIVE_CATALOGUE_RULES,
    ...NEEDS_ASSESSMENT_RULES,
    ...SCORING_PROFILE_RULES,
    ...PROGRESS_REPORT_RULES,
    ...WORKSPACE_RULES,
  ].map((rule) => ({
    code: rule.code,
    group: 'rule' as const,
    severity: rule.severity,
    summary: rule.summary,
    example: rule.example,
    fix: rule.fix,
  })),
  RULE_CRASHED,
];
