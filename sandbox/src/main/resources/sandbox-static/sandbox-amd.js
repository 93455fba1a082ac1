/*
 * Sandbox host, not Jira: a small AMD loader standing in for the one Jira's pages have (define and
 * require). Named modules only, as Jira's web resources define them; dependencies are resolved when
 * a module is first required. define.amd is set as on Jira's pages, so UMD libraries behave as they
 * would inside Jira (Chart.js is loaded between the app's guards for that reason). Loaded after AUI
 * and jQuery, which register themselves as globals.
 */
(function (window) {
    'use strict';
    if (typeof window.define === 'function' && typeof window.require === 'function') {
        return;
    }
    var modules = {};

    function define(name, dependencies, factory) {
        if (typeof name !== 'string') {
            throw new Error('Sandbox AMD loader: only named modules are supported (define("name", [...], factory))');
        }
        if (typeof dependencies === 'function') {
            factory = dependencies;
            dependencies = [];
        }
        modules[name] = {dependencies: dependencies || [], factory: factory, resolved: false, value: undefined};
    }
    define.amd = {};

    function resolve(name, trail) {
        var module = modules[name];
        if (!module) {
            if (name === 'jquery' && window.jQuery) {
                return window.jQuery;
            }
            throw new Error('Sandbox AMD loader: no module named ' + name);
        }
        if (!module.resolved) {
            if (trail.indexOf(name) >= 0) {
                throw new Error('Sandbox AMD loader: modules depend on each other in a circle: ' + trail.concat(name).join(' > '));
            }
            var values = module.dependencies.map(function (dependency) { return resolve(dependency, trail.concat(name)); });
            module.value = typeof module.factory === 'function' ? module.factory.apply(window, values) : module.factory;
            module.resolved = true;
        }
        return module.value;
    }

    /** require('name') answers the module; require(['a', 'b'], callback, errback) calls back asynchronously. */
    function require(names, callback, errback) {
        if (typeof names === 'string') {
            return resolve(names, []);
        }
        window.setTimeout(function () {
            var values;
            try {
                values = names.map(function (name) { return resolve(name, []); });
            } catch (e) {
                if (errback) {
                    errback(e);
                    return;
                }
                throw e;
            }
            if (callback) {
                callback.apply(window, values);
            }
        }, 0);
        return undefined;
    }

    window.define = define;
    window.require = require;
}(window));
