// PLACEHOLDER (pre-wired by the lead): the owner of src/latency/ fills this in.
export interface LatencyReport {
  mode: 'baseline' | 'compare';
}
