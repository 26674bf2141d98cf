/** The fault matrix, the blue-green strategy's writes (see cells.ts). */
import { phasesOf } from './cells.js';
import { registerCells } from './suite.js';

registerCells(
  'blue-green under faults',
  phasesOf('blue-green').filter((p) => !p.lease),
);
