/**
 * Accepted writes are explicit and visible: an inline marker with a reason on the line (or alone
 * on the line above), or an entry with a reason in the baseline (src/engine/boundary-check.ts).
 */
export const MARKER_TEXT = 'boundary-check: allow';
const MARKER = /boundary-check:\s*allow\b[\s:,-]*(.*)$/i;
// Comment closers that may follow the reason on the same line.
const CLOSERS = /\s*(?:\*\/|-->|"""|'''|#}|%>|\*\))\s*$/;

export interface Marker {
  line: number;
  reason: string;
  /** Alone on its line (a comment line): it covers the next line too. */
  standalone: boolean;
  used: boolean;
}

/** Markers of one file, by line. Cheap when the file has none. */
export function findMarkers(text: string): Map<number, Marker> {
  const markers = new Map<number, Marker>();
  if (!/boundary-check:/i.test(text)) return markers;
  text.split(/\r\n|\r|\n/).forEach((content, i) => {
    const m = MARKER.exec(content);
    if (!m) return;
    const reason = m[1]!.replace(CLOSERS, '').trim();
    const standalone = /^\s*(?:\/\/|#|--|\/\*+|\*|<!--|;)?\s*$/.test(content.slice(0, m.index));
    markers.set(i + 1, { line: i + 1, reason, standalone, used: false });
  });
  return markers;
}

export function markerFor(markers: Map<number, Marker>, line: number): Marker | undefined {
  const above = markers.get(line - 1);
  return markers.get(line) ?? (above?.standalone ? above : undefined);
}
