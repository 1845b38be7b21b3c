// The snapshot of the bundled fact base, inlined in the extension bundle at build time (esbuild.js)
// so that the first check reads no file: every workspace.fs call waits on the workbench while it starts.

/** Replaced by the snapshot's text when the extension is bundled. */
declare const BUNDLED_FACT_BASE_SNAPSHOT: string | undefined;

/** The snapshot's text, or undefined in a build made without it. */
export function bundledSnapshotText(): string | undefined {
  return typeof BUNDLED_FACT_BASE_SNAPSHOT === 'string' ? BUNDLED_FACT_BASE_SNAPSHOT : undefined;
}
