// Validates every plan file of this example as one workspace and prints the findings with their
// line and column, a summary of the plan, the measures ranked by the scoring profile with the
// reason for each rank and how stable the top is, every assessed need no measure addresses, and
// the plan's health and the three lenses of Council Resolution 1332 as of 2026-12-01, from the
// progress reports; then writes the HTML report of the workspace (with the same health and lenses
// in its section 6) into dist/report.html and prints its path. Exits with 1 when any document has an error.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planHealth, summarizeWorkPlan, validateWorkspaceText } from '@itu-aicb/core';
import {
  monitoringFromReports,
  renderPlanReport,
  scoreInWords,
  stabilityCaveat,
} from '@itu-aicb/report';
import {
  needsCoverage,
  prioritizationSensitivity,
  prioritizeMeasures,
  resolution1332Lenses,
} from '@itu-aicb/scoring';

const root = fileURLToPath(new URL('.', import.meta.url));
/** Random weight vectors of the stability analysis, and their seed: the same as the report's. */
const SENSITIVITY = { samples: 1000, seed: 1 };

/** The date the plan's health is read on: just before the first-year review of 2026-12-15. */
const AS_OF = '2026-12-01';

function planFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'dist' ? [] : planFiles(path);
    return /\.(ya?ml|json)$/.test(entry.name) && entry.name !== 'package.json' ? [path] : [];
  });
}

const files = planFiles(root)
  .sort()
  .map((path) => ({ source: relative(root, path), text: readFileSync(path, 'utf8') }));
const result = validateWorkspaceText(files);

for (const issue of [...result.issues, ...result.warnings]) {
  const where = issue.position
    ? `${issue.source}:${issue.position.line}:${issue.position.column}`
    : issue.source;
  console.log(`${where}  ${issue.severity}  ${issue.code}  ${issue.message}`);
  if (issue.hint) console.log(`    hint: ${issue.hint}`);
}

for (const { source, result: document } of result.documents) {
  if (document.ok && document.value.kind === 'WorkPlan') {
    const summary = summarizeWorkPlan(document.value);
    console.log(`\n${source}: ${document.value.title.en}`);
    console.log(
      `  ${summary.total.measures} measures, ${document.value.objectives.length} objectives`,
    );
    for (const [currency, money] of Object.entries(summary.total.budget)) {
      console.log(
        `  budget ${currency} ${money.amount.toLocaleString('en')} (secured ${money.secured.toLocaleString('en')})`,
      );
    }
    for (const [pillar, group] of Object.entries(summary.byPillar)) {
      console.log(`  ${pillar.padEnd(16)} ${group.measures} measure(s)`);
    }
  }
}

const valid = result.documents.flatMap(({ result: document }) =>
  document.ok ? [document.value] : [],
);
const ofKind = (kind) => valid.filter((document) => document.kind === kind);
const [plan] = ofKind('WorkPlan');
const [profile] = ofKind('ScoringProfile');
if (result.ok && plan !== undefined && profile !== undefined) {
  const assessments = ofKind('NeedsAssessment');
  const catalogues = ofKind('InitiativeCatalogue');
  const ranked = prioritizeMeasures({ plan, profile, assessments, catalogues });
  console.log(`\nPriorities (${ranked.method}, profile ${ranked.profile}):`);
  console.log(`  ${ranked.scoreMeaning}`);
  if (ranked.ranking[0] !== undefined)
    console.log(`  ${scoreInWords(ranked.ranking[0].score, ranked.method)}`);
  console.log(`  rank measure   score  data  title`);
  for (const entry of ranked.ranking) {
    const data = `${entry.completeness.measured}/${entry.completeness.criteria}`;
    console.log(
      `  ${String(entry.rank).padStart(2)}. ${entry.measureId.padEnd(9)} ${entry.score.toFixed(3)}  ${data.padStart(5)}  ${entry.title}`,
    );
    console.log(`      ${entry.reason}`);
  }
  if (ranked.incomplete.length > 0) console.log('  Not enough data to rank:');
  for (const entry of ranked.incomplete) {
    const data = `${entry.completeness.measured}/${entry.completeness.criteria}`;
    console.log(`   -  ${entry.measureId.padEnd(9)} ${data} measured  ${entry.title}`);
    console.log(`      missing: ${entry.missing.join('; ')}`);
  }
  for (const note of ranked.notes) console.log(`  note: ${note}`);
  const sensitivity = prioritizationSensitivity(ranked, profile, SENSITIVITY);
  const top = ranked.ranking[0];
  const first = sensitivity.acceptability.find((entry) => entry.measureId === top?.measureId);
  const caveat = stabilityCaveat(ranked, sensitivity);
  console.log(
    `\nStability: ${
      caveat ??
      `${top?.measureId} is first in ${((first?.byRank[0] ?? 0) * 100).toFixed(1)}% of ${SENSITIVITY.samples.toLocaleString('en')} random weightings (expected rank ${first?.expectedRank.toFixed(2)}).`
    }`,
  );
  const { uncovered, overlaps } = needsCoverage({ plan, assessments, catalogues });
  console.log(`\nAssessed needs no measure addresses (${uncovered.length}), most severe first:`);
  for (const need of uncovered) {
    console.log(
      `  ${need.place} ${need.pillar.padEnd(14)} gap ${need.gap}, severity ${need.severity.toFixed(2)}`,
    );
  }
  console.log(
    `\nPlaces where measures or initiatives of different bureaus serve the same pillar and region (${overlaps.length}):`,
  );
  for (const overlap of overlaps) {
    console.log(
      `  ${overlap.pillar.padEnd(14)} ${overlap.region.padEnd(6)} ${overlap.bureaus.join(', ')}: ${overlap.items.map((item) => item.id).join(', ')}`,
    );
  }
}

