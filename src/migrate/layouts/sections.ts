/**
 * One-file tools (dbmate, goose, node-pg-migrate) mark where the forward and the reverting SQL
 * begin with a comment line. A section runs from the line after its marker to the next marker.
 */
export interface Marker {
  direction: 'up' | 'down';
  /** What follows the marker on its line (dbmate's `transaction:false`). */
  rest: string;
}

export interface Section {
  text: string;
  /** 1-based line of the file on which `text` starts. */
  line: number;
  /** 1-based line of the marker. */
  markerLine: number;
  rest: string;
}

export interface Sections {
  /** Text before the first marker. */
  head: Section;
  up: Section[];
  down: Section[];
  /** Up and down markers in the order they appear. */
  order: Array<'up' | 'down'>;
}

export function splitSections(text: string, markerOf: (line: string) => Marker | undefined): Sections {
  const lines = text.split('\n');
  const result: Sections = { head: { text: '', line: 1, markerLine: 0, rest: '' }, up: [], down: [], order: [] };
  let current = result.head;
  let startIndex = 0;
  const close = (endIndex: number) => {
    current.text = lines.slice(startIndex, endIndex).join('\n');
  };
  lines.forEach((raw, index) => {
    const marker = markerOf(raw.replace(/\r$/, ''));
    if (!marker) return;
    close(index);
    current = { text: '', line: index + 2, markerLine: index + 1, rest: marker.rest };
    result[marker.direction].push(current);
    result.order.push(marker.direction);
    startIndex = index + 1;
  });
  close(lines.length);
  return result;
}
