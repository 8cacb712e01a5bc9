/**
 * Orders strings by UTF-16 code unit, as `<` does: the same order on every machine. A locale's
 * collation (localeCompare) differs between runners and ICU versions, so which duplicate file
 * is reported first, or the order of a report, would change with the machine; and its first use
 * builds a collator.
 */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
