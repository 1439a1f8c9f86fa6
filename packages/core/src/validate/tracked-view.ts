import type { PathSegment } from '../findings/issue.js';

/**
 * The invalid paths of a document as a tree of keys; `invalid` marks where one ends, `lostKeys`
 * an object that lost a key its schema does not know.
 */
export interface PathNode {
  invalid: boolean;
  lostKeys: boolean;
  readonly children: Map<string, PathNode>;
}

/**
 * Builds the tree of invalid paths and of objects that lost keys, or `undefined` when the root
 * itself is invalid.
 */
export function invalidPathTree(
  paths: readonly (readonly PathSegment[])[],
  lostKeys: readonly (readonly PathSegment[])[],
): PathNode | undefined {
  const root: PathNode = { invalid: false, lostKeys: false, children: new Map() };
  const nodeAt = (path: readonly PathSegment[]): PathNode => {
    let node = root;
    for (const segment of path) {
      const key = String(segment);
      let child = node.children.get(key);
      if (child === undefined) {
        child = { invalid: false, lostKeys: false, children: new Map() };
        node.children.set(key, child);
      }
      node = child;
    }
    return node;
  };
  for (const path of paths) nodeAt(path).invalid = true;
  for (const path of lostKeys) nodeAt(path).lostKeys = true;
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
        // An absent field of an object that lost a key may be the field that was misspelt.
        if (node.lostKeys && !Object.hasOwn(object, key)) touched = true;
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
      // Asking whether a key is there, or listing the keys, depends on the lost keys too.
      has(object, key) {
        if (node.lostKeys) touched = true;
        return Reflect.has(object, key);
      },
      ownKeys(object) {
        if (node.lostKeys) touched = true;
        return Reflect.ownKeys(object);
      },
    });
    views.set(target, view);
    return view;
  };
  const root = typeof document === 'object' && document !== null ? wrap(document, tree) : document;
  return { document: root, touchedInvalid: () => touched };
}
