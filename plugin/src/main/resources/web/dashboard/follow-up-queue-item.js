/*
 * XLA Scorecard dashboard item 5, "Follow-up queue" (AMD module "xla/dashboard/follow-up-queue"): the
 * open call-backs of unhappy customers, least time left first, with countdowns like JSM's SLA timers
 * (the queue page's, XLA.followups in web/followups/followup-common.js: ticking each minute in
 * business time, "Overdue by 1h 5m" in words and red). Data: GET /followups (one call per chosen
 * organisation, merged); owners by display name (assigneeName). Preferences: organisationIds ("1,3";
 * empty: all the user may see) and rows (5, 10 or 20).
 */
define('xla/dashboard/follow-up-queue', ['xla/dashboard/common'], function (common) {
    'use strict';

    var XLA = window.XLA;
    var el = XLA.el;
    var ROWS = [5, 10, 20];
    var DEFAULT_ROWS = 10;

    var QueueItem = common.itemType();

    QueueItem.prototype.render = function (context, preferences) {
        var self = this;
        var root = this.begin(context, 'xla-di-queue');
        var rows = common.choice(preferences && preferences.rows, ROWS, DEFAULT_ROWS);
        return this.organisations().then(function (all) {
            var shown = common.selected(all, preferences);
            var calls = shown.length === all.length
                ? [self.api.get('/followups?start=0&limit=' + rows)]
                : shown.map(function (o) {
                    return self.api.get('/followups?organisationId=' + o.id + '&start=0&limit=' + rows);
                });
            return Promise.all([Promise.all(calls), all, shown]);
        }).then(function (loaded) {
            var total = 0;
            var followUps = [];
            loaded[0].forEach(function (page) {
                total += page && typeof page.total === 'number' ? page.total : XLA.values(page).length;
                followUps = followUps.concat(XLA.values(page));
            });
            followUps.sort(function (a, b) { return a.timeLeftSeconds - b.timeLeftSeconds; });
            self.draw(root, followUps.slice(0, rows), total, loaded[1], loaded[2]);
            self.done(root);
        }).catch(function (failure) {
            self.fail(root, failure, false);
        });
    };

    QueueItem.prototype.draw = function (root, followUps, total, all, shown) {
        var self = this;
        var names = {};
        all.forEach(function (o) { names[o.id] = o.name; });
        if (!followUps.length) {
            this.empty(root, AJS.I18n.getText('xla.web.queue.empty'));
            root.appendChild(common.footer([common.scopeText(shown, all)]));
            return;
        }
        var overdue = followUps.filter(function (f) { return f.overdue; }).length;
        if (overdue) {
            root.appendChild(el('p', {'class': 'xla-di-queue-overdue'}, [
                el('span', {'class': 'aui-lozenge aui-lozenge-error', text: AJS.I18n.getText('xla.dashboard.queue.overduelabel')}),
                ' ' + XLA.format(AJS.I18n.getText('xla.dashboard.queue.overdue'), overdue)]));
        }
        var body = followUps.map(function (followUp) {
            var stars = Number(followUp.rating) || 0;
            return el('tr', {'data-follow-up-id': String(followUp.id), 'data-request-key': followUp.requestKey,
                'class': followUp.overdue ? 'xla-row-overdue' : null}, [
                el('th', {scope: 'row'}, [el('a', {href: self.contextPath + '/browse/' + encodeURIComponent(followUp.requestKey),
                    text: followUp.requestKey})]),
                el('td', {'class': 'xla-di-organisation', text: names[followUp.organisationId]
                    || XLA.format(AJS.I18n.getText('xla.web.queue.organisation.unknown'), followUp.organisationId)}),
                el('td', {text: XLA.format(AJS.I18n.getText('xla.web.panel.rating.stars'), stars)}),
                el('td', {'class': 'xla-di-owner', text: followUp.assigneeName || followUp.assigneeKey
                    || AJS.I18n.getText('xla.web.queue.owner.group')}),
                el('td', {'class': 'xla-queue-timeleft'}, [XLA.followups.countdown(followUp),
                    el('div', {'class': 'xla-panel-meta', text: XLA.format(AJS.I18n.getText('xla.web.followup.due'),
                        self.fmt.instant(followUp.dueAt))})])
            ]);
        });
        root.appendChild(common.table('xla-di-queue-table', AJS.I18n.getText('xla.web.queue.caption'), [
            AJS.I18n.getText('xla.web.queue.col.request'), AJS.I18n.getText('xla.web.queue.col.organisation'),
            AJS.I18n.getText('xla.web.queue.col.rating'), AJS.I18n.getText('xla.web.queue.col.owner'),
            AJS.I18n.getText('xla.web.queue.col.timeleft')
        ], body));
        this.onCleanup(XLA.followups.startCountdowns(root));
        root.appendChild(common.footer([
            common.scopeText(shown, all),
            total > followUps.length ? XLA.format(AJS.I18n.getText('xla.dashboard.more'), followUps.length, total) : null
        ]));
        root.appendChild(el('p', {'class': 'xla-dashboard-footer'}, [el('a', {
            href: this.contextPath + '/plugins/servlet/xla/followups', text: AJS.I18n.getText('xla.dashboard.queue.open')})]));
    };

    QueueItem.prototype.renderEdit = function (context, preferences) {
        var self = this;
        return this.organisations().then(function (all) {
            common.editForm(self, context, [
                common.organisationField('organisationIds', all, common.ids(preferences && preferences.organisationIds), true),
                common.choiceField('rows', AJS.I18n.getText('xla.dashboard.edit.rows'), ROWS.map(function (r) {
                    return {value: r, text: String(r)};
                }), common.choice(preferences && preferences.rows, ROWS, DEFAULT_ROWS))
            ], AJS.I18n.getText('xla.dashboard.queue.title'));
        }).catch(this.editFailed(context));
    };

    return QueueItem;
});
