/** What starting a chat adapter returns: a way to stop it cleanly. */
export interface RunningAdapter {
  stop(): Promise<void>;
}
