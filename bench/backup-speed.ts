import type { Measurement } from './harness.js';

export const backupSpeed: Measurement = {
  id: 'backup-speed',
  title: 'backup-speed (being built)',
  clusterSettings: {},
  run() {
    throw new Error('backup-speed is being built');
  },
};
