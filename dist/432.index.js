export const id = 432;
export const ids = [432];
export const modules = {

/***/ 9432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   bw: () => (/* binding */ parseVersionText),
/* harmony export */   sY: () => (/* binding */ parseVersionedName)
/* harmony export */ });
const NAME_PATTERN = /^(\d+(?:\.\d+)*)(?:[_-]+(.*?))?\.sql$/i;
function parseVersionedName(fileName) {
    const match = NAME_PATTERN.exec(fileName);
    if (!match)
        return undefined;
    const parts = match[1].split('.').map((p) => BigInt(p));
    return { text: parts.map(String).join('.'), parts, description: match[2] ?? '' };
}
function parseVersionText(text) {
    if (!/^\d+(?:\.\d+)*$/.test(text))
        return undefined;
    return text.split('.').map((p) => BigInt(p));
}
function compareVersions(a, b) {
    const length = Math.max(a.length, b.length);
    for (let i = 0; i < length; i++) {
        const x = a[i] ?? 0n;
        const y = b[i] ?? 0n;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    return 0;
}


/***/ })

};
