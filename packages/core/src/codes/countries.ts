/* eslint-disable @typescript-eslint/no-deprecated -- the table defines the deprecated flags. */
import type { CodeListSource } from './code-list-source.js';
import { UN_SHORT_NAMES_EN } from './country-names.js';
import type { ItuRegion } from './regions.js';

/**
 * A country or territory with its codes and ITU-D region, and (deprecated) its UN development
 * groupings on the as-of date of `COUNTRIES_SOURCE`: groupings on any date come from
 * `isInCountryGroup` and `countryGroupsOn`.
 *
 * @example
 * ```ts
 * const nepal: Country = {
 *   alpha3: 'NPL',
 *   alpha2: 'NP',
 *   m49: '524',
 *   ituRegion: 'ASP',
 *   ituMember: true,
 *   ldc: true,
 *   lldc: true,
 *   sids: false,
 *   ldcGraduation: '2026-11-24',
 * };
 * ```
 */
export interface Country {
  /** ISO 3166-1 alpha-3 code, the key documents use. */
  readonly alpha3: string;
  /** ISO 3166-1 alpha-2 code, used for localized names. */
  readonly alpha2: string;
  /** UN M49 numeric code, three digits with leading zeros. */
  readonly m49: string;
  /** The ITU-D region the country belongs to (for a non-member: the region it lies in). */
  readonly ituRegion: ItuRegion;
  /**
   * Whether the country is an ITU Member State on the as-of date of `COUNTRIES_SOURCE`.
   *
   * @deprecated Membership changes over time: use `isInCountryGroup(code, 'itu-member', date)`.
   */
  readonly ituMember: boolean;
  /**
   * On the UN list of least developed countries on the as-of date of `COUNTRIES_SOURCE`.
   *
   * @deprecated Membership changes over time: use `isInCountryGroup(code, 'ldc', date)`, which
   *   also says when the answer is uncertain.
   */
  readonly ldc: boolean;
  /**
   * A landlocked developing country (UN-OHRLLS list) on the as-of date of `COUNTRIES_SOURCE`.
   *
   * @deprecated Use `isInCountryGroup(code, 'lldc', date)`.
   */
  readonly lldc: boolean;
  /**
   * A small island developing State (UN-OHRLLS list) on the as-of date of `COUNTRIES_SOURCE`.
   *
   * @deprecated Use `isInCountryGroup(code, 'sids', date)`.
   */
  readonly sids: boolean;
  /**
   * ISO date the country graduated, or is scheduled by the General Assembly to graduate, from the
   * LDC category.
   *
   * @deprecated A scheduled date may be deferred: use `countryGroupEvents(code, 'ldc')`, which
   *   gives each graduation with its status, decision and source.
   */
  readonly ldcGraduation?: string;
}

/**
 * The 194 ITU Member States, then the State of Palestine and the small island developing States
 * that are not ITU Member States (`ituMember: false`).
 *
 * @example
 * ```ts
 * COUNTRIES.filter((country) => country.ituMember).length;
 * //=> 194
 * ```
 */
