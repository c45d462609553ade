export const id = 213;
export const ids = [213];
export const modules = {

/***/ 2213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   matrixCommand: () => (/* binding */ matrixCommand),
/* harmony export */   matrixOptions: () => (/* binding */ matrixOptions)
/* harmony export */ });
/* harmony import */ var _fleet_fleet_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6303);
/* harmony import */ var _flags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5377);


const matrixOptions = { config: _fleet_fleet_options_js__WEBPACK_IMPORTED_MODULE_0__/* .fleetOptions */ .Lk.config };
/**
 * `lifeboat matrix`: one line of JSON for `strategy.matrix` (`fromJSON(…)`), one include per database,
 * so that GitHub runs one job per database and each selects its entry with `name`.
 */
async function matrixCommand(argv, ctx) {
    const raw = (0,_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFlags */ .bQ)('matrix', matrixOptions, argv);
    const { loadLifeboatFile, matrixOf } = await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(339), __webpack_require__.e(815), __webpack_require__.e(889), __webpack_require__.e(845), __webpack_require__.e(106)]).then(__webpack_require__.bind(__webpack_require__, 5648));
    const file = await loadLifeboatFile(raw.config ?? _fleet_fleet_options_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_CONFIG_FILE */ .Cu, { explicit: true });
    ctx.stdout.write(`${JSON.stringify(matrixOf(file))}\n`);
    return 0;
}


/***/ }),

/***/ 6303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ DEFAULT_CONFIG_FILE),
/* harmony export */   Lk: () => (/* binding */ fleetOptions),
/* harmony export */   Pk: () => (/* binding */ fleetCliOptions),
/* harmony export */   _0: () => (/* binding */ drillFleetOptions),
/* harmony export */   z0: () => (/* binding */ applyFleetEntry)
/* harmony export */ });
// Kept apart from fleet-file.ts so that the option tables cost no YAML parser at start-up.
const DEFAULT_CONFIG_FILE = '.github/lifeboat.yml';
/** The inputs that pick a fleet entry: verify reads `config`, the drill its `checks` file. */
const fleetOptions = {
    name: {
        description: 'Only this entry of the fleet file (databases: in config): its source, database, thresholds and secrets (by name) apply.',
        default: '',
    },
    config: {
        description: 'The fleet file that lists databases: (read when name is set).',
        default: DEFAULT_CONFIG_FILE,
    },
};
const drillFleetOptions = {
    name: {
        description: 'Only this entry of the fleet file (databases: in checks): its source, database, targets, secrets (by name) and checks apply.',
        default: '',
    },
};
/** `lifeboat verify --all`: every entry in one run. */
const fleetCliOptions = {
    all: { description: 'Verify every database of the fleet file, one section each.', boolean: true, only: 'cli' },
    'max-parallel': {
        description: 'With --all: how many databases are verified at the same time.',
        default: '2',
        only: 'cli',
    },
};
/**
 * With `name` set, the raw options of that entry's run (its values over the inputs, its secrets read
 * from the environment variables they name); without, `raw` as it is.
 */
async function applyFleetEntry(raw, opts) {
    if (!raw.name?.trim())
        return raw;
    const { withFleetEntry } = await Promise.all(/* import() */[__webpack_require__.e(857), __webpack_require__.e(339), __webpack_require__.e(815), __webpack_require__.e(889), __webpack_require__.e(845), __webpack_require__.e(106)]).then(__webpack_require__.bind(__webpack_require__, 5648));
    return (await withFleetEntry(raw, opts)).raw;
}


/***/ })

};
