import { BUREAUS } from '../codes/bureaus.js';
import { ITU_OFFICES } from '../codes/offices.js';
import { countryName } from '../codes/countries.js';
import type { MessageCatalogue } from './catalogue.js';

// Enough for every code list but countries and currencies, which a longer hint would not help.
const MAX_LISTED = 24;

function quoteList(values: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
  const quoted = values.slice(0, MAX_LISTED).map((value) => `"${value}"`);
  const rest = values.length - quoted.length;
  if (rest > 0) {
    return `${quoted.join(', ')} (and ${rest} more: see the code lists of the plan format reference)`;
  }
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1) ?? ''}`;
}

/** Every bureau code and office id, in full: a hint that names only some sends the reader elsewhere. */
function knownEntities(): string {
  return `the bureaus ${BUREAUS.join(', ')} and the offices ${ITU_OFFICES.map((office) => office.id).join(', ')}`;
}

function didYouMean(suggestion: string | undefined): string | undefined {
  return suggestion === undefined ? undefined : `Did you mean "${suggestion}"?`;
}

/**
 * English wording for every issue code: the reference catalogue other languages translate.
 *
 * @example
 * ```ts
 * englishMessages['schema/unknown-key']({ key: 'titel', suggestion: 'title', allowed: ['title'] }).hint;
 * //=> 'Did you mean "title"?'
 * ```
 */
export const en: MessageCatalogue = {
  'text/empty': () => ({
    message: 'The file is empty.',
    hint: 'Write one document with a `kind`, such as `kind: WorkPlan`.',
  }),
  'text/too-large': ({ size, limit, unit, atLeast }) =>
    unit === 'bytes'
      ? {
          message: `The file is ${atLeast === true ? 'more than ' : ''}${size.toLocaleString('en')} bytes, above the limit of ${limit.toLocaleString('en')} bytes; it was not read.`,
          hint: 'Split the file into several documents.',
        }
      : {
          message: `The text is ${size} characters long, above the limit of ${limit}.`,
          hint: 'Split the document into several files, or raise `maxLength` if the size is expected.',
        },
  'text/binary': () => ({
    message: 'The text contains binary data (NUL or other control characters), not YAML or JSON.',
    hint: 'Check that the file is a plan document saved as UTF-8 text.',
  }),
  'text/byte-order-mark': () => ({
    message: 'The text starts with a byte-order mark, which was ignored.',
    hint: 'Save the file as UTF-8 without a BOM.',
  }),
  'text/syntax': ({ format, detail }) => ({
    message: `The text is not valid ${format}: ${detail}`,
  }),
  'text/duplicate-key': ({ key }) => ({
    message: `The key "${key}" appears more than once in the same mapping; only one value can count.`,
    hint: 'Remove or rename one of the duplicates.',
  }),
  'text/alias-limit': ({ count, limit }) => ({
    message:
      limit === 0
        ? 'The YAML uses aliases (*name), which are not accepted in plan files.'
        : `The YAML resolves ${count} aliases, above the limit of ${limit}.`,
    hint: 'Write the repeated values out in full.',
  }),
  'text/merge-key': () => ({
    message: 'The YAML uses a merge key (<<), which is not accepted in plan files.',
    hint: 'Write the merged keys out in full.',
  }),
  'text/custom-tag': ({ tag }) => ({
    message: `The YAML uses the tag "${tag}", which plan files do not accept.`,
    hint: 'Remove the tag; plan files hold plain strings, numbers, booleans, lists and mappings.',
  }),
  'text/multiple-documents': ({ count }) => ({
    message: `The text holds ${count} YAML documents; a plan file holds exactly one.`,
    hint: 'Put each document in a file of its own.',
  }),
  'text/too-deep': ({ limit }) => ({
    message: `The text nests lists and mappings more than ${limit} levels deep.`,
    hint: 'Plan documents are only a few levels deep; check the indentation.',
  }),
  'file/unreadable': ({ what, reason }) => ({
    message: `The ${what} could not be read (${reason}).`,
    hint: `Check that it exists, is a regular ${what}, and that you may read it.`,
  }),
  'file/invalid-utf8': ({ byte, line, column }) => ({
    message: `The file is not valid UTF-8: byte 0x${byte} at line ${line}, column ${column} cannot be decoded.`,
    hint: 'Save the file as UTF-8.',
  }),
  'file/unknown-kind': ({ kind, known, suggestion }) => ({
    message: `The file looks like a plan document, but its kind "${kind}" is not a known kind, so it was not checked.`,
    hint: didYouMean(suggestion) ?? `Set \`kind\` to one of ${quoteList(known)}.`,
  }),
  'file/missing-kind': ({ evidence, known, suggestion }) => ({
    message: `The file looks like a plan document (${evidence}), but it has no top-level \`kind\`, so it was not checked.`,
    hint:
      suggestion === undefined
        ? `Add \`kind\` with one of ${quoteList(known)}.`
        : `Add \`kind: ${suggestion}\` at the top level.`,
  }),
  'input/not-text': ({ received }) => ({
    message: `Expected the text of a file (a string), but received ${received}.`,
    hint: 'Read the file as text first, for example with readFile(path, "utf8").',
  }),
  'input/not-a-list': ({ received }) => ({
    message: `Expected a list of workspace entries, but received ${received}.`,
    hint: 'Pass an array with one entry per file.',
  }),
  'input/not-json': ({ received }) => ({
    message: `The value holds ${received}, which a plan document cannot contain.`,
    hint: 'Use only strings, finite numbers, booleans, null, arrays and plain objects.',
  }),
  'input/forbidden-key': ({ key }) => ({
    message: `The key "${key}" is not allowed in a plan document.`,
    hint: 'Remove the key; it has a special meaning to JavaScript objects.',
  }),
  'document/not-an-object': ({ received }) => ({
    message: `A plan document must be a mapping of keys to values, not ${received}.`,
    hint: 'Start the document with `kind:` and `schemaVersion:`.',
  }),
  'document/missing-kind': ({ known }) => ({
    message: 'The document has no `kind`, so it cannot be validated.',
    hint: `Add \`kind\` with one of ${quoteList(known)}.`,
  }),
  'document/unknown-kind': ({ kind, known, suggestion }) => ({
    message: `"${kind}" is not a known document kind; the known kinds are ${quoteList(known, 'and')}.`,
    hint: didYouMean(suggestion),
  }),
  'document/unsupported-schema-version': ({ version, supported }) => ({
    message: `Schema version ${version} is not supported; this version of the SDK reads ${supported.join(', ')}.`,
    hint: 'Set `schemaVersion` to a supported version, or update the SDK.',
  }),
  'document/kind-mismatch': ({ kind, likely, fields }) => ({
    message: `The document declares \`kind: ${kind}\`, but its content is of the kind ${likely}: ${quoteList(fields, 'and')} ${fields.length === 1 ? 'is a field' : 'are fields'} of ${likely}, not of ${kind}.`,
    hint: `Set \`kind: ${likely}\` if the document is meant to be one; otherwise write it with the fields of ${kind}.`,
  }),
  'schema/missing-property': ({ key, expected }) => ({
    message: `The required field "${key}" is missing.`,
    hint: `Add "${key}" (${expected}).`,
  }),
  'schema/invalid-type': ({ expected, received, example }) => ({
    message: `Expected ${expected}, but found ${received}.`,
    hint: example === undefined ? undefined : `Write it as ${example}.`,
  }),
  'schema/unknown-key': ({ key, suggestion, allowed }) => ({
    message: `"${key}" is not a field here.`,
    hint: didYouMean(suggestion) ?? `The fields here are ${quoteList(allowed, 'and')}.`,
  }),
  'schema/invalid-value': ({ received, allowed, suggestion }) => ({
    message: `${received} is not one of the allowed values.`,
    hint: didYouMean(suggestion) ?? `Use ${quoteList(allowed)}.`,
  }),
  'schema/invalid-format': ({ format, received, example }) => ({
    message: `${received} is not a valid ${format}.`,
    hint: example === undefined ? undefined : `Write it like ${example}.`,
  }),
  'schema/too-small': ({ subject, minimum, inclusive }) => ({
    message: `The ${subject} must be ${inclusive ? 'at least' : 'greater than'} ${minimum}.`,
  }),
  'schema/too-big': ({ subject, maximum, inclusive }) => ({
    message: `The ${subject} must be ${inclusive ? 'at most' : 'less than'} ${maximum}.`,
  }),
  'schema/not-multiple': ({ divisor }) => ({
    message: `The number must be a multiple of ${divisor}.`,
  }),
  'schema/invalid': ({ detail }) => ({
    message: detail,
  }),
  'rule/crashed': ({ rule, error }) => ({
    message: `The rule "${rule}" stopped with an error (${error}), so the document was not fully checked.`,
    hint: `This is a fault in @itu-aicb/core, not in the document: please report it with this message. To check the rest meanwhile, turn the rule off with \`rules: { '${rule}': 'off' }\`.`,
  }),
  'suppression/missing-code': () => ({
    message: 'The suppression comment names no code, so it suppresses nothing.',
    hint: 'Name the codes it accepts before " -- ", such as `# aicb-disable-next-line plan/missing-estimates -- costed in the 2027 review`; every finding shows its code.',
  }),
  'suppression/missing-reason': ({ codes }) => ({
    message: `The suppression of ${quoteList(codes, 'and')} gives no reason, so it suppresses nothing.`,
    hint: 'Say why the finding is accepted after " -- ", such as `# aicb-disable-next-line plan/missing-estimates -- costed in the 2027 review`.',
  }),
  'suppression/unused': ({ codes }) => ({
    message: `The suppression of ${quoteList(codes, 'and')} matches no finding.`,
    hint: 'Remove it: the finding it was written for is gone, or it names the wrong code, line or pointer.',
  }),
  'suppression/expired': ({ codes, expires }) => ({
    message: `The suppression of ${quoteList(codes, 'and')} expired on ${expires}, so the findings it matched are reported again.`,
    hint: 'Fix the findings, or extend `expires` with a new reason.',
  }),
  'plan/duplicate-id': ({ id, collection, first }) => ({
    message: `The id "${id}" is used by more than one ${collection}; the first is at ${first}.`,
    hint: 'Give each one an id of its own: references must point to exactly one.',
  }),
  'plan/unresolved-objective': ({ measure, objective, known }) => ({
    message: `Measure "${measure}" refers to objective "${objective}", which this plan does not define.`,
    hint:
      known.length > 0
        ? `Use one of the objective ids: ${known.join(', ')}.`
        : 'Add the objective.',
  }),
  'plan/unresolved-milestone': ({ milestone, reference }) => ({
    message: `Milestone "${milestone}" depends on "${reference}", which is not a milestone of this plan.`,
    hint: 'Use the id of a milestone defined in a measure schedule.',
  }),
  'plan/unresolved-mandate': ({ measure, mandate, known }) => ({
    message: `Measure "${measure}" cites mandate "${mandate}", which the plan's mandates do not list.`,
    hint: known.length > 0 ? `Use one of: ${known.join(', ')}.` : 'Add the mandate to `mandates`.',
  }),
  'plan/milestone-cycle': ({ cycle }) => ({
    message: `Milestones depend on each other in a circle: ${cycle.join(' -> ')}.`,
    hint: 'Remove one of the dependencies so that the milestones can be reached in some order.',
  }),
  'plan/date-order': ({ what, start, end }) => ({
    message: `The ${what} ends (${end}) before it starts (${start}).`,
    hint: 'Swap the dates or correct the one that is wrong.',
  }),
  'plan/outside-period': ({ what, date, start, end }) => ({
    message: `The ${what} (${date}) falls outside the plan period ${start} to ${end}.`,
    hint: 'Move the date into the plan period, or extend the period.',
  }),
  'plan/milestone-outside-schedule': ({ milestone, due, start, end }) => ({
    message: `Milestone "${milestone}" is due on ${due}, outside its measure's schedule ${start} to ${end}.`,
    hint: "Move the milestone into the measure's schedule, or extend the schedule.",
  }),
  'plan/milestone-before-dependency': ({ milestone, due, dependency, dependencyDue }) => ({
    message: `Milestone "${milestone}" is due on ${due}, before "${dependency}" (${dependencyDue}), which it depends on.`,
    hint: 'Move one of the dates, or remove the dependency.',
  }),
  'plan/secured-exceeds-budget': ({ secured, amount, currency }) => ({
    message: `The secured amount (${secured} ${currency}) is above the budget (${amount} ${currency}).`,
    hint: 'Raise the budget, or lower the secured amount to what is committed for this measure.',
  }),
  'plan/breakdown-sum': ({ sum }) => ({
    message: `The budget lines add up to ${sum}%, not 100%.`,
    hint: 'Adjust the shares so that they add up to 100.',
  }),
  'plan/partner-financing-sum': ({ sum }) => ({
    message: `The partners' financing shares add up to ${sum}%, more than the whole budget.`,
    hint: 'Lower the shares so that they add up to at most 100.',
  }),
  'plan/amount-without-currency': ({ member }) => ({
    message: `The contribution of "${member}" has an amount but no currency.`,
    hint: 'Add `currency` with an ISO 4217 code such as "USD".',
  }),
  'plan/indicator-year-order': ({ indicator, baselineYear, targetYear }) => ({
    message: `Indicator "${indicator}" has its target year (${targetYear}) before its baseline year (${baselineYear}).`,
    hint: 'The target is reached after the baseline: check both years.',
  }),
  'plan/unknown-country': ({ country, suggestion }) => ({
    message: `"${country}" is not a known ISO 3166-1 alpha-3 country code.`,
    hint:
      suggestion === undefined
        ? 'Use an alpha-3 code such as "KEN" or "BGD".'
        : `Did you mean "${suggestion}"?`,
  }),
  'plan/unknown-office': ({ reference, suggestion }) => ({
    message: `"${reference}" is neither an ITU bureau (GS, BR, TSB, BDT) nor a known regional or area office.`,
    hint:
      suggestion === undefined ? `Use one of ${knownEntities()}.` : `Did you mean "${suggestion}"?`,
  }),
  'plan/unknown-sdg-target': ({ target }) => ({
    message: `"${target}" is written like an SDG target but is not one of the 169 targets.`,
    hint: 'Check the goal and target numbers against the SDG framework.',
  }),
  'plan/country-outside-region': ({ country, region, targetRegions }) => ({
    message: `Country "${country}" is in region ${region}, which is not among the measure's target regions (${targetRegions.join(', ')}).`,
    hint: `Add ${region} to targetRegions, or check the country code.`,
  }),
  'plan/objective-without-measure': ({ objective }) => ({
    message: `No measure serves objective "${objective}".`,
    hint: 'Add a measure for it, or drop the objective if the plan does not pursue it.',
  }),
  'plan/lead-also-contributor': ({ entity }) => ({
    message: `"${entity}" leads the measure and is also listed among its contributors.`,
    hint: 'Remove it from contributors: the lead takes part already.',
  }),
  'plan/duplicate-entry': ({ value, list }) => ({
    message: `"${value}" is listed more than once in ${list}.`,
    hint: 'Remove the repeated entry.',
  }),
  'plan/pillar-outside-objectives': ({ measure, pillar }) => ({
    message: `Measure "${measure}" addresses the pillar "${pillar}", which none of its objectives addresses.`,
    hint: 'Link the measure to an objective on that pillar, or add the pillar to one of its objectives.',
  }),
  'plan/missing-estimates': ({ measure, fields }) => ({
    message: `Measure "${measure}" has no estimate for ${fields.join(', ')}; prioritisation will treat them as missing.`,
    hint: 'Add the estimates under `estimates` so that the measure can be ranked on them.',
  }),
  'plan/global-with-targets': ({ measure, targets }) => ({
    message: `Measure "${measure}" is marked global but names ${targets} target region${targets === 1 ? '' : 's'} or countr${targets === 1 ? 'y' : 'ies'}; prioritisation would read only the targets.`,
    hint: 'Remove `global` if the measure serves its targets only, or remove the targets if it serves all countries.',
  }),
  'plan/long-period': ({ start, end, limit }) => ({
    message: `The plan period runs from ${start} to ${end}, longer than ${limit} years.`,
    hint: `Check the end year for a typing error; a plan longer than ${limit} years is better split into successive plans.`,
  }),
  'plan/mandate-after-plan': ({ mandate, year, end }) => ({
    message: `Mandate "${mandate}" is dated ${year}, after the plan ends on ${end}.`,
    hint: 'Check the year of adoption (or of the amendment cited), or the end of the plan period.',
  }),
  'plan/first-results-after-end': ({ measure, months, runs, end }) => ({
    message: `Measure "${measure}" expects first results ${months} months after its start, but it runs only ${runs} months, until ${end}.`,
    hint: 'Lower `estimates.monthsToFirstResults`, or extend the schedule.',
  }),
  'plan/non-budget-currency': ({ currency, what }) => ({
    message: `The ${what} is in "${currency}", an ISO 4217 code that is not money for a budget.`,
    hint: 'Use the code of the currency the money is held in, such as "USD" or "CHF"; XXX, XTS, the precious metals (XAU, XAG, XPT, XPD) and the bond-market units (XBA to XBD) are not.',
  }),
  'plan/partner-finances-nothing': ({ measure, partner }) => ({
    message: `Partner "${partner}" of measure "${measure}" has the role "funding" but finances 0% of the budget.`,
    hint: 'Give its share in `financingPercent`, drop `financingPercent` if the share is not known yet, or give the partner its real role.',
  }),
  'plan/duplicate-partner': ({ measure, partner }) => ({
    message: `Partner "${partner}" is listed more than once on measure "${measure}".`,
    hint: 'List each partner once; a partner with several roles keeps the main one, with its whole financing share.',
  }),
  'plan/lead-bureau-participating': ({ bureau }) => ({
    message: `The lead bureau ${bureau} is also listed among the participating bureaus.`,
    hint: 'Remove it from `participatingBureaus`: that list names the other bureaus.',
  }),
  'plan/lead-outside-arrangements': ({ measure, lead, taking, list }) => ({
    message: `Measure "${measure}" is led by "${lead}", which takes no part in the plan's arrangements (${taking.length === 0 ? 'none listed' : `taking part: ${quoteList(taking, 'and')}`}).`,
    hint: `Add "${lead}" to \`arrangements.${list}\`, or give the measure a lead that takes part.`,
  }),
  'plan/region-without-country': ({ measure, region, countries }) => ({
    message: `Measure "${measure}" targets region ${region}, but none of its target countries (${quoteList(countries, 'and')}) is in ${region}.`,
    hint: `Add the countries of ${region} the measure reaches, or remove ${region} from \`targetRegions\`.`,
  }),
  'plan/chair-not-member': ({ chair, members }) => ({
    message: `The communication group is chaired by "${chair}", which is not among its members (${quoteList(members, 'and')}).`,
    hint: `Add "${chair}" to \`members\`, or correct the chair.`,
  }),
  'plan/done-milestone-in-pipeline': ({ milestone, measure }) => ({
    message: `Milestone "${milestone}" is marked done, but its measure "${measure}" is still in the pipeline.`,
    hint: 'Move the measure to "implementation" (or later), or set `done: false`.',
  }),
  'plan/country-not-itu-member': ({ country, date }) => ({
    message: `"${country}" (${countryName(country)}) is not an ITU Member State on ${date}, the start of the plan.`,
    hint: 'Check the country code; a non-member can take part through a Member State or as an observer, which the measure description should say.',
  }),
  'plan/duplicate-title': ({ title, collection, first }) => ({
    message: `Two ${collection} have the title "${title}"; the first is at ${first}.`,
    hint: 'Give each a title that says how it differs, or merge them.',
  }),
  'plan/indicator-without-unit': ({ indicator }) => ({
    message: `Indicator "${indicator}" has no unit, so its baseline and target cannot be read.`,
    hint: 'Add `unit`, e.g. "people trained" or "%".',
  }),
  'plan/indicator-target-outside-period': ({ indicator, year, first, last }) => ({
    message: `Indicator "${indicator}" has its target in ${year}, outside the years of the plan (${first} to ${last}).`,
    hint: 'Set a target for a year of the plan, as a step towards the later one, or correct the year.',
  }),
  'plan/financing-without-budget': ({ measure }) => ({
    message: `Partners of measure "${measure}" finance a share of it, but the measure states no budget.`,
    hint: 'Add `budget` with the amount and currency, or leave out `financingPercent` until the budget is known.',
  }),
  'catalogue/duplicate-id': ({ id, first }) => ({
    message: `The initiative id "${id}" is used more than once; the first is at ${first}.`,
    hint: 'Give each initiative an id of its own.',
  }),
  'catalogue/date-order': ({ initiative, start, end }) => ({
    message: `Initiative "${initiative}" ends (${end}) before it starts (${start}).`,
    hint: 'Correct the start or the end.',
  }),
  'catalogue/unknown-office': ({ reference, suggestion }) => ({
    message: `"${reference}" is neither an ITU bureau nor a known regional or area office.`,
    hint:
      suggestion === undefined ? `Use one of ${knownEntities()}.` : `Did you mean "${suggestion}"?`,
  }),
  'catalogue/ended-but-active': ({ initiative, end, asOf }) => ({
    message: `Initiative "${initiative}" is marked active, but it ended on ${end}, before the catalogue date ${asOf}.`,
    hint: 'Set the status to "completed" or "discontinued", or correct the end date.',
  }),
  'catalogue/over-without-end': ({ initiative, status }) => ({
    message: `Initiative "${initiative}" is ${status} but has no end date.`,
    hint: 'Add the date it ended.',
  }),
  'catalogue/reach-after-as-of': ({ initiative, figureAsOf, asOf }) => ({
    message: `A reach figure of "${initiative}" is dated ${figureAsOf}, after the catalogue date ${asOf}.`,
    hint: "Check the figure's date, or move the catalogue date forward.",
  }),
  'catalogue/duplicate-entry': ({ value, list }) => ({
    message: `"${value}" is listed more than once in ${list}.`,
    hint: 'Remove the repeated entry.',
  }),
  'catalogue/active-before-start': ({ initiative, start, asOf }) => ({
    message: `Initiative "${initiative}" is marked active, but it starts ${start}, after the catalogue date ${asOf}.`,
    hint: 'Set the status to "planned", or correct the start date.',
  }),
  'assessment/unknown-country': ({ country, suggestion }) => ({
    message: `"${country}" is not a known ISO 3166-1 alpha-3 country code.`,
    hint:
      suggestion === undefined
        ? 'Use an alpha-3 code such as "KEN".'
        : `Did you mean "${suggestion}"?`,
  }),
  'assessment/no-pillars': () => ({
    message: 'The assessment does not assess any pillar.',
    hint: 'Add at least one pillar under `pillars` with its current and target level.',
  }),
  'assessment/target-below-current': ({ pillar, current, target }) => ({
    message: `The target level of "${pillar}" (${target}) is below its current level (${current}).`,
    hint: 'A target is where the country wants to be: check both levels.',
  }),
  'assessment/need-pillar-not-assessed': ({ pillar }) => ({
    message: `A priority need names the pillar "${pillar}", which the assessment does not assess.`,
    hint: 'Assess the pillar under `pillars`, or move the need to an assessed pillar.',
  }),
  'assessment/unknown-framework-version': ({ framework, version, known }) => ({
    message: `"${version}" is not a version of ${framework} that the framework table knows, so its dimensions cannot be mapped onto the pillars.`,
    hint: `Use one of the known versions: ${known.map((candidate) => `"${candidate}"`).join(', ')}; or use framework "custom" and describe the method.`,
  }),
  'profile/duplicate-criterion': ({ id, first }) => ({
    message: `The criterion "${id}" is already listed at ${first}.`,
    hint: 'List each criterion once.',
  }),
  'profile/unknown-criterion': ({ id, suggestion }) => ({
    message: `"${id}" is not a built-in criterion, and it has no \`field\` to read.`,
    hint:
      didYouMean(suggestion) ??
      'Use a built-in criterion, or add `field` and `direction` for a criterion of your own.',
  }),
  'profile/invalid-field': ({ id, problem, field, suggestion }) =>
    problem === 'built-in'
      ? {
          message: `"${id}" is a built-in criterion; it cannot read a field.`,
          hint: 'Remove `field`, or give your own criterion another id.',
        }
      : problem === 'unknown-field'
        ? {
            message: `The criterion "${id}" reads "${field ?? ''}", which is not a numeric measure field.`,
            hint:
              didYouMean(suggestion) ??
              'Use a numeric measure field such as "budget.amount", a list such as "targetCountries" (counted), or "estimates.scores.<name>".',
          }
        : {
            message: `The criterion "${id}" has no \`direction\`.`,
            hint: 'Add `direction: benefit` (more is better) or `direction: cost` (less is better).',
          },
  'profile/weighting': ({ problem, detail }) => {
    switch (problem) {
      case 'missing-weight':
        return {
          message: `The criterion "${detail}" has no weight, and the weighting is direct.`,
          hint: 'Give every criterion a `weight`, or choose another weighting.',
        };
      case 'zero-weights':
        return {
          message: 'Every criterion weighs 0, so nothing can be ranked.',
          hint: 'Give at least one criterion a weight above 0.',
        };
      case 'matrix-size':
        return {
          message: `The AHP judgements must form a ${detail} matrix: one row and one column per criterion, in the order of \`criteria\`.`,
        };
      case 'diagonal':
        return {
          message: `The AHP judgement of a criterion against itself must be 1 (${detail}).`,
        };
      case 'not-reciprocal':
        return {
          message: `The AHP judgements are not reciprocal: ${detail} must be 1 divided by its mirror entry.`,
          hint: 'If criterion i is 3 times as important as j, write 3 at (i, j) and 1/3 at (j, i).',
        };
      case 'unknown-in-order':
        return {
          message: `The rank order names "${detail}", which is not one of the criteria.`,
        };
      case 'incomplete-order':
        return {
          message:
            detail === ''
              ? 'The rank order lists a criterion more than once.'
              : `The rank order leaves out ${detail}.`,
          hint: 'List every criterion exactly once, most important first.',
        };
    }
  },
  'profile/preference-thresholds': ({ type }) => ({
    message: `The ${type} preference function lacks the thresholds it needs, or q is not below p.`,
    hint: 'u-shape needs q; v-shape needs p above 0; level and linear need q below p; gaussian needs s above 0.',
  }),
  'profile/unused-setting': ({ setting, applies }) => ({
    message: `\`${setting}\` applies only to ${applies}, so it has no effect here.`,
    hint: 'Remove it, or choose the method or weighting it belongs to.',
  }),
  'profile/inconsistent-judgements': ({ ratio, limit, table, lambdaMax }) => ({
    message: `The AHP judgements are inconsistent: the consistency ratio is ${ratio} (lambda max ${lambdaMax}, random index ${table}), above the limit of ${limit}.`,
    hint: 'Review the pairwise judgements that contradict each other (if A beats B and B beats C, A should beat C by more), or raise `maxConsistencyRatio` on purpose.',
  }),
  'report/date-order': ({ start, end }) => ({
    message: `The report period starts on ${start}, after it ends on ${end}.`,
    hint: 'Swap the dates, or correct the one that is wrong.',
  }),
  'report/after-as-of': ({ what, date, asOf }) => ({
    message: `${what} is dated ${date}, after the report's as-of date ${asOf}.`,
    hint: 'A report speaks for its as-of date: correct the date, or move `asOf` later.',
  }),
  'report/duplicate-entry': ({ value, list }) => ({
    message: `"${value}" appears more than once in \`${list}\`.`,
    hint: 'Report each item once, with all its figures together.',
  }),
  'report/unknown-plan': ({ plan, known, suggestion }) => ({
    message:
      known.length === 0
        ? `The report is on plan "${plan}", but no work plan was given with it.`
        : `The report is on plan "${plan}", which is not among the work plans given (${quoteList(known, 'and')}).`,
    hint: didYouMean(suggestion) ?? 'Check the files together with the work plan they report on.',
  }),
  'report/outside-plan-period': ({ start, end, planStart, planEnd, plan }) => ({
    message: `The report period ${start} to ${end} is not within the period of plan "${plan}" (${planStart} to ${planEnd}).`,
    hint: 'Correct the report period, or the plan period if it has changed.',
  }),
  'report/unknown-reference': ({ what, reference, plan, owner, suggestion }) => ({
    message:
      owner === undefined
        ? `The report names the ${what} "${reference}", which plan "${plan}" does not have.`
        : `The report names the ${what} "${reference}", which "${owner}" of plan "${plan}" does not have.`,
    hint:
      didYouMean(suggestion) ??
      (what === 'contribution'
        ? 'Report deliveries against the contributions listed under `arrangements.contributions` of the plan (same member and kind).'
        : `Use the id of a ${what} of the plan.`),
  }),
  'report/milestone-before-start': ({ milestone, measure, achieved, start }) => ({
    message: `Milestone "${milestone}" is reported achieved on ${achieved}, before measure "${measure}" starts on ${start}.`,
    hint: 'Check the date it was reached, or the start of the measure.',
  }),
  'report/spend-currency': ({ measure, currency, budget }) => ({
    message:
      budget === undefined
        ? `Measure "${measure}" reports spend in ${currency}, but has no budget to compare it with.`
        : `Measure "${measure}" reports spend in ${currency}, but its budget is in ${budget}; the two cannot be compared.`,
    hint:
      budget === undefined
        ? 'Give the measure a budget in the plan.'
        : `Report the spend in ${budget}, converted at the rate of the day it was spent.`,
  }),
  'report/spend-above-budget': ({ measure, spent, budget, currency }) => ({
    message: `Measure "${measure}" has spent ${currency} ${spent.toLocaleString('en')}, above its budget of ${currency} ${budget.toLocaleString('en')}.`,
    hint: 'Check the spend, or revise the budget in the plan.',
  }),
  'report/spend-decrease': ({ measure, spent, earlier, currency, report }) => ({
    message: `Measure "${measure}" reports ${currency} ${spent.toLocaleString('en')} spent to date, less than the ${currency} ${earlier.toLocaleString('en')} of the earlier report "${report}"; spend is cumulative and cannot fall.`,
    hint: 'Report the spend since the measure started, not in the period only; a correction belongs in the narrative.',
  }),
  'report/overlapping-periods': ({ plan, report, start, end }) => ({
    message: `The report period overlaps the period of report "${report}" on plan "${plan}" (${start} to ${end}).`,
    hint: 'Give each report of a plan its own period, one after the other.',
  }),
  'report/implausible-status': ({ measure, from, to, report }) => ({
    message: `Measure "${measure}" goes from "${from}" in report "${report}" to "${to}"; a measure does not go back so.`,
    hint: 'Check the status; a measure that resumes after being closed or cancelled is best added to the plan as a new measure.',
  }),
  'report/indicator-unit': ({ indicator, unit, planUnit }) => ({
    message:
      planUnit === undefined
        ? `Indicator "${indicator}" is reported in "${unit}", but the plan gives it no unit.`
        : `Indicator "${indicator}" is reported in "${unit}", but the plan measures it in "${planUnit}".`,
    hint:
      planUnit === undefined
        ? 'Give the indicator its unit in the plan.'
        : `Convert the value to "${planUnit}", or drop \`unit\` when it is the same.`,
  }),
  'report/milestone-entry': ({ milestone, measure, both }) => ({
    message: both
      ? `Milestone "${milestone}" of measure "${measure}" is given both as reached (achieved) and as re-forecast (forecast).`
      : `Milestone "${milestone}" of measure "${measure}" is given neither a date reached (achieved) nor a new date (forecast).`,
    hint: both
      ? 'Keep `achieved` if the milestone was reached, otherwise keep `forecast` and drop `achieved`.'
      : 'Add `achieved` with the date it was reached, or `forecast` with the date it is now expected; or leave the milestone out.',
  }),
  'report/group-above-total': ({ measure, group, count, total }) => ({
    message: `Measure "${measure}" reports ${count.toLocaleString('en')} people reached in the group "${group}", more than the ${total.toLocaleString('en')} it reached in all.`,
    hint: 'Correct the count of the group or the total; a person may count in several groups, but each group is part of the total.',
  }),
  'report/amount-without-currency': ({ member }) => ({
    message: `The contribution delivered by "${member}" has an amount but no currency.`,
    hint: 'Add `currency` with the ISO 4217 code of the amount, such as "USD".',
  }),
  'report/non-budget-currency': ({ currency, measure, member }) => ({
    message:
      measure === undefined
        ? `The contribution delivered by "${member ?? ''}" is in "${currency}", an ISO 4217 code that is not money.`
        : `The spend of measure "${measure}" is in "${currency}", an ISO 4217 code that is not money.`,
    hint: 'Use the code of the currency the money was paid in, such as "USD" or "CHF"; XXX, XTS, the precious metals (XAU, XAG, XPT, XPD) and the bond-market units (XBA to XBD) are not.',
  }),
  'report/contribution-currency': ({ member, currency, pledged }) => ({
    message: `The contribution of "${member}" is delivered in ${currency}, but it was pledged in ${pledged}; the two cannot be compared.`,
    hint: `Report the amount delivered in ${pledged}, converted at the rate of the day it was delivered.`,
  }),
  'workspace/duplicate-document-id': ({ id, kind, first }) => ({
    message: `Another ${kind} has the id "${id}" (${first}).`,
    hint: 'Give every document of a kind an id of its own.',
  }),
  'workspace/duplicate-initiative-id': ({ id, first }) => ({
    message: `The initiative id "${id}" is also used in ${first}.`,
    hint: 'Initiative ids must be unique across all catalogues, since measures refer to them.',
  }),
  'workspace/unresolved-initiative': ({ measure, initiative, suggestion, catalogues }) => ({
    message:
      catalogues === 0
        ? `Measure "${measure}" builds on initiative "${initiative}", but no initiative catalogue was given.`
        : `Measure "${measure}" builds on initiative "${initiative}", which no catalogue lists.`,
    hint:
      suggestion === undefined
        ? 'Add the initiative to a catalogue, or correct the id.'
        : `Did you mean "${suggestion}"?`,
  }),
  'workspace/duplicate-assessment': ({ scope, date, first }) => ({
    message: `Another assessment of ${scope} has the same date ${date} (${first}).`,
    hint: 'Keep one assessment per scope and date, or correct the date.',
  }),
  'workspace/missing-exchange-rate': ({ measure, currency, reference, profile, fromProfile }) => ({
    message: `Measure "${measure}" is budgeted in ${currency}, but scoring profile "${profile}" compares costs in ${reference} and has no rate for ${currency}; prioritisation treats its cost per beneficiary as missing.`,
    hint: fromProfile
      ? `Add \`${currency}\` under \`currency.rates\` in the profile (how many ${reference} one ${currency} is worth).`
      : `Add \`currency: { code: ${reference}, rates: { ${currency}: ... } }\` to the profile; without it, costs are compared in the plan's most used currency, ${reference}.`,
  }),
};
