import { libraryBuild } from '../../tsup.library.js';

export default libraryBuild({ 'node/index': 'src/node/index.ts' });
