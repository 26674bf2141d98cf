// Test entry point: runs the emulator command like the real CLI would (spawned by cli.test.ts).
import { runEmulatorCommand } from '../../src/emulator/cli.js';

await runEmulatorCommand(process.argv.slice(2));
