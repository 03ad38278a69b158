/**
 * Prepares the bundled dataset at build time: validates data/events.json (an invalid file fails
 * the build, with every problem listed), indexes it and builds its search index, and ships the
 * result as a module (src/loading/bundledDataset.ts loads it). The first visit then runs neither
 * the validator nor the worker. The app's own code does the work, loaded through Vite's module
 * runner, so that the config does not bundle the app's sources.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';

export const BUNDLED_DATASET_MODULE = 'virtual:sourceline/bundled-dataset';
const RESOLVED = `\0${BUNDLED_DATASET_MODULE}`;
const ROOT = resolve(import.meta.dirname, '..');

type Preparation = typeof import('../src/loading/bundledPreparation.ts');

export function bundledDatasetPlugin(file = resolve(ROOT, 'data/events.json')): Plugin {
  return {
    name: 'sourceline-bundled-dataset',
    resolveId: (id) => (id === BUNDLED_DATASET_MODULE ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(file);
      const { module } = await runnerImport<Preparation>(resolve(ROOT, 'src/loading/bundledPreparation.ts'), {
        configFile: false,
        logLevel: 'error',
      });
      const json = module.prepareDatasetJson(readFileSync(file, 'utf8'), file);
      // JSON.parse of a string literal is the fastest way for an engine to read a large literal.
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
  };
}
