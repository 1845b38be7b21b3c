// The bundled fact base, loaded once from the disk for the editor tests.
import { nodeFileReader, bundledFactBasePath, readFactBaseInputs } from '../../../src/cli/node-files';
import { loadFactBase } from '../../../src/core/factbase';
import type { FactBase } from '../../../src/core/factbase/types';

let loading: Promise<FactBase> | undefined;

export function bundledFactBase(): Promise<FactBase> {
  loading ??= readFactBaseInputs([bundledFactBasePath()]).then(async (inputs) => (await loadFactBase(inputs, nodeFileReader())).factBase);
  return loading;
}
