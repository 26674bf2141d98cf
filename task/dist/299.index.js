export const id = 299;
export const ids = [299];
export const modules = {

/***/ 4299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createAzurePorts: () => (/* binding */ createAzurePorts)
/* harmony export */ });
async function createAzurePorts(_conn) {
    return {};
}


/***/ })

};
