// PLACEHOLDER (pre-wired by the lead): the owner of src/review/ fills this in.
export interface ReviewReport {
  base: string;
}
