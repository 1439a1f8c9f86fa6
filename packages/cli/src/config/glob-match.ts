/** A glob as a regular expression over `/`-separated paths: `**`, `*`, `?` and `{a,b}`. */
function globToRegExp(glob: string): RegExp {
  let pattern = '';
  let index = 0;
  while (index < glob.length) {
    const char = glob[index] ?? '';
    if (glob.startsWith('**/', index)) {
      pattern += '(?:.*/)?';
      index += 3;
    } else if (glob.startsWith('**', index)) {
      pattern += '.*';
      index += 2;
    } else {
      if (char === '*') pattern += '[^/]*';
      else if (char === '?') pattern += '[^/]';
      else if (char === '{') pattern += '(?:';
      else if (char === '}') pattern += ')';
      else if (char === ',' && pattern.includes('(?:')) pattern += '|';
      else pattern += char.replace(/[.+^$()|[\]\\]/g, '\\$&');
      index += 1;
    }
  }
  return new RegExp(`^${pattern}$`);
}

/**
 * A test of paths against globs, as `ignore` in the configuration gives them: a path matches when
 * it, or one of the folders it is in, matches a glob; `legacy` and `legacy/` stand for everything
 * in that folder.
 *
 * @param globs - The globs, relative to the folder paths are given from.
 * @returns Whether a `/`-separated relative path matches.
 */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const patterns = globs.map((glob) => globToRegExp(glob.replace(/^\.\//, '').replace(/\/+$/, '')));
  return (path) => {
    const parts = path.split('/');
    for (let length = parts.length; length > 0; length--) {
      const prefix = parts.slice(0, length).join('/');
      if (patterns.some((pattern) => pattern.test(prefix))) return true;
    }
    return false;
  };
}
