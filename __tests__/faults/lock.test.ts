/** The fault matrix, the deploy lock's lease write on each target kind (see cells.ts). */
import { PHASES } from './cells.js';
import { registerCells } from './suite.js';

registerCells(
  'the deploy lock under faults',
  PHASES.filter((p) => p.lease),
);
