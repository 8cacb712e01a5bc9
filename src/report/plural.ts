/** A count with its noun, singular for one: "1 file", "3 files". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
