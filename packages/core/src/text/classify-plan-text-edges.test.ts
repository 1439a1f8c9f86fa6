// How classifyPlanText weighs each sign of a plan document: modelines, $schema, schemaVersion,
// distinctive keys, defining lists and a kind that is empty, unknown or not text.
import { describe, expect, it } from 'vitest';
import { classifyPlanText } from '@itu-aicb/core';

const KNOWN =
  '"WorkPlan", "InitiativeCatalogue", "NeedsAssessment", "ScoringProfile" or "ProgressReport".';
const ALL_KINDS = `Add \`kind\` with one of ${KNOWN}`;
const addKind = (kind: string) => `Add \`kind: ${kind}\` at the top level.`;
const missing = (evidence: string) =>
  `The file looks like a plan document (${evidence}), but it has no top-level \`kind\`, so it was not checked.`;

/** Code, message, hint and [line, column] of each finding, or the class. */
const classify = (text: string, format?: 'yaml' | 'json') => {
  const found = classifyPlanText(text, format);
  return found.status === 'suspect'
    ? found.issues.map((issue) => [
        issue.code,
        issue.message,
        issue.hint,
        [issue.position?.line, issue.position?.column],
      ])
    : found;
};
const findings = (text: string) => {
  const found = classifyPlanText(text);
  return found.status === 'suspect' ? found.issues : [];
};
const hint = (text: string, format?: 'yaml' | 'json') => {
  const found = classifyPlanText(text, format);
  return found.status === 'suspect' ? found.issues.map((issue) => issue.hint) : found;
};

describe('a $schema modeline', () => {
  it('names the kind of its schema file, on any line, and the finding sits at the root', () => {
    expect(
      classify('id: x\n# yaml-language-server: $schema=scoring-profile.schema.json\n'),
    ).toEqual([
      [
        'file/missing-kind',
        missing('its `$schema` points at scoring-profile.schema.json'),
        addKind('ScoringProfile'),
        [1, 1],
      ],
    ]);
  });

  it('may leave out spaces, or hold several, and give a path or address before the file', () => {
    expect(hint('#yaml-language-server:$schema=progress-report.schema.json\nid: x\n')).toEqual([
      addKind('ProgressReport'),
    ]);
    expect(
      hint('#  yaml-language-server:  $schema=https://x.org/s/work-plan.schema.json\nid: x\n'),
    ).toEqual([addKind('WorkPlan')]);
  });

  it('counts only as a comment line of its own, ending with the file name', () => {
    expect(classify('x: 1 # yaml-language-server: $schema=work-plan.schema.json\n')).toEqual({
      status: 'other',
      reason: 'no-kind',
    });
    expect(classify('# yaml-language-server: $schema=work-plan.schema.jsonx\nid: x\n')).toEqual({
      status: 'other',
      reason: 'no-kind',
    });
    expect(hint('# yaml-language-server: $schema=work-plan.schema.json?v=1\nid: x\n')).toEqual([
      addKind('WorkPlan'),
    ]);
  });
});

describe('a $schema key', () => {
  it('names the kind when its value ends with a plan schema file', () => {
    expect(hint('$schema: https://x/work-plan.schema.json\nid: x\n')).toEqual([
      addKind('WorkPlan'),
    ]);
    expect(classify('$schema: work-plan.schema.json#x\nid: x\n')).toEqual({
      status: 'other',
      reason: 'no-kind',
    });
    expect(classify('$schema: 3\nid: x\n')).toEqual({ status: 'other', reason: 'no-kind' });
    expect(classify('$schema: [work-plan.schema.json]\nid: x\n')).toEqual({
      status: 'other',
      reason: 'no-kind',
    });
  });
});

describe('a schemaVersion', () => {
  it('in a text that cannot be parsed, as a top-level YAML key only', () => {
    for (const text of [
      'title: "open\n"schemaVersion" : 1\n',
      "title: \"open\n'schemaVersion'\t: 1\n",
    ]) {
      expect(findings(text).map(({ code, message }) => [code, message])).toEqual([
        ['text/syntax', 'The text is not valid YAML: Missing closing "quote'],
        ['file/missing-kind', missing('it has a `schemaVersion`')],
      ]);
    }
    expect(hint('title: "open\nschemaVersion: 1\n')).toEqual([undefined, ALL_KINDS]);
    expect(classify('title: "open\n  schemaVersion: 1\n')).toEqual({
      status: 'other',
      reason: 'not-yaml-or-json',
    });
    for (const json of ['{"schemaVersion": 1,', '{\n"schemaVersion": 1,\n']) {
      expect(classify(json, 'json')).toEqual({ status: 'other', reason: 'not-yaml-or-json' });
    }
  });
});

describe('the kind', () => {
  it('empty or not text counts as missing', () => {
    for (const text of ['kind: ""\nschemaVersion: 1\n', 'kind: 3\nschemaVersion: 1\n']) {
      expect(classify(text)).toEqual([
        ['file/missing-kind', missing('it has a `schemaVersion`'), ALL_KINDS, [1, 1]],
      ]);
    }
  });

  it('unknown, with other signs of a plan document, is reported at /kind with their kind', () => {
    const unknown =
      'The file looks like a plan document, but its kind "Deployment" is not a known kind, so it was not checked.';
    expect(classify('kind: Deployment\nschemaVersion: 1\n')).toEqual([
      ['file/unknown-kind', unknown, `Set \`kind\` to one of ${KNOWN}`, [1, 7]],
    ]);
    expect(hint('kind: Deployment\n$schema: needs-assessment.schema.json\n')).toEqual([
      'Did you mean "NeedsAssessment"?',
    ]);
    expect(hint('kind: Deployment\nmeasures:\n  - id: M1\n')).toEqual(['Did you mean "WorkPlan"?']);
    expect(hint('kind: Deployment\nsource: x\ninitiatives: []\n')).toEqual([
      'Did you mean "InitiativeCatalogue"?',
    ]);
  });
});

