// A TypeDoc plugin: a guide without a `title` in its front matter is listed in the sidebar under
// its first heading (`# Rules reference`) instead of its file name (`rules`, `README`). Generated
// guides and package READMEs then need no front matter, which GitHub and npm would show as a table.
import { Converter } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    if (typeof document.frontmatter['title'] === 'string') return;
    const text = document.content.map((part) => part.text).join('');
    const heading = /^#\s+(.+?)\s*$/m.exec(text)?.[1];
    if (heading !== undefined) document.name = heading.replaceAll('`', '');
  });
}
