import { DocumentValidationError } from '../findings/errors.js';
import { INITIATIVE_CATALOGUE_RULES } from '../rules/initiative-catalogue/catalogue-rules.js';
import type { ValidationResult } from '../findings/issue.js';
import type { ValidateOptions } from './validate-with.js';
import { validateWith } from './validate-with.js';
import type { InitiativeCatalogue } from '../documents/initiative-catalogue/initiative-catalogue.js';
import { InitiativeCatalogueSchema } from '../documents/initiative-catalogue/initiative-catalogue.js';

/**
 * Checks an initiative catalogue: its structure, then every work-plan rule. Never throws.
 *
 * @param input - Any value, typically parsed from a catalogue file.
 * @param options - Rule severity overrides.
 * @returns The typed catalogue with its warnings, or the errors that make it invalid.
 *
 * @example
 * ```ts
 * const result = validateInitiativeCatalogue({ kind: 'InitiativeCatalogue', schemaVersion: 1 });
 * result.ok;
 * //=> false
 * ```
 */
export function validateInitiativeCatalogue(
  input: unknown,
  options?: ValidateOptions,
): ValidationResult<InitiativeCatalogue> {
  return validateWith(InitiativeCatalogueSchema, INITIATIVE_CATALOGUE_RULES, input, options);
}

/**
 * Checks an initiative catalogue and returns it typed, or throws.
 *
 * @param input - Any value, typically parsed from a catalogue file.
 * @param options - Rule severity overrides.
 * @returns The typed catalogue, with defaults applied.
 * @throws {@link DocumentValidationError} carrying every error when the catalogue is invalid.
 *
 * @example
 * ```ts
 * try {
 *   parseInitiativeCatalogue({ kind: 'InitiativeCatalogue' });
 * } catch (error) {
 *   if (error instanceof DocumentValidationError) console.log(error.issues[0]?.code);
 * }
 * ```
 */
export function parseInitiativeCatalogue(
  input: unknown,
  options?: ValidateOptions,
): InitiativeCatalogue {
  const result = validateInitiativeCatalogue(input, options);
  if (!result.ok) throw new DocumentValidationError(result.issues, result.warnings);
  return result.value;
}
