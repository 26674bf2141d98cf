import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe } from 'vitest';
import type { Logger } from '../../src/core/ports.js';
import { inCi, REAL_PACKER } from './real-packer.js';

export { REAL_PACKER };

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export interface LogEntry {
  level: 'info' | 'debug' | 'warning' | 'error';
  message: string;
}

/** A Logger that records every line and lets a test wait for one to appear. */
export class RecordingLogger implements Logger {
  readonly entries: LogEntry[] = [];
  private waiters: { test: (m: string) => boolean; resolve: () => void }[] = [];

  info(message: string): void {
    this.add('info', message);
  }
  debug(message: string): void {
    this.add('debug', message);
  }
  warning(message: string): void {
    this.add('warning', message);
  }
  error(message: string): void {
    this.add('error', message);
  }
  group<T>(_name: string, fn: () => Promise<T>): Promise<T> {
    return fn();
  }

  get text(): string {
    return this.entries.map((e) => e.message).join('\n');
  }

  /** Resolves when a line matching `test` has been logged (now or later). */
  waitFor(test: (message: string) => boolean): Promise<void> {
    if (this.entries.some((e) => test(e.message))) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  private add(level: LogEntry['level'], message: string): void {
    this.entries.push({ level, message });
    this.waiters = this.waiters.filter((w) => {
      if (!w.test(message)) return true;
      w.resolve();
      return false;
    });
  }
}

/** A describe block whose tests run the real Packer: skipped without one, failing without one under CI. */
export function describeWithPacker(name: string, body: () => void): void {
  describe.skipIf(!REAL_PACKER && !inCi())(name, () => {
    beforeAll(() => {
      if (!REAL_PACKER)
        throw new Error('CI=true and packer is not on PATH: the Packer tests cannot run (see .ci/run).');
    });
    body();
  });
}