describe('the keys', () => {
  it('two keys only one kind has name it; one is not enough', () => {
    expect(classify('pillars: []\npriorityNeeds: []\n')).toEqual([
      [
        'file/missing-kind',
        missing('its top-level keys are those of the kind NeedsAssessment'),
        addKind('NeedsAssessment'),
        [1, 1],
      ],
    ]);
    expect(classify('pillars: []\nid: x\n')).toEqual({ status: 'other', reason: 'no-kind' });
  });

  it('the kind with the most such keys wins, the first of equals', () => {
    expect(hint('criteria: []\nweighting: x\nties: x\nmeetings: []\nplan: x\n')).toEqual([
      addKind('ScoringProfile'),
    ]);
    expect(hint('meetings: []\nplan: x\ncriteria: []\nweighting: x\n')).toEqual([
      addKind('ScoringProfile'),
    ]);
  });

  it('a defining list needs entries, each a mapping with its key as text', () => {
    expect(hint('initiatives:\n  - id: a\n  - id: b\n')).toEqual([addKind('InitiativeCatalogue')]);
    expect(classify('initiatives:\n  - id: a\n  - name: b\n')).toEqual({
      status: 'other',
      reason: 'no-kind',
    });
    expect(classify('initiatives:\n  - id: 3\n')).toEqual({ status: 'other', reason: 'no-kind' });
    expect(classify('initiatives:\n  - [id]\n')).toEqual({ status: 'other', reason: 'no-kind' });
    expect(classify('measureProgress:\n  - id: M1\n')).toEqual({
      status: 'other',
      reason: 'no-kind',
    });
  });

  it('an empty mapping or other top-level values show nothing', () => {
    expect(classify('{}', 'json')).toEqual({ status: 'other', reason: 'no-kind' });
    expect(classify('[]', 'json')).toEqual({ status: 'other', reason: 'not-a-mapping' });
    expect(classify('"x"', 'json')).toEqual({ status: 'other', reason: 'not-a-mapping' });
    expect(classify('null\n')).toEqual({ status: 'other', reason: 'not-a-mapping' });
  });
});

describe('a list', () => {
  it('with any item declaring a plan kind is a document written as a list', () => {
    expect(classify('- kind: Deployment\n- kind: WorkPlan\n')).toEqual([
      [
        'document/not-an-object',
        'A plan document must be a mapping of keys to values, not a list.',
        'Start the document with `kind:` and `schemaVersion:`.',
        [undefined, undefined],
      ],
    ]);
    expect(classify('- kind: 3\n- 2\n')).toEqual({ status: 'other', reason: 'not-a-mapping' });
  });
});

describe('the findings', () => {
  it('are errors at the root, but for the kind itself', () => {
    const known = [
      'WorkPlan',
      'InitiativeCatalogue',
      'NeedsAssessment',
      'ScoringProfile',
      'ProgressReport',
    ];
    expect(findings('kind: Workplan\nid: x\n')).toEqual([
      {
        code: 'file/unknown-kind',
        severity: 'error',
        path: ['kind'],
        pointer: '/kind',
        message:
          'The file looks like a plan document, but its kind "Workplan" is not a known kind, so it was not checked.',
        hint: 'Did you mean "WorkPlan"?',
        params: { kind: 'Workplan', known, suggestion: 'WorkPlan' },
        position: { line: 1, column: 7, offset: 6, endLine: 1, endColumn: 15, endOffset: 14 },
      },
    ]);
    expect(findings('schemaVersion: 1\n')).toEqual([
      {
        code: 'file/missing-kind',
        severity: 'error',
        path: [],
        pointer: '',
        message: missing('it has a `schemaVersion`'),
        hint: ALL_KINDS,
        params: { evidence: 'it has a `schemaVersion`', known },
        position: { line: 1, column: 1, offset: 0, endLine: 2, endColumn: 1, endOffset: 17 },
      },
    ]);
    expect(findings('- kind: WorkPlan\n')).toEqual([
      {
        code: 'document/not-an-object',
        severity: 'error',
        path: [],
        pointer: '',
        message: 'A plan document must be a mapping of keys to values, not a list.',
        hint: 'Start the document with `kind:` and `schemaVersion:`.',
        params: { received: 'a list' },
      },
    ]);
  });

  it('of an empty YAML text keep the notes beside it', () => {
    expect(findings('\uFEFF# to do\n').map((issue) => issue.code)).toEqual([
      'text/byte-order-mark',
      'text/empty',
    ]);
  });

  it('are not looked for when the quick look at the text reads a known kind', () => {
    expect(classifyPlanText('kind: WorkPlan\n  extra\n')).toEqual({
      status: 'document',
      kind: 'WorkPlan',
    });
  });
});
