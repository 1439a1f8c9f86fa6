// The public surface of @itu-aicb/report (see the core package's public-api.ts).
import * as report from '@itu-aicb/report';
import { describePublicApi } from '../../core/test/public-api.js';

describePublicApi('@itu-aicb/report', new URL('../src/index.ts', import.meta.url), report);
