/*
 * XLA Scorecard dashboard item 1, "XLA overview" (AMD module "xla/dashboard/xla-overview"): the chosen
 * organisations (rows) against their XLA targets (columns), each cell a status lozenge like JSM's
 * SLA met/breached (Met, At risk, Breached, No data in words and with a glyph), the measured value
 * with n and the day the status began. Preferences: organisationIds ("1,3"; empty: all visible) and
 * show ("all", or "attention": only organisations with a target at risk or breached). There is no
 * period to choose: every target has its own window (rolling days or the latest closed round),
 * which its title states.
 */
define('xla/dashboard/xla-overview', ['xla/dashboard/common', 'xla/dashboard/targets'], function (common, targets) {
    'use strict';

    var XLA = window.XLA;
    var el = XLA.el;

    var OverviewItem = common.itemType();

    OverviewItem.prototype.render = function (context, preferences) {
        var self = this;
        var root = this.begin(context, 'xla-di-overview');
        var attentionOnly = preferences && preferences.show === 'attention';
        return this.organisations().then(function (all) {
            var shown = common.selected(all, preferences);
            var ids = shown.length === all.length ? [] : shown.map(function (o) { return o.id; });
            return Promise.all([targets.load(self, ids, targets.DEFAULT_SLA_DAYS, targets.LIMIT), self.template(), all, shown]);
        }).then(function (loaded) {
            self.draw(root, loaded[0], loaded[1], loaded[2], loaded[3], attentionOnly);
            self.done(root);
        }).catch(function (failure) {
            self.fail(root, failure, true);
        });
    };

    OverviewItem.prototype.draw = function (root, page, template, all, shown, attentionOnly) {
        var self = this;
        var rows = XLA.values(page).filter(function (row) {
            return !attentionOnly || (row.targets || []).some(function (t) {
                return t.status === 'AT_RISK' || t.status === 'BREACHED';
            });
        });
        if (!rows.length) {
            this.empty(root, attentionOnly ? AJS.I18n.getText('xla.dashboard.overview.allmet')
                : AJS.I18n.getText('xla.dashboard.overview.empty'));
            return;
        }
        var columns = {};
        rows.forEach(function (row) {
            (row.targets || []).forEach(function (target) {
                columns[targets.columnKey(target)] = columns[targets.columnKey(target)] || target;
            });
        });
        var ordered = Object.keys(columns).map(function (key) { return columns[key]; }).sort(targets.compareColumns);
        if (!ordered.length) {
            this.empty(root, AJS.I18n.getText('xla.dashboard.overview.notargets'));
            return;
        }
        var headings = [AJS.I18n.getText('xla.dashboard.col.organisation')].concat(ordered.map(function (target) {
            return targets.metricName(self, template, target);
        }));
        var body = rows.map(function (row) {
            var byColumn = {};
            (row.targets || []).forEach(function (target) { byColumn[targets.columnKey(target)] = target; });
            return el('tr', {'data-organisation-id': String(row.organisation.id)}, [
                el('th', {scope: 'row', 'class': 'xla-di-organisation', text: row.organisation.name})
            ].concat(ordered.map(function (column) {
                var target = byColumn[targets.columnKey(column)];
                if (!target) {
                    return el('td', {'class': 'xla-di-notarget'}, [
                        el('span', {'aria-hidden': 'true', text: '\u2013'}),
                        el('span', {'class': 'assistive', text: AJS.I18n.getText('xla.dashboard.overview.notarget')})]);
                }
                var description = targets.describe(self, template, target);
                return el('td', {'class': 'xla-di-target', 'data-metric': targets.columnKey(target),
                    'data-status': target.status}, [
                    common.lozenge(target.status, description),
                    el('div', {'class': 'xla-di-detail', 'aria-hidden': 'true', text: targets.valueText(self, target)}),
                    el('div', {'class': 'xla-di-detail', 'aria-hidden': 'true', text: targets.sinceText(self, target)}),
                    el('span', {'class': 'assistive', text: description})
                ]);
            })));
        });
        root.appendChild(common.table('xla-di-overview-table', AJS.I18n.getText('xla.dashboard.overview.caption'),
            headings, body));
        var total = page && typeof page.total === 'number' ? page.total : rows.length;
        root.appendChild(common.footer([
            common.scopeText(shown, all),
            attentionOnly ? AJS.I18n.getText('xla.dashboard.overview.attentiononly') : null,
            !attentionOnly && total > rows.length ? XLA.format(AJS.I18n.getText('xla.dashboard.more'), rows.length, total) : null,
            AJS.I18n.getText('xla.dashboard.overview.legend')
        ]));
    };

    OverviewItem.prototype.renderEdit = function (context, preferences) {
        var self = this;
        return this.organisations().then(function (all) {
            common.editForm(self, context, [
                common.organisationField('organisationIds', all, common.ids(preferences && preferences.organisationIds), true),
                common.choiceField('show', AJS.I18n.getText('xla.dashboard.edit.show'), [
                    {value: 'all', text: AJS.I18n.getText('xla.dashboard.edit.show.all')},
                    {value: 'attention', text: AJS.I18n.getText('xla.dashboard.edit.show.attention')}
                ], preferences && preferences.show === 'attention' ? 'attention' : 'all')
            ], AJS.I18n.getText('xla.dashboard.overview.title'));
        }).catch(this.editFailed(context));
    };

    return OverviewItem;
});
