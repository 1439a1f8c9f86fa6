// The public surface of @itu-aicb/scoring (see the core package's public-api.ts).
import * as scoring from '@itu-aicb/scoring';
import { describePublicApi } from '../../core/test/public-api.js';

describePublicApi('@itu-aicb/scoring', new URL('../src/index.ts', import.meta.url), scoring);
