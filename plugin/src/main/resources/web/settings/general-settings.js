/*
 * XLA Scorecard: general settings (administrators), the app's "Configure" page. Loads GET /settings
 * into a form (service-manager group, limit service managers to their organisations, attention
 * threshold, minimum group size) and saves it with PUT, which replaces all four. The API's field
 * errors appear next to their inputs; nothing is saved while any field is invalid.
 */
(function (window, document) {
    'use strict';

    var XLA = window.XLA;
    var el = XLA.el;

    function numberField(id, field, labelText, value, min, max, help) {
        return el('div', {'class': 'field-group xla-field'}, [
            el('label', {'for': id, text: labelText}),
            el('input', {type: 'number', 'class': 'text short-field', id: id, 'data-field': field, min: String(min),
                max: String(max), value: String(value)}),
            el('div', {'class': 'description', text: help})
        ]);
    }

    function Settings(root) {
        this.root = root;
        this.language = root.getAttribute('data-locale') === 'nl' ? 'nl' : 'en';
        this.api = XLA.rest(root.getAttribute('data-context-path') || '', this.language);
        this.status = document.getElementById('xla-status');
    }

    Settings.prototype.load = function () {
        var self = this;
        return this.api.get('/settings').then(function (settings) {
            self.render(settings);
        }).catch(function (failure) {
            XLA.announce(self.status, 'error', XLA.failureText(failure));
        });
    };

    Settings.prototype.render = function (settings) {
        var self = this;
        var holder = XLA.clear(document.getElementById('xla-settings-form-holder'));
        var summary = el('div', {'class': 'xla-form-summary', 'aria-live': 'assertive'});
        var form = el('form', {'class': 'aui xla-settings-form', id: 'xla-gs-form', novalidate: true,
            on: {submit: function (event) {
                event.preventDefault();
                self.save(form, summary);
            }}}, [
            summary,
            el('fieldset', {}, [
                el('legend', {}, [el('span', {text: AJS.I18n.getText('xla.web.settings.servicemanagers')})]),
                el('div', {'class': 'field-group xla-field'}, [
                    el('label', {'for': 'xla-gs-group', text: AJS.I18n.getText('xla.web.settings.group')}),
                    el('input', {type: 'text', 'class': 'text medium-field', id: 'xla-gs-group', maxlength: '255',
                        'data-field': 'serviceManagerGroup', value: settings.serviceManagerGroup || ''}),
                    el('div', {'class': 'description', text: AJS.I18n.getText('xla.web.settings.group.help')})
                ]),
                el('div', {'class': 'field-group xla-field'}, [
                    el('div', {'class': 'checkbox'}, [
                        el('input', {type: 'checkbox', 'class': 'checkbox', id: 'xla-gs-limit',
                            'data-field': 'limitServiceManagersToOwnOrganisations',
                            checked: Boolean(settings.limitServiceManagersToOwnOrganisations)}),
                        el('label', {'for': 'xla-gs-limit', text: AJS.I18n.getText('xla.web.settings.limit')})
                    ]),
                    el('div', {'class': 'description', text: AJS.I18n.getText('xla.web.settings.limit.help')})
                ])
            ]),
            el('fieldset', {}, [
                el('legend', {}, [el('span', {text: AJS.I18n.getText('xla.web.settings.results')})]),
                numberField('xla-gs-threshold', 'attentionThreshold', AJS.I18n.getText('xla.web.settings.threshold'),
                    settings.attentionThreshold, 1, 100, AJS.I18n.getText('xla.web.settings.threshold.help')),
                numberField('xla-gs-groupsize', 'minimumGroupSize', AJS.I18n.getText('xla.web.settings.groupsize'),
                    settings.minimumGroupSize, 5, 1000, AJS.I18n.getText('xla.web.settings.groupsize.help'))
            ]),
            el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [
                el('button', {type: 'submit', 'class': 'aui-button aui-button-primary', id: 'xla-gs-save',
                    text: AJS.I18n.getText('xla.web.settings.save')})
            ])])
        ]);
        holder.appendChild(form);
    };

    /** A number as typed; an empty field is sent as null, so the API names it as required. */
    function integer(form, id) {
        var value = form.querySelector('#' + id).value.trim();
        return value === '' ? null : Number(value);
    }

    Settings.prototype.save = function (form, summary) {
        var self = this;
        XLA.clearFieldErrors(form);
        XLA.clear(summary);
        XLA.clear(this.status);
        var body = {
            serviceManagerGroup: form.querySelector('#xla-gs-group').value.trim(),
            limitServiceManagersToOwnOrganisations: form.querySelector('#xla-gs-limit').checked,
            attentionThreshold: integer(form, 'xla-gs-threshold'),
            minimumGroupSize: integer(form, 'xla-gs-groupsize')
        };
        this.api.put('/settings', body).then(function (saved) {
            self.render(saved);
            XLA.announce(self.status, 'success', AJS.I18n.getText('xla.web.settings.saved'));
        }).catch(function (failure) {
            XLA.showFieldErrors(form, summary, failure);
        });
    };

    XLA.onReady(function () {
        var root = document.getElementById('xla-general-settings');
        if (root) {
            new Settings(root).load();
        }
    });
}(window, document));
