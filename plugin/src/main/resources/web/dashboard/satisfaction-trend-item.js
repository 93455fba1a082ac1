/*
 * XLA Scorecard dashboard item 3, "Satisfaction trend" (AMD module "xla/dashboard/satisfaction-trend"):
 * one organisation's CSAT % (ticket ratings of 4-5 stars) and NPS per month, as a Chart.js line chart
 * (bundled web resource, no CDN) with n in every tooltip, and the same figures as a table for screen
 * readers and for reading exact values. The two lines differ in dash pattern and point shape, not only
 * in colour. A month without data is a gap, never a zero. Preferences: organisationId, months (6, 12
 * or 24).
 */
define('xla/dashboard/satisfaction-trend', ['xla/dashboard/common'], function (common) {
    'use strict';

    var XLA = window.XLA;
    var el = XLA.el;
    var MONTHS = [6, 12, 24];
    var DEFAULT_MONTHS = 12;

    var TrendItem = common.itemType();

    TrendItem.prototype.render = function (context, preferences) {
        var self = this;
        var root = this.begin(context, 'xla-di-trend');
        var months = common.choice(preferences && preferences.months, MONTHS, DEFAULT_MONTHS);
        return this.chosenOrganisation(preferences).then(function (organisation) {
            if (!organisation) {
                return null;
            }
            return self.api.get('/organisations/' + organisation.id + '/satisfaction-trend?months=' + months)
                .then(function (trend) { return [organisation, trend]; });
        }).then(function (loaded) {
            if (!loaded) {
                self.empty(root, AJS.I18n.getText('xla.dashboard.noorganisations'));
            } else {
                self.draw(root, loaded[0], loaded[1]);
            }
            self.done(root);
        }).catch(function (failure) {
            // A 404 is also what an organisation the user can no longer see answers; the
            // organisation list above has just confirmed it is visible, so 404 means no endpoint.
            self.fail(root, failure, true);
        });
    };

    /** "Mar 2026" for "2026-03". */
    TrendItem.prototype.monthName = function (month) {
        var parts = String(month).split('-');
        return new Intl.DateTimeFormat(this.fmt.locale, {month: 'short', year: 'numeric', timeZone: 'UTC'})
            .format(new Date(Date.UTC(+parts[0], +parts[1] - 1, 1)));
    };

    TrendItem.prototype.csatText = function (csat) {
        if (!csat || !csat.n || typeof csat.percent !== 'number') {
            return AJS.I18n.getText('xla.dashboard.trend.nodata');
        }
        return XLA.format(AJS.I18n.getText('xla.dashboard.value.withn'),
            XLA.format(AJS.I18n.getText('xla.dashboard.value.percent'), this.fmt.score(csat.percent)), this.fmt.integer(csat.n));
    };

    TrendItem.prototype.npsText = function (nps) {
        if (!nps || !nps.n || typeof nps.score !== 'number') {
            return AJS.I18n.getText('xla.dashboard.trend.nodata');
        }
        return XLA.format(AJS.I18n.getText('xla.dashboard.trend.npsvalue'), this.fmt.delta(nps.score), this.fmt.integer(nps.n),
            this.fmt.delta(nps.low), this.fmt.delta(nps.high));
    };

    TrendItem.prototype.draw = function (root, organisation, trend) {
        var self = this;
        var months = (trend && trend.months) || [];
        root.appendChild(el('h3', {'class': 'xla-di-subject', text: organisation.name}));
        this.setTitle(XLA.format(AJS.I18n.getText('xla.dashboard.trend.titlefor'), organisation.name));
        var hasData = months.some(function (m) { return (m.csat && m.csat.n) || (m.nps && m.nps.n); });
        if (!hasData) {
            this.empty(root, AJS.I18n.getText('xla.dashboard.trend.empty'));
            return;
        }
        var labels = months.map(function (m) { return self.monthName(m.month); });
        var canvas = el('canvas', {role: 'img', 'class': 'xla-di-trend-chart',
            'aria-label': XLA.format(AJS.I18n.getText('xla.dashboard.trend.chartlabel'), organisation.name)});
        root.appendChild(el('figure', {'class': 'xla-chart xla-di-chart'}, [
            el('div', {'class': 'xla-di-chart-canvas'}, [canvas]),
            el('figcaption', {text: AJS.I18n.getText('xla.dashboard.trend.caption')})]));
        var rows = months.map(function (m) {
            return el('tr', {'data-month': m.month}, [
                el('th', {scope: 'row', text: self.monthName(m.month)}),
                el('td', {'class': 'xla-number xla-di-csat', text: self.csatText(m.csat)}),
                el('td', {'class': 'xla-number', text: m.csat && m.csat.n && typeof m.csat.meanRating === 'number'
                    ? self.fmt.score(m.csat.meanRating) : '\u2013'}),
                el('td', {'class': 'xla-number xla-di-nps', text: self.npsText(m.nps)}),
                el('td', {'class': 'xla-number', text: m.nps && m.nps.n && typeof m.nps.meanGrade === 'number'
                    ? self.fmt.score(m.nps.meanGrade) : '\u2013'})
            ]);
        });
        root.appendChild(el('details', {'class': 'xla-di-table-details'}, [
            el('summary', {text: AJS.I18n.getText('xla.dashboard.trend.table')}),
            common.table('xla-di-trend-table', XLA.format(AJS.I18n.getText('xla.dashboard.trend.chartlabel'), organisation.name), [
                AJS.I18n.getText('xla.dashboard.col.month'), AJS.I18n.getText('xla.dashboard.col.csat'),
                AJS.I18n.getText('xla.dashboard.col.meanrating'), AJS.I18n.getText('xla.dashboard.col.nps'),
                AJS.I18n.getText('xla.dashboard.col.meangrade')
            ], rows)
        ]));
        // Chart.js measures its parent: draw once the figure is in the document.
        window.setTimeout(function () { self.chart(canvas, labels, months); }, 0);
    };

    TrendItem.prototype.chart = function (canvas, labels, months) {
        var self = this;
        if (!window.Chart || !canvas.isConnected) {
            return;
        }
        var csatLabel = AJS.I18n.getText('xla.dashboard.col.csat');
        var npsLabel = AJS.I18n.getText('xla.dashboard.col.nps');
        var chart = new window.Chart(canvas, {
            type: 'line',
            data: {
                labels: labels,
                datasets: [{
                    label: csatLabel, yAxisID: 'y',
                    data: months.map(function (m) { return m.csat && m.csat.n ? m.csat.percent : null; }),
                    counts: months.map(function (m) { return m.csat ? m.csat.n : 0; }),
                    borderColor: '#0052CC', backgroundColor: '#0052CC', pointStyle: 'circle', pointRadius: 4, spanGaps: false
                }, {
                    label: npsLabel, yAxisID: 'y1',
                    data: months.map(function (m) { return m.nps && m.nps.n ? m.nps.score : null; }),
                    counts: months.map(function (m) { return m.nps ? m.nps.n : 0; }),
                    borderColor: '#FF8B00', backgroundColor: '#FF8B00', borderDash: [6, 4], pointStyle: 'triangle',
                    pointRadius: 5, spanGaps: false
                }]
            },
            options: {
                animation: false, responsive: true, maintainAspectRatio: false,
                scales: {
                    y: {min: 0, max: 100, position: 'left', ticks: {stepSize: 20}, title: {display: true, text: csatLabel}},
                    y1: {min: -100, max: 100, position: 'right', ticks: {stepSize: 50}, grid: {drawOnChartArea: false},
                        title: {display: true, text: npsLabel}}
                },
                plugins: {
                    legend: {position: 'bottom', labels: {usePointStyle: true}},
                    tooltip: {callbacks: {label: function (item) {
                        var n = item.dataset.counts[item.dataIndex];
                        return item.dataset.label + ': ' + (item.datasetIndex === 0
                            ? XLA.format(AJS.I18n.getText('xla.dashboard.value.percent'), self.fmt.score(item.parsed.y))
                            : self.fmt.delta(item.parsed.y)) + ', ' + XLA.format(AJS.I18n.getText('xla.web.result.n'), n);
                    }}}
                }
            }
        });
        this.onCleanup(function () { chart.destroy(); });
        if (this.API && typeof this.API.resize === 'function') {
            this.API.resize();
        }
    };

    TrendItem.prototype.renderEdit = function (context, preferences) {
        var self = this;
        return Promise.all([this.organisations(), this.chosenOrganisation(preferences)]).then(function (loaded) {
            var chosen = loaded[1];
            common.editForm(self, context, [
                common.organisationField('organisationId', loaded[0], chosen ? [chosen.id] : [], false),
                common.choiceField('months', AJS.I18n.getText('xla.dashboard.edit.months'), MONTHS.map(function (m) {
                    return {value: m, text: XLA.format(AJS.I18n.getText('xla.dashboard.edit.monthsvalue'), m)};
                }), common.choice(preferences && preferences.months, MONTHS, DEFAULT_MONTHS))
            ], AJS.I18n.getText('xla.dashboard.trend.title'));
        }).catch(this.editFailed(context));
    };

    return TrendItem;
});
