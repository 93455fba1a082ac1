/*
 * XLA Scorecard dashboard item 2, "SLA vs XLA" (AMD module "xla/dashboard/watermelon"): per organisation
 * the share of SLA cycles met in the chosen window beside its worst XLA status. A "watermelon" (green
 * SLA outside, red experience inside; the server decides, field "watermelon") is listed first, marked
 * with a pattern and said in words: "Watermelon: SLA met, experience breached". Preferences:
 * organisationIds ("1,3"; empty: all visible) and slaDays (7, 30 or 90).
 */
define('xla/dashboard/watermelon', ['xla/dashboard/common', 'xla/dashboard/targets'], function (common, targets) {
    'use strict';

    var XLA = window.XLA;
    var el = XLA.el;

    var WatermelonItem = common.itemType();

    WatermelonItem.prototype.render = function (context, preferences) {
        var self = this;
        var root = this.begin(context, 'xla-di-watermelon');
        var slaDays = common.choice(preferences && preferences.slaDays, targets.SLA_DAYS, targets.DEFAULT_SLA_DAYS);
        return this.organisations().then(function (all) {
            var shown = common.selected(all, preferences);
            var ids = shown.length === all.length ? [] : shown.map(function (o) { return o.id; });
            return Promise.all([targets.load(self, ids, slaDays, targets.LIMIT), all, shown]);
        }).then(function (loaded) {
            self.draw(root, loaded[0], loaded[1], loaded[2], slaDays);
            self.done(root);
        }).catch(function (failure) {
            self.fail(root, failure, true);
        });
    };

    /** "95,8% (412 of 430)" or "No SLA results in this window". */
    WatermelonItem.prototype.slaText = function (sla) {
        if (!sla || !sla.total) {
            return AJS.I18n.getText('xla.dashboard.watermelon.nosla');
        }
        return XLA.format(AJS.I18n.getText('xla.dashboard.watermelon.sla'),
            XLA.format(AJS.I18n.getText('xla.dashboard.value.percent'), this.fmt.score(sla.percent)),
            this.fmt.integer(sla.met), this.fmt.integer(sla.total));
    };

    /** The row in words: why it is or is not a watermelon (the server decides, "watermelon"). */
    WatermelonItem.prototype.verdict = function (row) {
        if (row.watermelon) {
            return XLA.format(AJS.I18n.getText('xla.dashboard.watermelon.yes'), common.statusText(row.worstStatus).toLowerCase());
        }
        if (!row.worstStatus) {
            return AJS.I18n.getText('xla.dashboard.watermelon.notargets');
        }
        if (row.worstStatus === 'NO_DATA') {
            return AJS.I18n.getText('xla.dashboard.watermelon.nodata');
        }
        return row.worstStatus === 'MET' ? AJS.I18n.getText('xla.dashboard.watermelon.green')
            : AJS.I18n.getText('xla.dashboard.watermelon.no');
    };

    WatermelonItem.prototype.draw = function (root, page, all, shown, slaDays) {
        var self = this;
        var rows = XLA.values(page).slice().sort(function (a, b) {
            return (b.watermelon ? 1 : 0) - (a.watermelon ? 1 : 0);
        });
        if (!rows.length) {
            this.empty(root, AJS.I18n.getText('xla.dashboard.overview.empty'));
            return;
        }
        var melons = rows.filter(function (row) { return row.watermelon; }).length;
        root.appendChild(el('p', {'class': 'xla-di-watermelon-summary' + (melons ? ' xla-di-has-watermelons' : ''),
            id: null, text: melons
                ? XLA.format(AJS.I18n.getText('xla.dashboard.watermelon.count'), melons, rows.length)
                : AJS.I18n.getText('xla.dashboard.watermelon.none')}));
        var body = rows.map(function (row) {
            return el('tr', {'data-organisation-id': String(row.organisation.id),
                'data-watermelon': row.watermelon ? 'true' : 'false',
                'class': row.watermelon ? 'xla-di-watermelon-row' : null}, [
                el('th', {scope: 'row', 'class': 'xla-di-organisation', text: row.organisation.name}),
                el('td', {'class': 'xla-number xla-di-sla', text: self.slaText(row.sla)}),
                el('td', {'class': 'xla-di-worst'}, [common.lozenge(row.worstStatus)]),
                el('td', {'class': 'xla-di-verdict'}, [
                    row.watermelon ? el('span', {'class': 'xla-di-melon-mark', 'aria-hidden': 'true', text: '\u25D0'}) : null,
                    row.watermelon ? ' ' : null,
                    el(row.watermelon ? 'strong' : 'span', {text: self.verdict(row)})])
            ]);
        });
        root.appendChild(common.table('xla-di-watermelon-table', AJS.I18n.getText('xla.dashboard.watermelon.caption'), [
            AJS.I18n.getText('xla.dashboard.col.organisation'),
            XLA.format(AJS.I18n.getText('xla.dashboard.col.slamet'), slaDays),
            AJS.I18n.getText('xla.dashboard.col.worst'),
            AJS.I18n.getText('xla.dashboard.col.verdict')
        ], body));
        root.appendChild(common.footer([common.scopeText(shown, all),
            AJS.I18n.getText('xla.dashboard.watermelon.legend')]));
    };

    WatermelonItem.prototype.renderEdit = function (context, preferences) {
        var self = this;
        return this.organisations().then(function (all) {
            common.editForm(self, context, [
                common.organisationField('organisationIds', all, common.ids(preferences && preferences.organisationIds), true),
                common.choiceField('slaDays', AJS.I18n.getText('xla.dashboard.edit.sladays'),
                    common.dayChoices(targets.SLA_DAYS),
                    common.choice(preferences && preferences.slaDays, targets.SLA_DAYS, targets.DEFAULT_SLA_DAYS))
            ], AJS.I18n.getText('xla.dashboard.watermelon.title'));
        }).catch(this.editFailed(context));
    };

    return WatermelonItem;
});
