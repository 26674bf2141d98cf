import { escapeMachineField } from './machine-readable.js';

export const MASK = '***';

/**
 * Replaces secret values in text. Besides the value itself it masks:
 *  - Packer's escaped form (`,` → `%!(PACKER_COMMA)`, newline → `\n`), for raw lines;
 *  - each line of a multi-line secret, because a provisioner's output reaches us line by line.
 * Single-character lines are not masked on their own: that would blank out every such character.
 */
export class SecretMasker {
  private readonly needles: string[];

  constructor(secrets: Iterable<string>) {
    const needles = new Set<string>();
    for (const secret of secrets) {
      if (secret.length === 0) continue;
      needles.add(secret);
      needles.add(escapeMachineField(secret));
      for (const line of secret.split(/\r?\n/)) {
        if (line.trim().length > 1) {
          needles.add(line);
          needles.add(escapeMachineField(line));
        }
      }
    }
    // Longest first so a secret is masked whole before any of its lines.
    this.needles = [...needles].sort((a, b) => b.length - a.length);
  }

  mask(text: string): string {
    let masked = text;
    for (const needle of this.needles) {
      if (masked.includes(needle)) masked = masked.split(needle).join(MASK);
    }
    return masked;
  }
}
