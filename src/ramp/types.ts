// PLACEHOLDER (pre-wired by the lead): the owner of src/ramp/ fills this in.
export interface RampReport {
  flag: string;
  from: number;
  to: number;
}
