/*
 * XLA Scorecard: the experience panel on the request view. The server renders the panel; this
 * script keeps its countdowns running and wires "log call" (a dialog posting to
 * /followups/{id}/calls). After a call is logged the follow-up block is redrawn from the answer.
 */
(function (window, document) {
    'use strict';

    var XLA = window.XLA;
    var el = XLA.el;

    function redrawFollowUp(block, followUp) {
        block.setAttribute('data-version', String(followUp.version));
        var open = followUp.state === 'OPEN';
        var lozenge = open ? (followUp.overdue ? 'aui-lozenge-removed' : 'aui-lozenge-current') : 'aui-lozenge-success';
        var state = el('span', {id: 'xla-panel-followup-state', 'class': 'aui-lozenge ' + lozenge,
            text: open ? AJS.I18n.getText('xla.web.followup.state.open') : AJS.I18n.getText('xla.web.followup.state.done')});
        var outcome = followUp.outcome === 'REACHED' ? AJS.I18n.getText('xla.web.followup.outcome.reached')
            : AJS.I18n.getText('xla.web.followup.outcome.notreached');
        var parts = [el('p', {}, [state, ' ', open ? XLA.followups.countdown(followUp)
            : el('span', {'class': 'xla-closed-text', text: followUp.overdue
                ? AJS.I18n.getText('xla.web.followup.closedlate') : AJS.I18n.getText('xla.web.followup.closedintime')})]),
            el('p', {id: 'xla-panel-followup-outcome', 'class': 'xla-panel-meta', text: outcome + ' \u00B7 '
                + XLA.format(AJS.I18n.getText('xla.web.followup.attempts'), followUp.attempts)})];
        XLA.clear(block);
        parts.forEach(function (part) { block.appendChild(part); });
        if (open) {
            block.appendChild(el('p', {}, [el('button', {type: 'button', id: 'xla-panel-log-call',
                'class': 'aui-button xla-log-call', text: AJS.I18n.getText('xla.web.followup.logcall')})]));
        }
    }

    function init(panel) {
        var language = panel.getAttribute('data-locale') === 'nl' ? 'nl' : 'en';
        var contextPath = panel.getAttribute('data-context-path') || (window.AJS && AJS.contextPath ? AJS.contextPath() : '');
        var api = XLA.rest(contextPath, language);
        var status = document.getElementById('xla-panel-status');
        Array.prototype.forEach.call(panel.querySelectorAll('.xla-countdown'), XLA.followups.paint);
        XLA.followups.startCountdowns(panel);

        panel.addEventListener('click', function (event) {
            var button = event.target.closest('.xla-log-call');
            var block = document.getElementById('xla-panel-followup');
            if (!button || !block) {
                return;
            }
            var id = block.getAttribute('data-follow-up-id');
            // The stored notes and agreement are the dialog's starting text, so read the current state first.
            api.get('/followups/' + id).then(function (followUp) {
                XLA.followups.logCall(followUp, {
                    api: api,
                    canCreateAction: panel.getAttribute('data-can-create-action') === 'true',
                    onSaved: function (updated) {
                        redrawFollowUp(block, updated);
                        XLA.announce(status, 'success', XLA.format(AJS.I18n.getText('xla.web.call.saved'),
                            updated.requestKey));
                    }
                });
            }).catch(function (failure) {
                XLA.announce(status, 'error', XLA.failureText(failure));
            });
        });
    }

    XLA.onReady(function () {
        var panel = document.getElementById('xla-experience-panel');
        if (panel && !panel.hasAttribute('data-xla-ready')) {
            panel.setAttribute('data-xla-ready', 'true');
            init(panel);
        }
    });
}(window, document));
