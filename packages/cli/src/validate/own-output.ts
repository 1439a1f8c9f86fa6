import { readFileSync, statSync } from 'node:fs';
import { MAX_FILE_BYTES } from '@itu-aicb/core/node';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A GitLab code-quality issue as the gitlab format writes it. */
const isCodeQualityIssue = (value: unknown): boolean =>
  isRecord(value) &&
  typeof value['check_name'] === 'string' &&
  typeof value['fingerprint'] === 'string' &&
  isRecord(value['location']);

/**
 * Whether a JSON value is one of the files `aicb validate` writes: a baseline
 * (`tool: "aicb"` with `findings`), a json report (`tool.name: "aicb"`), a SARIF log whose
 * driver is `aicb`, or a GitLab code-quality report (a list of issues, possibly empty).
 *
 * @param value - The parsed JSON.
 * @returns `true` for aicb's own outputs.
 */
export function isOwnOutput(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(isCodeQualityIssue);
  if (!isRecord(value)) return false;
  if (value['tool'] === 'aicb' && Array.isArray(value['findings'])) return true;
  const tool = value['tool'];
  if (isRecord(tool) && tool['name'] === 'aicb') return true;
  const runs = value['runs'];
  return (
    Array.isArray(runs) &&
    runs.some((run) => {
      const driver = isRecord(run) && isRecord(run['tool']) ? run['tool']['driver'] : undefined;
      return isRecord(driver) && driver['name'] === 'aicb';
    })
  );
}

/**
 * Whether a JSON file, skipped as no plan document, is one of aicb's own outputs, which later
 * runs leave out without counting them as skipped. Never throws: a file that cannot be read or
 * parsed is not one.
 *
 * @param path - The file, absolute.
 * @returns `true` for aicb's own outputs.
 */
export function isOwnOutputFile(path: string): boolean {
  try {
    if (statSync(path).size > MAX_FILE_BYTES) return false;
    return isOwnOutput(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return false;
  }
}
