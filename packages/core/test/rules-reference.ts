import { ISSUE_CODE_REFERENCE } from '@itu-aicb/core';
import type { IssueCodeEntry } from '@itu-aicb/core';
import { ruleReads } from './rule-reads.js';

const GROUPS: readonly [IssueCodeEntry['group'], string, string][] = [
  [
    'text',
    'Reading text',
    'Reported while a YAML or JSON text is read, before its content is checked.',
  ],
  [
    'file',
    'Finding and reading files',
    'Reported by `loadPlanFiles` of `@itu-aicb/core/node` (and so by the CLI) about the files it finds and reads: a file found in a folder or by a glob is checked when its top-level `kind` is a known kind, reported when it only looks like a plan document, and skipped otherwise.',
  ],
  ['input', 'Input values', 'Reported when a value passed from code is not plain JSON data.'],
  [
    'document',
    'Document envelope',
    'Reported when `kind` or `schemaVersion` does not allow the document to be checked.',
  ],
  [
    'schema',
    'Structure',
    'Reported when the document does not have the shape its JSON Schema describes.',
  ],
  [
    'suppression',
    'Suppressions',
    'Reported by `suppressFindings` about suppressions, the comments (`# aicb-disable-next-line <code> -- <reason>`, or `# aicb-disable-line` at the end of the line) and configured entries that accept a finding with a written reason (and so by the CLI, see its guide).',
  ],
  [
    'rule',
    'Rules',
    [
      'Checks beyond the structure. Their severity can be changed per code with the `rules` option.',
      '',
      'Each example is a change to the example workspace in `examples/itu-ai-capacity-building`',
      'that makes the rule report its code. `file#/path: value` sets the value (YAML) at a path',
      '(a JSON Pointer; `-` adds an item to the end of a list) in that file of the workspace;',
      '`file#: value` adds a file. A test applies each example as written here and validates the',
      'workspace, so that every example reports its own code.',
    ].join('\n'),
  ],
];

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** Renders the rules reference in Markdown from the issue-code reference. */
export function rulesReference(): string {
  const lines = [
    '# Rules reference',
    '',
    '<!-- Generated from ISSUE_CODE_REFERENCE by `pnpm generate`; do not edit by hand. -->',
    '',
    'Every finding carries one of these stable codes, a severity (`error` makes a document invalid;',
    '`warning` and `info` do not), a path with its JSON Pointer, a message and, where a fix can be',
    'suggested, a hint. The tables give, for each code, what it checks, an example that triggers it',
    'and how to fix it. Each code has an anchor of its own, the code with `-` for `/`',
    '(`#plan-unknown-office` for `plan/unknown-office`), which SARIF reports link to.',
    '',
    '## Which findings come together',
    '',
    'One run reports everything it can. A text that cannot be read (the codes under "Reading text")',
    'and a document whose `kind` or `schemaVersion` rules out checking it (under "Document',
    'envelope") are reported alone. Otherwise the structural findings and the rule findings come',
    'in the same run: each rule runs over the parts of the document that have a valid structure,',
    'and sees them as it would in a valid document (defaults filled in). A rule that reads a',
    'part with a structural finding stays silent, whatever else it would find, so that it',
    'reports nothing from a value the structure does not allow. For example, a plan with',
    '`start: 2019` in one measure and `lead: suva` in another reports both the',
    '`schema/invalid-type` and the `plan/unknown-office`; a rule that compares schedule dates',
    'reports again once the start is fixed. An unknown key silences no rule, since no rule reads it.',
    '',
    'Rules across documents (`workspace/*`, and the `report/*` rules that compare a progress report',
    'with its plan or with other reports) read the valid parts of every document the same way: a',
    'type error in the plan silences only the rules that read that value. A document whose `kind`,',
    'version or text cannot be read at all is left out of them, and the rules that need a',
    'document of its kind (or of the kind a misspelt `kind` is closest to) stay silent while it is',
    'there. [What each rule reads](#what-each-rule-reads) lists the values each rule reads.',
    '',
  ];
  for (const [group, title, intro] of GROUPS) {
    lines.push(
      `## ${title}`,
      '',
      intro,
      '',
      '| code | severity | what it checks | example | how to fix |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const entry of ISSUE_CODE_REFERENCE.filter((candidate) => candidate.group === group)) {
      lines.push(
        `| <a id="${entry.code.replace('/', '-')}"></a>\`${entry.code}\` | ${entry.severity} | ${cell(entry.summary)} | ${cell(entry.example)} | ${cell(entry.fix)} |`,
      );
    }
    lines.push('');
  }
  lines.push(
    '## What each rule reads',
    '',
    'The values each rule read when it ran over the example workspace and the test fixtures, as',
    'paths in its document (`*` stands for every item of a list; a rule across documents names the',
    'kind of each document it reads). A structural finding at one of these paths, or above one,',
    'silences the rule; a finding anywhere else does not. On other documents a rule may also read',
    'values that only a branch the samples do not take needs.',
    '',
  );
  const reads = ruleReads();
  for (const entry of ISSUE_CODE_REFERENCE) {
    const paths = reads.get(entry.code);
    if (paths === undefined) continue;
    const listed = paths.length === 0 ? 'no value' : paths.map((path) => `\`${path}\``).join(', ');
    lines.push(`- \`${entry.code}\`: ${listed}`);
  }
  lines.push('');
  return lines.join('\n');
}
