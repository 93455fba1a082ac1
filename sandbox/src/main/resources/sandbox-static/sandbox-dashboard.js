/*
 * Sandbox host, not Jira: renders the app's dashboard items the way Jira's dashboard does. For each
 * item frame of /secure/Dashboard.jspa it requires the item's AMD module (from the descriptor's
 * <dashboard-item><amd-module>), constructs it with an item API and calls render(context,
 * preferences), or renderEdit when the user presses "Configure". The API offers what the items use
 * of Jira's: getContext, isEditable, savePreferences (stored per user in the sandbox database through
 * /rest/sandbox/1.0/dashboard/items/{key}/preferences, then the item is rendered again), closeEdit,
 * showLoadingBar/hideLoadingBar, resize, setTitle, initRefresh and getGadgetId. context is a jQuery
 * object of the item's content element, as in Jira. Texts of the host come from data attributes the
 * page writes; data are only ever set as text.
 */
(function (window, document) {
    'use strict';

    var contextPath = window.AJS && typeof AJS.contextPath === 'function' ? AJS.contextPath() : '';
    var dashboard = document.getElementById('dashboard');
    if (!dashboard) {
        return;
    }

    function copy(preferences) {
        return JSON.parse(JSON.stringify(preferences || {}));
    }

    function message(node, text) {
        while (node.firstChild) {
            node.removeChild(node.firstChild);
        }
        var box = document.createElement('div');
        box.className = 'aui-message aui-message-error dashboard-item-error';
        var p = document.createElement('p');
        p.textContent = text;
        box.appendChild(p);
        node.appendChild(box);
    }

    function Frame(section) {
        this.section = section;
        this.key = section.getAttribute('data-item-key');
        this.module = section.getAttribute('data-amd-module');
        this.configurable = section.getAttribute('data-configurable') === 'true';
        this.preferences = JSON.parse(section.getAttribute('data-preferences') || '{}');
        this.content = section.querySelector('.dashboard-item-content');
        this.title = section.querySelector('.dashboard-item-title');
        this.loading = section.querySelector('.dashboard-item-loading');
        this.configure = section.querySelector('.dashboard-item-configure');
        this.editing = false;
        this.refresh = null;
    }

    Frame.prototype.context = function () {
        return window.jQuery ? window.jQuery(this.content) : this.content;
    };

    Frame.prototype.api = function () {
        var self = this;
        return {
            getContext: function () {
                return {itemKey: self.key, contextPath: contextPath, editing: self.editing,
                    user: window.AJS && AJS.Meta ? AJS.Meta.get('remote-user') : null,
                    locale: window.AJS && AJS.Meta ? AJS.Meta.get('user-locale') : null};
            },
            getGadgetId: function () { return self.key; },
            isEditable: function () { return self.configurable; },
            savePreferences: function (preferences) { return self.save(preferences); },
            closeEdit: function () { self.view(); },
            showLoadingBar: function () {
                self.loading.hidden = false;
                self.section.setAttribute('aria-busy', 'true');
            },
            hideLoadingBar: function () {
                self.loading.hidden = true;
                self.section.setAttribute('aria-busy', 'false');
            },
            resize: function () {
                // Frames grow with their content; nothing to measure. Counted for tests of the API use.
                self.section.setAttribute('data-resized', String(Number(self.section.getAttribute('data-resized') || 0) + 1));
            },
            setTitle: function (text) { self.title.textContent = String(text); },
            initRefresh: function (preferences, callback) {
                if (self.refresh) {
                    window.clearInterval(self.refresh);
                }
                self.refresh = window.setInterval(callback, 15 * 60 * 1000);
            }
        };
    };

    Frame.prototype.start = function () {
        var self = this;
        if (this.configure) {
            this.configure.addEventListener('click', function () { self.edit(); });
        }
        window.require([this.module], function (Item) {
            self.item = new Item(self.api());
            self.view();
        }, function () {
            self.failed();
        });
    };

    Frame.prototype.failed = function () {
        this.section.setAttribute('data-mode', 'failed');
        message(this.content, dashboard.getAttribute('data-text-failed'));
    };

    Frame.prototype.call = function (method) {
        try {
            var answer = this.item[method](this.context(), copy(this.preferences));
            if (answer && typeof answer.catch === 'function') {
                answer.catch(this.failed.bind(this));
            }
        } catch (e) {
            this.failed();
            window.console.error(e);
        }
    };

    Frame.prototype.view = function () {
        this.editing = false;
        this.section.setAttribute('data-mode', 'view');
        if (this.configure) {
            this.configure.setAttribute('aria-expanded', 'false');
        }
        this.call('render');
    };

    Frame.prototype.edit = function () {
        if (!this.item || typeof this.item.renderEdit !== 'function') {
            return;
        }
        this.editing = true;
        this.section.setAttribute('data-mode', 'edit');
        this.configure.setAttribute('aria-expanded', 'true');
        this.call('renderEdit');
        var first = this.content.querySelector('select, input, button');
        if (first) {
            first.focus();
        }
    };

    Frame.prototype.save = function (preferences) {
        var self = this;
        return window.fetch(contextPath + '/rest/sandbox/1.0/dashboard/items/' + encodeURIComponent(this.key) + '/preferences', {
            method: 'PUT',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'},
            body: JSON.stringify(preferences)
        }).then(function (response) {
            if (!response.ok) {
                throw new Error('HTTP ' + response.status);
            }
            return response.json();
        }).then(function (saved) {
            self.preferences = saved;
            self.section.setAttribute('data-preferences', JSON.stringify(saved));
            self.view();
            if (self.configure) {
                self.configure.focus();
            }
        }).catch(function () {
            var note = document.createElement('p');
            note.className = 'dashboard-item-save-error';
            note.setAttribute('role', 'alert');
            note.textContent = dashboard.getAttribute('data-text-savefailed');
            self.content.insertBefore(note, self.content.firstChild);
        });
    };

    Array.prototype.forEach.call(dashboard.querySelectorAll('.dashboard-item-frame'), function (section) {
        new Frame(section).start();
    });
}(window, document));
