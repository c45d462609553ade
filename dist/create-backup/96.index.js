export const id = 96;
export const ids = [96];
export const modules = {

/***/ 1096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRailwayBackup: () => (/* binding */ runRailwayBackup)
/* harmony export */ });
/* harmony import */ var _report_report_builder_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7156);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2011);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);



const MB = 1024 * 1024;
/**
 * The runbook's "manual backup before a risky migration" on Railway: asks Railway to back up the
 * service's volume (volumeInstanceBackupCreate), waits until the backup is listed
 * (volumeInstanceBackupList) — Railway takes the snapshot in a background workflow — and reports its
 * id, size and time; with `lock`, removes its expiry (volumeInstanceBackupLock).
 */
async function runRailwayBackup(settings, deps) {
    const clock = deps.now ?? (() => new Date());
    const sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const timeoutMs = deps.timeoutMs ?? 15 * 60_000;
    const pollMs = deps.pollMs ?? 5_000;
    const { store, logger } = deps;
    const report = (0,_report_report_builder_js__WEBPACK_IMPORTED_MODULE_0__/* .startReport */ .Fg)('backup', store.displayUrl, clock);
    const { startedAt } = report;
    const finish = (created) => ({
        ...(created ? { key: created.id } : {}),
        report: report.finish(created ? { backup: summary(created) } : {}),
    });
    const name = `lifeboat ${startedAt.toISOString().replace(/\.\d+Z$/, 'Z')}`;
    let before;
    let workflowId;
    try {
        before = new Set((await store.listBackups({ fresh: true })).map((b) => b.id));
        logger.info(`Asking Railway to back up the volume of ${store.displayUrl} as "${name}"`);
        ({ workflowId } = await store.startBackup(name));
    }
    catch (error) {
        report.add({
            id: 'backup',
            status: 'critical',
            summary: `Railway did not start a backup: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error)}`,
        });
        return finish();
    }
    const started = `backup "${name}"${workflowId ? ` (workflow ${workflowId})` : ''}`;
    let created;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        try {
            const list = await store.listBackups({ fresh: true });
            const fresh = list.filter((b) => !before.has(b.id));
            created = fresh.find((b) => b.name === name) ?? (fresh.length === 1 ? fresh[0] : undefined);
        }
        catch (error) {
            // One failed listing while the snapshot runs is no verdict; the deadline is.
            logger.warning(`listing Railway backups failed, retrying: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error)}`);
        }
        if (created)
            break;
        const waited = (0,_report_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(Math.round((timeoutMs - (deadline - Date.now())) / 1000));
        if (Date.now() + pollMs > deadline) {
            report.add({
                id: 'backup',
                status: 'critical',
                summary: `Railway started ${started} but did not list it within ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(timeoutMs / 1000)}; look at the volume's Backups tab before relying on it`,
            });
            return finish();
        }
        logger.progress(`waiting for Railway to list ${started}: ${waited} so far`);
        await sleep(pollMs);
    }
    const size = Math.round((created.referencedMB ?? created.usedMB ?? 0) * MB);
    report.add({
        id: 'backup',
        status: 'ok',
        summary: `Railway backup ${created.id} ("${created.name ?? name}") taken ${created.createdAt}, ${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(size)}${created.expiresAt ? `, expires ${created.expiresAt}` : ''}`,
        display: { value: created.id },
    });
    if (settings.lock) {
        try {
            const locked = await store.lockBackup(created.id);
            report.add(locked
                ? {
                    id: 'lock',
                    status: 'ok',
                    summary: `backup ${created.id} locked: Railway keeps it until it is deleted by hand`,
                }
                : {
                    id: 'lock',
                    status: 'critical',
                    summary: `Railway refused to lock backup ${created.id}: it still expires`,
                });
            if (locked)
                created = { ...created, expiresAt: null };
        }
        catch (error) {
            report.add({
                id: 'lock',
                status: 'critical',
                summary: `cannot lock backup ${created.id}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(error)}`,
            });
        }
    }
    return finish(created);
}
function summary(b) {
    return {
        key: b.id,
        time: new Date(b.createdAt).toISOString(),
        size: Math.round((b.referencedMB ?? b.usedMB ?? 0) * MB),
        format: 'Railway volume backup',
    };
}


/***/ })

};
