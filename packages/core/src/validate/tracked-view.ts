import type { PathSegment } from '../findings/issue.js';

/** The invalid paths of a document as a tree of keys; `invalid` marks where one ends. */
interface PathNode {
  invalid: boolean;
  readonly children: Map<string, PathNode>;
}

/** Builds the tree of invalid paths, or `undefined` when the root itself is invalid. */
export function invalidPathTree(paths: readonly (readonly PathSegment[])[]): PathNode | undefined {
  const root: PathNode = { invalid: false, children: new Map() };
  for (const path of paths) {
    let node = root;
    for (const segment of path) {
      const key = String(segment);
      let child = node.children.get(key);
      if (child === undefined) {
        child = { invalid: false, children: new Map() };
        node.children.set(key, child);
      }
      node = child;
    }
    node.invalid = true;
  }
  return root.invalid ? undefined : root;
}

/** A read-only view of a partial document and whether a reader has touched an invalid part. */
export interface TrackedView {
  readonly document: unknown;
  readonly touchedInvalid: () => boolean;
}

/**
 * Wraps a partial document so that reading any value at or under an invalid path is recorded.
 * Only objects with an invalid path below them are wrapped: a valid subtree is handed out as the
 * plain value, so reading it costs nothing extra.
 */
export function trackReads(document: unknown, tree: PathNode): TrackedView {
  let touched = false;
  // One view per object, so that a rule comparing two reads of the same object sees one object.
  const views = new WeakMap<object, object>();
  const wrap = (target: object, node: PathNode): object => {
    const known = views.get(target);
    if (known !== undefined) return known;
    const view = new Proxy(target, {
      get(object, key, receiver) {
        const value: unknown = Reflect.get(object, key, receiver);
        if (typeof key !== 'string') return value;
        const child = node.children.get(key);
        if (child === undefined) return value;
        if (child.invalid) {
          touched = true;
          return value;
        }
        if (typeof value !== 'object' || value === null) return value;
        // A frozen property must be returned as it is (a proxy invariant).
        const descriptor = Reflect.getOwnPropertyDescriptor(object, key);
        if (descriptor?.configurable === false && descriptor.writable === false) return value;
        return wrap(value, child);
      },
    });
    views.set(target, view);
    return view;
  };
  const root = typeof document === 'object' && document !== null ? wrap(document, tree) : document;
  return { document: root, touchedInvalid: () => touched };
}
