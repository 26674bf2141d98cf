import type { BakeKeyInput } from '../../src/core/bake/bake-key.js';
import type {
  PackerBakeOutcome,
  PackerBakeRequest,
  PackerInputs,
  PackerPort,
} from '../../src/core/bake/packer-port.js';

/** A PackerPort fake: key input from in-memory "files", a bake that returns a scripted outcome (and may create it first). */
export class FakePacker implements PackerPort {
  readonly bakes: PackerBakeRequest[] = [];
  files: Record<string, string> = { 'build.pkr.hcl': 'source "azure-arm" "web" {}' };

  constructor(private readonly outcome: (n: number) => PackerBakeOutcome | Promise<PackerBakeOutcome>) {}

  async describeInputs(inputs: PackerInputs & { resolvedBaseImage: string }): Promise<BakeKeyInput> {
    return {
      builder: 'packer',
      templateFiles: Object.entries(this.files).map(([path, content]) => ({ path, content })),
      variables: { ...inputs.variables },
      secretVariables: inputs.secretVariables,
      resolvedBaseImage: inputs.resolvedBaseImage,
    };
  }

  async bake(request: PackerBakeRequest): Promise<PackerBakeOutcome> {
    this.bakes.push(request);
    return this.outcome(this.bakes.length);
  }
}
