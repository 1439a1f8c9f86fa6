import type { Finding, Report } from '../validate/report.js';

// Characters XML 1.0 does not allow, even escaped: most C0 controls, lone surrogates, U+FFFE/F.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes text for an XML attribute value or element content, replacing characters XML cannot
 * hold with U+FFFD.
 *
 * @param text - Any text.
 * @returns The escaped text.
 */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
    .replaceAll('\r', '&#13;')
    .replaceAll('\n', '&#10;')
    .replaceAll('\t', '&#9;');
}

/** Whether a finding fails the check by itself: errors, and warnings under `--strict`. */
function fails(finding: Finding, report: Report): boolean {
  return finding.severity === 'error' || (finding.severity === 'warning' && report.policy.strict);
}

function describe(finding: Finding): string {
  const where = finding.position
    ? `${finding.file}:${finding.position.line}:${finding.position.column}`
    : finding.file;
  const hint = finding.hint === undefined ? '' : `\n${finding.hint}`;
  return `${where} ${finding.severity} ${finding.code}: ${finding.message}${hint}`;
}

/**
 * JUnit XML: a test suite per file with one test case, holding a `<failure>` per finding that
 * fails the check (errors, and warnings under `--strict`); other findings are listed in the test
 * case's `<system-out>`. When warnings exceed `--max-warnings`, a suite `aicb` holds a failing
 * test case `max-warnings`.
 *
 * @param report - The report.
 * @returns The XML document, ending with a line break.
 */
export function renderJunit(report: Report): string {
  const byFile = new Map<string, Finding[]>(report.files.map((file) => [file.path, []]));
  for (const finding of report.findings) {
    const list = byFile.get(finding.file);
    if (list === undefined) byFile.set(finding.file, [finding]);
    else list.push(finding);
  }
  const suites: string[] = [];
  let failures = 0;
  for (const [file, findings] of byFile) {
    const failing = findings.filter((finding) => fails(finding, report));
    const others = findings.filter((finding) => !fails(finding, report));
    failures += failing.length;
    const name = escapeXml(file);
    const body = [
      ...failing.map(
        (finding) =>
          `      <failure message="${escapeXml(finding.message)}" type="${escapeXml(finding.code)}">${escapeXml(describe(finding))}</failure>`,
      ),
      ...(others.length === 0
        ? []
        : [`      <system-out>${escapeXml(others.map(describe).join('\n'))}</system-out>`]),
    ];
    suites.push(
      `  <testsuite name="${name}" tests="1" failures="${failing.length}" errors="0" skipped="0">`,
      body.length === 0
        ? `    <testcase classname="${name}" name="${name}" file="${name}"/>`
        : [
            `    <testcase classname="${name}" name="${name}" file="${name}">`,
            ...body,
            '    </testcase>',
          ].join('\n'),
      '  </testsuite>',
    );
  }
  const { maxWarnings } = report.policy;
  let tests = byFile.size;
  if (maxWarnings !== undefined) {
    tests += 1;
    const over = report.counts.warnings > maxWarnings;
    if (over) failures += 1;
    const message = `${report.counts.warnings} warnings; --max-warnings allows ${maxWarnings}.`;
    suites.push(
      `  <testsuite name="aicb" tests="1" failures="${over ? 1 : 0}" errors="0" skipped="0">`,
      over
        ? `    <testcase classname="aicb" name="max-warnings">\n      <failure message="${escapeXml(message)}" type="max-warnings">${escapeXml(message)}</failure>\n    </testcase>`
        : '    <testcase classname="aicb" name="max-warnings"/>',
      '  </testsuite>',
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="aicb validate" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
