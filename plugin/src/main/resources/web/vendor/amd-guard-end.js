/* See amd-guard-start.js: restore Jira's AMD define after Chart.js has set window.Chart. */
window.define = window.__xlaHiddenDefine;
try {
    delete window.__xlaHiddenDefine;
} catch (ignored) {
    window.__xlaHiddenDefine = undefined;
}
