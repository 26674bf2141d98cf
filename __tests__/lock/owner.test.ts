/** The lock owner: unique per process, readable, and old leases still parse. */
import { describe, expect, it } from 'vitest';
import { formatLease, parseLease } from '../../src/core/lock/lease.js';
import { ownerOf, uniquePart } from '../../src/core/lock/owner.js';
import { randomId } from '../../src/runtime/ids.js';

describe('ownerOf', () => {
  const run = { system: 'github', runId: '9876543', job: 'deploy', attempt: 2 };

  it('names the run, job and attempt, then the random part', () => {
    expect(ownerOf(run, '3f2c9e1a7b4d')).toBe('github-9876543-deploy-a2-3f2c9e1a7b4d');
    expect(ownerOf(undefined, 'abc')).toBe('run-local-abc');
  });

  it('keeps the lease readable: no separator or space from a job name or system', () => {
    const owner = ownerOf({ system: 'cli (GitHub Actions)', runId: '1', job: 'deploy; prod eu' }, 'x1');
    expect(owner).toBe('cli-GitHub-Actions-1-deploy-prod-eu-x1');
    const value = formatLease({ owner, expiresAt: Date.UTC(2030, 0, 1), runUrl: 'https://ci.example/runs/1' });
    expect(parseLease(value)).toEqual({ owner, expiresAt: Date.UTC(2030, 0, 1), runUrl: 'https://ci.example/runs/1' });
  });

  it('differs between two processes of the same matrix job started in the same millisecond', () => {
    const owners = new Set(Array.from({ length: 1000 }, () => ownerOf(run, uniquePart(randomId, 1_700_000_000_000))));
    expect(owners.size).toBe(1000);
  });

  it('falls back to the start stamp without a NewId port', () => {
    expect(uniquePart(undefined, 1_700_000_000_000)).toBe((1_700_000_000_000).toString(36));
  });

  it('reads leases written before owners had a job and a random part', () => {
    expect(parseLease('github-9876543-lx3k2;2030-01-01T00:00:00.000Z;https://ci.example/runs/9876543')).toEqual({
      owner: 'github-9876543-lx3k2',
      expiresAt: Date.UTC(2030, 0, 1),
      runUrl: 'https://ci.example/runs/9876543',
    });
  });
});
