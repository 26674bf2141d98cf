/** The fault matrix, blue-green's second release: re-pointing the idle colour (see cells.ts). */
import { PHASES } from './cells.js';
import { registerCells } from './suite.js';

registerCells(
  'blue-green (second release) under faults',
  PHASES.filter((p) => p.world === 'blue-green-again'),
);
