export const id = 647;
export const ids = [647];
export const modules = {

/***/ 3647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createAzurePorts: () => (/* binding */ createAzurePorts)
/* harmony export */ });
async function createAzurePorts(_conn) {
    return {};
}


/***/ })

};
