/*
 * XLA Scorecard: the follow-up queue. Lists open follow-ups least time left first (overdue on top)
 * with countdowns like JSM's SLA timers, filters by organisation and owner, logs calls through the
 * shared dialog, and shows per organisation the share done within the window, the median time to
 * contact and the open and overdue counts.
 */
(function (window, document) {
    'use strict';

    var XLA = window.XLA;
    var el = XLA.el;
    /** Queue rows loaded at once; the core sorts by due time, so the most urgent come first. */
    var QUEUE_LIMIT = 100;
    /** Organisations whose metrics are shown when no organisation is filtered. */
    var METRICS_LIMIT = 10;
    var METRICS_DAYS = 90;
    /** The queue is reloaded from the server this often, so countdowns never drift far. */
    var RELOAD_MS = 5 * 60 * 1000;

    function Queue(root) {
        this.root = root;
        this.language = root.getAttribute('data-locale') === 'nl' ? 'nl' : 'en';
        this.api = XLA.rest(root.getAttribute('data-context-path') || '', this.language);
        this.contextPath = root.getAttribute('data-context-path') || '';
        this.userKey = root.getAttribute('data-user-key') || '';
        this.canManage = root.getAttribute('data-can-manage') === 'true';
        this.fmt = XLA.formats(this.language);
        this.status = document.getElementById('xla-status');
        this.organisationFilter = document.getElementById('xla-filter-organisation');
        this.ownerFilter = document.getElementById('xla-filter-owner');
        this.names = {};
    }

    Queue.prototype.start = function () {
        var self = this;
        this.organisationFilter.addEventListener('change', function () { self.load(); });
        this.ownerFilter.addEventListener('change', function () { self.load(); });
        XLA.followups.startCountdowns(this.root);
        window.setInterval(function () { self.load(); }, RELOAD_MS);
        return this.api.get('/organisations?limit=100').then(function (answer) {
            XLA.values(answer).forEach(function (organisation) {
                self.names[organisation.id] = organisation.name;
                self.organisationFilter.appendChild(el('option', {value: String(organisation.id),
                    text: organisation.name}));
            });
            return self.load();
        }).catch(function (failure) {
            XLA.announce(self.status, 'error', XLA.failureText(failure));
        });
    };

    Queue.prototype.query = function () {
        var parts = ['limit=' + QUEUE_LIMIT];
        if (this.organisationFilter.value) {
            parts.push('organisationId=' + encodeURIComponent(this.organisationFilter.value));
        }
        if (this.ownerFilter.value === 'me') {
            parts.push('assigneeKey=' + encodeURIComponent(this.userKey));
        } else if (this.ownerFilter.value === 'group') {
            parts.push('unassigned=true');
        }
        return '/followups?' + parts.join('&');
    };

    Queue.prototype.load = function () {
        var self = this;
        var holder = document.getElementById('xla-queue');
        holder.setAttribute('aria-busy', 'true');
        return this.api.get(this.query()).then(function (answer) {
            var rows = XLA.values(answer);
            self.renderQueue(holder, rows, answer && answer.total);
            holder.setAttribute('aria-busy', 'false');
            return self.loadMetrics(rows);
        }).catch(function (failure) {
            holder.setAttribute('aria-busy', 'false');
            XLA.announce(self.status, 'error', XLA.failureText(failure));
        });
    };

    Queue.prototype.organisationName = function (id) {
        return this.names[id] || XLA.format(AJS.I18n.getText('xla.web.queue.organisation.unknown'), id);
    };

    Queue.prototype.renderQueue = function (holder, rows, total) {
        var self = this;
        XLA.clear(holder);
        if (!rows.length) {
            holder.appendChild(el('p', {'class': 'xla-empty', id: 'xla-queue-empty',
                text: AJS.I18n.getText('xla.web.queue.empty')}));
            return;
        }
        var header = el('tr', {}, [
            AJS.I18n.getText('xla.web.queue.col.request'), AJS.I18n.getText('xla.web.queue.col.organisation'),
            AJS.I18n.getText('xla.web.queue.col.rating'), AJS.I18n.getText('xla.web.queue.col.owner'),
            AJS.I18n.getText('xla.web.queue.col.state'), AJS.I18n.getText('xla.web.queue.col.timeleft'),
            AJS.I18n.getText('xla.web.queue.col.action')
        ].map(function (text) {
            return el('th', {scope: 'col', text: text});
        }));
        var body = el('tbody', {}, rows.map(function (followUp) { return self.row(followUp); }));
        holder.appendChild(el('table', {'class': 'aui xla-queue-table'}, [
            el('caption', {'class': 'assistive', text: AJS.I18n.getText('xla.web.queue.caption')}),
            el('thead', {}, [header]), body
        ]));
        if (total && total > rows.length) {
            holder.appendChild(el('p', {'class': 'description', text: XLA.format(
                AJS.I18n.getText('xla.web.queue.more'), self.fmt.integer(rows.length), self.fmt.integer(total))}));
        }
    };

    Queue.prototype.row = function (followUp) {
        var self = this;
        var stars = Number(followUp.rating) || 0;
        var ratingCell = el('td', {'class': 'xla-queue-rating'}, [
            el('span', {'class': 'xla-star-glyphs' + (stars <= 2 ? ' xla-unhappy' : ''), 'aria-hidden': 'true',
                text: '\u2605'.repeat(stars) + '\u2606'.repeat(Math.max(0, 5 - stars))}),
            ' ',
            el('span', {'class': 'xla-stars-text', text: XLA.format(AJS.I18n.getText('xla.web.panel.rating.stars'), stars)}),
            followUp.ratingRaisedAboveThreshold ? el('div', {'class': 'xla-panel-meta',
                text: AJS.I18n.getText('xla.web.queue.raised')}) : null
        ]);
        var owner = followUp.assigneeName || followUp.assigneeKey || AJS.I18n.getText('xla.web.queue.owner.group');
        var state = followUp.outcome === 'NOT_REACHED'
            ? XLA.format(AJS.I18n.getText('xla.web.queue.state.notreached'), followUp.attempts)
            : AJS.I18n.getText('xla.web.queue.state.new');
        var logCall = el('button', {type: 'button', 'class': 'aui-button xla-log-call',
            'aria-label': XLA.format(AJS.I18n.getText('xla.web.call.title'), followUp.requestKey),
            text: AJS.I18n.getText('xla.web.followup.logcall'), on: {click: function () { self.logCall(followUp.id); }}});
        return el('tr', {'data-follow-up-id': String(followUp.id), 'data-request-key': followUp.requestKey,
            'class': followUp.overdue ? 'xla-row-overdue' : null}, [
            el('td', {}, [el('a', {href: this.contextPath + '/browse/' + encodeURIComponent(followUp.requestKey),
                text: followUp.requestKey})]),
            el('td', {text: this.organisationName(followUp.organisationId)}),
            ratingCell,
            el('td', {text: owner}),
            el('td', {text: state}),
            el('td', {'class': 'xla-queue-timeleft'}, [XLA.followups.countdown(followUp),
                el('div', {'class': 'xla-panel-meta', text: XLA.format(AJS.I18n.getText('xla.web.followup.due'),
                    this.fmt.instant(followUp.dueAt))})]),
            el('td', {}, [logCall])
        ]);
    };

    Queue.prototype.logCall = function (id) {
        var self = this;
        // Read it fresh: its version and stored notes are the dialog's starting point.
        this.api.get('/followups/' + id).then(function (followUp) {
            XLA.followups.logCall(followUp, {
                api: self.api,
                canCreateAction: self.canManage,
                onSaved: function (updated) {
                    var text = updated.state === 'OPEN'
                        ? XLA.format(AJS.I18n.getText('xla.web.call.savedopen'), updated.requestKey)
                        : XLA.format(AJS.I18n.getText('xla.web.call.saved'), updated.requestKey);
                    XLA.announce(self.status, 'success', text);
                    self.load();
                }
            });
        }).catch(function (failure) {
            XLA.announce(self.status, 'error', XLA.failureText(failure));
            self.load();
        });
    };

    // ---- metrics ------------------------------------------------------------------------------

    Queue.prototype.loadMetrics = function (rows) {
        var self = this;
        var holder = document.getElementById('xla-metrics');
        var ids = [];
        if (this.organisationFilter.value) {
            ids.push(Number(this.organisationFilter.value));
        } else {
            rows.forEach(function (followUp) {
                if (ids.indexOf(followUp.organisationId) < 0 && ids.length < METRICS_LIMIT) {
                    ids.push(followUp.organisationId);
                }
            });
        }
        if (!ids.length) {
            XLA.clear(holder).appendChild(el('p', {'class': 'xla-empty', text: AJS.I18n.getText('xla.web.queue.metrics.none')}));
            return Promise.resolve();
        }
        return Promise.all(ids.map(function (id) {
            return self.api.get('/organisations/' + id + '/followup-metrics?days=' + METRICS_DAYS);
        })).then(function (all) {
            self.renderMetrics(holder, all);
        }).catch(function (failure) {
            XLA.clear(holder).appendChild(el('p', {'class': 'xla-empty', text: XLA.failureText(failure)}));
        });
    };

    Queue.prototype.renderMetrics = function (holder, all) {
        var self = this;
        XLA.clear(holder);
        var head = el('tr', {}, [
            el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.queue.col.organisation')}),
            el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.queue.metrics.within')}),
            el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.queue.metrics.median')}),
            el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.queue.metrics.open')}),
            el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.queue.metrics.overdue')})
        ]);
        var rows = all.map(function (metrics) {
            var within = metrics.percentWithinWindow === null || metrics.percentWithinWindow === undefined
                ? AJS.I18n.getText('xla.web.queue.metrics.noclosed')
                : XLA.format(AJS.I18n.getText('xla.web.queue.metrics.withinvalue'),
                    self.fmt.percent(metrics.percentWithinWindow / 100), self.fmt.integer(metrics.closedWithinWindow),
                    self.fmt.integer(metrics.closed));
            var median = metrics.medianSecondsToContact === null || metrics.medianSecondsToContact === undefined
                ? AJS.I18n.getText('xla.web.queue.metrics.nocontact')
                : XLA.followups.length(XLA.followups.minutes(metrics.medianSecondsToContact));
            return el('tr', {'data-organisation-id': String(metrics.organisationId)}, [
                el('th', {scope: 'row', text: self.organisationName(metrics.organisationId)}),
                el('td', {text: within}),
                el('td', {text: median}),
                el('td', {'class': 'xla-metrics-open', text: self.fmt.integer(metrics.open)}),
                el('td', {'class': 'xla-metrics-overdue' + (metrics.overdue > 0 ? ' xla-overdue' : ''),
                    text: self.fmt.integer(metrics.overdue)})
            ]);
        });
        holder.appendChild(el('table', {'class': 'aui xla-metrics-table'}, [
            el('caption', {'class': 'assistive', text: AJS.I18n.getText('xla.web.queue.metrics')}),
            el('thead', {}, [head]), el('tbody', {}, rows)
        ]));
    };

    XLA.onReady(function () {
        var root = document.getElementById('xla-followup-queue');
        if (root) {
            new Queue(root).start();
        }
    });
}(window, document));
