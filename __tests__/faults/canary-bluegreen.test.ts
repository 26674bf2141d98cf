/** The fault matrix, blue-green canary: the Front Door origin writes (see canary-bg-cells.ts). */
import { registerCanaryBgCells } from './canary-bg-cells.js';

registerCanaryBgCells('blue-green canary under faults');