const reports = ofKind('ProgressReport');
if (result.ok && plan !== undefined && reports.length > 0) {
  const percent = (share) => (share === undefined ? '-' : `${Math.round(share * 100)}%`);
  const health = planHealth(plan, reports, AS_OF);
  console.log(`\nPlan health as of ${health.asOf} (reports ${health.reports.join(', ')}):`);
  console.log(`  measure    state        status          spent of budget     milestones  why`);
  for (const measure of health.measures) {
    const spent = measure.spend
      ? `${measure.spend.currency} ${measure.spend.amount.toLocaleString('en')} (${percent(measure.spend.rate)})`
      : '-';
    const milestones = `${measure.milestones.achieved}/${measure.milestones.total}`;
    const why = measure.signals.map((signal) => `${signal.signal} ${signal.subject}`).join('; ');
    console.log(
      `  ${measure.measure.padEnd(10)} ${measure.state.padEnd(12)} ${measure.status.padEnd(15)} ${spent.padEnd(19)} ${milestones.padStart(10)}  ${why}`,
    );
  }
  const states = Object.entries(health.totals.states).filter(([, count]) => count > 0);
  console.log(`  ${states.map(([state, count]) => `${count} ${state}`).join(', ')}`);
  for (const [bureau, rollup] of Object.entries(health.byBureau)) {
    const counts = Object.entries(rollup.states).filter(([, count]) => count > 0);
    console.log(
      `  ${bureau.padEnd(4)} ${counts.map(([state, count]) => `${count} ${state}`).join(', ')}`,
    );
  }
  for (const overdue of health.overdueMilestones) {
    console.log(
      `  overdue: ${overdue.milestone} of ${overdue.measure}, due ${overdue.due}, ${overdue.daysOverdue} days`,
    );
  }
  for (const [currency, execution] of Object.entries(health.budgetExecution)) {
    console.log(
      `  budget ${currency}: ${execution.spent.toLocaleString('en')} spent of ${execution.budget.toLocaleString('en')} (${percent(execution.rate)})`,
    );
  }
  const catalogues = ofKind('InitiativeCatalogue');
  const assessments = ofKind('NeedsAssessment');
  const { intersectoral, regional, membership } = resolution1332Lenses({
    plan,
    reports,
    asOf: AS_OF,
    assessments,
    catalogues,
  });
  const covered = intersectoral.overlaps.filter((overlap) => overlap.coveredBy.length > 0).length;
  console.log('\nCouncil Resolution 1332 lenses:');
  console.log(
    `  Intersectoral coordination: ${intersectoral.jointMeasures.length} of ${intersectoral.measures} measures joint (${percent(intersectoral.jointShare)}); ${covered} of ${intersectoral.overlaps.length} overlaps between bureaus covered by a joint measure; ${intersectoral.meetings.held} meetings held, ${intersectoral.meetings.expected} expected (${intersectoral.meetings.cadence}, ${intersectoral.meetings.cadenceSource} cadence)`,
  );
  const groups = Object.entries(regional.countries.byGroup)
    .map(([group, count]) => `${group.toUpperCase()} ${count.reached}/${count.targeted}`)
    .join(', ');
  console.log(
    `  Regional empowerment: ${regional.officeLed.length} measure(s) led and ${regional.officeCoLed.length} co-led by offices (${percent(regional.officeShare)}); ${regional.countries.reached} of ${regional.countries.targeted} targeted countries reached (${groups})`,
  );
  console.log(
    `  Membership engagement: ${membership.delivered} of ${membership.pledged} pledges delivered (${percent(membership.deliveryShare)}); ${membership.contributingMembers.length} contributing member(s); partners: ${Object.entries(
      membership.partnersByRole,
    )
      .map(([role, names]) => `${names.length} ${role}`)
      .join(', ')}`,
  );
}

// The report takes whatever is valid, and lists every finding; with the progress reports, its
// section 6 shows the health and the lenses printed above, on the same date.
const out = join(root, 'dist');
mkdirSync(out, { recursive: true });
const report = join(out, 'report.html');
const page = renderPlanReport({
  plan,
  profile,
  assessments: ofKind('NeedsAssessment'),
  catalogues: ofKind('InitiativeCatalogue'),
  findings: [...result.issues, ...result.warnings],
  asOf: AS_OF,
  sensitivity: SENSITIVITY,
  monitoring:
    plan === undefined || reports.length === 0
      ? undefined
      : monitoringFromReports({
          plan,
          reports,
          asOf: AS_OF,
          assessments: ofKind('NeedsAssessment'),
          catalogues: ofKind('InitiativeCatalogue'),
        }),
});
if (plan !== undefined && reports.length > 0 && !page.includes('<section id="monitoring"')) {
  throw new Error('the report lost section 6, plan health and monitoring');
}
writeFileSync(report, page);
console.log(`\nReport: ${report}`);

const errors = result.issues.length;
console.log(
  `\n${files.length} files checked: ${errors} error(s), ${result.warnings.length} warning(s) or note(s).`,
);
process.exitCode = result.ok ? 0 : 1;
