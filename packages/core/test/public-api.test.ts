// The public surface of @itu-aicb/core (see public-api.ts).
import * as core from '@itu-aicb/core';
import { describePublicApi } from './public-api.js';

describePublicApi('@itu-aicb/core', new URL('../src/index.ts', import.meta.url), core);
