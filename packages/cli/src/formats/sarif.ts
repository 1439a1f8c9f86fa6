import { pathToFileURL } from 'node:url';
import type { OfficialLanguage, Severity } from '@itu-aicb/core';
import { ISSUE_CODE_REFERENCE } from '@itu-aicb/core';
import { homepage } from '../../package.json';
import type { Finding, Report } from '../validate/report.js';
import { ruleSummary } from '../language/rule-summaries/rule-summaries.js';

const LEVELS: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** The base that every artifact's relative `uri` is resolved against: the working directory. */
const BASE = 'SRCROOT';

/** The rules reference, where each code has a row with an anchor of its own. */
export const RULES_REFERENCE_URL = new URL('docs/rules.md', homepage).href;

/**
 * The anchor of a code's row in the rules reference: the code with `-` for `/`.
 *
 * @param code - An issue code such as `plan/unknown-office`.
 * @returns The anchor, such as `plan-unknown-office`.
 */
export const ruleAnchor = (code: string): string => code.replace('/', '-');

/** The key of a result's partial fingerprint: the fingerprint baselines match by. */
export const FINGERPRINT_KEY = 'aicbFingerprint/v2';

interface RuleDescriptor {
  readonly id: string;
  readonly helpUri?: string;
  readonly shortDescription: { readonly text: string };
  readonly help: { readonly text: string };
  readonly defaultConfiguration: { readonly level: 'error' | 'warning' | 'note' };
}

/**
 * A relative path as a URI reference: each segment percent-encoded.
 *
 * @param path - A path with `/` separators.
 * @returns The URI reference.
 */
export function pathToUri(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function rules(findings: readonly Finding[], language: OfficialLanguage): RuleDescriptor[] {
  const known: RuleDescriptor[] = ISSUE_CODE_REFERENCE.map((entry) => ({
    id: entry.code,
    helpUri: `${RULES_REFERENCE_URL}#${ruleAnchor(entry.code)}`,
    shortDescription: { text: ruleSummary(entry, language) },
    help: { text: entry.fix },
    defaultConfiguration: { level: LEVELS[entry.severity] },
  }));
  const ids = new Set(known.map((rule) => rule.id));
  for (const finding of findings) {
    if (ids.has(finding.code)) continue;
    ids.add(finding.code);
    known.push({
      id: finding.code,
      shortDescription: { text: finding.code },
      help: { text: finding.hint ?? finding.message },
      defaultConfiguration: { level: LEVELS[finding.severity] },
    });
  }
  return known;
}

/**
 * SARIF 2.1.0: one run in the report's language (`language`) whose tool lists every code as a
 * rule (its `shortDescription` in that language, and a `helpUri` to its own row of the rules
 * reference, whose `help` stays English), and a result per finding with its rule, level, message, location (the
 * file relative to the working directory, and the region of the offending key or value, columns
 * in UTF-16 code units) and partial fingerprint. Findings accepted with a reason carry
 * `suppressions` with the justification; with a baseline, each result has its `baselineState`.
 *
 * @param report - The report.
 * @returns The SARIF log as JSON text, ending with a line break.
 */
export function renderSarif(report: Report): string {
  const findings = [...report.findings, ...report.accepted];
  const language = report.locale?.language ?? 'en';
  const ruleList = rules(findings, language);
  const ruleIndex = new Map(ruleList.map((rule, index) => [rule.id, index]));
  const results = findings.map((finding) => {
    const position = finding.position;
    const physicalLocation = {
      artifactLocation: { uri: pathToUri(finding.file), uriBaseId: BASE },
      ...(position === undefined
        ? {}
        : {
            region: {
              startLine: position.line,
              startColumn: position.column,
              endLine: position.endLine,
              endColumn: Math.max(
                position.endColumn,
                position.endLine === position.line ? position.column : 1,
              ),
            },
          }),
    };
    return {
      ruleId: finding.code,
      ruleIndex: ruleIndex.get(finding.code) ?? -1,
      level: LEVELS[finding.severity],
      message: {
        text: finding.hint === undefined ? finding.message : `${finding.message}\n${finding.hint}`,
      },
      locations: [{ physicalLocation }],
      ...(finding.fingerprint === undefined
        ? {}
        : { partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint } }),
      ...(finding.suppression === undefined
        ? {}
        : {
            suppressions: [
              {
                kind: finding.suppression.kind,
                status: 'accepted',
                justification: finding.suppression.justification,
                ...(finding.suppression.expires === undefined
                  ? {}
                  : { properties: { expires: finding.suppression.expires } }),
              },
            ],
          }),
      ...(finding.baseline === undefined ? {} : { baselineState: finding.baseline }),
      properties: { pointer: finding.pointer },
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'aicb',
            informationUri: homepage,
            version: report.version,
            semanticVersion: report.version,
            rules: ruleList,
          },
        },
        originalUriBaseIds: {
          [BASE]: { uri: pathToFileURL(report.cwd).href.replace(/\/?$/, '/') },
        },
        invocations: [
          {
            executionSuccessful: report.unreadable === 0,
            exitCode: report.exitCode,
          },
        ],
        language,
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
