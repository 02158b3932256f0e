/** One rebuild at a time, and at most one more waiting: what SIGHUP, `--watch` and damaged records ask for. */

export type BuildMode = 'ensure' | 'force';

/**
 * Wraps `run` so that a request while a build runs is queued once (requests arriving meanwhile join it; a
 * `force` among them wins, with the first reason given), and runs after the current build ends.
 */
export function serialBuilds(
  run: (mode: BuildMode, reason?: string) => Promise<boolean>,
): (mode: BuildMode, reason?: string) => Promise<boolean> {
  let building: Promise<boolean> | null = null;
  let queued: Promise<boolean> | null = null;
  let queuedMode: BuildMode = 'ensure';
  let queuedReason: string | undefined;
  const request = (mode: BuildMode, reason?: string): Promise<boolean> => {
    if (!building) {
      building = run(mode, reason).finally(() => {
        building = null;
      });
      return building;
    }
    if (mode === 'force') {
      queuedMode = 'force';
      queuedReason ??= reason;
    }
    queued ??= building.then(() => {
      const next = queuedMode;
      const why = queuedReason;
      queued = null;
      queuedMode = 'ensure';
      queuedReason = undefined;
      return request(next, why);
    });
    return queued;
  };
  return request;
}
