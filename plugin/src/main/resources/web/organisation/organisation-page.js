/*
 * XLA Scorecard: the organisation experience page. The server renders the name and the section
 * headings; this script loads rounds, the round result and improvement actions from REST and lets
 * a service manager plan, open and close rounds, enter responses and manage actions.
 * Data is only ever inserted as text (XLA.el / textContent).
 */
(function (window, document) {
    'use strict';

    var XLA = window.XLA;
    var el = XLA.el;

    var STATE = {
        PLANNED: AJS.I18n.getText('xla.web.round.state.planned'),
        OPEN: AJS.I18n.getText('xla.web.round.state.open'),
        CLOSED: AJS.I18n.getText('xla.web.round.state.closed')
    };
    var LOZENGE = {PLANNED: 'aui-lozenge-subtle', OPEN: 'aui-lozenge-inprogress', CLOSED: 'aui-lozenge-success'};
    var KIND = {
        BASELINE: AJS.I18n.getText('xla.web.round.kind.baseline'),
        PERIODIC: AJS.I18n.getText('xla.web.round.kind.periodic')
    };
    var ROLE = {
        ICT_MANAGER: AJS.I18n.getText('xla.web.role.ictmanager'),
        END_USER: AJS.I18n.getText('xla.web.role.enduser'),
        EXECUTIVE: AJS.I18n.getText('xla.web.role.executive')
    };
    var CATEGORIES = XLA.CATEGORIES;
    var TEXT = {
        n: AJS.I18n.getText('xla.web.result.n'),
        interval: AJS.I18n.getText('xla.web.result.interval'),
        suppressed: AJS.I18n.getText('xla.web.result.suppressed'),
        significant: AJS.I18n.getText('xla.web.result.delta.significant'),
        notSignificant: AJS.I18n.getText('xla.web.result.delta.notsignificant'),
        noComparison: AJS.I18n.getText('xla.web.result.delta.none')
    };

    function Page(root) {
        this.root = root;
        this.organisationId = root.getAttribute('data-organisation-id');
        this.language = root.getAttribute('data-locale') === 'nl' ? 'nl' : 'en';
        this.canManage = root.getAttribute('data-can-manage') === 'true';
        this.contextPath = root.getAttribute('data-context-path') || '';
        this.api = XLA.rest(this.contextPath, this.language);
        this.fmt = XLA.formats(this.language);
        this.status = document.getElementById('xla-status');
        this.templates = {};
        this.rounds = [];
        this.shownRoundId = null;
        this.chart = null;
    }

    // ---- shared pieces ---------------------------------------------------------------------

    Page.prototype.template = function (version) {
        var key = version === undefined ? 'current' : String(version);
        if (!this.templates[key]) {
            this.templates[key] = this.api.get(version === undefined ? '/template' : '/template/versions/' + version);
        }
        return this.templates[key];
    };

    Page.prototype.text = function (localized) {
        return localized ? (localized[this.language] || localized.en || '') : '';
    };

    Page.prototype.categoryName = function (template, category) {
        var found = (template && template.categories || []).filter(function (c) { return c.category === category; })[0];
        return found ? this.text(found.name) : category;
    };

    Page.prototype.statementText = function (template, key) {
        var self = this;
        var text = key;
        (template && template.categories || []).forEach(function (category) {
            (category.statements || []).forEach(function (statement) {
                if (statement.key === key) {
                    text = self.text(statement.text);
                }
            });
        });
        return text;
    };

    Page.prototype.period = function (round) {
        return XLA.format(AJS.I18n.getText('xla.web.round.period'), this.fmt.date(round.opens), this.fmt.date(round.closes));
    };

    Page.prototype.roundName = function (round) {
        return round.title || (KIND[round.kind] + ' ' + this.fmt.date(round.opens));
    };

    /** "72,4" or "too few responses (n = 3)" or "-" for a Stat. */
    Page.prototype.statText = function (stat) {
        if (!stat) {
            return '\u2013';
        }
        if (stat.suppressed) {
            return XLA.format(TEXT.suppressed, this.fmt.integer(stat.n));
        }
        return stat.mean === null || stat.mean === undefined ? '\u2013' : this.fmt.score(stat.mean);
    };

    /** "73,5 \u2013 75,3": the interval alone, where a label or column header already names it. */
    Page.prototype.rangeText = function (stat) {
        if (!stat || stat.suppressed || stat.ciLow === null || stat.ciLow === undefined) {
            return '\u2013';
        }
        return XLA.format(AJS.I18n.getText('xla.web.result.range'), this.fmt.score(stat.ciLow), this.fmt.score(stat.ciHigh));
    };

    Page.prototype.intervalText = function (stat) {
        if (!stat || stat.suppressed || stat.ciLow === null || stat.ciLow === undefined) {
            return '\u2013';
        }
        return XLA.format(TEXT.interval, this.fmt.score(stat.ciLow), this.fmt.score(stat.ciHigh));
    };

    /** A delta with its meaning in words: significance is never told by colour alone. */
    Page.prototype.deltaNode = function (delta) {
        if (!delta || delta.delta === null || delta.delta === undefined) {
            return el('span', {'class': 'xla-delta xla-delta-none', text: TEXT.noComparison});
        }
        var direction = delta.delta > 0 ? 'up' : (delta.delta < 0 ? 'down' : 'flat');
        var label = delta.significant ? TEXT.significant : TEXT.notSignificant;
        return el('span', {'class': 'xla-delta xla-delta-' + direction + (delta.significant ? ' xla-delta-significant' : '')}, [
            el(delta.significant ? 'strong' : 'span', {text: this.fmt.delta(delta.delta)}),
            ' (' + label + ')'
        ]);
    };

    Page.prototype.announce = function (type, text) {
        XLA.announce(this.status, type, text);
    };

    Page.prototype.fail = function (failure) {
        this.announce('error', XLA.failureText(failure));
    };

    // ---- rounds ------------------------------------------------------------------------------

    Page.prototype.loadRounds = function () {
        var self = this;
        var container = document.getElementById('xla-rounds');
        return this.api.get('/organisations/' + this.organisationId + '/rounds?start=0&limit=25').then(function (answer) {
            self.rounds = XLA.values(answer);
            return Promise.all(self.rounds.map(function (round) {
                if (round.state === 'PLANNED') {
                    return null;
                }
                return self.api.get('/rounds/' + round.id + '/result').catch(function () { return null; });
            }));
        }).then(function (results) {
            self.renderRounds(container, results);
            if (self.shownRoundId === null) {
                var closed = self.rounds.filter(function (r) { return r.state === 'CLOSED'; })[0];
                var open = self.rounds.filter(function (r) { return r.state === 'OPEN'; })[0];
                var shown = closed || open;
                if (shown) {
                    return self.showResult(shown.id, false);
                }
                XLA.clear(document.getElementById('xla-result')).appendChild(
                    el('p', {'class': 'xla-empty', text: AJS.I18n.getText('xla.web.result.none')}));
            } else {
                return self.showResult(self.shownRoundId, false);
            }
        }).catch(function (failure) {
            self.fail(failure);
        });
    };

    Page.prototype.renderRounds = function (container, results) {
        var self = this;
        XLA.clear(container);
        if (!this.rounds.length) {
            container.appendChild(el('p', {'class': 'xla-empty', text: AJS.I18n.getText('xla.web.rounds.none')}));
            return;
        }
        var rows = this.rounds.map(function (round, index) {
            var result = results[index];
            return el('tr', {'data-round-id': round.id}, [
                el('th', {scope: 'row', text: self.roundName(round)}),
                el('td', {text: KIND[round.kind] || round.kind}),
                el('td', {text: self.period(round)}),
                el('td', {}, [el('span', {'class': 'aui-lozenge ' + LOZENGE[round.state], text: STATE[round.state]})]),
                el('td', {'class': 'xla-number', text: self.responsesText(round, result)}),
                el('td', {'class': 'xla-number', text: result ? self.statText(result.overall) : '\u2013'}),
                el('td', {'class': 'xla-round-actions'}, self.roundButtons(round))
            ]);
        });
        container.appendChild(el('table', {'class': 'aui xla-rounds-table'}, [
            el('caption', {'class': 'assistive', text: AJS.I18n.getText('xla.web.rounds.caption')}),
            el('thead', {}, [el('tr', {}, [
                el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.rounds.col.round')}),
                el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.rounds.col.kind')}),
                el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.rounds.col.period')}),
                el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.rounds.col.state')}),
                el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.rounds.col.responses')}),
                el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.rounds.col.overall')}),
                el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.rounds.col.actions')})
            ])]),
            el('tbody', {}, rows)
        ]));
    };

    Page.prototype.responsesText = function (round, result) {
        if (round.state === 'PLANNED' || !result) {
            return '\u2013';
        }
        if (round.invitations > 0) {
            return XLA.format(AJS.I18n.getText('xla.web.rounds.responsesofinvited'),
                this.fmt.integer(result.responses), this.fmt.integer(round.invitations));
        }
        return this.fmt.integer(result.responses);
    };

    Page.prototype.roundButtons = function (round) {
        var self = this;
        var name = this.roundName(round);
        var buttons = [];
        if (round.state !== 'PLANNED') {
            buttons.push(el('button', {type: 'button', 'class': 'aui-button aui-button-link xla-show-result',
                'aria-label': XLA.format(AJS.I18n.getText('xla.web.rounds.showresult.label'), name),
                text: AJS.I18n.getText('xla.web.rounds.showresult'),
                on: {click: function () { self.showResult(round.id, true); }}}));
        }
        if (!this.canManage) {
            return buttons;
        }
        if (round.state === 'PLANNED') {
            buttons.push(el('button', {type: 'button', 'class': 'aui-button xla-open-round',
                'aria-label': XLA.format(AJS.I18n.getText('xla.web.rounds.open.label'), name),
                text: AJS.I18n.getText('xla.web.rounds.open'),
                on: {click: function () { self.changeState(round, 'open'); }}}));
        }
        if (round.state === 'OPEN') {
            buttons.push(el('button', {type: 'button', 'class': 'aui-button aui-button-primary xla-enter-response',
                'aria-label': XLA.format(AJS.I18n.getText('xla.web.rounds.respond.label'), name),
                text: AJS.I18n.getText('xla.web.rounds.respond'),
                on: {click: function () { self.openResponseDialog(round); }}}));
            buttons.push(el('button', {type: 'button', 'class': 'aui-button xla-close-round',
                'aria-label': XLA.format(AJS.I18n.getText('xla.web.rounds.close.label'), name),
                text: AJS.I18n.getText('xla.web.rounds.close'),
                on: {click: function () { self.confirmClose(round); }}}));
        }
        return buttons;
    };

    Page.prototype.changeState = function (round, transition) {
        var self = this;
        return this.api.post('/rounds/' + round.id + '/' + transition, {version: round.version}).then(function () {
            self.announce('success', transition === 'open'
                ? XLA.format(AJS.I18n.getText('xla.web.rounds.opened'), self.roundName(round))
                : XLA.format(AJS.I18n.getText('xla.web.rounds.closed'), self.roundName(round)));
            if (transition === 'close') {
                self.shownRoundId = round.id;
            }
            return self.loadRounds();
        }).catch(function (failure) {
            self.fail(failure);
            return self.loadRounds();
        });
    };

    Page.prototype.confirmClose = function (round) {
        var self = this;
        XLA.confirm(AJS.I18n.getText('xla.web.rounds.close.confirm.title'),
            XLA.format(AJS.I18n.getText('xla.web.rounds.close.confirm.text'), this.roundName(round)),
            AJS.I18n.getText('xla.web.rounds.close')).then(function (confirmed) {
            if (confirmed) {
                self.changeState(round, 'close');
            }
        });
    };

    // ---- planning ------------------------------------------------------------------------------

    Page.prototype.togglePlanForm = function (button) {
        var container = document.getElementById('xla-plan-form');
        var expanded = button.getAttribute('aria-expanded') === 'true';
        button.setAttribute('aria-expanded', String(!expanded));
        if (expanded) {
            XLA.clear(container);
            container.hidden = true;
            return;
        }
        container.hidden = false;
        this.renderPlanForm(container, button);
    };

    Page.prototype.renderPlanForm = function (container, toggle) {
        var self = this;
        var summary = el('div', {'class': 'xla-form-summary', 'aria-live': 'polite'});
        var kind = el('select', {id: 'xla-plan-kind', name: 'kind', 'class': 'select', 'data-field': 'kind'},
            ['PERIODIC', 'BASELINE'].map(function (k) { return el('option', {value: k, text: KIND[k]}); }));
        var title = el('input', {id: 'xla-plan-title', name: 'title', type: 'text', 'class': 'text long-field',
            'data-field': 'title', maxlength: '100'});
        var opens = el('input', {id: 'xla-plan-opens', name: 'opens', type: 'date', 'class': 'text', 'data-field': 'opens'});
        var closes = el('input', {id: 'xla-plan-closes', name: 'closes', type: 'date', 'class': 'text', 'data-field': 'closes'});
        var invitations = el('input', {id: 'xla-plan-invitations', name: 'invitations', type: 'number', min: '0',
            step: '1', 'class': 'text short-field', 'data-field': 'invitations', value: '0'});
        var anonymous = el('input', {id: 'xla-plan-anonymous', name: 'anonymous', type: 'checkbox',
            'class': 'checkbox', 'data-field': 'anonymous'});
        var proposals = el('div', {'class': 'xla-proposals'});

        function fill(proposal) {
            kind.value = proposal.kind;
            opens.value = proposal.opens;
            closes.value = proposal.closes;
        }

        var form = el('form', {'class': 'aui xla-plan-form', novalidate: true, 'aria-labelledby': 'xla-plan-heading',
            on: {submit: function (event) {
                event.preventDefault();
                XLA.clearFieldErrors(form);
                XLA.clear(summary);
                self.api.post('/organisations/' + self.organisationId + '/rounds', {
                    kind: kind.value,
                    title: title.value.trim() || null,
                    opens: opens.value || null,
                    closes: closes.value || null,
                    anonymous: anonymous.checked,
                    invitations: invitations.value === '' ? 0 : Number(invitations.value)
                }).then(function (round) {
                    toggle.setAttribute('aria-expanded', 'false');
                    XLA.clear(container);
                    container.hidden = true;
                    self.announce('success', XLA.format(AJS.I18n.getText('xla.web.plan.saved'), self.roundName(round)));
                    toggle.focus();
                    return self.loadRounds();
                }).catch(function (failure) {
                    XLA.showFieldErrors(form, summary, failure);
                });
            }}}, [
            el('h3', {id: 'xla-plan-heading', text: AJS.I18n.getText('xla.web.plan.heading')}),
            summary,
            proposals,
            field('xla-plan-kind', AJS.I18n.getText('xla.web.plan.kind'), kind,
                AJS.I18n.getText('xla.web.plan.kind.help')),
            field('xla-plan-title', AJS.I18n.getText('xla.web.plan.title'), title,
                AJS.I18n.getText('xla.web.plan.title.help')),
            field('xla-plan-opens', AJS.I18n.getText('xla.web.plan.opens'), opens),
            field('xla-plan-closes', AJS.I18n.getText('xla.web.plan.closes'), closes),
            field('xla-plan-invitations', AJS.I18n.getText('xla.web.plan.invitations'), invitations,
                AJS.I18n.getText('xla.web.plan.invitations.help')),
            el('div', {'class': 'checkbox xla-field'}, [anonymous,
                el('label', {'for': 'xla-plan-anonymous', text: AJS.I18n.getText('xla.web.plan.anonymous')}),
                el('div', {'class': 'description', text: AJS.I18n.getText('xla.web.plan.anonymous.help')})]),
            el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [
                el('button', {type: 'submit', 'class': 'aui-button aui-button-primary', id: 'xla-plan-submit',
                    text: AJS.I18n.getText('xla.web.plan.submit')}),
                el('button', {type: 'button', 'class': 'aui-button aui-button-link',
                    text: AJS.I18n.getText('xla.web.cancel'),
                    on: {click: function () { self.togglePlanForm(toggle); toggle.focus(); }}})
            ])])
        ]);
        XLA.clear(container).appendChild(form);
        kind.focus();

        this.api.get('/organisations/' + this.organisationId + '/round-proposals').then(function (answer) {
            var list = XLA.values(answer);
            if (!list.length) {
                return;
            }
            fill(list[0]);
            proposals.appendChild(el('p', {text: AJS.I18n.getText('xla.web.plan.proposals')}));
            proposals.appendChild(el('ul', {'class': 'xla-proposal-list'}, list.map(function (proposal) {
                return el('li', {}, [el('button', {type: 'button', 'class': 'aui-button aui-button-link',
                    text: KIND[proposal.kind] + ': ' + self.period(proposal),
                    on: {click: function () { fill(proposal); kind.focus(); }}})]);
            })));
        }).catch(function () {
            // Proposals are a convenience: without them the form is simply empty.
        });
    };

    function field(id, labelText, input, help) {
        return el('div', {'class': 'field-group xla-field'}, [
            el('label', {'for': id, text: labelText}),
            input,
            help ? el('div', {'class': 'description', text: help}) : null
        ]);
    }

    // ---- responses -----------------------------------------------------------------------------

    Page.prototype.openResponseDialog = function (round) {
        var self = this;
        this.template(round.templateVersion).then(function (template) {
            self.renderResponseDialog(round, template);
        }).catch(function (failure) {
            self.fail(failure);
        });
    };

    Page.prototype.renderResponseDialog = function (round, template) {
        var self = this;
        var dialog;
        var summary = el('div', {'class': 'xla-form-summary', 'aria-live': 'assertive'});
        var role = el('select', {id: 'xla-response-role', 'class': 'select', 'data-field': 'role'},
            [el('option', {value: '', text: AJS.I18n.getText('xla.web.response.role.choose')})].concat(
                Object.keys(ROLE).map(function (r) { return el('option', {value: r, text: ROLE[r]}); })));
        var ref = el('input', {id: 'xla-response-ref', type: 'text', 'class': 'text', maxlength: '100',
            'data-field': 'respondentRef'});
        var name = round.anonymous ? null : el('input', {id: 'xla-response-name', type: 'text', 'class': 'text',
            maxlength: '200', 'data-field': 'respondentName'});
        var scoreInputs = [];
        var commentInputs = [];

        var categoryBlocks = (template.categories || []).map(function (category) {
            var statements = (category.statements || []).map(function (statement) {
                var inputId = 'xla-score-' + statement.key;
                var input = el('input', {id: inputId, type: 'number', min: '1', max: '100', step: '1',
                    inputmode: 'numeric', 'class': 'text xla-score-input', 'data-field': 'scores.' + statement.key,
                    'data-statement': statement.key});
                var noOpinion = el('input', {id: inputId + '-none', type: 'checkbox', 'class': 'checkbox',
                    on: {change: function () {
                        input.disabled = noOpinion.checked;
                        if (noOpinion.checked) {
                            input.value = '';
                        }
                    }}});
                scoreInputs.push({key: statement.key, input: input, noOpinion: noOpinion});
                return el('div', {'class': 'xla-field xla-score'}, [
                    el('label', {'for': inputId, 'class': 'xla-score-label', text: self.text(statement.text)}),
                    input,
                    el('span', {'class': 'xla-no-opinion'}, [noOpinion,
                        el('label', {'for': inputId + '-none', text: AJS.I18n.getText('xla.web.response.noopinion')})])
                ]);
            });
            var commentId = 'xla-comment-' + category.category;
            var comment = el('textarea', {id: commentId, 'class': 'textarea', rows: '2', maxlength: '4000',
                'data-field': 'comments.' + category.category});
            commentInputs.push({category: category.category, input: comment});
            return el('fieldset', {'class': 'xla-category-fieldset'}, [
                el('legend', {}, [el('span', {text: self.text(category.name)})]),
                el('p', {'class': 'description', text: self.text(category.description)}),
                el('div', {'class': 'xla-scores'}, statements),
                el('div', {'class': 'field-group xla-field'}, [
                    el('label', {'for': commentId, text: XLA.format(AJS.I18n.getText('xla.web.response.comment'),
                        self.text(category.name))}),
                    comment
                ])
            ]);
        });
        var better = el('textarea', {id: 'xla-response-better', 'class': 'textarea', rows: '3', maxlength: '4000',
            'data-field': 'onePointBetter'});
        // NPS: the relationship question, 0..10 (empty = not answered), with its own comment.
        var recommendation = el('input', {id: 'xla-response-recommendation', type: 'number', min: '0', max: '10',
            step: '1', inputmode: 'numeric', 'class': 'text xla-score-input', 'data-field': 'recommendation'});
        var recommendationComment = el('textarea', {id: 'xla-response-recommendation-comment', 'class': 'textarea',
            rows: '2', maxlength: '4000', 'data-field': 'recommendationComment'});
        var npsBlock = el('fieldset', {'class': 'xla-category-fieldset xla-nps-fieldset', id: 'xla-response-nps'}, [
            el('legend', {}, [el('span', {text: AJS.I18n.getText('xla.web.response.nps.legend')})]),
            field('xla-response-recommendation', AJS.I18n.getText('xla.web.response.nps.answer'), recommendation,
                AJS.I18n.getText('xla.web.response.nps.help')),
            field('xla-response-recommendation-comment', AJS.I18n.getText('xla.web.response.nps.comment'),
                recommendationComment)
        ]);

        var form = el('form', {'class': 'aui xla-response-form', novalidate: true, id: 'xla-response-form'}, [
            summary,
            el('p', {'class': 'description', text: AJS.I18n.getText('xla.web.response.scale')}),
            field('xla-response-role', AJS.I18n.getText('xla.web.response.role'), role),
            field('xla-response-ref', AJS.I18n.getText('xla.web.response.ref'), ref,
                AJS.I18n.getText('xla.web.response.ref.help')),
            name ? field('xla-response-name', AJS.I18n.getText('xla.web.response.name'), name) : el('p', {
                'class': 'description', text: AJS.I18n.getText('xla.web.response.anonymous')})
        ].concat(categoryBlocks).concat([
            field('xla-response-better', AJS.I18n.getText('xla.web.response.better'), better),
            npsBlock
        ]));

        function submit(event) {
            if (event) {
                event.preventDefault();
            }
            XLA.clearFieldErrors(form);
            var local = {};
            var scores = {};
            scoreInputs.forEach(function (entry) {
                if (entry.noOpinion.checked) {
                    scores[entry.key] = null;
                } else if (entry.input.validity && entry.input.validity.badInput) {
                    local['scores.' + entry.key] = AJS.I18n.getText('xla.web.response.score.notnumber');
                } else if (entry.input.value !== '') {
                    var value = Number(entry.input.value);
                    if (Math.floor(value) !== value) {
                        local['scores.' + entry.key] = AJS.I18n.getText('xla.web.response.score.notnumber');
                    } else {
                        scores[entry.key] = value;
                    }
                }
            });
            var answer = null;
            if (recommendation.validity && recommendation.validity.badInput) {
                local.recommendation = AJS.I18n.getText('xla.web.response.nps.notnumber');
            } else if (recommendation.value !== '') {
                answer = Number(recommendation.value);
                if (Math.floor(answer) !== answer) {
                    local.recommendation = AJS.I18n.getText('xla.web.response.nps.notnumber');
                }
            }
            if (Object.keys(local).length) {
                XLA.showFieldErrors(form, summary, {errors: local, errorMessages: []});
                return;
            }
            var comments = {};
            commentInputs.forEach(function (entry) {
                if (entry.input.value.trim()) {
                    comments[entry.category] = entry.input.value.trim();
                }
            });
            self.api.post('/rounds/' + round.id + '/responses', {
                role: role.value || null,
                respondentRef: ref.value.trim() || null,
                respondentName: name && name.value.trim() ? name.value.trim() : null,
                scores: scores,
                comments: comments,
                onePointBetter: better.value.trim() || null,
                recommendation: answer,
                recommendationComment: recommendationComment.value.trim() || null
            }).then(function () {
                dialog.close();
                self.announce('success', XLA.format(AJS.I18n.getText('xla.web.response.saved'), self.roundName(round)));
                self.shownRoundId = round.id;
                return self.loadRounds();
            }).catch(function (failure) {
                XLA.showFieldErrors(form, summary, failure);
            });
        }

        form.addEventListener('submit', submit);
        dialog = XLA.dialog(XLA.format(AJS.I18n.getText('xla.web.response.title'), this.roundName(round)), form, [
            el('button', {type: 'button', 'class': 'aui-button aui-button-primary', id: 'xla-response-submit',
                text: AJS.I18n.getText('xla.web.response.submit'), on: {click: submit}}),
            el('button', {type: 'button', 'class': 'aui-button aui-button-link', text: AJS.I18n.getText('xla.web.cancel'),
                on: {click: function () { dialog.close(); }}})
        ]);
        dialog.classList.add('xla-dialog-large');
        role.focus();
    };

    // ---- result ----------------------------------------------------------------------------------

    Page.prototype.showResult = function (roundId, focus) {
        var self = this;
        var container = document.getElementById('xla-result');
        this.shownRoundId = roundId;
        container.setAttribute('aria-busy', 'true');
        return this.api.get('/rounds/' + roundId + '/result').then(function (result) {
            var optional = function (id) {
                return id === null || id === undefined ? Promise.resolve(null)
                    : self.api.get('/rounds/' + id + '/result').catch(function () { return null; });
            };
            var previous = optional(result.previousRoundId);
            // The previous round is often the baseline itself: fetch it once.
            var baseline = result.baselineRoundId === result.previousRoundId ? previous : optional(result.baselineRoundId);
            return Promise.all([result, self.template(result.round.templateVersion), previous, baseline]);
        }).then(function (all) {
            self.renderResult(container, all[0], all[1], all[2], all[3]);
            container.setAttribute('aria-busy', 'false');
            if (focus) {
                var heading = document.getElementById('xla-result-heading');
                heading.setAttribute('tabindex', '-1');
                heading.focus();
            }
        }).catch(function (failure) {
            container.setAttribute('aria-busy', 'false');
            self.fail(failure);
        });
    };

    Page.prototype.renderResult = function (container, result, template, previous, baseline) {
        var self = this;
        var round = result.round;
        if (this.chart) {
            this.chart.destroy();
            this.chart = null;
        }
        XLA.clear(container);
        // Which round and state is shown, for scripts and tests that wait for a particular result.
        container.setAttribute('data-round-id', String(round.id));
        container.setAttribute('data-round-state', round.state);
        container.appendChild(el('h3', {'class': 'xla-result-round', id: 'xla-result-round', text:
            this.roundName(round) + ' \u2013 ' + this.period(round)}));
        if (round.state === 'OPEN') {
            container.appendChild(el('div', {'class': 'aui-message aui-message-info'}, [
                el('p', {text: AJS.I18n.getText('xla.web.result.interim')})]));
        }
        container.appendChild(el('p', {'class': 'xla-result-export'}, [el('a', {id: 'xla-result-csv', download: true,
            href: this.resultCsvHref(round.id), text: AJS.I18n.getText('xla.web.result.export')})]));
        container.appendChild(el('div', {'class': 'xla-result-overview', id: 'xla-result-overview'}, [
            this.summaryNode(result),
            this.npsNode(result),
            this.attentionNode(result, template),
            this.chartNode(result, template, previous, baseline)
        ]));
        container.appendChild(el('h3', {text: AJS.I18n.getText('xla.web.result.categories.heading')}));
        (result.categories || []).forEach(function (category) {
            container.appendChild(self.categoryNode(category, template, result.attentionThreshold));
        });
        container.appendChild(this.rolesNode(result, template));
    };

    /**
     * The CSV download of a round's result (REST); in Dutch the semicolon dialect, which Excel opens
     * in columns with Dutch settings (docs/decisions-export.md).
     */
    Page.prototype.resultCsvHref = function (roundId) {
        return this.contextPath + '/rest/xla-scorecard/1.0/rounds/' + encodeURIComponent(String(roundId)) + '/result.csv'
            + (this.language === 'nl' ? '?separator=semicolon' : '');
    };

    Page.prototype.summaryNode = function (result) {
        var overall = result.overall || {};
        var rate = result.round.invitations > 0
            ? XLA.format(AJS.I18n.getText('xla.web.result.rate'), this.fmt.integer(result.responses),
                this.fmt.integer(result.round.invitations), this.fmt.percent(result.responseRate))
            : XLA.format(AJS.I18n.getText('xla.web.result.rate.noinvitations'), this.fmt.integer(result.responses));
        var items = [
            [AJS.I18n.getText('xla.web.result.overall'), el('span', {'class': 'xla-overall-score', id: 'xla-overall-score',
                text: this.statText(overall)})],
            [AJS.I18n.getText('xla.web.result.respondents'), el('span', {text: XLA.format(TEXT.n, this.fmt.integer(overall.n))})],
            [AJS.I18n.getText('xla.web.result.ci'), el('span', {id: 'xla-overall-interval', text: this.rangeText(overall)})],
            [AJS.I18n.getText('xla.web.result.vsprevious'), this.deltaNode(result.overallVsPrevious)],
            [AJS.I18n.getText('xla.web.result.vsbaseline'), this.deltaNode(result.overallVsBaseline)],
            [AJS.I18n.getText('xla.web.result.responserate'), el('span', {text: rate})]
        ];
        var list = el('dl', {'class': 'xla-summary', id: 'xla-result-summary'});
        items.forEach(function (item) {
            list.appendChild(el('div', {'class': 'xla-summary-item'}, [el('dt', {text: item[0]}), el('dd', {}, [item[1]])]));
        });
        return list;
    };

    // ---- NPS: the relationship question beside the mean 0-10 grade ----------------------------

    /** "+37,5" or "too few responses (n = 3)" or "-" for an NPS figure. */
    Page.prototype.npsText = function (nps) {
        if (!nps) {
            return '\u2013';
        }
        if (nps.suppressed) {
            return XLA.format(TEXT.suppressed, this.fmt.integer(nps.n));
        }
        return typeof nps.score === 'number' ? this.fmt.delta(nps.score) : '\u2013';
    };

    /** NPS with its interval, always beside the mean grade and n (spec "NPS"). */
    Page.prototype.npsNode = function (result) {
        var nps = result.nps;
        var section = el('section', {'class': 'xla-nps', id: 'xla-nps', 'aria-labelledby': 'xla-nps-heading'}, [
            el('h3', {id: 'xla-nps-heading', text: AJS.I18n.getText('xla.web.result.nps.heading')})]);
        if (!nps || nps.n === 0) {
            section.appendChild(el('p', {'class': 'xla-empty', text: AJS.I18n.getText('xla.web.result.nps.none')}));
            return section;
        }
        var shown = !nps.suppressed;
        var items = [
            [AJS.I18n.getText('xla.web.result.nps.score'), el('span', {'class': 'xla-nps-score', id: 'xla-nps-score',
                text: this.npsText(nps)})],
            [AJS.I18n.getText('xla.web.result.ci'), el('span', {id: 'xla-nps-interval', text: shown
                ? XLA.format(AJS.I18n.getText('xla.web.result.range'), this.fmt.delta(nps.low), this.fmt.delta(nps.high))
                : '\u2013'})],
            [AJS.I18n.getText('xla.web.result.nps.grade'), el('span', {'class': 'xla-nps-grade', id: 'xla-nps-grade',
                text: shown ? this.fmt.score(nps.meanGrade) : '\u2013'})],
            [AJS.I18n.getText('xla.web.result.respondents'), el('span', {id: 'xla-nps-n',
                text: XLA.format(TEXT.n, this.fmt.integer(nps.n))})],
            [AJS.I18n.getText('xla.web.result.vsprevious'), this.deltaNode(result.npsVsPrevious)],
            [AJS.I18n.getText('xla.web.result.vsbaseline'), this.deltaNode(result.npsVsBaseline)]
        ];
        var list = el('dl', {'class': 'xla-summary', id: 'xla-nps-summary'});
        items.forEach(function (item) {
            list.appendChild(el('div', {'class': 'xla-summary-item'}, [el('dt', {text: item[0]}), el('dd', {}, [item[1]])]));
        });
        section.appendChild(list);
        if (shown) {
            section.appendChild(el('p', {'class': 'description', id: 'xla-nps-bands', text: XLA.format(
                AJS.I18n.getText('xla.web.result.nps.bands'), this.fmt.integer(nps.promoters),
                this.fmt.integer(nps.passives), this.fmt.integer(nps.detractors))}));
        }
        return section;
    };

    /** A role's NPS with its grade and n: "+20,0 (grade 7,8; n = 6)". */
    Page.prototype.npsWithN = function (nps) {
        if (!nps || nps.n === 0 || nps.suppressed) {
            return this.npsText(nps);
        }
        return XLA.format(AJS.I18n.getText('xla.web.result.nps.withgrade'), this.fmt.delta(nps.score),
            this.fmt.score(nps.meanGrade), this.fmt.integer(nps.n));
    };

    Page.prototype.attentionReasons = function (category, threshold) {
        var reasons = [];
        if (category.stat && !category.stat.suppressed && typeof category.stat.mean === 'number'
            && category.stat.mean < threshold) {
            reasons.push(XLA.format(AJS.I18n.getText('xla.web.result.attention.below'), this.fmt.integer(threshold)));
        }
        if (category.vsPrevious && category.vsPrevious.significant && category.vsPrevious.delta < 0) {
            reasons.push(AJS.I18n.getText('xla.web.result.attention.dropped'));
        }
        return reasons;
    };

    Page.prototype.attentionMarker = function () {
        return el('span', {'class': 'aui-icon aui-icon-small aui-iconfont-warning xla-attention-icon',
            'aria-hidden': 'true'});
    };

    Page.prototype.attentionNode = function (result, template) {
        var self = this;
        var flagged = (result.categories || []).filter(function (c) { return c.attention; });
        var section = el('div', {'class': 'xla-attention', id: 'xla-attention'});
        if (!flagged.length) {
            section.appendChild(el('p', {text: AJS.I18n.getText('xla.web.result.attention.none')}));
            return section;
        }
        section.appendChild(el('p', {}, [self.attentionMarker(), ' ',
            el('strong', {text: AJS.I18n.getText('xla.web.result.attention.heading')})]));
        section.appendChild(el('ul', {}, flagged.map(function (category) {
            var reasons = self.attentionReasons(category, result.attentionThreshold);
            return el('li', {}, [el('strong', {text: self.categoryName(template, category.category)}),
                ': ' + self.statText(category.stat) + (reasons.length ? ' \u2013 ' + reasons.join('; ') : '')]);
        })));
        return section;
    };

    Page.prototype.chartNode = function (result, template, previous, baseline) {
        var self = this;
        var current = XLA.categoryStats(result);
        var labels = CATEGORIES.map(function (category) {
            var stat = current[category];
            return [self.categoryName(template, category), stat && stat.suppressed
                ? XLA.format(TEXT.suppressed, self.fmt.integer(stat.n))
                : XLA.format(TEXT.n, self.fmt.integer(stat ? stat.n : 0))];
        });
        var series = XLA.comparisonSeries(result, previous, baseline, {
            current: AJS.I18n.getText('xla.web.chart.current'),
            previous: previous ? XLA.format(AJS.I18n.getText('xla.web.chart.previous'), this.roundName(previous.round)) : null,
            baseline: AJS.I18n.getText('xla.web.chart.baseline')
        });
        var canvas = el('canvas', {id: 'xla-category-chart', role: 'img',
            'aria-label': AJS.I18n.getText('xla.web.chart.label')});
        var figure = el('figure', {'class': 'xla-chart'}, [
            el('div', {'class': 'xla-chart-canvas'}, [canvas]),
            el('figcaption', {text: AJS.I18n.getText('xla.web.chart.caption')})
        ]);
        // Chart.js measures its parent, so draw after the figure is in the document.
        window.setTimeout(function () {
            self.chart = XLA.intervalChart(canvas, labels, series, self.fmt, {interval: TEXT.interval, n: TEXT.n});
        }, 0);
        return figure;
    };

    Page.prototype.categoryNode = function (category, template, threshold) {
        var self = this;
        var name = this.categoryName(template, category.category);
        var reasons = category.attention ? this.attentionReasons(category, threshold) : [];
        var heading = el('h4', {'class': 'xla-category-heading'}, [name]);
        if (category.attention) {
            heading.appendChild(document.createTextNode(' '));
            heading.appendChild(this.attentionMarker());
            heading.appendChild(el('span', {'class': 'xla-attention-text',
                text: AJS.I18n.getText('xla.web.result.attention.label')}));
        }
        var stat = category.stat || {};
        var line = el('p', {'class': 'xla-category-summary'}, [
            XLA.format(AJS.I18n.getText('xla.web.result.category.summary'), this.statText(stat),
                this.fmt.integer(stat.n), this.intervalText(stat)) + ' ',
            AJS.I18n.getText('xla.web.result.vsprevious') + ': ', this.deltaNode(category.vsPrevious), '; ',
            AJS.I18n.getText('xla.web.result.vsbaseline') + ': ', this.deltaNode(category.vsBaseline)
        ]);
        var rows = (category.statements || []).map(function (statement) {
            var s = statement.stat || {};
            var cells = [el('th', {scope: 'row', text: self.statementText(template, statement.statementKey)})];
            if (s.suppressed) {
                cells.push(el('td', {colspan: '6', text: self.statText(s)}));
            } else {
                cells.push(el('td', {'class': 'xla-number', text: self.fmt.integer(s.n)}));
                cells.push(el('td', {'class': 'xla-number', text: self.fmt.score(s.mean)}));
                cells.push(el('td', {'class': 'xla-number', text: self.fmt.score(s.sd)}));
                cells.push(el('td', {'class': 'xla-number', text: self.rangeText(s)}));
                cells.push(el('td', {}, [self.deltaNode(statement.vsPrevious)]));
                cells.push(el('td', {}, [self.deltaNode(statement.vsBaseline)]));
            }
            return el('tr', {}, cells);
        });
        return el('section', {'class': 'xla-category' + (category.attention ? ' xla-category-attention' : ''),
            'data-category': category.category}, [
            heading,
            line,
            reasons.length ? el('p', {'class': 'xla-attention-reason', text: reasons.join('; ')}) : null,
            el('table', {'class': 'aui xla-statements-table'}, [
                el('caption', {'class': 'assistive', text: XLA.format(AJS.I18n.getText('xla.web.result.statements.caption'), name)}),
                el('thead', {}, [el('tr', {}, [
                    el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.result.col.statement')}),
                    el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.result.col.n')}),
                    el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.result.col.mean')}),
                    el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.result.col.sd')}),
                    el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.result.col.ci')}),
                    el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.result.vsprevious')}),
                    el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.result.vsbaseline')})
                ])]),
                el('tbody', {}, rows)
            ])
        ]);
    };

    Page.prototype.rolesNode = function (result, template) {
        var self = this;
        var rows = (result.roles || []).map(function (role) {
            return el('tr', {'data-role': role.role}, [
                el('th', {scope: 'row', text: ROLE[role.role] || role.role}),
                el('td', {text: self.statWithN(role.overall)})
            ].concat(CATEGORIES.map(function (category) {
                return el('td', {text: self.statWithN((role.categories || {})[category])});
            })).concat([el('td', {'class': 'xla-role-nps', text: self.npsWithN(role.nps)})]));
        });
        return el('section', {'class': 'xla-roles', id: 'xla-roles'}, [
            el('h3', {text: AJS.I18n.getText('xla.web.result.roles.heading')}),
            rows.length ? el('table', {'class': 'aui xla-roles-table'}, [
                el('caption', {'class': 'assistive', text: AJS.I18n.getText('xla.web.result.roles.heading')}),
                el('thead', {}, [el('tr', {}, [
                    el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.result.col.role')}),
                    el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.result.overall')})
                ].concat(CATEGORIES.map(function (category) {
                    return el('th', {scope: 'col', text: self.categoryName(template, category)});
                })).concat([el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.result.col.nps')})]))]),
                el('tbody', {}, rows)
            ]) : el('p', {'class': 'xla-empty', text: AJS.I18n.getText('xla.web.result.roles.none')})
        ]);
    };

    /** "72,4 (n = 12)" or "too few responses (n = 3)". */
    Page.prototype.statWithN = function (stat) {
        if (!stat) {
            return '\u2013';
        }
        if (stat.suppressed || stat.mean === null || stat.mean === undefined) {
            return this.statText(stat);
        }
        return this.fmt.score(stat.mean) + ' (' + XLA.format(TEXT.n, this.fmt.integer(stat.n)) + ')';
    };

    // ---- improvement actions -----------------------------------------------------------------

    Page.prototype.loadActions = function () {
        var self = this;
        var container = document.getElementById('xla-actions');
        return Promise.all([
            this.api.get('/organisations/' + this.organisationId + '/actions?start=0&limit=100'),
            this.template().catch(function () { return null; })
        ]).then(function (all) {
            self.renderActions(container, XLA.values(all[0]), all[1]);
        }).catch(function (failure) {
            self.fail(failure);
        });
    };

    Page.prototype.renderActions = function (container, actions, template) {
        var self = this;
        XLA.clear(container);
        if (this.canManage) {
            container.appendChild(this.actionForm(template));
        }
        if (!actions.length) {
            container.appendChild(el('p', {'class': 'xla-empty', text: AJS.I18n.getText('xla.web.actions.none')}));
            return;
        }
        container.appendChild(el('table', {'class': 'aui xla-actions-table'}, [
            el('caption', {'class': 'assistive', text: AJS.I18n.getText('xla.web.actions.caption')}),
            el('thead', {}, [el('tr', {}, [
                el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.actions.col.text')}),
                el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.actions.col.category')}),
                el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.actions.col.due')}),
                el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.actions.col.state')}),
                el('th', {scope: 'col', text: AJS.I18n.getText('xla.web.rounds.col.actions')})
            ])]),
            el('tbody', {}, actions.map(function (action) {
                var done = action.state === 'DONE';
                return el('tr', {'data-action-id': action.id}, [
                    el('td', {}, [el('span', {text: action.text}), action.linkedIssueKey
                        ? el('span', {'class': 'xla-issue-key', text: ' (' + action.linkedIssueKey + ')'}) : null]),
                    el('td', {text: action.category ? self.categoryName(template, action.category) : '\u2013'}),
                    el('td', {text: self.fmt.date(action.due)}),
                    el('td', {}, [el('span', {'class': 'aui-lozenge ' + (done ? 'aui-lozenge-success' : 'aui-lozenge-current'),
                        text: done ? AJS.I18n.getText('xla.web.actions.state.done') : AJS.I18n.getText('xla.web.actions.state.open')})]),
                    el('td', {}, self.canManage ? [el('button', {type: 'button', 'class': 'aui-button aui-button-link',
                        'aria-label': XLA.format(done ? AJS.I18n.getText('xla.web.actions.reopen.label')
                            : AJS.I18n.getText('xla.web.actions.done.label'), action.text),
                        text: done ? AJS.I18n.getText('xla.web.actions.reopen') : AJS.I18n.getText('xla.web.actions.done'),
                        on: {click: function () { self.setActionState(action, done ? 'OPEN' : 'DONE'); }}})] : [])
                ]);
            }))
        ]));
    };

    Page.prototype.setActionState = function (action, state) {
        var self = this;
        this.api.post('/actions/' + action.id + '/state', {state: state, version: action.version}).then(function () {
            self.announce('success', state === 'DONE' ? AJS.I18n.getText('xla.web.actions.marked.done')
                : AJS.I18n.getText('xla.web.actions.marked.open'));
            return self.loadActions();
        }).catch(function (failure) {
            self.fail(failure);
            return self.loadActions();
        });
    };

    Page.prototype.actionForm = function (template) {
        var self = this;
        var summary = el('div', {'class': 'xla-form-summary', 'aria-live': 'polite'});
        var text = el('textarea', {id: 'xla-action-text', 'class': 'textarea long-field', rows: '2', maxlength: '2000',
            'data-field': 'text'});
        var category = el('select', {id: 'xla-action-category', 'class': 'select', 'data-field': 'category'},
            [el('option', {value: '', text: AJS.I18n.getText('xla.web.actions.category.none')})].concat(
                CATEGORIES.map(function (c) { return el('option', {value: c, text: self.categoryName(template, c)}); })));
        var due = el('input', {id: 'xla-action-due', type: 'date', 'class': 'text', 'data-field': 'due'});
        var issue = el('input', {id: 'xla-action-issue', type: 'text', 'class': 'text', maxlength: '255',
            'data-field': 'linkedIssueKey'});
        var form = el('form', {'class': 'aui xla-action-form', novalidate: true, 'aria-labelledby': 'xla-action-form-heading',
            on: {submit: function (event) {
                event.preventDefault();
                XLA.clearFieldErrors(form);
                XLA.clear(summary);
                self.api.post('/organisations/' + self.organisationId + '/actions', {
                    text: text.value.trim() || null,
                    category: category.value || null,
                    roundId: self.shownRoundId,
                    due: due.value || null,
                    linkedIssueKey: issue.value.trim() || null
                }).then(function () {
                    self.announce('success', AJS.I18n.getText('xla.web.actions.saved'));
                    return self.loadActions();
                }).then(function () {
                    var again = document.getElementById('xla-action-text');
                    if (again) {
                        again.focus();
                    }
                }).catch(function (failure) {
                    XLA.showFieldErrors(form, summary, failure);
                });
            }}}, [
            el('h3', {id: 'xla-action-form-heading', text: AJS.I18n.getText('xla.web.actions.new')}),
            summary,
            field('xla-action-text', AJS.I18n.getText('xla.web.actions.text'), text),
            field('xla-action-category', AJS.I18n.getText('xla.web.actions.category'), category),
            field('xla-action-due', AJS.I18n.getText('xla.web.actions.due'), due),
            field('xla-action-issue', AJS.I18n.getText('xla.web.actions.issue'), issue,
                AJS.I18n.getText('xla.web.actions.issue.help')),
            el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [
                el('button', {type: 'submit', 'class': 'aui-button', id: 'xla-action-submit',
                    text: AJS.I18n.getText('xla.web.actions.add')})])])
        ]);
        return form;
    };

    // ---- start ------------------------------------------------------------------------------------

    XLA.onReady(function () {
        var root = document.getElementById('xla-organisation-page');
        if (!root) {
            return;
        }
        var page = new Page(root);
        var planButton = document.getElementById('xla-plan-round');
        if (planButton) {
            planButton.addEventListener('click', function () { page.togglePlanForm(planButton); });
        }
        page.loadRounds();
        page.loadActions();
    });
}(window, document));
