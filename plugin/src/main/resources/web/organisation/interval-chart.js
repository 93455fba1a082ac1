/*
 * XLA Scorecard: the category chart of a round result (window.XLA.intervalChart). A Chart.js bar
 * chart of the five categories, current round against the previous round and the baseline, with
 * the 95% confidence interval of every bar drawn as a whisker by a small plugin of our own (Chart.js
 * has no error bars). n is shown under each category and in the tooltips.
 */
(function (window) {
    'use strict';

    var XLA = window.XLA = window.XLA || {};

    /**
     * Draws each dataset's "intervals" ([low, high] per bar, or null) as whiskers over the bars.
     * Registered per chart, not globally, so it never touches other charts on a Jira page.
     */
    var intervalWhiskers = {
        id: 'xlaIntervalWhiskers',
        afterDatasetsDraw: function (chart) {
            var ctx = chart.ctx;
            var yScale = chart.scales.y;
            chart.data.datasets.forEach(function (dataset, datasetIndex) {
                var meta = chart.getDatasetMeta(datasetIndex);
                if (meta.hidden || !dataset.intervals) {
                    return;
                }
                dataset.intervals.forEach(function (interval, index) {
                    var bar = meta.data[index];
                    if (!interval || !bar || interval[0] === null || interval[1] === null) {
                        return;
                    }
                    var x = bar.x;
                    var top = yScale.getPixelForValue(interval[1]);
                    var bottom = yScale.getPixelForValue(interval[0]);
                    var half = Math.max(3, Math.min(8, bar.width / 4));
                    ctx.save();
                    ctx.strokeStyle = '#172B4D';
                    ctx.lineWidth = 1.5;
                    ctx.beginPath();
                    ctx.moveTo(x, top);
                    ctx.lineTo(x, bottom);
                    ctx.moveTo(x - half, top);
                    ctx.lineTo(x + half, top);
                    ctx.moveTo(x - half, bottom);
                    ctx.lineTo(x + half, bottom);
                    ctx.stroke();
                    ctx.restore();
                });
            });
        }
    };

    XLA.intervalWhiskers = intervalWhiskers;

    /** The five scorecard categories, in the order every chart and table shows them. */
    XLA.CATEGORIES = ['RELIABILITY', 'ASSURANCE', 'PARTNERSHIP', 'EMPATHY', 'COMMUNICATION'];

    /** Category -> stat of a round result (REST /rounds/{id}/result); {} for none. */
    XLA.categoryStats = function (result) {
        var map = {};
        (result && result.categories || []).forEach(function (c) { map[c.category] = c.stat; });
        return map;
    };

    /**
     * The series of a category chart: the round itself, the previous round and the baseline when
     * there are such results (the baseline once only, when it is the previous round too).
     * Shared by the organisation page and the scorecard-profile dashboard item.
     *
     * @param labels {current, previous, baseline}: the legend texts
     */
    XLA.comparisonSeries = function (result, previous, baseline, labels) {
        var statsOf = function (res) {
            var map = XLA.categoryStats(res);
            return XLA.CATEGORIES.map(function (c) { return map[c] || null; });
        };
        var series = [{label: labels.current, stats: statsOf(result)}];
        if (previous) {
            series.push({label: labels.previous, stats: statsOf(previous)});
        }
        if (baseline && (!previous || baseline.round.id !== previous.round.id)) {
            series.push({label: labels.baseline, stats: statsOf(baseline)});
        }
        return series;
    };

    // Fill colours are told apart by the legend, tooltips and the tables below the chart as well,
    // never by colour alone. Previous and baseline get a hatched look through a lighter border.
    var SERIES_STYLE = [
        {backgroundColor: '#0052CC', borderColor: '#0747A6'},
        {backgroundColor: '#8993A4', borderColor: '#505F79'},
        {backgroundColor: '#B3D4FF', borderColor: '#4C9AFF'}
    ];

    /**
     * Renders the chart into canvas.
     *
     * @param canvas    the <canvas>
     * @param labels    category labels, each [name, "n = 12"]
     * @param series    [{label, stats: [Stat|null per category]}], current first
     * @param fmt       XLA.formats of the page
     * @param texts     {interval, n} patterns ("95% interval {0} - {1}", "n = {0}")
     */
    XLA.intervalChart = function (canvas, labels, series, fmt, texts) {
        if (!window.Chart) {
            return null;
        }
        var datasets = series.map(function (serie, index) {
            var style = SERIES_STYLE[index % SERIES_STYLE.length];
            return {
                label: serie.label,
                data: serie.stats.map(function (stat) { return stat && !stat.suppressed ? stat.mean : null; }),
                intervals: serie.stats.map(function (stat) {
                    return stat && !stat.suppressed && stat.ciLow !== null && stat.ciHigh !== null
                        ? [stat.ciLow, stat.ciHigh] : null;
                }),
                counts: serie.stats.map(function (stat) { return stat ? stat.n : null; }),
                backgroundColor: style.backgroundColor,
                borderColor: style.borderColor,
                borderWidth: 1
            };
        });
        return new window.Chart(canvas, {
            type: 'bar',
            data: {labels: labels, datasets: datasets},
            plugins: [intervalWhiskers],
            options: {
                animation: false,
                responsive: true,
                maintainAspectRatio: false,
                scales: {
                    y: {min: 0, max: 100, ticks: {stepSize: 20}},
                    x: {ticks: {autoSkip: false}}
                },
                plugins: {
                    legend: {position: 'bottom'},
                    tooltip: {
                        callbacks: {
                            label: function (item) {
                                var dataset = item.dataset;
                                var interval = dataset.intervals[item.dataIndex];
                                var parts = [dataset.label + ': ' + fmt.score(item.parsed.y)];
                                if (interval) {
                                    parts.push(window.XLA.format(texts.interval, fmt.score(interval[0]),
                                        fmt.score(interval[1])));
                                }
                                parts.push(window.XLA.format(texts.n, fmt.integer(dataset.counts[item.dataIndex])));
                                return parts.join(', ');
                            }
                        }
                    }
                }
            }
        });
    };
}(window));
