// The page: checks the pasted or dropped file together with the example workspace, shows each
// finding with its line and column, the measures ranked by the scoring profile, and the report of
// the workspace that `aicb report` writes, with the same charts (and, from the example's progress
// reports, the plan's health and the three lenses of its section 6, as of today).
import { validateWorkspaceText } from '@itu-aicb/core';
import type { PlanDocument, SourceText, ValidationIssue } from '@itu-aicb/core';
import { monitoringFromReports, renderPlanReport } from '@itu-aicb/report';
import { prioritizeMeasures } from '@itu-aicb/scoring';

declare const EXAMPLE_WORKSPACE: SourceText[];

const input = document.querySelector<HTMLTextAreaElement>('#input');
const findingsView = document.querySelector<HTMLElement>('#findings');
const rankingView = document.querySelector<HTMLElement>('#ranking');
const drop = document.querySelector<HTMLElement>('#drop');
const exampleButton = document.querySelector<HTMLButtonElement>('#example');
const reportView = document.querySelector<HTMLIFrameElement>('#report');
const USER_FILE = 'pasted file';

function element(tag: string, text: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className !== undefined) node.className = className;
  return node;
}

function showFinding(issue: ValidationIssue): HTMLElement {
  const box = element('div', '', `finding ${issue.severity}`);
  const where = issue.position
    ? `${issue.source ?? ''}:${issue.position.line}:${issue.position.column}`
    : (issue.source ?? '');
  box.append(
    element('code', `${where} ${issue.severity} ${issue.code}`),
    document.createElement('br'),
  );
  box.append(element('span', issue.message));
  if (issue.hint !== undefined)
    box.append(document.createElement('br'), element('span', issue.hint, 'hint'));
  return box;
}

function kindOf(text: string): string | undefined {
  return /^\s*["']?kind["']?\s*:\s*["']?(\w+)/m.exec(text)?.[1];
}

function check(text: string): void {
  if (!findingsView || !rankingView) return;
  // The pasted file replaces the example file of the same kind (all assessments stay).
  const kind = kindOf(text);
  const others = EXAMPLE_WORKSPACE.filter(
    (file) => kind === 'NeedsAssessment' || kindOf(file.text) !== kind,
  );
  const result = validateWorkspaceText([{ source: USER_FILE, text }, ...others]);
  findingsView.replaceChildren();
  const mine = [...result.issues, ...result.warnings].filter((issue) => issue.source === USER_FILE);
  if (mine.length === 0) findingsView.append(element('p', 'No findings: the file is valid.', 'ok'));
  for (const issue of mine) findingsView.append(showFinding(issue));
  for (const issue of result.issues.filter((i) => i.source !== USER_FILE))
    findingsView.append(showFinding(issue));

  rankingView.replaceChildren();
  const documents: PlanDocument[] = result.documents.flatMap(({ result: r }) =>
    r.ok ? [r.value] : [],
  );
  const plan = documents.find((d) => d.kind === 'WorkPlan');
  const profile = documents.find((d) => d.kind === 'ScoringProfile');
  const assessments = documents.flatMap((d) => (d.kind === 'NeedsAssessment' ? [d] : []));
  const catalogues = documents.flatMap((d) => (d.kind === 'InitiativeCatalogue' ? [d] : []));
  if (reportView) {
    const asOf = new Date().toISOString().slice(0, 10);
    const reports = documents.flatMap((d) => (d.kind === 'ProgressReport' ? [d] : []));
    reportView.srcdoc = renderPlanReport({
      plan: plan?.kind === 'WorkPlan' ? plan : undefined,
      profile: profile?.kind === 'ScoringProfile' ? profile : undefined,
      assessments,
      catalogues,
      findings: [...result.issues, ...result.warnings],
      asOf,
      sensitivity: { samples: 1000, seed: 1 },
      monitoring:
        plan?.kind === 'WorkPlan' && reports.length > 0
          ? monitoringFromReports({ plan, reports, asOf, assessments, catalogues })
          : undefined,
    });
  }
  if (plan?.kind !== 'WorkPlan' || profile?.kind !== 'ScoringProfile') {
    rankingView.append(element('p', 'The ranking needs a valid work plan and scoring profile.'));
    return;
  }
  try {
    const ranked = prioritizeMeasures({ plan, profile, assessments, catalogues });
    rankingView.append(element('p', ranked.scoreMeaning, 'hint'));
    const table = document.createElement('table');
    const head = document.createElement('tr');
    for (const title of ['#', 'Measure', 'Score', 'Data', 'Why']) head.append(element('th', title));
    table.append(head);
    for (const entry of ranked.ranking) {
      const row = document.createElement('tr');
      const { measured, criteria } = entry.completeness;
      row.append(
        element('td', String(entry.rank), 'num'),
        element('td', `${entry.measureId}: ${entry.title}`),
        element('td', entry.score.toFixed(3), 'num'),
        element('td', `${measured}/${criteria}`, 'num'),
        element('td', entry.reason),
      );
      table.append(row);
    }
    rankingView.append(table);
    if (ranked.incomplete.length > 0) {
      rankingView.append(element('h3', 'Not enough data to rank'));
      const list = document.createElement('ul');
      list.id = 'incomplete';
      for (const entry of ranked.incomplete) {
        const { measured, criteria } = entry.completeness;
        list.append(
          element(
            'li',
            `${entry.measureId}: ${entry.title} (${measured} of ${criteria} criteria measured)`,
          ),
        );
      }
      rankingView.append(list);
    }
    for (const note of ranked.notes) rankingView.append(element('p', note, 'hint'));
  } catch (error) {
    rankingView.append(element('p', error instanceof Error ? error.message : String(error)));
  }
}

function loadExample(): void {
  const plan = EXAMPLE_WORKSPACE.find((file) => kindOf(file.text) === 'WorkPlan');
  if (input && plan) {
    input.value = plan.text;
    check(plan.text);
  }
}

input?.addEventListener('input', () => {
  check(input.value);
});
exampleButton?.addEventListener('click', loadExample);
drop?.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.classList.add('over');
});
drop?.addEventListener('dragleave', () => {
  drop.classList.remove('over');
});
drop?.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  const file = event.dataTransfer?.files[0];
  if (file && input) {
    void file.text().then((text) => {
      input.value = text;
      check(text);
    });
  }
});
loadExample();
