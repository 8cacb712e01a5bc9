// PLACEHOLDER (pre-wired by the lead): the owner of src/notify/ fills this in.
export interface NotificationResult {
  /** The webhook's name from the config; never its URL (URLs are secrets). */
  webhook: string;
  ok: boolean;
}
