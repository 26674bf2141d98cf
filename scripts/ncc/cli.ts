// Build entry (see scripts/ncc/tsconfig.json): the bundle runs this module.
import '../../src/cli/index.js';
