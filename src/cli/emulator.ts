/**
 * `immutable-deploy emulator …`: the local Azure emulator (src/emulator/cli.ts), loaded with a
 * dynamic import so `run` never pays for it.
 */
export async function runEmulator(argv: readonly string[]): Promise<number> {
  const { runEmulatorCommand } = await import('../emulator/cli.js');
  try {
    await runEmulatorCommand([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    process.stderr.write(`immutable-deploy emulator: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
