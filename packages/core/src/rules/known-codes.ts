import { BUREAUS, isBureau } from '../codes/bureaus.js';
import { COUNTRIES, findCountry } from '../codes/countries.js';
import { ITU_OFFICES, findItuOffice } from '../codes/offices.js';
import { closestMatch } from '../findings/closest.js';

/** Whether a reference names an ITU bureau or a known regional or area office. */
export function isKnownEntity(reference: string): boolean {
  return isBureau(reference) || findItuOffice(reference) !== undefined;
}

/** The bureau or office id closest to a misspelt reference. */
export function suggestEntity(reference: string): string | undefined {
  return closestMatch(reference, [...BUREAUS, ...ITU_OFFICES.map((office) => office.id)]);
}

/** Whether an alpha-3 code names a country in the country table. */
export function isKnownCountry(alpha3: string): boolean {
  return findCountry(alpha3) !== undefined;
}

/** The country code closest to an unknown one. */
export function suggestCountry(alpha3: string): string | undefined {
  return closestMatch(
    alpha3,
    COUNTRIES.map((country) => country.alpha3),
  );
}
