/*
 * XLA Scorecard dashboard item 4, "Scorecard profile" (AMD module "xla/dashboard/scorecard-profile"):
 * one organisation's five categories in a closed round against the previous closed round and the
 * baseline, with 95% intervals (whiskers) and n. The chart is the organisation page's
 * (XLA.intervalChart, XLA.comparisonSeries in web/organisation/interval-chart.js); a table beneath
 * gives the same figures in words. Data: GET /organisations/{id}/latest-result (204: no closed round
 * yet) or /rounds/{id}/result, then the previous and baseline rounds' results. Preferences:
 * organisationId, roundId (empty: the latest closed round).
 */
define('xla/dashboard/scorecard-profile', ['xla/dashboard/common'], function (common) {
    'use strict';

    var XLA = window.XLA;
    var el = XLA.el;

    var ProfileItem = common.itemType();

    ProfileItem.prototype.render = function (context, preferences) {
        var self = this;
        var root = this.begin(context, 'xla-di-profile');
        var roundId = common.ids(preferences && preferences.roundId)[0];
        return this.chosenOrganisation(preferences).then(function (organisation) {
            if (!organisation) {
                return [null];
            }
            var current = roundId
                ? self.api.get('/rounds/' + roundId + '/result').then(function (result) {
                    // A saved round of another organisation (the organisation was changed): the latest instead.
                    return result.round.organisationId === organisation.id ? result
                        : self.api.get('/organisations/' + organisation.id + '/latest-result');
                }, function () { return self.api.get('/organisations/' + organisation.id + '/latest-result'); })
                : self.api.get('/organisations/' + organisation.id + '/latest-result');
            return current.then(function (result) {
                if (!result) {
                    return [organisation, null];
                }
                var optional = function (id) {
                    return id === null || id === undefined ? Promise.resolve(null)
                        : self.api.get('/rounds/' + id + '/result').catch(function () { return null; });
                };
                var previous = optional(result.previousRoundId);
                var baseline = result.baselineRoundId === result.previousRoundId ? previous : optional(result.baselineRoundId);
                return Promise.all([organisation, result, previous, baseline, self.template()]);
            });
        }).then(function (loaded) {
            if (!loaded[0]) {
                self.empty(root, AJS.I18n.getText('xla.dashboard.noorganisations'));
            } else if (!loaded[1]) {
                root.appendChild(el('h3', {'class': 'xla-di-subject', text: loaded[0].name}));
                self.setTitle(XLA.format(AJS.I18n.getText('xla.dashboard.profile.titlefor'), loaded[0].name));
                self.empty(root, AJS.I18n.getText('xla.dashboard.profile.empty'));
            } else {
                self.draw(root, loaded[0], loaded[1], loaded[2], loaded[3], loaded[4]);
            }
            self.done(root);
        }).catch(function (failure) {
            self.fail(root, failure, false);
        });
    };

    ProfileItem.prototype.roundName = function (round) {
        var kind = round.kind === 'BASELINE' ? AJS.I18n.getText('xla.web.round.kind.baseline')
            : AJS.I18n.getText('xla.web.round.kind.periodic');
        return round.title || (kind + ' ' + this.fmt.date(round.opens));
    };

    /** "72,4 (68,0 - 76,8; n = 14)", "too few responses (n = 3)" or "-". */
    ProfileItem.prototype.statText = function (stat) {
        if (!stat) {
            return '\u2013';
        }
        if (stat.suppressed) {
            return XLA.format(AJS.I18n.getText('xla.web.result.suppressed'), this.fmt.integer(stat.n));
        }
        if (typeof stat.mean !== 'number') {
            return '\u2013';
        }
        return XLA.format(AJS.I18n.getText('xla.dashboard.profile.stat'), this.fmt.score(stat.mean),
            this.fmt.score(stat.ciLow), this.fmt.score(stat.ciHigh), this.fmt.integer(stat.n));
    };

    ProfileItem.prototype.draw = function (root, organisation, result, previous, baseline, template) {
        var self = this;
        root.setAttribute('data-round-id', String(result.round.id));
        root.appendChild(el('h3', {'class': 'xla-di-subject', text: organisation.name}));
        this.setTitle(XLA.format(AJS.I18n.getText('xla.dashboard.profile.titlefor'), organisation.name));
        root.appendChild(el('p', {'class': 'xla-di-round', text: XLA.format(AJS.I18n.getText('xla.dashboard.profile.round'),
            this.roundName(result.round), this.fmt.integer(result.responses))}));
        var labelTexts = {
            current: this.roundName(result.round),
            previous: previous ? XLA.format(AJS.I18n.getText('xla.web.chart.previous'), this.roundName(previous.round)) : null,
            baseline: AJS.I18n.getText('xla.web.chart.baseline')
        };
        var series = XLA.comparisonSeries(result, previous, baseline, labelTexts);
        var current = XLA.categoryStats(result);
        var labels = XLA.CATEGORIES.map(function (category) {
            var stat = current[category];
            return [self.categoryName(template, category), stat && stat.suppressed
                ? XLA.format(AJS.I18n.getText('xla.web.result.suppressed'), self.fmt.integer(stat.n))
                : XLA.format(AJS.I18n.getText('xla.web.result.n'), self.fmt.integer(stat ? stat.n : 0))];
        });
        var canvas = el('canvas', {role: 'img', 'class': 'xla-di-profile-chart',
            'aria-label': XLA.format(AJS.I18n.getText('xla.dashboard.profile.chartlabel'), organisation.name)});
        root.appendChild(el('figure', {'class': 'xla-chart xla-di-chart'}, [
            el('div', {'class': 'xla-di-chart-canvas'}, [canvas]),
            el('figcaption', {text: AJS.I18n.getText('xla.web.chart.caption')})]));
        var headings = [AJS.I18n.getText('xla.dashboard.col.category')].concat(series.map(function (s) { return s.label; }));
        var rows = XLA.CATEGORIES.map(function (category, index) {
            return el('tr', {'data-category': category}, [el('th', {scope: 'row', text: self.categoryName(template, category)})]
                .concat(series.map(function (s) {
                    return el('td', {'class': 'xla-number', text: self.statText(s.stats[index])});
                })));
        });
        root.appendChild(el('details', {'class': 'xla-di-table-details'}, [
            el('summary', {text: AJS.I18n.getText('xla.dashboard.profile.table')}),
            common.table('xla-di-profile-table', XLA.format(AJS.I18n.getText('xla.dashboard.profile.chartlabel'),
                organisation.name), headings, rows)]));
        window.setTimeout(function () {
            if (!canvas.isConnected) {
                return;
            }
            var chart = XLA.intervalChart(canvas, labels, series, self.fmt, {
                interval: AJS.I18n.getText('xla.web.result.interval'), n: AJS.I18n.getText('xla.web.result.n')});
            if (chart) {
                self.onCleanup(function () { chart.destroy(); });
            }
            if (self.API && typeof self.API.resize === 'function') {
                self.API.resize();
            }
        }, 0);
    };

    /** The organisation's closed rounds, newest first (one page of 25). */
    ProfileItem.prototype.closedRounds = function (organisationId) {
        return this.api.get('/organisations/' + organisationId + '/rounds?start=0&limit=25').then(function (answer) {
            return XLA.values(answer).filter(function (round) { return round.state === 'CLOSED'; });
        }).catch(function () { return []; });
    };

    ProfileItem.prototype.roundChoices = function (rounds) {
        var self = this;
        return [{value: '', text: AJS.I18n.getText('xla.dashboard.edit.round.latest')}].concat(rounds.map(function (round) {
            return {value: round.id, text: self.roundName(round) + ' (' + self.fmt.date(round.closes) + ')'};
        }));
    };

    ProfileItem.prototype.renderEdit = function (context, preferences) {
        var self = this;
        var saved = common.ids(preferences && preferences.roundId)[0];
        return Promise.all([this.organisations(), this.chosenOrganisation(preferences)]).then(function (loaded) {
            var chosen = loaded[1];
            return Promise.all([loaded[0], chosen, chosen ? self.closedRounds(chosen.id) : []]);
        }).then(function (loaded) {
            var organisationField = common.organisationField('organisationId', loaded[0], loaded[1] ? [loaded[1].id] : [], false);
            var roundField = common.choiceField('roundId', AJS.I18n.getText('xla.dashboard.edit.round'),
                self.roundChoices(loaded[2]), saved || '');
            var form = common.editForm(self, context, [organisationField, roundField],
                AJS.I18n.getText('xla.dashboard.profile.title'));
            // Another organisation has other rounds: offer those, starting from its latest.
            var organisationSelect = form.querySelector('select[name="organisationId"]');
            var roundSelect = form.querySelector('select[name="roundId"]');
            organisationSelect.addEventListener('change', function () {
                self.closedRounds(Number(organisationSelect.value)).then(function (rounds) {
                    XLA.clear(roundSelect);
                    self.roundChoices(rounds).forEach(function (choice) {
                        roundSelect.appendChild(el('option', {value: String(choice.value), text: choice.text}));
                    });
                });
            });
        }).catch(this.editFailed(context));
    };

    return ProfileItem;
});
