/*
 * XLA Scorecard: follow-up settings (administrators). Loads GET /followup-settings into a form
 * (unhappy threshold, window, reminder lead time, maximum attempts, maximum rating age, business
 * calendar: time zone, opening hours per weekday, holidays) and saves it with PUT. The API's field
 * errors (e.g. "calendar.workingHours.MONDAY") appear next to their inputs.
 */
(function (window, document) {
    'use strict';

    var XLA = window.XLA;
    var el = XLA.el;
    var DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

    function dayName(day) {
        switch (day) {
            case 'MONDAY': return AJS.I18n.getText('xla.web.fsettings.day.monday');
            case 'TUESDAY': return AJS.I18n.getText('xla.web.fsettings.day.tuesday');
            case 'WEDNESDAY': return AJS.I18n.getText('xla.web.fsettings.day.wednesday');
            case 'THURSDAY': return AJS.I18n.getText('xla.web.fsettings.day.thursday');
            case 'FRIDAY': return AJS.I18n.getText('xla.web.fsettings.day.friday');
            case 'SATURDAY': return AJS.I18n.getText('xla.web.fsettings.day.saturday');
            default: return AJS.I18n.getText('xla.web.fsettings.day.sunday');
        }
    }

    function numberField(id, field, labelText, value, min, max, help) {
        return el('div', {'class': 'field-group xla-field'}, [
            el('label', {'for': id, text: labelText}),
            el('input', {type: 'number', 'class': 'text short-field', id: id, 'data-field': field, min: String(min),
                max: String(max), value: String(value)}),
            help ? el('div', {'class': 'description', text: help}) : null
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
        return this.api.get('/followup-settings').then(function (settings) {
            self.render(settings);
        }).catch(function (failure) {
            XLA.announce(self.status, 'error', XLA.failureText(failure));
        });
    };

    Settings.prototype.render = function (settings) {
        var self = this;
        var holder = XLA.clear(document.getElementById('xla-settings-form-holder'));
        var summary = el('div', {'class': 'xla-form-summary', 'aria-live': 'assertive'});
        var calendar = settings.calendar || {};
        var hours = calendar.workingHours || {};
        var thresholdSelect = el('select', {'class': 'select', id: 'xla-fs-threshold', 'data-field': 'unhappyThreshold'},
            [1, 2, 3, 4].map(function (value) {
                return el('option', {value: String(value), text: XLA.format(
                    AJS.I18n.getText('xla.web.fsettings.threshold.option'), value)});
            }));
        thresholdSelect.value = String(settings.unhappyThreshold);

        var dayRows = DAYS.map(function (day) {
            var open = hours[day];
            var checkbox = el('input', {type: 'checkbox', 'class': 'checkbox', id: 'xla-fs-day-' + day,
                checked: Boolean(open), 'data-day': day});
            var opens = el('input', {type: 'time', 'class': 'text short-field', id: 'xla-fs-opens-' + day,
                'aria-label': XLA.format(AJS.I18n.getText('xla.web.fsettings.opens'), dayName(day)),
                value: open ? open.opens : '08:30', 'data-field': 'calendar.workingHours.' + day});
            var closes = el('input', {type: 'time', 'class': 'text short-field', id: 'xla-fs-closes-' + day,
                'aria-label': XLA.format(AJS.I18n.getText('xla.web.fsettings.closes'), dayName(day)),
                value: open ? open.closes : '17:00'});
            return el('tr', {'data-day': day}, [
                el('th', {scope: 'row'}, [el('div', {'class': 'checkbox'}, [checkbox,
                    el('label', {'for': 'xla-fs-day-' + day, text: dayName(day)})])]),
                el('td', {'class': 'xla-field'}, [opens]),
                el('td', {}, [closes])
            ]);
        });

        var form = el('form', {'class': 'aui xla-settings-form', id: 'xla-fs-form', novalidate: true,
            on: {submit: function (event) {
                event.preventDefault();
                self.save(form, summary);
            }}}, [
            summary,
            el('fieldset', {}, [
                el('legend', {}, [el('span', {text: AJS.I18n.getText('xla.web.fsettings.followups')})]),
                el('div', {'class': 'field-group xla-field'}, [
                    el('label', {'for': 'xla-fs-threshold', text: AJS.I18n.getText('xla.web.fsettings.threshold')}),
                    thresholdSelect,
                    el('div', {'class': 'description', text: AJS.I18n.getText('xla.web.fsettings.threshold.help')})
                ]),
                numberField('xla-fs-window', 'windowMinutes', AJS.I18n.getText('xla.web.fsettings.window'),
                    settings.windowMinutes, 1, 40320, AJS.I18n.getText('xla.web.fsettings.window.help')),
                numberField('xla-fs-reminder', 'reminderLeadMinutes', AJS.I18n.getText('xla.web.fsettings.reminder'),
                    settings.reminderLeadMinutes, 0, 40320, AJS.I18n.getText('xla.web.fsettings.reminder.help')),
                numberField('xla-fs-attempts', 'maxAttempts', AJS.I18n.getText('xla.web.fsettings.attempts'),
                    settings.maxAttempts, 1, 10, AJS.I18n.getText('xla.web.fsettings.attempts.help')),
                numberField('xla-fs-age', 'maxRatingAgeDays', AJS.I18n.getText('xla.web.fsettings.age'),
                    settings.maxRatingAgeDays, 1, 365, AJS.I18n.getText('xla.web.fsettings.age.help'))
            ]),
            el('fieldset', {}, [
                el('legend', {}, [el('span', {text: AJS.I18n.getText('xla.web.fsettings.calendar')})]),
                el('div', {'class': 'field-group xla-field'}, [
                    el('label', {'for': 'xla-fs-zone', text: AJS.I18n.getText('xla.web.fsettings.zone')}),
                    el('input', {type: 'text', 'class': 'text medium-field', id: 'xla-fs-zone',
                        'data-field': 'calendar.timeZone', value: calendar.timeZone || ''}),
                    el('div', {'class': 'description', text: AJS.I18n.getText('xla.web.fsettings.zone.help')})
                ]),
                el('table', {'class': 'aui xla-hours-table', 'data-field': 'calendar.workingHours'}, [
                    el('caption', {text: AJS.I18n.getText('xla.web.fsettings.hours')}),
                    el('thead', {}, [el('tr', {}, [
                        el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.fsettings.day')}),
                        el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.fsettings.opens.col')}),
                        el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.fsettings.closes.col')})
                    ])]),
                    el('tbody', {}, dayRows)
                ]),
                el('div', {'class': 'field-group xla-field'}, [
                    el('label', {'for': 'xla-fs-holidays', text: AJS.I18n.getText('xla.web.fsettings.holidays')}),
                    el('textarea', {'class': 'textarea medium-field', id: 'xla-fs-holidays', rows: '8',
                        'data-field': 'calendar.holidays', value: (calendar.holidays || []).join('\n')}),
                    el('div', {'class': 'description', text: AJS.I18n.getText('xla.web.fsettings.holidays.help')})
                ])
            ]),
            el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [
                el('button', {type: 'submit', 'class': 'aui-button aui-button-primary', id: 'xla-fs-save',
                    text: AJS.I18n.getText('xla.web.fsettings.save')})
            ])])
        ]);
        holder.appendChild(form);
    };

    function integer(form, id) {
        var value = form.querySelector('#' + id).value.trim();
        return value === '' ? null : Number(value);
    }

    Settings.prototype.save = function (form, summary) {
        var self = this;
        XLA.clearFieldErrors(form);
        XLA.clear(summary);
        var workingHours = {};
        DAYS.forEach(function (day) {
            if (form.querySelector('#xla-fs-day-' + day).checked) {
                workingHours[day] = {opens: form.querySelector('#xla-fs-opens-' + day).value,
                    closes: form.querySelector('#xla-fs-closes-' + day).value};
            }
        });
        var holidays = form.querySelector('#xla-fs-holidays').value.split(/[\s,;]+/).filter(function (line) {
            return line !== '';
        });
        var body = {
            unhappyThreshold: integer(form, 'xla-fs-threshold'),
            windowMinutes: integer(form, 'xla-fs-window'),
            reminderLeadMinutes: integer(form, 'xla-fs-reminder'),
            maxAttempts: integer(form, 'xla-fs-attempts'),
            maxRatingAgeDays: integer(form, 'xla-fs-age'),
            calendar: {timeZone: form.querySelector('#xla-fs-zone').value.trim(), workingHours: workingHours,
                holidays: holidays}
        };
        this.api.put('/followup-settings', body).then(function (saved) {
            self.render(saved);
            XLA.announce(self.status, 'success', AJS.I18n.getText('xla.web.fsettings.saved'));
        }).catch(function (failure) {
            XLA.showFieldErrors(form, summary, failure);
        });
    };

    XLA.onReady(function () {
        var root = document.getElementById('xla-followup-settings');
        if (root) {
            new Settings(root).load();
        }
    });
}(window, document));
