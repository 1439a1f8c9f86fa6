import { libraryBuild } from '../../tsup.library.js';

// Each locale is an entry of its own, so that an application carries only the languages it imports.
const LOCALES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;

export default libraryBuild(
  Object.fromEntries(LOCALES.map((tag) => [`locales/${tag}`, `src/locales/${tag}.ts`])),
);
