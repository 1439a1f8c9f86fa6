// Checks that the public packages can be published as they are. Always: each ships the root LICENSE
// unchanged and lists it in `files`, declares the same licence, repository, homepage and issue
// tracker as the others, and its README links only to absolute addresses (a README is read on the
// registry, away from the repository's other files). With `--publish` (run by `pnpm release`), also:
// every changeset has been applied (`changeset version`), no package is still at 0.0.0, and the
// addresses are no longer the `.invalid` placeholders used until the repository is public.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const publish = process.argv.includes('--publish');
const problems = [];
const read = (path) => readFileSync(join(root, path), 'utf8');

const license = read('LICENSE');
const packages = readdirSync(join(root, 'packages'))
  .map((name) => ({
    dir: `packages/${name}`,
    json: JSON.parse(read(`packages/${name}/package.json`)),
  }))
  .filter(({ json }) => json.private !== true);

/** The fields that must agree across packages; `repository.directory` differs by design. */
const shared = (json) =>
  JSON.stringify({
    license: json.license,
    homepage: json.homepage,
    repository: { ...json.repository, directory: undefined },
    bugs: json.bugs,
  });

for (const { dir, json } of packages) {
  const name = json.name;
  let own;
  try {
    own = read(`${dir}/LICENSE`);
  } catch {
    own = undefined;
  }
  if (own !== license) problems.push(`${name}: ${dir}/LICENSE is missing or differs from LICENSE`);
  if (!json.files?.includes('LICENSE')) problems.push(`${name}: "files" does not list LICENSE`);
  if (json.license !== 'Apache-2.0') problems.push(`${name}: "license" is not Apache-2.0`);
  for (const field of ['homepage', 'repository', 'bugs'])
    if (json[field] === undefined) problems.push(`${name}: "${field}" is missing`);
  if (json.repository?.directory !== dir)
    problems.push(`${name}: "repository.directory" is not ${dir}`);
  if (shared(json) !== shared(packages[0].json))
    problems.push(
      `${name}: licence, homepage, repository or bugs differ from ${packages[0].json.name}`,
    );
  for (const [, target] of read(`${dir}/README.md`).matchAll(/\]\(([^)\s]+)\)/g))
    if (!/^https?:\/\//.test(target))
      problems.push(`${name}: README.md links to ${target}, which does not work on the registry`);

  if (publish) {
    if (json.version === '0.0.0')
      problems.push(`${name}: still at 0.0.0; run \`pnpm changeset version\``);
    const addresses = [json.homepage, json.repository?.url, json.bugs?.url].join(' ');
    if (addresses.includes('.invalid'))
      problems.push(
        `${name}: homepage, repository or bugs still point to the .invalid placeholder`,
      );
  }
}

if (publish) {
  const pending = readdirSync(join(root, '.changeset')).filter(
    (file) => file.endsWith('.md') && file !== 'README.md',
  );
  if (pending.length > 0)
    problems.push(
      `${pending.length} changesets not yet applied; run \`pnpm changeset version\` first`,
    );
}

for (const problem of problems) console.error(problem);
console.log(
  `${packages.length} packages checked${publish ? ' for publishing' : ''}: ` +
    (problems.length === 0 ? 'ready.' : `${problems.length} problems.`),
);
if (problems.length > 0) process.exitCode = 1;
