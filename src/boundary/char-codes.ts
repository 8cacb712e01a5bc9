// Character codes the lexer compares against (charCodeAt is far cheaper than one-character strings).
export const NL = 10;
export const CR = 13;
export const DQUOTE = 34;
export const HASH = 35;
export const SQUOTE = 39;
export const DOT = 46;
export const AT = 64;
export const BACKTICK = 96;
export const OPEN_BRACE = 123;
export const CLOSE_BRACE = 125;
