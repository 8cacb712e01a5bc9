// PLACEHOLDER (pre-wired by the lead): the owner of src/windows/ fills this in.
export interface WindowInfo {
  /** The window the run falls in, when it falls in one. */
  name?: string;
}
