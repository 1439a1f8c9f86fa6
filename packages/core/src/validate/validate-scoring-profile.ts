import { DocumentValidationError } from '../findings/errors.js';
import { SCORING_PROFILE_RULES } from '../rules/scoring-profile/profile-rules.js';
import type { ValidationResult } from '../findings/issue.js';
import type { ValidateOptions } from './validate-with.js';
import { validateWith } from './validate-with.js';
import type { ScoringProfile } from '../documents/scoring-profile/scoring-profile.js';
import { ScoringProfileSchema } from '../documents/scoring-profile/scoring-profile.js';

/**
 * Checks a scoring profile: its structure, then every profile rule. Never throws.
 *
 * @param input - Any value, typically parsed from a profile file.
 * @param options - Rule severity overrides.
 * @returns The typed profile with its warnings, or the errors that make it invalid.
 *
 * @example
 * ```ts
 * const result = validateScoringProfile({ kind: 'ScoringProfile', schemaVersion: 1 });
 * result.ok;
 * //=> false
 * ```
 */
export function validateScoringProfile(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<ScoringProfile> {
  return validateWith(ScoringProfileSchema, SCORING_PROFILE_RULES, input, options);
}

/**
 * Checks a scoring profile and returns it typed, or throws.
 *
 * @param input - Any value, typically parsed from a profile file.
 * @param options - Rule severity overrides.
 * @returns The typed profile, with defaults applied.
 * @throws {@link DocumentValidationError} carrying every error when the profile is invalid.
 *
 * @example
 * ```ts
 * try {
 *   parseScoringProfile({ kind: 'ScoringProfile' });
 * } catch (error) {
 *   if (error instanceof DocumentValidationError) console.log(error.issues[0]?.code);
 * }
 * ```
 */
export function parseScoringProfile(input: unknown, options?: ValidateOptions): ScoringProfile {
  const result = validateScoringProfile(input, options);
  if (!result.ok) throw new DocumentValidationError(result.issues, result.warnings);
  return result.value;
}
