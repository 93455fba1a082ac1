/*
 * Inside Jira the web-resource manager gives AUI the context path before AUI loads. AUI's
 * stand-alone build has no such manager (it fails with "i is not a function" while loading without
 * it), so the sandbox supplies AJS.contextPath() (and AJS.Meta when missing) from the
 * <meta name="ajs-..."> tags its decorator writes. Loaded before AUI.
 */
(function () {
    'use strict';
    var AJS = window.AJS = window.AJS || {};
    function meta(name) {
        var element = document.querySelector('meta[name="ajs-' + name + '"]');
        return element ? element.getAttribute('content') : undefined;
    }
    AJS.contextPath = function () {
        return meta('context-path') || '';
    };
    if (!AJS.Meta) {
        AJS.Meta = { get: meta };
    }
}());
