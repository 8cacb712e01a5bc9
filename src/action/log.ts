import * as core from '@actions/core';
import type { EngineEvent } from '../events.js';
import { fileLine, renderEvent } from '../report/event-text.js';
import type { AnyResult } from '../result.js';

/**
 * The engine's progress as a foldable log: one group per phase (Actions cannot nest groups),
 * every file's line with its timing, retries and waits inside it.
 */
export function actionLogger(): { onEvent: (event: EngineEvent) => void; finish: (result: AnyResult) => void } {
  let open = false;
  const shown = new Set<string>();
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
      if (event.type === 'file-done') shown.add(`${event.result.file}\0${event.result.status}`);
      const line = renderEvent(event);
      if (line) core.info(line);
    },
    /** The failing file's ✗ line (the engine stops at it without a file-done), then the group closes. */
    finish(result) {
      for (const file of (result.phases ?? []).flatMap((p) => p.files)) {
        if (file.status === 'failed' && !shown.has(`${file.file}\0failed`)) core.info(`  ${fileLine(file)}`);
      }
      close();
    },
  };
}
