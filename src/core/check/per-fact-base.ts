import type { FactBase } from '../factbase/types';

/** A function of an object computed once per object, kept for as long as the object lives. */
export function memoize<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = build(key);
      cache.set(key, value);
    }
    return value;
  };
}

/** A function computing something from a fact base once, kept for as long as the fact base lives. */
export function perFactBase<T>(build: (factBase: FactBase) => T): (factBase: FactBase) => T {
  return memoize(build);
}
