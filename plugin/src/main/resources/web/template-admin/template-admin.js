/*
 * XLA Scorecard: the scorecard template editor (administrators). Loads the current template,
 * lets the administrator edit category names, descriptions and statements in English and Dutch,
 * and saves them as a new version (POST /template with basedOnVersion, so two administrators
 * cannot overwrite each other). Older versions can be viewed read-only.
 */
(function (window, document) {
    'use strict';

    var XLA = window.XLA;
    var el = XLA.el;
    var LANGUAGES = ['en', 'nl'];
    var LANGUAGE_NAME = {
        en: AJS.I18n.getText('xla.web.template.language.en'),
        nl: AJS.I18n.getText('xla.web.template.language.nl')
    };

    function Editor(root) {
        this.root = root;
        this.language = root.getAttribute('data-locale') === 'nl' ? 'nl' : 'en';
        this.api = XLA.rest(root.getAttribute('data-context-path') || '', this.language);
        this.fmt = XLA.formats(this.language);
        this.status = document.getElementById('xla-status');
        this.current = null;
    }

    Editor.prototype.load = function () {
        var self = this;
        return this.api.get('/template').then(function (template) {
            self.current = template;
            self.renderEditor(template);
            self.renderHistory(template.version);
        }).catch(function (failure) {
            XLA.announce(self.status, 'error', XLA.failureText(failure));
        });
    };

    Editor.prototype.versionLine = function (template) {
        if (!template.createdBy) {
            return XLA.format(AJS.I18n.getText('xla.web.template.version.default'), this.fmt.integer(template.version));
        }
        return XLA.format(AJS.I18n.getText('xla.web.template.version.saved'), this.fmt.integer(template.version),
            this.fmt.instant(template.createdAt), template.createdBy);
    };

    /** A text input (or textarea) for one language of a localized text. */
    function localizedInputs(idBase, fieldBase, labelText, value, multiline) {
        return LANGUAGES.map(function (language) {
            var id = idBase + '-' + language;
            var input = el(multiline ? 'textarea' : 'input', {
                id: id, 'class': multiline ? 'textarea long-field' : 'text long-field',
                type: multiline ? null : 'text', rows: multiline ? '2' : null,
                'data-field': fieldBase + '.' + language, 'data-language': language,
                value: value ? (value[language] || '') : ''
            });
            return el('div', {'class': 'field-group xla-field'}, [
                el('label', {'for': id, text: labelText + ' (' + LANGUAGE_NAME[language] + ')'}),
                input
            ]);
        });
    }

    function readLocalized(container, fieldBase) {
        var text = {};
        LANGUAGES.forEach(function (language) {
            var input = container.querySelector('[data-field="' + fieldBase + '.' + language + '"]');
            text[language] = input ? input.value.trim() : '';
        });
        return text;
    }

    Editor.prototype.renderEditor = function (template) {
        var self = this;
        var container = XLA.clear(document.getElementById('xla-template-editor'));
        var summary = el('div', {'class': 'xla-form-summary', 'aria-live': 'assertive'});
        var fieldsets = (template.categories || []).map(function (category, ci) {
            var base = 'categories[' + ci + ']';
            var statements = (category.statements || []).map(function (statement, si) {
                var statementBase = base + '.statements[' + si + ']';
                return el('div', {'class': 'xla-template-statement', 'data-key': statement.key}, [
                    el('p', {'class': 'xla-statement-key', text: XLA.format(
                        AJS.I18n.getText('xla.web.template.statement'), String(si + 1), statement.key)})
                ].concat(localizedInputs('xla-t-' + statement.key, statementBase + '.text',
                    AJS.I18n.getText('xla.web.template.statement.text'), statement.text, true)));
            });
            return el('fieldset', {'class': 'xla-category-fieldset', 'data-category': category.category}, [
                el('legend', {}, [el('span', {text: category.name ? category.name[self.language] : category.category})])
            ].concat(localizedInputs('xla-c-' + category.category + '-name', base + '.name',
                AJS.I18n.getText('xla.web.template.category.name'), category.name, false))
                .concat(localizedInputs('xla-c-' + category.category + '-description', base + '.description',
                    AJS.I18n.getText('xla.web.template.category.description'), category.description, true))
                .concat(statements));
        });

        var form = el('form', {'class': 'aui xla-template-form', id: 'xla-template-form', novalidate: true,
            on: {submit: function (event) {
                event.preventDefault();
                self.save(form, summary);
            }}}, [
            el('p', {'class': 'xla-template-version', id: 'xla-template-version', text: this.versionLine(template)}),
            el('p', {'class': 'description', text: AJS.I18n.getText('xla.web.template.help')}),
            summary
        ].concat(fieldsets).concat([
            el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [
                el('button', {type: 'submit', 'class': 'aui-button aui-button-primary', id: 'xla-template-save',
                    text: AJS.I18n.getText('xla.web.template.save')})
            ])])
        ]));
        container.appendChild(form);
    };

    Editor.prototype.save = function (form, summary) {
        var self = this;
        XLA.clearFieldErrors(form);
        XLA.clear(summary);
        var categories = (this.current.categories || []).map(function (category, ci) {
            var base = 'categories[' + ci + ']';
            return {
                category: category.category,
                name: readLocalized(form, base + '.name'),
                description: readLocalized(form, base + '.description'),
                statements: (category.statements || []).map(function (statement, si) {
                    return {key: statement.key, text: readLocalized(form, base + '.statements[' + si + '].text')};
                })
            };
        });
        this.api.post('/template', {basedOnVersion: this.current.version, categories: categories}).then(function (saved) {
            self.current = saved;
            self.renderEditor(saved);
            self.renderHistory(saved.version);
            XLA.announce(self.status, 'success', XLA.format(AJS.I18n.getText('xla.web.template.saved'),
                self.fmt.integer(saved.version)));
            document.getElementById('xla-template-version').focus();
        }).catch(function (failure) {
            XLA.showFieldErrors(form, summary, failure);
        });
    };

    Editor.prototype.renderHistory = function (latest) {
        var self = this;
        var list = XLA.clear(document.getElementById('xla-template-history'));
        var items = [];
        for (var version = latest; version >= 1; version -= 1) {
            items.push(version);
        }
        list.appendChild(el('ul', {'class': 'xla-version-list'}, items.map(function (version) {
            return el('li', {}, [el('button', {type: 'button', 'class': 'aui-button aui-button-link',
                'data-version': version,
                text: XLA.format(AJS.I18n.getText('xla.web.template.history.view'), self.fmt.integer(version)),
                on: {click: function () { self.showVersion(version); }}})]);
        })));
        list.appendChild(el('div', {id: 'xla-template-version-view', 'class': 'xla-version-view', tabindex: '-1'}));
    };

    Editor.prototype.showVersion = function (version) {
        var self = this;
        var view = document.getElementById('xla-template-version-view');
        this.api.get('/template/versions/' + version).then(function (template) {
            XLA.clear(view);
            view.appendChild(el('h3', {text: self.versionLine(template)}));
            (template.categories || []).forEach(function (category) {
                view.appendChild(el('h4', {text: (category.name || {})[self.language] || category.category}));
                view.appendChild(el('p', {'class': 'description', text: (category.description || {})[self.language] || ''}));
                view.appendChild(el('ol', {}, (category.statements || []).map(function (statement) {
                    return el('li', {}, [el('span', {text: (statement.text || {})[self.language] || ''}),
                        el('span', {'class': 'xla-statement-key', text: ' (' + statement.key + ')'})]);
                })));
            });
            view.focus();
        }).catch(function (failure) {
            XLA.announce(self.status, 'error', XLA.failureText(failure));
        });
    };

    XLA.onReady(function () {
        var root = document.getElementById('xla-template-admin');
        if (root) {
            new Editor(root).load();
        }
    });
}(window, document));
