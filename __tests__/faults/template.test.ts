/** The fault matrix, template deployments: the deployment of a rolling release, a history delete (see template-cells.ts). */
import { phasesOf } from './cells.js';
import { registerCells } from './suite.js';

registerCells('template deployments under faults', phasesOf('template'));
