/*
 * XLA Scorecard: follow-up helpers shared by the experience panel and the follow-up queue
 * (window.XLA.followups): the countdown text like JSM's SLA timers, the ticking of countdowns, and
 * the "log call" dialog that posts to /followups/{id}/calls. Data only ever reaches the page through
 * XLA.el (text nodes), never as markup.
 */
(function (window, document) {
    'use strict';

    var XLA = window.XLA;
    var el = XLA.el;
    var followups = XLA.followups = XLA.followups || {};

    /** How often the countdowns tick: once a minute, like the SLA timers. */
    followups.TICK_MS = 60 * 1000;

    /** "2d 4h", "3h 20m", "15m" for a number of (business) minutes, sign ignored. */
    followups.length = function (minutes) {
        var total = Math.floor(Math.abs(minutes));
        var days = Math.floor(total / (24 * 60));
        var hours = Math.floor((total % (24 * 60)) / 60);
        var rest = total % 60;
        if (days > 0) {
            return XLA.format(AJS.I18n.getText('xla.web.duration.days'), days, hours);
        }
        if (hours > 0) {
            return XLA.format(AJS.I18n.getText('xla.web.duration.hours'), hours, rest);
        }
        return XLA.format(AJS.I18n.getText('xla.web.duration.minutes'), rest);
    };

    /** "3h 20m left" or "overdue by 1h 5m": overdue is said in words as well as shown in red. */
    followups.timeLeftText = function (minutes) {
        return minutes < 0
            ? XLA.format(AJS.I18n.getText('xla.web.followup.overdue'), followups.length(minutes))
            : XLA.format(AJS.I18n.getText('xla.web.followup.timeleft'), followups.length(minutes));
    };

    /** Sets a countdown element's text and overdue state from its data-minutes-left. */
    followups.paint = function (node) {
        var minutes = Number(node.getAttribute('data-minutes-left'));
        node.textContent = followups.timeLeftText(minutes);
        node.classList.toggle('xla-overdue', minutes < 0);
        var row = node.closest('[data-follow-up-id]');
        if (row) {
            row.classList.toggle('xla-row-overdue', minutes < 0);
        }
    };

    /**
     * Counts every running countdown under root down by a minute each minute (business time runs at
     * the speed of the clock while the office is open; the server says whether it is). Stopped clocks
     * keep their value. Returns a function that stops the ticking.
     */
    followups.startCountdowns = function (root) {
        var timer = window.setInterval(function () {
            Array.prototype.forEach.call(root.querySelectorAll('.xla-countdown[data-clock-running="true"]'),
                function (node) {
                    node.setAttribute('data-minutes-left', String(Number(node.getAttribute('data-minutes-left')) - 1));
                    followups.paint(node);
                });
        }, followups.TICK_MS);
        return function () {
            window.clearInterval(timer);
        };
    };

    /** Whole minutes of a number of seconds, rounded towards the past (-30 s is already overdue). */
    followups.minutes = function (seconds) {
        return Math.floor(Number(seconds) / 60);
    };

    /** A countdown element for a follow-up of the REST API (timeLeftSeconds is business time). */
    followups.countdown = function (followUp) {
        var node = el('span', {'class': 'xla-countdown', 'data-minutes-left': String(followups.minutes(followUp.timeLeftSeconds)),
            'data-clock-running': followUp.clockRunning && followUp.state === 'OPEN' ? 'true' : 'false'});
        followups.paint(node);
        if (!followUp.clockRunning && followUp.state === 'OPEN') {
            return el('span', {}, [node, ' ', el('span', {'class': 'xla-clock-paused',
                text: AJS.I18n.getText('xla.web.followup.paused')})]);
        }
        return node;
    };

    function field(id, labelText, input, help) {
        return el('div', {'class': 'field-group xla-field'}, [
            el('label', {'for': id, text: labelText}),
            input,
            help ? el('div', {'class': 'description', text: help}) : null
        ]);
    }

    function radio(name, value, labelText, checked) {
        var id = 'xla-call-outcome-' + value;
        return el('div', {'class': 'radio'}, [
            el('input', {type: 'radio', 'class': 'radio', name: name, id: id, value: value, checked: checked}),
            el('label', {'for': id, text: labelText})
        ]);
    }

    /**
     * Opens the "log call" dialog for a follow-up ({id, version, requestKey, notes, agreement}).
     * options: api (XLA.rest), canCreateAction, onSaved(updatedFollowUp). Field errors of the API
     * appear next to their inputs; the dialog stays open until the call is saved or cancelled.
     */
    followups.logCall = function (followUp, options) {
        var summary = el('div', {'class': 'xla-form-summary', 'aria-live': 'assertive'});
        var attempts = el('input', {type: 'number', 'class': 'text short-field', id: 'xla-call-attempts',
            min: '1', max: '20', value: '1', 'data-field': 'attempts'});
        var notes = el('textarea', {'class': 'textarea long-field', id: 'xla-call-notes', rows: '3',
            'data-field': 'notes', value: followUp.notes || ''});
        var agreement = el('textarea', {'class': 'textarea long-field', id: 'xla-call-agreement', rows: '2',
            'data-field': 'agreement', value: followUp.agreement || ''});
        var actionText = el('input', {type: 'text', 'class': 'text long-field', id: 'xla-call-action',
            'data-field': 'action.text'});
        var form = el('form', {'class': 'aui xla-call-form', id: 'xla-call-form', novalidate: true}, [
            summary,
            el('fieldset', {'class': 'group', 'data-field': 'outcome'}, [
                el('legend', {}, [el('span', {text: AJS.I18n.getText('xla.web.call.outcome')})]),
                radio('xla-call-outcome', 'REACHED', AJS.I18n.getText('xla.web.call.outcome.reached'), true),
                radio('xla-call-outcome', 'NOT_REACHED', AJS.I18n.getText('xla.web.call.outcome.notreached'), false)
            ]),
            field('xla-call-attempts', AJS.I18n.getText('xla.web.call.attempts'), attempts),
            field('xla-call-notes', AJS.I18n.getText('xla.web.call.notes'), notes),
            field('xla-call-agreement', AJS.I18n.getText('xla.web.call.agreement'), agreement),
            options.canCreateAction ? field('xla-call-action', AJS.I18n.getText('xla.web.call.action'), actionText,
                AJS.I18n.getText('xla.web.call.action.help')) : null
        ]);
        var dialog;
        var save = el('button', {type: 'submit', 'class': 'aui-button aui-button-primary', id: 'xla-call-submit',
            form: 'xla-call-form', text: AJS.I18n.getText('xla.web.call.save')});
        var cancel = el('button', {type: 'button', 'class': 'aui-button aui-button-link',
            text: AJS.I18n.getText('xla.web.cancel'), on: {click: function () { dialog.close(); }}});
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            XLA.clearFieldErrors(form);
            XLA.clear(summary);
            var outcome = form.querySelector('input[name="xla-call-outcome"]:checked');
            var body = {
                version: followUp.version,
                outcome: outcome ? outcome.value : null,
                attempts: attempts.value === '' ? null : Number(attempts.value),
                notes: notes.value.trim() || null,
                agreement: agreement.value.trim() || null
            };
            if (options.canCreateAction && actionText.value.trim()) {
                body.action = {text: actionText.value.trim()};
            }
            save.disabled = true;
            options.api.post('/followups/' + followUp.id + '/calls', body).then(function (updated) {
                dialog.close();
                options.onSaved(updated);
            }).catch(function (failure) {
                save.disabled = false;
                XLA.showFieldErrors(form, summary, failure);
            });
        });
        dialog = XLA.dialog(XLA.format(AJS.I18n.getText('xla.web.call.title'), followUp.requestKey), form,
            [save, cancel]);
        form.querySelector('input[name="xla-call-outcome"]:checked').focus();
        return dialog;
    };
}(window, document));
