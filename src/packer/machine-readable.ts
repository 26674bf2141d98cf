/**
 * Packer's machine-readable output: one record per line, `timestamp,target,type,data...`.
 * Packer escapes inside each data field: `,` → `%!(PACKER_COMMA)`, CR → `\r`, LF → `\n`
 * (packer/ui.go, MachineReadableUi.Machine). A literal backslash-n in the original text is
 * not escaped by Packer, so it is indistinguishable from a newline; we read it as one.
 */

export interface MachineRecord {
  timestamp: number;
  /** Build name (`null.one`, `azure-arm.ubuntu`, JSON builder name) or '' for global records. */
  target: string;
  type: string;
  /** Unescaped data fields. */
  data: string[];
}

const ESCAPES = /%!\(PACKER_COMMA\)|\\n|\\r/g;
const UNESCAPED: Record<string, string> = { '%!(PACKER_COMMA)': ',', '\\n': '\n', '\\r': '\r' };

export function unescapeMachineField(field: string): string {
  return field.replace(ESCAPES, (match) => UNESCAPED[match] ?? match);
}

/** The inverse, used to find secrets in raw (still escaped) lines. */
export function escapeMachineField(text: string): string {
  return text.replace(/,/g, '%!(PACKER_COMMA)').replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}

/** Parses one line, or returns undefined for lines that are not machine-readable records. */
export function parseMachineReadableLine(line: string): MachineRecord | undefined {
  const fields = line.split(',');
  if (fields.length < 3) return undefined;
  const [timestamp, target, type] = fields as [string, string, string];
  if (!/^\d+$/.test(timestamp) || type === '') return undefined;
  return {
    timestamp: Number(timestamp),
    target,
    type,
    data: fields.slice(3).map(unescapeMachineField),
  };
}

export type UiKind = 'say' | 'message' | 'error';

export interface UiEvent {
  kind: UiKind;
  text: string;
}

/** A `ui` record as an event, or undefined for other record types. */
export function toUiEvent(record: MachineRecord): UiEvent | undefined {
  if (record.type !== 'ui') return undefined;
  const [kind, ...rest] = record.data;
  if (kind !== 'say' && kind !== 'message' && kind !== 'error') return undefined;
  // Escaped commas keep the text in one field; rejoin in case an unescaped comma slipped through.
  return { kind, text: rest.join(',') };
}

export interface PackerArtifact {
  /** The build that produced it (`azure-arm.ubuntu`, or the JSON builder name). */
  target: string;
  index: number;
  builderId?: string;
  id?: string;
  string?: string;
  files: string[];
  /** Packer printed `nil` for this slot (a post-processor discarded the artifact). */
  nil: boolean;
}

export interface PackerErrorRecord {
  target: string;
  message: string;
}

/** Collects artifacts and `error` records from a stream of machine-readable records. */
export class MachineReadableCollector {
  private readonly artifactsByKey = new Map<string, PackerArtifact>();
  readonly errors: PackerErrorRecord[] = [];
  version: string | undefined;

  add(record: MachineRecord): void {
    switch (record.type) {
      case 'artifact':
        this.addArtifactField(record);
        break;
      case 'error':
        this.errors.push({ target: record.target, message: record.data.join(',') });
        break;
      case 'version':
        this.version = record.data[0];
        break;
      default:
        break;
    }
  }

  get artifacts(): PackerArtifact[] {
    return [...this.artifactsByKey.values()];
  }

  private addArtifactField(record: MachineRecord): void {
    const [indexText, field, ...values] = record.data;
    const index = Number(indexText);
    if (!Number.isInteger(index) || field === undefined) return;
    const artifact = this.artifactFor(record.target, index);
    const value = values.join(',');
    switch (field) {
      case 'builder-id':
        artifact.builderId = value;
        break;
      case 'id':
        artifact.id = value;
        break;
      case 'string':
        artifact.string = value;
        break;
      case 'file':
        // `artifact,<i>,file,<fi>,<name>`
        artifact.files.push(values.slice(1).join(','));
        break;
      case 'nil':
        artifact.nil = true;
        break;
      default:
        break; // files-count, end
    }
  }

  private artifactFor(target: string, index: number): PackerArtifact {
    const key = `${target}\u0000${index}`;
    let artifact = this.artifactsByKey.get(key);
    if (!artifact) {
      artifact = { target, index, files: [], nil: false };
      this.artifactsByKey.set(key, artifact);
    }
    return artifact;
  }
}

/** Parses a whole recorded output (fixtures, tests). */
export function parseMachineReadableOutput(output: string): {
  records: MachineRecord[];
  artifacts: PackerArtifact[];
  errors: PackerErrorRecord[];
} {
  const collector = new MachineReadableCollector();
  const records: MachineRecord[] = [];
  for (const line of output.split(/\r?\n/)) {
    const record = parseMachineReadableLine(line);
    if (!record) continue;
    records.push(record);
    collector.add(record);
  }
  return { records, artifacts: collector.artifacts, errors: collector.errors };
}
