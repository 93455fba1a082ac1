/*
 * XLA Scorecard: how the dashboard items speak about XLA targets (AMD module "xla/dashboard/targets"):
 * metric names, target values in the metric's unit, the sentence behind a status lozenge, and the
 * overview endpoint both the XLA overview and the SLA-vs-XLA item read.
 */
define('xla/dashboard/targets', ['xla/dashboard/common'], function (common) {
    'use strict';

    var XLA = window.XLA;
    var targets = {};

    /** GET /xla/overview for the chosen organisations (none: all visible) and SLA window. */
    targets.load = function (item, organisationIds, slaDays, limit) {
        var query = organisationIds.map(function (id) { return 'organisationId=' + encodeURIComponent(id); });
        query.push('slaDays=' + slaDays, 'start=0', 'limit=' + limit);
        return item.api.get('/xla/overview?' + query.join('&'));
    };

    /** "CSAT %", "Scorecard: Reliability"... */
    targets.metricName = function (item, template, target) {
        switch (target.metric) {
            case 'CSAT_PERCENT': return AJS.I18n.getText('xla.dashboard.metric.csat');
            case 'MEAN_RATING': return AJS.I18n.getText('xla.dashboard.metric.meanrating');
            case 'NPS': return AJS.I18n.getText('xla.dashboard.metric.nps');
            case 'SCORECARD_OVERALL': return AJS.I18n.getText('xla.dashboard.metric.scorecard');
            case 'SCORECARD_CATEGORY':
                return XLA.format(AJS.I18n.getText('xla.dashboard.metric.category'), item.categoryName(template, target.category));
            case 'FOLLOW_UPS_IN_WINDOW_PERCENT': return AJS.I18n.getText('xla.dashboard.metric.followups');
            case 'RESPONSE_RATE': return AJS.I18n.getText('xla.dashboard.metric.responserate');
            default: return String(target.metric);
        }
    };

    /** A column per metric (and category), in a fixed order. */
    targets.columnKey = function (target) {
        return target.metric + (target.category ? ':' + target.category : '');
    };

    var ORDER = ['CSAT_PERCENT', 'MEAN_RATING', 'NPS', 'SCORECARD_OVERALL', 'SCORECARD_CATEGORY',
        'FOLLOW_UPS_IN_WINDOW_PERCENT', 'RESPONSE_RATE'];

    targets.compareColumns = function (a, b) {
        var byMetric = ORDER.indexOf(a.metric) - ORDER.indexOf(b.metric);
        return byMetric !== 0 ? byMetric : String(a.category || '').localeCompare(String(b.category || ''));
    };

    /** A value in the metric's unit: "87,5%", "4,4", "+25", "72,4". */
    targets.value = function (item, metric, value) {
        if (typeof value !== 'number' || !isFinite(value)) {
            return '\u2013';
        }
        switch (metric) {
            case 'CSAT_PERCENT':
            case 'FOLLOW_UPS_IN_WINDOW_PERCENT':
            case 'RESPONSE_RATE':
                return XLA.format(AJS.I18n.getText('xla.dashboard.value.percent'), item.fmt.score(value));
            case 'NPS':
                return item.fmt.delta(value);
            default:
                return item.fmt.score(value);
        }
    };

    /** "at least 90%" / "at most ...". */
    targets.goal = function (item, target) {
        var threshold = targets.value(item, target.metric, target.threshold);
        return target.comparison === 'AT_MOST'
            ? XLA.format(AJS.I18n.getText('xla.dashboard.goal.atmost'), threshold)
            : XLA.format(AJS.I18n.getText('xla.dashboard.goal.atleast'), threshold);
    };

    /** "87,5% (n = 40)" or "no data (n = 3)". */
    targets.valueText = function (item, target) {
        return XLA.format(AJS.I18n.getText('xla.dashboard.value.withn'), targets.value(item, target.metric, target.value),
            item.fmt.integer(target.n));
    };

    /** "since 2 Nov 2026" (the day the target got its current status). */
    targets.sinceText = function (item, target) {
        if (!target.statusSince) {
            return '';
        }
        return XLA.format(AJS.I18n.getText('xla.dashboard.since'), item.fmt.date(String(target.statusSince).substring(0, 10)));
    };

    /** The whole story of one target, for the lozenge's title and for screen readers. */
    targets.describe = function (item, template, target) {
        return XLA.format(AJS.I18n.getText('xla.dashboard.target.title'), targets.metricName(item, template, target),
            common.statusText(target.status), targets.sinceText(item, target), targets.valueText(item, target),
            targets.goal(item, target));
    };

    /** Period choices of the SLA window, in days. */
    targets.SLA_DAYS = [7, 30, 90];
    targets.DEFAULT_SLA_DAYS = 30;
    /** Organisations one item shows at most (one page of the overview). */
    targets.LIMIT = 50;

    return targets;
});
