/**
 * Provenance of the run, from the variables GitHub Actions and Azure Pipelines set. The CLI run
 * inside either CI gets the same; on a laptop it knows only that it is the CLI.
 */
import type { RunInfo } from '../../core/index.js';

type Env = Record<string, string | undefined>;

const int = (v: string | undefined) => (v && /^\d+$/.test(v) ? Number(v) : undefined);

export function runInfoFromEnv(env: Env = process.env, system = 'cli'): RunInfo {
  if (env.GITHUB_ACTIONS === 'true') {
    const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runUrl =
      env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
    return {
      system: system === 'cli' ? 'cli (GitHub Actions)' : system,
      commit: env.GITHUB_SHA,
      repository: env.GITHUB_REPOSITORY,
      runUrl,
      runId: env.GITHUB_RUN_ID,
      job: env.GITHUB_JOB,
      attempt: int(env.GITHUB_RUN_ATTEMPT),
      runNumber: int(env.GITHUB_RUN_NUMBER),
      ref: env.GITHUB_REF,
      pipeline: env.GITHUB_WORKFLOW,
      actor: env.GITHUB_ACTOR,
    };
  }
  if (env.TF_BUILD?.toLowerCase() === 'true') {
    const collection = env.SYSTEM_COLLECTIONURI?.replace(/\/+$/, '');
    const runUrl =
      collection && env.SYSTEM_TEAMPROJECT && env.BUILD_BUILDID
        ? `${collection}/${encodeURIComponent(env.SYSTEM_TEAMPROJECT)}/_build/results?buildId=${env.BUILD_BUILDID}`
        : undefined;
    return {
      system: system === 'cli' ? 'cli (Azure Pipelines)' : system,
      commit: env.BUILD_SOURCEVERSION,
      repository: env.BUILD_REPOSITORY_NAME,
      runUrl,
      runId: env.BUILD_BUILDID,
      job: env.SYSTEM_JOBNAME,
      attempt: int(env.SYSTEM_JOBATTEMPT),
      // Build.BuildNumber is a free-form name ("20261121.3"); the build id is the counter.
      runNumber: int(env.BUILD_BUILDID),
      ref: env.BUILD_SOURCEBRANCH,
      pipeline: env.BUILD_DEFINITIONNAME,
      actor: env.BUILD_REQUESTEDFOR,
    };
  }
  return { system };
}
