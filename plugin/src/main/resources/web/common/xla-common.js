/*
 * XLA Scorecard: helpers shared by the app's pages (window.XLA). Everything that puts data on a
 * page goes through el()/text nodes, never innerHTML, so names and comments typed by users can
 * never become markup. Every text comes from AJS.I18n.getText with a literal key, which Jira's jsI18n
 * transformer (and the sandbox) replaces with the text in the user's language when serving.
 */
(function (window, document) {
    'use strict';

    var XLA = window.XLA = window.XLA || {};

    /** Runs fn once the DOM is ready (scripts may be in the head or at the end of the body). */
    XLA.onReady = function (fn) {
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', fn);
        } else {
            fn();
        }
    };

    /**
     * Creates an element. props: attributes (class, id, for, aria-*, data-*...), plus "text" (the
     * textContent) and "on" (event handlers). children: nodes or strings (strings become text nodes).
     */
    XLA.el = function (tag, props, children) {
        var node = document.createElement(tag);
        Object.keys(props || {}).forEach(function (name) {
            var value = props[name];
            if (value === null || value === undefined || value === false) {
                return;
            }
            if (name === 'text') {
                node.textContent = String(value);
            } else if (name === 'on') {
                Object.keys(value).forEach(function (event) {
                    node.addEventListener(event, value[event]);
                });
            } else if (name === 'value') {
                node.value = value;
            } else if (name === 'checked' || name === 'disabled' || name === 'hidden' || name === 'required') {
                node[name] = Boolean(value);
            } else {
                node.setAttribute(name, value === true ? '' : String(value));
            }
        });
        (children || []).forEach(function (child) {
            if (child === null || child === undefined || child === false) {
                return;
            }
            node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
        });
        return node;
    };

    XLA.clear = function (node) {
        while (node.firstChild) {
            node.removeChild(node.firstChild);
        }
        return node;
    };

    /** AJS.format with the arguments given as they are ("{0}" placeholders). */
    XLA.format = function (pattern) {
        var args = Array.prototype.slice.call(arguments, 1);
        if (window.AJS && typeof window.AJS.format === 'function') {
            return window.AJS.format.apply(window.AJS, [pattern].concat(args));
        }
        return pattern.replace(/\{(\d+)\}/g, function (match, index) {
            return index < args.length ? String(args[index]) : match;
        });
    };

    // ---- REST -------------------------------------------------------------------------------

    /**
     * A client for /rest/xla-scorecard/1.0. Resolves with the parsed JSON (null for 204) and
     * rejects with {status, errorMessages, errors} in Jira's error shape. language ("nl"/"en") is
     * sent as Accept-Language, so error texts from REST are in the page's language even when the
     * browser's own preference differs from the user's Jira language.
     */
    XLA.rest = function (contextPath, language) {
        var base = contextPath + '/rest/xla-scorecard/1.0';

        function call(method, path, body) {
            var headers = {'Accept': 'application/json', 'Accept-Language': language === 'nl' ? 'nl' : 'en'};
            if (method !== 'GET') {
                // Jira's XSRF check (and the sandbox's) rejects browser writes without it.
                headers['X-Atlassian-Token'] = 'no-check';
            }
            if (body !== undefined) {
                headers['Content-Type'] = 'application/json';
            }
            return window.fetch(base + path, {
                method: method,
                credentials: 'same-origin',
                headers: headers,
                body: body === undefined ? undefined : JSON.stringify(body)
            }).then(function (response) {
                if (response.status === 204) {
                    return null;
                }
                return response.text().then(function (raw) {
                    var json = null;
                    try {
                        json = raw ? JSON.parse(raw) : null;
                    } catch (ignored) {
                        json = null;
                    }
                    if (response.ok) {
                        return json;
                    }
                    throw {
                        status: response.status,
                        errorMessages: (json && json.errorMessages) || [],
                        errors: (json && json.errors) || {}
                    };
                });
            }, function () {
                throw {status: 0, errorMessages: [], errors: {}};
            });
        }

        return {
            get: function (path) { return call('GET', path); },
            post: function (path, body) { return call('POST', path, body === undefined ? {} : body); },
            put: function (path, body) { return call('PUT', path, body); },
            del: function (path) { return call('DELETE', path); }
        };
    };

    /** The values of a REST answer that is either a paged list or a plain array. */
    XLA.values = function (answer) {
        if (!answer) {
            return [];
        }
        return Array.isArray(answer) ? answer : (answer.values || []);
    };

    // ---- formatting ---------------------------------------------------------------------------

    /** Formatting per the page's language: "nl" gives 72,4 and 1 mrt. 2026. */
    XLA.formats = function (language) {
        var locale = language === 'nl' ? 'nl-NL' : 'en-GB';
        var oneDecimal = new Intl.NumberFormat(locale, {minimumFractionDigits: 1, maximumFractionDigits: 1});
        var signed = new Intl.NumberFormat(locale, {minimumFractionDigits: 1, maximumFractionDigits: 1,
            signDisplay: 'exceptZero'});
        var percent = new Intl.NumberFormat(locale, {style: 'percent', maximumFractionDigits: 0});
        var integer = new Intl.NumberFormat(locale, {maximumFractionDigits: 0});
        var date = new Intl.DateTimeFormat(locale, {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'});
        var dateTime = new Intl.DateTimeFormat(locale, {day: 'numeric', month: 'short', year: 'numeric',
            hour: '2-digit', minute: '2-digit'});

        function isNumber(value) {
            return typeof value === 'number' && isFinite(value);
        }

        return {
            locale: locale,
            score: function (value) { return isNumber(value) ? oneDecimal.format(value) : '\u2013'; },
            delta: function (value) { return isNumber(value) ? signed.format(value) : '\u2013'; },
            percent: function (value) { return isNumber(value) ? percent.format(value) : '\u2013'; },
            integer: function (value) { return isNumber(value) ? integer.format(value) : '\u2013'; },
            /** A yyyy-MM-dd date, read as a calendar date (no time zone shift). */
            date: function (iso) {
                if (!iso) {
                    return '\u2013';
                }
                var parts = String(iso).split('-');
                return date.format(new Date(Date.UTC(+parts[0], +parts[1] - 1, +parts[2])));
            },
            instant: function (iso) { return iso ? dateTime.format(new Date(iso)) : '\u2013'; }
        };
    };

    // ---- messages and field errors -----------------------------------------------------------

    /**
     * Shows a message in the page's live region (read out by screen readers). type: success,
     * error, info, warning (AUI message styles).
     */
    XLA.announce = function (region, type, text) {
        XLA.clear(region);
        region.appendChild(XLA.el('div', {'class': 'aui-message aui-message-' + type}, [
            XLA.el('p', {'class': 'title', text: text})
        ]));
    };

    /** The general text for a failed call that carries no own message. */
    XLA.failureText = function (failure) {
        if (failure && failure.errorMessages && failure.errorMessages.length) {
            return failure.errorMessages.join(' ');
        }
        if (failure && failure.status === 409) {
            return AJS.I18n.getText('xla.web.error.conflict');
        }
        if (failure && failure.status === 403) {
            return AJS.I18n.getText('xla.web.error.forbidden');
        }
        if (failure && failure.status === 404) {
            return AJS.I18n.getText('xla.web.error.notfound');
        }
        return AJS.I18n.getText('xla.web.error.general');
    };

    /** Removes the field errors a form shows. */
    XLA.clearFieldErrors = function (form) {
        Array.prototype.forEach.call(form.querySelectorAll('.xla-field-error'), function (node) {
            node.parentNode.removeChild(node);
        });
        Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (node) {
            node.removeAttribute('aria-invalid');
            node.removeAttribute('aria-describedby');
        });
    };

    /**
     * Shows the API's field errors ({"scores.REL_1": "..."}) next to the inputs whose
     * data-field names them; errors without such an input, and errorMessages, go to the summary.
     * Focuses the first invalid input so keyboard users land where the problem is.
     */
    XLA.showFieldErrors = function (form, summary, failure) {
        XLA.clearFieldErrors(form);
        var unplaced = (failure.errorMessages || []).slice();
        var first = null;
        Object.keys(failure.errors || {}).forEach(function (field, index) {
            var input = form.querySelector('[data-field="' + cssEscape(field) + '"]');
            if (!input) {
                unplaced.push(failure.errors[field]);
                return;
            }
            var id = 'xla-error-' + index + '-' + Math.random().toString(36).slice(2, 8);
            var message = XLA.el('div', {'class': 'error xla-field-error', id: id, text: failure.errors[field]});
            var holder = input.closest('.field-group, .xla-field') || input.parentNode;
            holder.appendChild(message);
            input.setAttribute('aria-invalid', 'true');
            input.setAttribute('aria-describedby', id);
            first = first || input;
        });
        if (!Object.keys(failure.errors || {}).length && !unplaced.length) {
            unplaced.push(XLA.failureText(failure));
        }
        if (unplaced.length) {
            XLA.announce(summary, 'error', unplaced.join(' '));
        } else {
            XLA.announce(summary, 'error', AJS.I18n.getText('xla.web.error.fields'));
        }
        if (first) {
            first.focus();
        }
    };

    function cssEscape(value) {
        return window.CSS && window.CSS.escape ? window.CSS.escape(value) : String(value).replace(/["\\]/g, '\\$&');
    }

    // ---- dialogs -----------------------------------------------------------------------------

    /**
     * A modal dialog on the native <dialog> element: focus is kept inside, Escape closes it and
     * focus returns to the control that opened it.
     */
    XLA.dialog = function (titleText, body, buttons) {
        var opener = document.activeElement;
        var titleId = 'xla-dialog-title-' + Math.random().toString(36).slice(2, 8);
        var dialog = XLA.el('dialog', {'class': 'xla-dialog', 'aria-labelledby': titleId}, [
            XLA.el('header', {'class': 'xla-dialog-header'}, [XLA.el('h2', {id: titleId, text: titleText})]),
            XLA.el('div', {'class': 'xla-dialog-content'}, [body]),
            XLA.el('footer', {'class': 'xla-dialog-footer'}, buttons)
        ]);
        dialog.addEventListener('close', function () {
            if (dialog.parentNode) {
                dialog.parentNode.removeChild(dialog);
            }
            if (opener && typeof opener.focus === 'function' && document.contains(opener)) {
                opener.focus();
            }
        });
        document.body.appendChild(dialog);
        dialog.showModal();
        return dialog;
    };

    /** Asks to confirm; resolves true (confirmed) or false. */
    XLA.confirm = function (titleText, messageText, confirmText) {
        return new Promise(function (resolve) {
            var dialog;
            var confirmed = false;
            var confirmButton = XLA.el('button', {type: 'button', 'class': 'aui-button aui-button-primary',
                text: confirmText, on: {click: function () { confirmed = true; dialog.close(); }}});
            var cancelButton = XLA.el('button', {type: 'button', 'class': 'aui-button aui-button-link',
                text: AJS.I18n.getText('xla.web.cancel'), on: {click: function () { dialog.close(); }}});
            dialog = XLA.dialog(titleText, XLA.el('p', {text: messageText}), [confirmButton, cancelButton]);
            dialog.addEventListener('close', function () { resolve(confirmed); });
            cancelButton.focus();
        });
    };
}(window, document));
