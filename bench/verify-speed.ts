import type { Measurement } from './harness.js';

export const verifySpeed: Measurement = {
  id: 'verify-speed',
  title: 'verify-speed (being built)',
  clusterSettings: {},
  run() {
    throw new Error('verify-speed is being built');
  },
};
