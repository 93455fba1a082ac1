/*
 * Inside Jira the web-resource manager gives AUI the context path. AUI's stand-alone build has no
 * such manager, so the sandbox supplies AJS.contextPath() (and AJS.Meta when missing) from the
 * <meta name="ajs-..."> tags its decorator writes.
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
