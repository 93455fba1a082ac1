/*
 * XLA Scorecard: XLA targets, in two modes of one page (data-mode on #xla-targets-page).
 * "organisation": lists GET /organisations/{id}/targets (own targets and inherited defaults, each
 * with its stored status as a lozenge with text, value, n and since, and a "History" dialog paging
 * through GET .../targets/{id}/history); for those who manage the organisation, a form to add a
 * target, change an own one or set an own one instead of a default (POST/PUT), and deleting an own
 * target (the default applies again).
 * "defaults": lists GET /targets/defaults (definitions only: a default has a status per
 * organisation, not one of its own); for administrators the same form and delete on the defaults.
 * The API's field errors ("threshold", "window.days", ...) appear next to their inputs.
 */
(function (window, document) {
    'use strict';

    var XLA = window.XLA;
    var el = XLA.el;
    var METRICS = ['CSAT_PERCENT', 'MEAN_RATING', 'NPS', 'SCORECARD_OVERALL', 'SCORECARD_CATEGORY',
        'FOLLOW_UPS_IN_WINDOW_PERCENT', 'RESPONSE_RATE'];
    var CATEGORIES = ['RELIABILITY', 'ASSURANCE', 'PARTNERSHIP', 'EMPATHY', 'COMMUNICATION'];
    /** Windows each metric allows (the core decides again; this only keeps the form honest). */
    var ROUND_METRICS = ['NPS', 'SCORECARD_OVERALL', 'SCORECARD_CATEGORY', 'RESPONSE_RATE'];
    var LOZENGE = {MET: 'aui-lozenge-success', AT_RISK: 'aui-lozenge-current', BREACHED: 'aui-lozenge-removed',
        NO_DATA: 'aui-lozenge-subtle'};
    /** Status changes per request of the history dialog; "Show more" asks for the next ones. */
    var HISTORY_PAGE = 10;

    function metricName(metric) {
        switch (metric) {
            case 'CSAT_PERCENT': return AJS.I18n.getText('xla.web.targets.metric.csat');
            case 'MEAN_RATING': return AJS.I18n.getText('xla.web.targets.metric.mean');
            case 'NPS': return AJS.I18n.getText('xla.web.targets.metric.nps');
            case 'SCORECARD_OVERALL': return AJS.I18n.getText('xla.web.targets.metric.overall');
            case 'SCORECARD_CATEGORY': return AJS.I18n.getText('xla.web.targets.metric.category');
            case 'FOLLOW_UPS_IN_WINDOW_PERCENT': return AJS.I18n.getText('xla.web.targets.metric.followups');
            default: return AJS.I18n.getText('xla.web.targets.metric.responserate');
        }
    }

    function categoryName(category) {
        switch (category) {
            case 'RELIABILITY': return AJS.I18n.getText('xla.web.targets.category.reliability');
            case 'ASSURANCE': return AJS.I18n.getText('xla.web.targets.category.assurance');
            case 'PARTNERSHIP': return AJS.I18n.getText('xla.web.targets.category.partnership');
            case 'EMPATHY': return AJS.I18n.getText('xla.web.targets.category.empathy');
            default: return AJS.I18n.getText('xla.web.targets.category.communication');
        }
    }

    function statusName(status) {
        switch (status) {
            case 'MET': return AJS.I18n.getText('xla.web.targets.status.met');
            case 'AT_RISK': return AJS.I18n.getText('xla.web.targets.status.atrisk');
            case 'BREACHED': return AJS.I18n.getText('xla.web.targets.status.breached');
            default: return AJS.I18n.getText('xla.web.targets.status.nodata');
        }
    }

    function comparisonName(comparison) {
        return comparison === 'AT_MOST' ? AJS.I18n.getText('xla.web.targets.comparison.atmost')
            : AJS.I18n.getText('xla.web.targets.comparison.atleast');
    }

    function windowName(window) {
        return window.kind === 'ROLLING_DAYS' ? XLA.format(AJS.I18n.getText('xla.web.targets.window.days'), window.days)
            : AJS.I18n.getText('xla.web.targets.window.round');
    }

    function statusLozenge(status) {
        return el('span', {'class': 'aui-lozenge ' + (LOZENGE[status] || LOZENGE.NO_DATA), 'data-status': status,
            text: statusName(status)});
    }

    function targetName(target) {
        return metricName(target.metric) + (target.category ? ': ' + categoryName(target.category) : '');
    }

    function Page(root) {
        this.root = root;
        this.defaults = root.getAttribute('data-mode') === 'defaults';
        this.organisationId = root.getAttribute('data-organisation-id');
        this.canManage = root.getAttribute('data-can-manage') === 'true';
        this.language = root.getAttribute('data-locale') === 'nl' ? 'nl' : 'en';
        this.formats = XLA.formats(this.language);
        this.api = XLA.rest(root.getAttribute('data-context-path') || '', this.language);
        this.status = document.getElementById('xla-status');
        this.path = this.defaults ? '/targets/defaults'
            : '/organisations/' + encodeURIComponent(this.organisationId) + '/targets';
    }

    Page.prototype.load = function () {
        var self = this;
        return this.api.get(this.path).then(function (targets) {
            self.render(targets || []);
        }).catch(function (failure) {
            XLA.announce(self.status, 'error', XLA.failureText(failure));
        });
    };

    Page.prototype.number = function (value) {
        return typeof value === 'number' ? this.formats.score(value) : '\u2013';
    };

    Page.prototype.render = function (targets) {
        var self = this;
        var holder = XLA.clear(document.getElementById('xla-targets'));
        if (!targets.length) {
            holder.appendChild(el('p', {'class': 'xla-empty', text: this.defaults
                ? AJS.I18n.getText('xla.web.targets.defaults.none') : AJS.I18n.getText('xla.web.targets.none')}));
            return;
        }
        // A default has no status of its own (it has one per organisation), so the defaults mode shows
        // the definition with its minimum instead of status, value and since.
        var headers = [AJS.I18n.getText('xla.web.targets.col.metric'), AJS.I18n.getText('xla.web.targets.col.target'),
            AJS.I18n.getText('xla.web.targets.col.window')].concat(this.defaults
            ? [AJS.I18n.getText('xla.web.targets.field.minimum')]
            : [AJS.I18n.getText('xla.web.targets.col.status'), AJS.I18n.getText('xla.web.targets.col.value'),
                AJS.I18n.getText('xla.web.targets.col.since')]);
        // Everybody who sees an organisation's statuses may read their history; defaults change only.
        if (this.canManage || !this.defaults) {
            headers.push(AJS.I18n.getText('xla.web.targets.col.actions'));
        }
        var rows = targets.map(function (target) {
            var cells = [
                el('th', {scope: 'row'}, [el('span', {text: targetName(target)}), target.inherited
                    ? el('span', {'class': 'xla-target-inherited', text: ' ' + AJS.I18n.getText('xla.web.targets.inherited')})
                    : null]),
                el('td', {text: XLA.format(AJS.I18n.getText('xla.web.targets.rule'), comparisonName(target.comparison),
                    self.number(target.threshold), self.number(target.warningMargin))}),
                el('td', {text: windowName(target.window)})
            ];
            if (self.defaults) {
                cells.push(el('td', {text: String(target.minimumDataPoints)}));
            } else {
                cells.push(
                    el('td', {}, [statusLozenge(target.status)]),
                    el('td', {text: target.n === null || target.n === undefined ? '\u2013'
                        : XLA.format(AJS.I18n.getText('xla.web.targets.value'), self.number(target.value), target.n,
                            target.minimumDataPoints)}),
                    el('td', {text: target.statusSince ? self.formats.instant(target.statusSince)
                        : AJS.I18n.getText('xla.web.targets.since.never')}));
            }
            var actions = [];
            if (!self.defaults) {
                actions.push(el('button', {type: 'button', 'class': 'aui-button aui-button-link', 'data-action': 'history',
                    text: AJS.I18n.getText('xla.web.targets.history'),
                    'aria-label': XLA.format(AJS.I18n.getText('xla.web.targets.history.label'), targetName(target)),
                    on: {click: function () {
                        self.showHistory(target);
                    }}}));
            }
            if (self.canManage && target.inherited) {
                actions.push(el('button', {type: 'button', 'class': 'aui-button aui-button-link', 'data-action': 'override',
                    text: AJS.I18n.getText('xla.web.targets.override'), on: {click: function () {
                        self.showForm(target, true);
                    }}}));
            } else if (self.canManage) {
                actions.push(el('button', {type: 'button', 'class': 'aui-button aui-button-link', 'data-action': 'edit',
                    text: AJS.I18n.getText('xla.web.targets.edit'), on: {click: function () {
                        self.showForm(target, false);
                    }}}),
                el('button', {type: 'button', 'class': 'aui-button aui-button-link', 'data-action': 'delete',
                    text: AJS.I18n.getText('xla.web.targets.delete'), on: {click: function () {
                        self.remove(target);
                    }}}));
            }
            if (self.canManage || !self.defaults) {
                cells.push(el('td', {'class': 'xla-target-actions'}, actions));
            }
            return el('tr', {'data-target-id': String(target.id), 'data-metric': target.metric}, cells);
        });
        holder.appendChild(el('table', {'class': 'aui xla-targets-table', id: 'xla-targets-table'}, [
            el('caption', {'class': 'assistive', text: this.defaults ? AJS.I18n.getText('xla.web.targets.defaults.heading')
                : AJS.I18n.getText('xla.web.targets.heading')}),
            el('thead', {}, [el('tr', {}, headers.map(function (text) {
                return el('th', {scope: 'col', text: text});
            }))]),
            el('tbody', {}, rows)
        ]));
    };

    function options(values, label, selected) {
        return values.map(function (value) {
            return el('option', {value: value, text: label(value), selected: value === selected});
        });
    }

    function field(id, fieldName, labelText, input, help) {
        input.id = id;
        input.setAttribute('data-field', fieldName);
        return el('div', {'class': 'field-group xla-field'}, [
            el('label', {'for': id, text: labelText}), input,
            help ? el('div', {'class': 'description', text: help}) : null
        ]);
    }

    /**
     * The form for a new target (target undefined), a change of an own target, or an own target in
     * place of a default (asNew: the default's values as a start).
     */
    Page.prototype.showForm = function (target, asNew) {
        var self = this;
        var holder = document.getElementById('xla-target-form-holder');
        var addButton = document.getElementById('xla-target-add');
        XLA.clear(holder);
        holder.hidden = false;
        addButton.setAttribute('aria-expanded', 'true');
        var editing = target && !asNew;
        var start = target || {metric: 'CSAT_PERCENT', comparison: 'AT_LEAST', threshold: 90, warningMargin: 3,
            window: {kind: 'ROLLING_DAYS', days: 90}, minimumDataPoints: 10};
        var summary = el('div', {'class': 'xla-form-summary', 'aria-live': 'assertive'});
        var metric = el('select', {'class': 'select'}, options(METRICS, metricName, start.metric));
        var category = el('select', {'class': 'select'}, options(CATEGORIES, categoryName, start.category || 'RELIABILITY'));
        var comparison = el('select', {'class': 'select'}, options(['AT_LEAST', 'AT_MOST'], comparisonName, start.comparison));
        var threshold = el('input', {type: 'number', step: 'any', 'class': 'text short-field', value: String(start.threshold)});
        var margin = el('input', {type: 'number', step: 'any', min: '0', 'class': 'text short-field',
            value: String(start.warningMargin)});
        var kind = el('select', {'class': 'select'}, options(['ROLLING_DAYS', 'LATEST_CLOSED_ROUND'], function (value) {
            return value === 'ROLLING_DAYS' ? AJS.I18n.getText('xla.web.targets.window.kind.days')
                : AJS.I18n.getText('xla.web.targets.window.round');
        }, start.window.kind));
        var days = el('input', {type: 'number', min: '1', max: '3660', 'class': 'text short-field',
            value: start.window.days === null || start.window.days === undefined ? '90' : String(start.window.days)});
        var minimum = el('input', {type: 'number', min: '1', 'class': 'text short-field',
            value: String(start.minimumDataPoints)});
        var categoryGroup = field('xla-tf-category', 'category', AJS.I18n.getText('xla.web.targets.field.category'), category);
        var daysGroup = field('xla-tf-days', 'window.days', AJS.I18n.getText('xla.web.targets.field.days'), days);
        function sync() {
            categoryGroup.hidden = metric.value !== 'SCORECARD_CATEGORY';
            var roundAllowed = ROUND_METRICS.indexOf(metric.value) >= 0;
            kind.querySelector('option[value="LATEST_CLOSED_ROUND"]').disabled = !roundAllowed;
            if (!roundAllowed) {
                kind.value = 'ROLLING_DAYS';
            }
            daysGroup.hidden = kind.value !== 'ROLLING_DAYS';
        }
        metric.addEventListener('change', sync);
        kind.addEventListener('change', sync);
        var form = el('form', {'class': 'aui xla-target-form', id: 'xla-target-form', novalidate: true, on: {
            submit: function (event) {
                event.preventDefault();
                var body = {
                    metric: metric.value,
                    category: metric.value === 'SCORECARD_CATEGORY' ? category.value : null,
                    comparison: comparison.value,
                    threshold: numberOrText(threshold.value),
                    warningMargin: numberOrText(margin.value),
                    window: {kind: kind.value, days: kind.value === 'ROLLING_DAYS' ? numberOrText(days.value) : null},
                    minimumDataPoints: numberOrText(minimum.value)
                };
                self.save(editing ? target.id : null, body, form, summary);
            }}}, [
            el('h3', {text: editing ? AJS.I18n.getText('xla.web.targets.form.edit')
                : AJS.I18n.getText('xla.web.targets.form.add')}),
            summary,
            field('xla-tf-metric', 'metric', AJS.I18n.getText('xla.web.targets.field.metric'), metric),
            categoryGroup,
            field('xla-tf-comparison', 'comparison', AJS.I18n.getText('xla.web.targets.field.comparison'), comparison),
            field('xla-tf-threshold', 'threshold', AJS.I18n.getText('xla.web.targets.field.threshold'), threshold,
                AJS.I18n.getText('xla.web.targets.field.threshold.help')),
            field('xla-tf-margin', 'warningMargin', AJS.I18n.getText('xla.web.targets.field.margin'), margin,
                AJS.I18n.getText('xla.web.targets.field.margin.help')),
            field('xla-tf-kind', 'window.kind', AJS.I18n.getText('xla.web.targets.field.window'), kind),
            daysGroup,
            field('xla-tf-minimum', 'minimumDataPoints', AJS.I18n.getText('xla.web.targets.field.minimum'), minimum,
                AJS.I18n.getText('xla.web.targets.field.minimum.help')),
            el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [
                el('button', {type: 'submit', 'class': 'aui-button aui-button-primary', id: 'xla-tf-save',
                    text: AJS.I18n.getText('xla.web.targets.save')}),
                el('button', {type: 'button', 'class': 'aui-button aui-button-link', id: 'xla-tf-cancel',
                    text: AJS.I18n.getText('xla.web.cancel'), on: {click: function () { self.hideForm(); }}})
            ])])
        ]);
        holder.appendChild(form);
        sync();
        metric.focus();
    };

    /** A number when the input holds one; otherwise the text, so the API names the field. */
    function numberOrText(text) {
        var trimmed = String(text).trim();
        if (trimmed === '') {
            return null;
        }
        var number = Number(trimmed);
        return isNaN(number) ? trimmed : number;
    }

    Page.prototype.hideForm = function () {
        var holder = document.getElementById('xla-target-form-holder');
        XLA.clear(holder);
        holder.hidden = true;
        var addButton = document.getElementById('xla-target-add');
        addButton.setAttribute('aria-expanded', 'false');
        addButton.focus();
    };

    Page.prototype.save = function (targetId, body, form, summary) {
        var self = this;
        XLA.clearFieldErrors(form);
        XLA.clear(summary);
        var call = targetId === null ? this.api.post(this.path, body) : this.api.put(this.path + '/' + targetId, body);
        call.then(function () {
            self.hideForm();
            // An organisation's target is evaluated in the request; a default at the next evaluation run.
            XLA.announce(self.status, 'success', self.defaults ? AJS.I18n.getText('xla.web.targets.defaults.saved')
                : AJS.I18n.getText('xla.web.targets.saved'));
            return self.load();
        }).catch(function (failure) {
            XLA.showFieldErrors(form, summary, failure);
        });
    };

    Page.prototype.remove = function (target) {
        var self = this;
        var title = this.defaults ? AJS.I18n.getText('xla.web.targets.defaults.delete.title')
            : AJS.I18n.getText('xla.web.targets.delete.title');
        var message = this.defaults ? AJS.I18n.getText('xla.web.targets.defaults.delete.confirm')
            : AJS.I18n.getText('xla.web.targets.delete.confirm');
        XLA.confirm(title, message, AJS.I18n.getText('xla.web.targets.delete')).then(function (confirmed) {
            if (!confirmed) {
                return null;
            }
            return self.api.del(self.path + '/' + target.id).then(function () {
                XLA.announce(self.status, 'success', AJS.I18n.getText('xla.web.targets.deleted'));
                return self.load();
            });
        }).catch(function (failure) {
            XLA.announce(self.status, 'error', XLA.failureText(failure));
        });
    };

    /**
     * The target's status changes, newest first, in a dialog: from -> to as lozenges with their
     * text, value, n and date. The first page comes with the dialog; "Show more" appends the next
     * page (start/limit of the history endpoint) until the last one.
     */
    Page.prototype.showHistory = function (target) {
        var self = this;
        var path = this.path + '/' + encodeURIComponent(target.id) + '/history';
        var body = el('div', {'class': 'xla-history', id: 'xla-history'});
        var list = el('tbody', {});
        var table = el('table', {'class': 'aui xla-history-table', id: 'xla-history-table', hidden: true}, [
            el('caption', {'class': 'assistive', text: XLA.format(AJS.I18n.getText('xla.web.targets.history.title'),
                targetName(target))}),
            el('thead', {}, [el('tr', {}, [AJS.I18n.getText('xla.web.targets.history.col.date'),
                AJS.I18n.getText('xla.web.targets.history.col.change'),
                AJS.I18n.getText('xla.web.targets.history.col.value')].map(function (text) {
                return el('th', {scope: 'col', text: text});
            }))]),
            list
        ]);
        var count = el('p', {'class': 'xla-history-count', 'aria-live': 'polite'});
        var message = el('p', {'class': 'xla-empty', text: AJS.I18n.getText('xla.web.loading')});
        var more = el('button', {type: 'button', 'class': 'aui-button', id: 'xla-history-more', hidden: true,
            text: AJS.I18n.getText('xla.web.targets.history.more')});
        body.appendChild(message);
        body.appendChild(table);
        body.appendChild(count);
        body.appendChild(more);
        var dialog;
        var close = el('button', {type: 'button', 'class': 'aui-button aui-button-primary', id: 'xla-history-close',
            text: AJS.I18n.getText('xla.web.close'), on: {click: function () { dialog.close(); }}});
        dialog = XLA.dialog(XLA.format(AJS.I18n.getText('xla.web.targets.history.title'), targetName(target)),
            body, [close]);
        dialog.classList.add('xla-dialog-large');
        dialog.id = 'xla-history-dialog';
        close.focus();
        var shown = 0;
        function load() {
            more.disabled = true;
            return self.api.get(path + '?start=' + shown + '&limit=' + HISTORY_PAGE).then(function (page) {
                (page.values || []).forEach(function (change) {
                    list.appendChild(self.historyRow(change));
                });
                shown += (page.values || []).length;
                message.hidden = shown > 0;
                message.textContent = AJS.I18n.getText('xla.web.targets.history.none');
                table.hidden = shown === 0;
                count.textContent = shown > 0 ? XLA.format(AJS.I18n.getText('xla.web.targets.history.count'), shown,
                    page.total) : '';
                more.hidden = page.isLastPage || !(page.values || []).length;
                more.disabled = false;
            }).catch(function (failure) {
                message.hidden = false;
                message.className = 'xla-field-error';
                message.textContent = XLA.failureText(failure);
                more.disabled = false;
            });
        }
        more.addEventListener('click', function () {
            load().then(function () {
                // Keep the keyboard in the dialog when the last page hides the button.
                (more.hidden ? close : more).focus();
            });
        });
        load();
    };

    /** One status change: date, "from -> to" as lozenges (the first evaluation has no "from"), value (n). */
    Page.prototype.historyRow = function (change) {
        var from = change.from ? statusLozenge(change.from)
            : el('span', {'class': 'xla-history-first', text: AJS.I18n.getText('xla.web.targets.history.first')});
        return el('tr', {'data-from': change.from || '', 'data-to': change.to}, [
            el('td', {text: this.formats.instant(change.at)}),
            el('td', {'class': 'xla-history-change'}, [from,
                el('span', {'class': 'xla-history-arrow', 'aria-hidden': 'true', text: ' \u2192 '}),
                el('span', {'class': 'assistive', text: ' ' + AJS.I18n.getText('xla.web.targets.history.to') + ' '}),
                statusLozenge(change.to)]),
            el('td', {text: XLA.format(AJS.I18n.getText('xla.web.targets.history.value'), this.number(change.value),
                change.n)})
        ]);
    };

    XLA.onReady(function () {
        var root = document.getElementById('xla-targets-page');
        if (!root) {
            return;
        }
        var page = new Page(root);
        var addButton = document.getElementById('xla-target-add');
        if (addButton) {
            addButton.addEventListener('click', function () {
                page.showForm(undefined, false);
            });
        }
        page.load();
    });
}(window, document));