// prettier-ignore
export const COUNTRIES: readonly Country[] = [
  // ITU Member States: the 193 UN Member States and the Holy See (VAT).
  { alpha3: 'AFG', alpha2: 'AF', m49: '004', ituRegion: 'ASP', ituMember: true, ldc: true, lldc: true, sids: false },
  { alpha3: 'AGO', alpha2: 'AO', m49: '024', ituRegion: 'AFR', ituMember: true, ldc: true, lldc: false, sids: false },
  { alpha3: 'ALB', alpha2: 'AL', m49: '008', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'AND', alpha2: 'AD', m49: '020', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'ARE', alpha2: 'AE', m49: '784', ituRegion: 'ARB', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'ARG', alpha2: 'AR', m49: '032', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'ARM', alpha2: 'AM', m49: '051', ituRegion: 'CIS', ituMember: true, ldc: false, lldc: true, sids: false },
  { alpha3: 'ATG', alpha2: 'AG', m49: '028', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: true },
  { alpha3: 'AUS', alpha2: 'AU', m49: '036', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'AUT', alpha2: 'AT', m49: '040', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'AZE', alpha2: 'AZ', m49: '031', ituRegion: 'CIS', ituMember: true, ldc: false, lldc: true, sids: false },
  { alpha3: 'BDI', alpha2: 'BI', m49: '108', ituRegion: 'AFR', ituMember: true, ldc: true, lldc: true, sids: false },
  { alpha3: 'BEL', alpha2: 'BE', m49: '056', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'BEN', alpha2: 'BJ', m49: '204', ituRegion: 'AFR', ituMember: true, ldc: true, lldc: false, sids: false },
  { alpha3: 'BFA', alpha2: 'BF', m49: '854', ituRegion: 'AFR', ituMember: true, ldc: true, lldc: true, sids: false },
  { alpha3: 'BGD', alpha2: 'BD', m49: '050', ituRegion: 'ASP', ituMember: true, ldc: true, lldc: false, sids: false, ldcGraduation: '2026-11-24' },
  { alpha3: 'BGR', alpha2: 'BG', m49: '100', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'BHR', alpha2: 'BH', m49: '048', ituRegion: 'ARB', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'BHS', alpha2: 'BS', m49: '044', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: true },
  { alpha3: 'BIH', alpha2: 'BA', m49: '070', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'BLR', alpha2: 'BY', m49: '112', ituRegion: 'CIS', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'BLZ', alpha2: 'BZ', m49: '084', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: true },
  { alpha3: 'BOL', alpha2: 'BO', m49: '068', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: true, sids: false },
  { alpha3: 'BRA', alpha2: 'BR', m49: '076', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'BRB', alpha2: 'BB', m49: '052', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: true },
  { alpha3: 'BRN', alpha2: 'BN', m49: '096', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'BTN', alpha2: 'BT', m49: '064', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: true, sids: false, ldcGraduation: '2023-12-13' },
  { alpha3: 'BWA', alpha2: 'BW', m49: '072', ituRegion: 'AFR', ituMember: true, ldc: false, lldc: true, sids: false },
  { alpha3: 'CAF', alpha2: 'CF', m49: '140', ituRegion: 'AFR', ituMember: true, ldc: true, lldc: true, sids: false },
  { alpha3: 'CAN', alpha2: 'CA', m49: '124', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'CHE', alpha2: 'CH', m49: '756', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'CHL', alpha2: 'CL', m49: '152', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'CHN', alpha2: 'CN', m49: '156', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'CIV', alpha2: 'CI', m49: '384', ituRegion: 'AFR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'CMR', alpha2: 'CM', m49: '120', ituRegion: 'AFR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'COD', alpha2: 'CD', m49: '180', ituRegion: 'AFR', ituMember: true, ldc: true, lldc: false, sids: false },
  { alpha3: 'COG', alpha2: 'CG', m49: '178', ituRegion: 'AFR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'COL', alpha2: 'CO', m49: '170', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'COM', alpha2: 'KM', m49: '174', ituRegion: 'ARB', ituMember: true, ldc: true, lldc: false, sids: true },
  { alpha3: 'CPV', alpha2: 'CV', m49: '132', ituRegion: 'AFR', ituMember: true, ldc: false, lldc: false, sids: true, ldcGraduation: '2007-12-20' },
  { alpha3: 'CRI', alpha2: 'CR', m49: '188', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'CUB', alpha2: 'CU', m49: '192', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: true },
  { alpha3: 'CYP', alpha2: 'CY', m49: '196', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'CZE', alpha2: 'CZ', m49: '203', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'DEU', alpha2: 'DE', m49: '276', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'DJI', alpha2: 'DJ', m49: '262', ituRegion: 'ARB', ituMember: true, ldc: true, lldc: false, sids: false },
  { alpha3: 'DMA', alpha2: 'DM', m49: '212', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: true },
  { alpha3: 'DNK', alpha2: 'DK', m49: '208', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'DOM', alpha2: 'DO', m49: '214', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: true },
  { alpha3: 'DZA', alpha2: 'DZ', m49: '012', ituRegion: 'ARB', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'ECU', alpha2: 'EC', m49: '218', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'EGY', alpha2: 'EG', m49: '818', ituRegion: 'ARB', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'ERI', alpha2: 'ER', m49: '232', ituRegion: 'AFR', ituMember: true, ldc: true, lldc: false, sids: false },
  { alpha3: 'ESP', alpha2: 'ES', m49: '724', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'EST', alpha2: 'EE', m49: '233', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'ETH', alpha2: 'ET', m49: '231', ituRegion: 'AFR', ituMember: true, ldc: true, lldc: true, sids: false },
  { alpha3: 'FIN', alpha2: 'FI', m49: '246', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'FJI', alpha2: 'FJ', m49: '242', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: false, sids: true },
  { alpha3: 'FRA', alpha2: 'FR', m49: '250', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'FSM', alpha2: 'FM', m49: '583', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: false, sids: true },
  { alpha3: 'GAB', alpha2: 'GA', m49: '266', ituRegion: 'AFR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'GBR', alpha2: 'GB', m49: '826', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'GEO', alpha2: 'GE', m49: '268', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'GHA', alpha2: 'GH', m49: '288', ituRegion: 'AFR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'GIN', alpha2: 'GN', m49: '324', ituRegion: 'AFR', ituMember: true, ldc: true, lldc: false, sids: false },
  { alpha3: 'GMB', alpha2: 'GM', m49: '270', ituRegion: 'AFR', ituMember: true, ldc: true, lldc: false, sids: false },
  { alpha3: 'GNB', alpha2: 'GW', m49: '624', ituRegion: 'AFR', ituMember: true, ldc: true, lldc: false, sids: true },
  { alpha3: 'GNQ', alpha2: 'GQ', m49: '226', ituRegion: 'AFR', ituMember: true, ldc: false, lldc: false, sids: false, ldcGraduation: '2017-06-04' },
  { alpha3: 'GRC', alpha2: 'GR', m49: '300', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'GRD', alpha2: 'GD', m49: '308', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: true },
  { alpha3: 'GTM', alpha2: 'GT', m49: '320', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'GUY', alpha2: 'GY', m49: '328', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: true },
  { alpha3: 'HND', alpha2: 'HN', m49: '340', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'HRV', alpha2: 'HR', m49: '191', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'HTI', alpha2: 'HT', m49: '332', ituRegion: 'AMS', ituMember: true, ldc: true, lldc: false, sids: true },
  { alpha3: 'HUN', alpha2: 'HU', m49: '348', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'IDN', alpha2: 'ID', m49: '360', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'IND', alpha2: 'IN', m49: '356', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'IRL', alpha2: 'IE', m49: '372', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'IRN', alpha2: 'IR', m49: '364', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'IRQ', alpha2: 'IQ', m49: '368', ituRegion: 'ARB', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'ISL', alpha2: 'IS', m49: '352', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'ISR', alpha2: 'IL', m49: '376', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'ITA', alpha2: 'IT', m49: '380', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'JAM', alpha2: 'JM', m49: '388', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: true },
  { alpha3: 'JOR', alpha2: 'JO', m49: '400', ituRegion: 'ARB', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'JPN', alpha2: 'JP', m49: '392', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'KAZ', alpha2: 'KZ', m49: '398', ituRegion: 'CIS', ituMember: true, ldc: false, lldc: true, sids: false },
  { alpha3: 'KEN', alpha2: 'KE', m49: '404', ituRegion: 'AFR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'KGZ', alpha2: 'KG', m49: '417', ituRegion: 'CIS', ituMember: true, ldc: false, lldc: true, sids: false },
  { alpha3: 'KHM', alpha2: 'KH', m49: '116', ituRegion: 'ASP', ituMember: true, ldc: true, lldc: false, sids: false },
  { alpha3: 'KIR', alpha2: 'KI', m49: '296', ituRegion: 'ASP', ituMember: true, ldc: true, lldc: false, sids: true },
  { alpha3: 'KNA', alpha2: 'KN', m49: '659', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: true },
  { alpha3: 'KOR', alpha2: 'KR', m49: '410', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'KWT', alpha2: 'KW', m49: '414', ituRegion: 'ARB', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'LAO', alpha2: 'LA', m49: '418', ituRegion: 'ASP', ituMember: true, ldc: true, lldc: true, sids: false, ldcGraduation: '2026-11-24' },
  { alpha3: 'LBN', alpha2: 'LB', m49: '422', ituRegion: 'ARB', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'LBR', alpha2: 'LR', m49: '430', ituRegion: 'AFR', ituMember: true, ldc: true, lldc: false, sids: false },
  { alpha3: 'LBY', alpha2: 'LY', m49: '434', ituRegion: 'ARB', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'LCA', alpha2: 'LC', m49: '662', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: true },
  { alpha3: 'LIE', alpha2: 'LI', m49: '438', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'LKA', alpha2: 'LK', m49: '144', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'LSO', alpha2: 'LS', m49: '426', ituRegion: 'AFR', ituMember: true, ldc: true, lldc: true, sids: false },
  { alpha3: 'LTU', alpha2: 'LT', m49: '440', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'LUX', alpha2: 'LU', m49: '442', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'LVA', alpha2: 'LV', m49: '428', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'MAR', alpha2: 'MA', m49: '504', ituRegion: 'ARB', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'MCO', alpha2: 'MC', m49: '492', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'MDA', alpha2: 'MD', m49: '498', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: true, sids: false },
  { alpha3: 'MDG', alpha2: 'MG', m49: '450', ituRegion: 'AFR', ituMember: true, ldc: true, lldc: false, sids: false },
  { alpha3: 'MDV', alpha2: 'MV', m49: '462', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: false, sids: true, ldcGraduation: '2011-01-01' },
  { alpha3: 'MEX', alpha2: 'MX', m49: '484', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'MHL', alpha2: 'MH', m49: '584', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: false, sids: true },
  { alpha3: 'MKD', alpha2: 'MK', m49: '807', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: true, sids: false },
  { alpha3: 'MLI', alpha2: 'ML', m49: '466', ituRegion: 'AFR', ituMember: true, ldc: true, lldc: true, sids: false },
  { alpha3: 'MLT', alpha2: 'MT', m49: '470', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'MMR', alpha2: 'MM', m49: '104', ituRegion: 'ASP', ituMember: true, ldc: true, lldc: false, sids: false },
  { alpha3: 'MNE', alpha2: 'ME', m49: '499', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'MNG', alpha2: 'MN', m49: '496', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: true, sids: false },
  { alpha3: 'MOZ', alpha2: 'MZ', m49: '508', ituRegion: 'AFR', ituMember: true, ldc: true, lldc: false, sids: false },
  { alpha3: 'MRT', alpha2: 'MR', m49: '478', ituRegion: 'ARB', ituMember: true, ldc: true, lldc: false, sids: false },
  { alpha3: 'MUS', alpha2: 'MU', m49: '480', ituRegion: 'AFR', ituMember: true, ldc: false, lldc: false, sids: true },
  { alpha3: 'MWI', alpha2: 'MW', m49: '454', ituRegion: 'AFR', ituMember: true, ldc: true, lldc: true, sids: false },
  { alpha3: 'MYS', alpha2: 'MY', m49: '458', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'NAM', alpha2: 'NA', m49: '516', ituRegion: 'AFR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'NER', alpha2: 'NE', m49: '562', ituRegion: 'AFR', ituMember: true, ldc: true, lldc: true, sids: false },
  { alpha3: 'NGA', alpha2: 'NG', m49: '566', ituRegion: 'AFR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'NIC', alpha2: 'NI', m49: '558', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'NLD', alpha2: 'NL', m49: '528', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'NOR', alpha2: 'NO', m49: '578', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'NPL', alpha2: 'NP', m49: '524', ituRegion: 'ASP', ituMember: true, ldc: true, lldc: true, sids: false, ldcGraduation: '2026-11-24' },
  { alpha3: 'NRU', alpha2: 'NR', m49: '520', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: false, sids: true },
  { alpha3: 'NZL', alpha2: 'NZ', m49: '554', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'OMN', alpha2: 'OM', m49: '512', ituRegion: 'ARB', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'PAK', alpha2: 'PK', m49: '586', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'PAN', alpha2: 'PA', m49: '591', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'PER', alpha2: 'PE', m49: '604', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'PHL', alpha2: 'PH', m49: '608', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'PLW', alpha2: 'PW', m49: '585', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: false, sids: true },
  { alpha3: 'PNG', alpha2: 'PG', m49: '598', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: false, sids: true },
  { alpha3: 'POL', alpha2: 'PL', m49: '616', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'PRK', alpha2: 'KP', m49: '408', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'PRT', alpha2: 'PT', m49: '620', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'PRY', alpha2: 'PY', m49: '600', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: true, sids: false },
  { alpha3: 'QAT', alpha2: 'QA', m49: '634', ituRegion: 'ARB', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'ROU', alpha2: 'RO', m49: '642', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'RUS', alpha2: 'RU', m49: '643', ituRegion: 'CIS', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'RWA', alpha2: 'RW', m49: '646', ituRegion: 'AFR', ituMember: true, ldc: true, lldc: true, sids: false },
  { alpha3: 'SAU', alpha2: 'SA', m49: '682', ituRegion: 'ARB', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'SDN', alpha2: 'SD', m49: '729', ituRegion: 'ARB', ituMember: true, ldc: true, lldc: false, sids: false },
  { alpha3: 'SEN', alpha2: 'SN', m49: '686', ituRegion: 'AFR', ituMember: true, ldc: true, lldc: false, sids: false },
  { alpha3: 'SGP', alpha2: 'SG', m49: '702', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: false, sids: true },
  { alpha3: 'SLB', alpha2: 'SB', m49: '090', ituRegion: 'ASP', ituMember: true, ldc: true, lldc: false, sids: true, ldcGraduation: '2027-12-13' },
  { alpha3: 'SLE', alpha2: 'SL', m49: '694', ituRegion: 'AFR', ituMember: true, ldc: true, lldc: false, sids: false },
  { alpha3: 'SLV', alpha2: 'SV', m49: '222', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'SMR', alpha2: 'SM', m49: '674', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'SOM', alpha2: 'SO', m49: '706', ituRegion: 'ARB', ituMember: true, ldc: true, lldc: false, sids: false },
  { alpha3: 'SRB', alpha2: 'RS', m49: '688', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'SSD', alpha2: 'SS', m49: '728', ituRegion: 'AFR', ituMember: true, ldc: true, lldc: true, sids: false },
  { alpha3: 'STP', alpha2: 'ST', m49: '678', ituRegion: 'AFR', ituMember: true, ldc: false, lldc: false, sids: true, ldcGraduation: '2024-12-13' },
  { alpha3: 'SUR', alpha2: 'SR', m49: '740', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: true },
  { alpha3: 'SVK', alpha2: 'SK', m49: '703', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'SVN', alpha2: 'SI', m49: '705', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'SWE', alpha2: 'SE', m49: '752', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'SWZ', alpha2: 'SZ', m49: '748', ituRegion: 'AFR', ituMember: true, ldc: false, lldc: true, sids: false },
  { alpha3: 'SYC', alpha2: 'SC', m49: '690', ituRegion: 'AFR', ituMember: true, ldc: false, lldc: false, sids: true },
  { alpha3: 'SYR', alpha2: 'SY', m49: '760', ituRegion: 'ARB', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'TCD', alpha2: 'TD', m49: '148', ituRegion: 'AFR', ituMember: true, ldc: true, lldc: true, sids: false },
  { alpha3: 'TGO', alpha2: 'TG', m49: '768', ituRegion: 'AFR', ituMember: true, ldc: true, lldc: false, sids: false },
  { alpha3: 'THA', alpha2: 'TH', m49: '764', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'TJK', alpha2: 'TJ', m49: '762', ituRegion: 'CIS', ituMember: true, ldc: false, lldc: true, sids: false },
  { alpha3: 'TKM', alpha2: 'TM', m49: '795', ituRegion: 'CIS', ituMember: true, ldc: false, lldc: true, sids: false },
  { alpha3: 'TLS', alpha2: 'TL', m49: '626', ituRegion: 'ASP', ituMember: true, ldc: true, lldc: false, sids: true },
  { alpha3: 'TON', alpha2: 'TO', m49: '776', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: false, sids: true },
  { alpha3: 'TTO', alpha2: 'TT', m49: '780', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: true },
  { alpha3: 'TUN', alpha2: 'TN', m49: '788', ituRegion: 'ARB', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'TUR', alpha2: 'TR', m49: '792', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'TUV', alpha2: 'TV', m49: '798', ituRegion: 'ASP', ituMember: true, ldc: true, lldc: false, sids: true },
  { alpha3: 'TZA', alpha2: 'TZ', m49: '834', ituRegion: 'AFR', ituMember: true, ldc: true, lldc: false, sids: false },
  { alpha3: 'UGA', alpha2: 'UG', m49: '800', ituRegion: 'AFR', ituMember: true, ldc: true, lldc: true, sids: false },
  { alpha3: 'UKR', alpha2: 'UA', m49: '804', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'URY', alpha2: 'UY', m49: '858', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'USA', alpha2: 'US', m49: '840', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'UZB', alpha2: 'UZ', m49: '860', ituRegion: 'CIS', ituMember: true, ldc: false, lldc: true, sids: false },
  { alpha3: 'VAT', alpha2: 'VA', m49: '336', ituRegion: 'EUR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'VCT', alpha2: 'VC', m49: '670', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: true },
  { alpha3: 'VEN', alpha2: 'VE', m49: '862', ituRegion: 'AMS', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'VNM', alpha2: 'VN', m49: '704', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'VUT', alpha2: 'VU', m49: '548', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: false, sids: true, ldcGraduation: '2020-12-04' },
  { alpha3: 'WSM', alpha2: 'WS', m49: '882', ituRegion: 'ASP', ituMember: true, ldc: false, lldc: false, sids: true, ldcGraduation: '2014-01-01' },
  { alpha3: 'YEM', alpha2: 'YE', m49: '887', ituRegion: 'ARB', ituMember: true, ldc: true, lldc: false, sids: false },
  { alpha3: 'ZAF', alpha2: 'ZA', m49: '710', ituRegion: 'AFR', ituMember: true, ldc: false, lldc: false, sids: false },
  { alpha3: 'ZMB', alpha2: 'ZM', m49: '894', ituRegion: 'AFR', ituMember: true, ldc: true, lldc: true, sids: false },
  { alpha3: 'ZWE', alpha2: 'ZW', m49: '716', ituRegion: 'AFR', ituMember: true, ldc: false, lldc: true, sids: false },
  // Not ITU Member States: the State of Palestine (ITU observer) and the SIDS that are associate
  // members of UN regional commissions or non-UN members (UN-OHRLLS list).
  { alpha3: 'ABW', alpha2: 'AW', m49: '533', ituRegion: 'AMS', ituMember: false, ldc: false, lldc: false, sids: true },
  { alpha3: 'AIA', alpha2: 'AI', m49: '660', ituRegion: 'AMS', ituMember: false, ldc: false, lldc: false, sids: true },
  { alpha3: 'ASM', alpha2: 'AS', m49: '016', ituRegion: 'ASP', ituMember: false, ldc: false, lldc: false, sids: true },
  { alpha3: 'BMU', alpha2: 'BM', m49: '060', ituRegion: 'AMS', ituMember: false, ldc: false, lldc: false, sids: true },
  { alpha3: 'COK', alpha2: 'CK', m49: '184', ituRegion: 'ASP', ituMember: false, ldc: false, lldc: false, sids: true },
  { alpha3: 'CUW', alpha2: 'CW', m49: '531', ituRegion: 'AMS', ituMember: false, ldc: false, lldc: false, sids: true },
  { alpha3: 'CYM', alpha2: 'KY', m49: '136', ituRegion: 'AMS', ituMember: false, ldc: false, lldc: false, sids: true },
  { alpha3: 'GLP', alpha2: 'GP', m49: '312', ituRegion: 'AMS', ituMember: false, ldc: false, lldc: false, sids: true },
  { alpha3: 'GUM', alpha2: 'GU', m49: '316', ituRegion: 'ASP', ituMember: false, ldc: false, lldc: false, sids: true },
  { alpha3: 'MNP', alpha2: 'MP', m49: '580', ituRegion: 'ASP', ituMember: false, ldc: false, lldc: false, sids: true },
  { alpha3: 'MSR', alpha2: 'MS', m49: '500', ituRegion: 'AMS', ituMember: false, ldc: false, lldc: false, sids: true },
  { alpha3: 'MTQ', alpha2: 'MQ', m49: '474', ituRegion: 'AMS', ituMember: false, ldc: false, lldc: false, sids: true },
  { alpha3: 'NCL', alpha2: 'NC', m49: '540', ituRegion: 'ASP', ituMember: false, ldc: false, lldc: false, sids: true },
  { alpha3: 'NIU', alpha2: 'NU', m49: '570', ituRegion: 'ASP', ituMember: false, ldc: false, lldc: false, sids: true },
  { alpha3: 'PRI', alpha2: 'PR', m49: '630', ituRegion: 'AMS', ituMember: false, ldc: false, lldc: false, sids: true },
  { alpha3: 'PSE', alpha2: 'PS', m49: '275', ituRegion: 'ARB', ituMember: false, ldc: false, lldc: false, sids: false },
  { alpha3: 'PYF', alpha2: 'PF', m49: '258', ituRegion: 'ASP', ituMember: false, ldc: false, lldc: false, sids: true },
  { alpha3: 'SXM', alpha2: 'SX', m49: '534', ituRegion: 'AMS', ituMember: false, ldc: false, lldc: false, sids: true },
  { alpha3: 'TCA', alpha2: 'TC', m49: '796', ituRegion: 'AMS', ituMember: false, ldc: false, lldc: false, sids: true },
  { alpha3: 'VGB', alpha2: 'VG', m49: '092', ituRegion: 'AMS', ituMember: false, ldc: false, lldc: false, sids: true },
  { alpha3: 'VIR', alpha2: 'VI', m49: '850', ituRegion: 'AMS', ituMember: false, ldc: false, lldc: false, sids: true },
];

/**
 * Where the country table comes from, its as-of date, and the choices made where sources differ.
 *
 * @example
 * ```ts
 * COUNTRIES_SOURCE.asOf;
 * //=> '2025-12-31'
 * ```
 */
export const COUNTRIES_SOURCE: CodeListSource = {
  source:
    'ISO 3166-1 (alpha-2, alpha-3); UN Statistics Division M49 (numeric codes); UN DESA/CDP list of least developed countries; UN-OHRLLS lists of LLDCs and SIDS; ITU list of Member States and ITU-D regions',
  asOf: '2025-12-31',
  notes: [
    'The ituMember, ldc, lldc and sids flags give membership on the as-of date only and are deprecated; the dated events in COUNTRY_GROUP_EVENTS (country-groups.ts) are the source, and a test keeps the flags equal to them on the as-of date.',
    'LDC: 44 countries on the as-of date (Bhutan graduated on 2023-12-13, São Tomé and Príncipe on 2024-12-13). ldcGraduation holds past graduations and the dates the General Assembly set: Bangladesh, Lao PDR and Nepal 2026-11-24 (Bangladesh and Nepal asked for a deferral: see the events); Solomon Islands 2027-12-13. Cambodia and Senegal are scheduled for about December 2029 (day not recorded); Botswana graduated in December 1994 (day not recorded).',
    'SIDS follow the UN-OHRLLS list: 37 UN Member States (Bahrain left the list in April 2023 at its own request), plus the Cook Islands, Niue and the associate members of UN regional commissions (ituMember: false). UN-OHRLLS counts "39 States": the 37 UN Member States, the Cook Islands and Niue.',
    'ITU-D regions: Africa is sub-Saharan Africa; the Arab States are the 21 ITU Member States of the League of Arab States (Comoros, Djibouti, Mauritania, Somalia and Sudan included); CIS is Armenia, Azerbaijan, Belarus, Kazakhstan, Kyrgyzstan, Russian Federation, Tajikistan, Turkmenistan and Uzbekistan. Georgia, the Republic of Moldova and Ukraine are placed in Europe, where they take part in ITU-D regional work (a judgement to confirm against the current BDT list). Israel, Cyprus and Türkiye are in Europe; Iran and the Pacific islands in Asia and the Pacific.',
    'Non-members carry the region they lie in: the State of Palestine in the Arab States, Caribbean territories in the Americas, Pacific territories in Asia and the Pacific.',
  ].join(' '),
};

let countriesByAlpha3: ReadonlyMap<string, Country> | undefined;

/**
 * Finds a country by its ISO 3166-1 alpha-3 code, in constant time.
 *
 * @param alpha3 - An upper-case alpha-3 code such as `KEN`.
 * @returns The country, or `undefined` when the code is not in `COUNTRIES`.
 *
 * @example
 * ```ts
 * findCountry('KEN')?.ituRegion;
 * //=> 'AFR'
 * findCountry('XYZ');
 * //=> undefined
 * ```
 */
export function findCountry(alpha3: string): Country | undefined {
  countriesByAlpha3 ??= new Map(COUNTRIES.map((country) => [country.alpha3, country]));
  return countriesByAlpha3.get(alpha3);
}

/**
 * Tells whether a value is the alpha-3 code of a country in `COUNTRIES` (upper case).
 *
 * @param value - Any value, typically read from a document.
 * @returns `true` when the value is a known alpha-3 code.
 *
 * @example
 * ```ts
 * isCountryCode('BRA');
 * //=> true
 * isCountryCode('bra');
 * //=> false
 * ```
 */
export function isCountryCode(value: unknown): value is string {
  return typeof value === 'string' && findCountry(value) !== undefined;
}

const displayNamesByLocale = new Map<string, Intl.DisplayNames>();

/**
 * Gives the name of a country in a language: in English the short name UN and ITU documents use
 * (`UN_SHORT_NAMES_EN`), in other languages the runtime's `Intl.DisplayNames`.
 *
 * @param alpha3 - The country's alpha-3 code.
 * @param locale - A BCP 47 language tag, such as one of the official languages; defaults to `en`.
 *   Any English tag (`en`, `en-GB`) gives the UN short name.
 * @returns The name, or `alpha3` itself when the code is unknown or the runtime has no name for
 *   it.
 * @throws RangeError when `locale` is not a well-formed language tag.
 *
 * @example
 * ```ts
 * countryName('COD');
 * //=> 'Democratic Republic of the Congo'
 * countryName('CIV', 'fr');
 * //=> 'Côte d’Ivoire'
 * countryName('XYZ');
 * //=> 'XYZ'
 * ```
 */
export function countryName(alpha3: string, locale = 'en'): string {
  const country = findCountry(alpha3);
  if (country === undefined) return alpha3;
  let names = displayNamesByLocale.get(locale);
  if (names === undefined) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    displayNamesByLocale.set(locale, names);
  }
  if (new Intl.Locale(locale).language === 'en') {
    const unName = UN_SHORT_NAMES_EN[alpha3];
    if (unName !== undefined) return unName;
  }
  return names.of(country.alpha2) ?? alpha3;
}

/**
 * Lists the countries of one ITU-D region, ITU Member States and others alike.
 *
 * @param region - An ITU-D region code.
 * @returns The countries in table order (filter on `ituMember` for Member States only).
 *
 * @example
 * ```ts
 * countriesInRegion('CIS').map((country) => country.alpha3);
 * //=> ['ARM', 'AZE', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK', 'TKM', 'UZB']
 * ```
 */
export function countriesInRegion(region: ItuRegion): readonly Country[] {
  return COUNTRIES.filter((country) => country.ituRegion === region);
}
