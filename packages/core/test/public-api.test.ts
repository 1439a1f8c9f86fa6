// The public surface of @itu-aicb/core and of its Node entry (see public-api.ts).
import * as core from '@itu-aicb/core';
import * as coreNode from '@itu-aicb/core/node';
import { describePublicApi } from './public-api.js';

describePublicApi('@itu-aicb/core', new URL('../src/index.ts', import.meta.url), core);
describePublicApi(
  '@itu-aicb/core/node',
  new URL('../src/node/index.ts', import.meta.url),
  coreNode,
  new URL('../api/node-exports.md', import.meta.url),
);
