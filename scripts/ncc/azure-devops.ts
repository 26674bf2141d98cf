// Build entry (see scripts/ncc/tsconfig.json): the bundle runs this module.
import '../../src/adapters/azure-devops/main.js';
