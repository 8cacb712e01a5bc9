import * as core from '@actions/core';
import type { EngineEvent } from '../engine/events.js';
import { renderEvent } from '../report/event-text.js';

/**
 * The engine's progress as a foldable log: one group per phase (Actions cannot nest groups),
 * every file's line with its timing, retries and waits inside it.
 */
export function actionLogger(): { onEvent: (event: EngineEvent) => void; close: () => void } {
  let open = false;
  const close = () => {
    if (open) core.endGroup();
    open = false;
  };
  return {
    onEvent(event) {
      if (event.type === 'phase-start') {
        close();
        core.startGroup(`phase ${event.phase}: ${event.pending} file${event.pending === 1 ? '' : 's'} to apply`);
        open = true;
        return;
      }
      const line = renderEvent(event);
      if (line) core.info(line);
    },
    close,
  };
}
