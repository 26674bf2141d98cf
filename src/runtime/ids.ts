/**
 * Randomness for the engine's NewId port (the core itself never draws random numbers): 12 hex
 * characters of a v4 UUID, 48 random bits, plenty to tell apart the runs of one target.
 */
import { randomUUID } from 'node:crypto';
import type { NewId } from '../core/ports.js';

export const randomId: NewId = () => randomUUID().replace(/-/g, '').slice(0, 12);
