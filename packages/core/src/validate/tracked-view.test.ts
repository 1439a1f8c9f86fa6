import { describe, expect, it } from 'vitest';
import { invalidPathTree, trackReads } from './tracked-view.js';

type Tree = NonNullable<ReturnType<typeof invalidPathTree>>;

const tree = (invalid: (string | number)[][], lostKeys: (string | number)[][] = []): Tree => {
  const built = invalidPathTree(invalid, lostKeys);
  if (built === undefined) throw new Error('the root is invalid');
  return built;
};

interface Doc {
  readonly a: { readonly b: number; readonly c: { readonly d: number }; readonly missing?: 1 };
  readonly e: readonly number[];
  readonly f: string;
  readonly g?: 1;
}
const document = (): Doc => ({ a: { b: 1, c: { d: 2 } }, e: [10, 20], f: 'x' });

/** Whether `read` touches an invalid part of the document under the given tree. */
function touches(paths: Tree, read: (view: Doc) => unknown): boolean {
  const view = trackReads(document(), paths);
  read(view.document as Doc);
  return view.touchedInvalid();
}

describe('invalidPathTree', () => {
  it('has no tree when the root itself is invalid', () => {
    expect(invalidPathTree([[]], [])).toBeUndefined();
    expect(invalidPathTree([['a'], []], [])).toBeUndefined();
    expect(invalidPathTree([['a']], [])).toBeDefined();
    expect(invalidPathTree([], [[]])).toBeDefined();
  });
});

describe('trackReads', () => {
  it('notes a read at or under an invalid path, and only such a read', () => {
    const paths = tree([
      ['a', 'c'],
      ['e', 1],
    ]);
    expect(touches(paths, (view) => [view.a.b, view.f, view.e[0]])).toBe(false);
    expect(touches(paths, (view) => view.a.c)).toBe(true);
    expect(touches(paths, (view) => view.e[1])).toBe(true);
    expect(touches(paths, (view) => [...view.e])).toBe(true);
    expect(touches(tree([['a', 'c', 'd']]), (view) => view.a.c.d)).toBe(true);
    expect(touches(tree([['a', 'c', 'd']]), (view) => view.a.c)).toBe(false);
  });

  it('notes an absent key, a key test or a key list only where a key was lost', () => {
    const paths = tree([['a', 'x']], [['a']]);
    expect(touches(paths, (view) => [view.a.b, view.f, view.g])).toBe(false);
    expect(touches(paths, (view) => view.a.missing)).toBe(true);
    expect(touches(paths, (view) => 'b' in view.a)).toBe(true);
    expect(touches(paths, (view) => Object.keys(view.a))).toBe(true);
    expect(touches(paths, (view) => 'a' in view)).toBe(false);
    expect(touches(paths, (view) => Object.keys(view))).toBe(false);
    // Symbols are the language's own lookups (a type tag), not fields of the document.
    expect(touches(paths, (view) => Object.prototype.toString.call(view.a))).toBe(false);
  });

  it('hands out one view per object and plain values where nothing is invalid below', () => {
    const plain = document();
    const view = trackReads(plain, tree([['a', 'c', 'd']])).document as Doc;
    expect(view.a).toBe(view.a);
    expect(view.a).not.toBe(plain.a);
    expect(view.e).toBe(plain.e);
    expect(view.a.c).toEqual({ d: 2 });
  });

  it('returns a frozen member as it is, as a proxy must', () => {
    const frozen = Object.freeze({ a: Object.freeze({ b: 1, c: { d: 2 } }) });
    const view = trackReads(frozen, tree([['a', 'c', 'd']])).document as typeof frozen;
    expect(view.a).toBe(frozen.a);
    // A sealed member can still change, and a read-only one can still be redefined: both are
    // wrapped, so reads under them are noted.
    const sealed = Object.seal({ a: { b: 1, c: { d: 2 } } });
    const sealedView = trackReads(sealed, tree([['a', 'c', 'd']]));
    expect((sealedView.document as typeof sealed).a.c.d).toBe(2);
    expect(sealedView.touchedInvalid()).toBe(true);
    const readOnly = {} as { a: { c: { d: number } } };
    Object.defineProperty(readOnly, 'a', {
      value: { c: { d: 2 } },
      writable: false,
      configurable: true,
    });
    const readOnlyView = trackReads(readOnly, tree([['a', 'c', 'd']]));
    expect((readOnlyView.document as typeof readOnly).a.c.d).toBe(2);
    expect(readOnlyView.touchedInvalid()).toBe(true);
    const open = { a: { b: 1, c: { d: 2 } } };
    expect(trackReads(open, tree([['a', 'c', 'd']])).document).not.toBe(open);
  });

  it('leaves a value that is not an object as it is', () => {
    expect(trackReads(5, tree([['a']])).document).toBe(5);
    expect(trackReads(null, tree([['a']])).document).toBeNull();
  });
});
