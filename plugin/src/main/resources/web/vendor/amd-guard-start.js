/*
 * Chart.js ships as UMD: where a global AMD "define" exists (Jira's page has one) it registers as an
 * anonymous AMD module instead of setting window.Chart. Hide define while chart.umd.js runs;
 * amd-guard-end.js puts it back. Both are in the same web resource, in this order.
 */
window.__xlaHiddenDefine = window.define;
window.define = undefined;
