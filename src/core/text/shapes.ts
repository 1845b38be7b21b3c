// V8 forgets an object layout (hidden class) at a full garbage collection once no object of that
// layout is left alive, and throws away the optimised code that reads such objects: the first
// check after a full collection then runs unoptimised. Holding one object of each layout a check
// builds per run keeps that code.

const kept: object[] = [];

/** Keeps `sample` alive for as long as the program runs, and with it its layout. */
export function keepShapeOf(sample: object): void {
  // eslint-disable-next-line crosscheck/no-module-state -- written, never read: it changes no result
  kept.push(sample);
}
