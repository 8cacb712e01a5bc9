import { detectLayouts, type Detection } from './detect.js';
import { renderPromotionConfig } from './render-config.js';

export type { DetectedPhase, Detection, Unrecognised } from './detect.js';

export interface InitProposal {
  detection: Detection;
  /** db/promotion.yml as `pg-promote init` writes it (or prints it, with --dry-run). */
  config: string;
}

/** What `pg-promote init` proposes for the repository at `root`; it reads files only and writes nothing. */
export function proposeInit(root: string): InitProposal {
  const detection = detectLayouts(root);
  return { detection, config: renderPromotionConfig(detection) };
}
