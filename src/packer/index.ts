export {
  runPackerBake,
  compareVersions,
  DEFAULT_CANCEL_GRACE_MS,
  type PackerBakeOptions,
  type PackerBakeResult,
} from './run-packer.js';
export { PackerError, isPackerError, PACKER_INSTALL_HINT, type PackerErrorCode } from './errors.js';
export { buildAzureCredentialEnv, type AzureCredential, type PackerAzureEnvironment } from './azure-credentials.js';
export {
  azureImagesFrom,
  toAzureImageArtifact,
  parseArtifactProperties,
  AZURE_ARM_BUILDER_ID,
  type AzureImageArtifact,
} from './azure-artifact.js';
export {
  parseMachineReadableLine,
  parseMachineReadableOutput,
  unescapeMachineField,
  escapeMachineField,
  toUiEvent,
  MachineReadableCollector,
  type MachineRecord,
  type PackerArtifact,
  type PackerErrorRecord,
  type UiEvent,
} from './machine-readable.js';
export { SecretMasker, MASK } from './secret-masker.js';
export {
  renderHclVarFile,
  renderJsonVarFile,
  writeTempVarFile,
  type PackerVariables,
  type PackerVariableValue,
} from './var-file.js';
export {
  detectTemplate,
  collectTemplateFiles,
  readVarFiles,
  templateKindOf,
  type TemplateInfo,
  type TemplateKind,
  type TemplateFile,
} from './template.js';
export { collectBakeKeyInput } from './bake-key-input.js';
