import type { FactBase } from '../factbase/types';

/** A function computing something from a fact base once, kept for as long as the fact base lives. */
export function perFactBase<T>(build: (factBase: FactBase) => T): (factBase: FactBase) => T {
  const cache = new WeakMap<FactBase, T>();
  return (factBase) => {
    let value = cache.get(factBase);
    if (value === undefined) {
      value = build(factBase);
      cache.set(factBase, value);
    }
    return value;
  };
}
