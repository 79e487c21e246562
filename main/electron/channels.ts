// IPC channel names shared by the main-process router and the preload. No 'electron' import here,
// so both bundles (and the unit tests) can use it.

/** Every contract method travels on `dossier:<method>` (see shared/contract.ts). */
export const CHANNEL_PREFIX = 'dossier:';

export function channelFor(method: string): string {
  return CHANNEL_PREFIX + method;
}

/** The preload's one extra channel: a dropped file's path (read there with webUtils), for a handle. */
export const DROP_CHANNEL = 'dossier-file:drop';
