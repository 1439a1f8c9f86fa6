// A TypeDoc plugin: the interfaces of the document kinds (`interface WorkPlan extends
// z.output<typeof WorkPlanSchema> {}`) inherit their fields from zod, which carries each field's
// description at run time (`.describe()`). This gives every field of such an interface, and of its
// `...Input` twin, the description of the schema field, so the type pages list fields with their
// meaning. Reads the built package (`pnpm build` runs before the docs).
import { Comment, Converter, ReflectionKind } from 'typedoc';

const packages = {
  '@itu-aicb/core': new URL('../packages/core/dist/index.js', import.meta.url),
};

/** The object shape of a zod schema, through wrappers such as optional or default. */
function shapeOf(schema) {
  let current = schema;
  for (let depth = 0; current !== undefined && depth < 8; depth += 1) {
    if (current.shape !== undefined) return current.shape;
    current = current.def?.innerType ?? current.def?.in;
  }
  return undefined;
}

/** @param {import('typedoc').Application} app */
export async function load(app) {
  const modules = {};
  for (const [name, url] of Object.entries(packages)) modules[name] = await import(url.href);
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const exports = modules[context.project.packageName ?? context.project.name];
    if (exports === undefined) return;
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Interface)) {
      const schema = exports[`${reflection.name.replace(/Input$/, '')}Schema`];
      const shape = schema === undefined ? undefined : shapeOf(schema);
      if (shape === undefined) continue;
      if (!reflection.hasComment() && schema.description !== undefined) {
        reflection.comment = new Comment([{ kind: 'text', text: schema.description }]);
      }
      for (const field of reflection.children ?? []) {
        const description = shape[field.name]?.description;
        if (description === undefined || field.hasComment()) continue;
        field.comment = new Comment([{ kind: 'text', text: description }]);
      }
    }
  });
}
