import type { PriorityCriterion } from '@itu-aicb/core';
import { alignment } from './alignment.js';
import { coFinancing } from './co-financing.js';
import { coordination } from './coordination.js';
import { costPerBeneficiary } from './cost-per-beneficiary.js';
import type { BuiltInCriterion } from './criterion.js';
import { feasibility } from './feasibility.js';
import { initiativeLeverage } from './initiative-leverage.js';
import { needSeverity } from './need-severity.js';
import { risk } from './risk.js';
import { timeToResults } from './time-to-results.js';
import { vulnerableReach } from './vulnerable-reach.js';

/**
 * The built-in criteria by name, one file each; labels and directions are core's
 * (`PRIORITY_CRITERION_INFO`), since a profile is written with them.
 */
export const BUILT_IN_CRITERIA: Readonly<Record<PriorityCriterion, BuiltInCriterion>> = {
  'need-severity': needSeverity,
  'vulnerable-reach': vulnerableReach,
  'cost-per-beneficiary': costPerBeneficiary,
  'initiative-leverage': initiativeLeverage,
  'co-financing': coFinancing,
  coordination,
  alignment,
  feasibility,
  risk,
  'time-to-results': timeToResults,
};
