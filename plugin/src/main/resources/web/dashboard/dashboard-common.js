/*
 * XLA Scorecard: what the five dashboard items share (AMD module "xla/dashboard/common").
 *
 * Jira renders a dashboard item by requiring the item's AMD module, constructing it with the item
 * API (new Item(API)) and calling render(context, preferences) or, when the user configures it,
 * renderEdit(context, preferences). context is the item's content element (a jQuery object in Jira);
 * preferences are the saved settings, a map of strings. This module gives the items one way to do
 * the parts they have in common: the REST client in the user's language, preferences as strings,
 * the edit form (organisations and period) that saves through API.savePreferences, status lozenges
 * that say their status in words, and the loading, empty, failed and "not available" states.
 * Data only ever reaches the page as text (XLA.el / textContent), never as markup.
 */
define('xla/dashboard/common', [], function () {
    'use strict';

    var XLA = window.XLA;
    var el = XLA.el;
    var common = {};

    /** Organisations an item offers in its edit form (the REST maximum per page). */
    common.ORGANISATION_LIMIT = 100;

    // ---- environment -------------------------------------------------------------------------

    /** "nl" or "en" from the user's Jira locale (meta ajs-user-locale, e.g. "nl_NL"). */
    common.language = function () {
        var locale = (window.AJS && AJS.Meta && typeof AJS.Meta.get === 'function' && AJS.Meta.get('user-locale'))
            || document.documentElement.getAttribute('lang') || 'en';
        return /^nl/i.test(String(locale)) ? 'nl' : 'en';
    };

    common.contextPath = function () {
        return window.AJS && typeof AJS.contextPath === 'function' ? AJS.contextPath() : '';
    };

    /** The item's content element: Jira hands a jQuery object, a host may hand the element itself. */
    common.node = function (context) {
        return context && context.jquery ? context[0] : context;
    };

    // ---- preferences (Jira stores every value as a string) -----------------------------------

    /** "1,3" -> [1, 3]; anything that is not a positive whole number is dropped. */
    common.ids = function (value) {
        return String(value || '').split(',').map(function (part) { return Number(part.trim()); })
            .filter(function (id) { return id > 0 && Math.floor(id) === id; });
    };

    /** A preference that must be one of allowed (numbers), else fallback. */
    common.choice = function (value, allowed, fallback) {
        var number = Number(value);
        return allowed.indexOf(number) >= 0 ? number : fallback;
    };

    // ---- the base of every item ---------------------------------------------------------------

    /**
     * State and helpers of one item instance. Items call begin() at the start of a render, then
     * done() or fail(); organisations() and template() are loaded once per instance.
     */
    function ItemBase(API) {
        this.API = API;
        this.language = common.language();
        this.contextPath = common.contextPath();
        this.api = XLA.rest(this.contextPath, this.language);
        this.fmt = XLA.formats(this.language);
        this.cleanups = [];
    }

    common.ItemBase = ItemBase;

    /** A new item type (the constructor Jira calls with the API) with ItemBase's helpers. */
    common.itemType = function () {
        function Item(API) {
            ItemBase.call(this, API);
        }
        Item.prototype = Object.create(ItemBase.prototype);
        Item.prototype.constructor = Item;
        return Item;
    };

    /**
     * Starts a render: stops the timers and charts of the previous one, replaces the item's content
     * with a fresh root of our own (the context element is the host's: its classes stay untouched)
     * and shows the loading bar. Returns the root.
     */
    ItemBase.prototype.begin = function (context, className) {
        this.cleanups.forEach(function (cleanup) { cleanup(); });
        this.cleanups = [];
        var root = el('div', {'class': ('xla-dashboard-item ' + (className || '')).trim(), 'aria-busy': 'true'});
        XLA.clear(common.node(context)).appendChild(root);
        if (this.API && typeof this.API.showLoadingBar === 'function') {
            this.API.showLoadingBar();
        }
        return root;
    };

    /** Something to undo before the next render (a countdown timer, a chart). */
    ItemBase.prototype.onCleanup = function (cleanup) {
        this.cleanups.push(cleanup);
    };

    ItemBase.prototype.done = function (root) {
        root.setAttribute('aria-busy', 'false');
        root.setAttribute('data-state', root.getAttribute('data-state') || 'ready');
        if (this.API && typeof this.API.hideLoadingBar === 'function') {
            this.API.hideLoadingBar();
        }
        if (this.API && typeof this.API.resize === 'function') {
            this.API.resize();
        }
    };

    /**
     * Shows why there is nothing to show. A 404 of an endpoint the item needs as a whole
     * (unavailableOn404) means this app version has no such data yet: said as "not available",
     * not as an error.
     */
    ItemBase.prototype.fail = function (root, failure, unavailableOn404) {
        XLA.clear(root);
        if (unavailableOn404 && failure && failure.status === 404) {
            root.setAttribute('data-state', 'unavailable');
            root.appendChild(common.message('info', AJS.I18n.getText('xla.dashboard.unavailable')));
        } else {
            root.setAttribute('data-state', 'failed');
            root.appendChild(common.message('error', XLA.failureText(failure)));
        }
        this.done(root);
    };

    /** For renderEdit: when the form's data cannot be loaded, say so in the item. */
    ItemBase.prototype.editFailed = function (context) {
        var self = this;
        return function (failure) {
            self.fail(self.begin(context), failure, false);
        };
    };

    ItemBase.prototype.empty = function (root, text) {
        root.setAttribute('data-state', 'empty');
        root.appendChild(el('p', {'class': 'xla-empty xla-dashboard-empty', text: text}));
    };

    ItemBase.prototype.setTitle = function (text) {
        if (this.API && typeof this.API.setTitle === 'function') {
            this.API.setTitle(text);
        }
    };

    /** The organisations the user may see (first page of ORGANISATION_LIMIT), by name. */
    ItemBase.prototype.organisations = function () {
        if (!this.organisationList) {
            this.organisationList = this.api.get('/organisations?start=0&limit=' + common.ORGANISATION_LIMIT)
                .then(XLA.values);
        }
        return this.organisationList;
    };

    /** The current scorecard template (category names in both languages). */
    ItemBase.prototype.template = function () {
        if (!this.currentTemplate) {
            this.currentTemplate = this.api.get('/template').catch(function () { return null; });
        }
        return this.currentTemplate;
    };

    ItemBase.prototype.categoryName = function (template, category) {
        var self = this;
        var found = (template && template.categories || []).filter(function (c) { return c.category === category; })[0];
        return found && found.name ? (found.name[self.language] || found.name.en || category) : category;
    };

    /** The first saved organisation that is still visible, else the first visible one, else null. */
    ItemBase.prototype.chosenOrganisation = function (preferences) {
        var wanted = common.ids(preferences && preferences.organisationId);
        return this.organisations().then(function (list) {
            var found = list.filter(function (o) { return wanted.indexOf(o.id) >= 0; })[0];
            return found || list[0] || null;
        });
    };

    // ---- shared pieces of view ----------------------------------------------------------------

    common.message = function (type, text) {
        return el('div', {'class': 'aui-message aui-message-' + type + ' xla-dashboard-message'}, [
            el('p', {text: text})]);
    };

    var STATUS = {
        MET: {lozenge: 'aui-lozenge-success', glyph: '\u2713', key: 'met'},
        AT_RISK: {lozenge: 'aui-lozenge-moved', glyph: '!', key: 'atrisk'},
        BREACHED: {lozenge: 'aui-lozenge-error', glyph: '\u2715', key: 'breached'},
        NO_DATA: {lozenge: '', glyph: '\u2013', key: 'nodata'}
    };

    /** The status in words ("Met", "At risk", "Breached", "No data"). */
    common.statusText = function (status) {
        switch (status) {
            case 'MET': return AJS.I18n.getText('xla.dashboard.status.met');
            case 'AT_RISK': return AJS.I18n.getText('xla.dashboard.status.atrisk');
            case 'BREACHED': return AJS.I18n.getText('xla.dashboard.status.breached');
            default: return AJS.I18n.getText('xla.dashboard.status.nodata');
        }
    };

    /**
     * A status lozenge like JSM's SLA "met"/"breached": the colour, a glyph and the status in
     * words, so it reads the same in black and white. title: the details (value, n, since).
     */
    common.lozenge = function (status, title) {
        var style = STATUS[status] || STATUS.NO_DATA;
        return el('span', {'class': ('aui-lozenge xla-status-lozenge xla-status-' + style.key + ' ' + style.lozenge).trim(),
            'data-status': status || 'NO_DATA', title: title || null}, [
            el('span', {'class': 'xla-status-glyph', 'aria-hidden': 'true', text: style.glyph}),
            ' ' + common.statusText(status)]);
    };

    /** A scrollable table with a (visually hidden) caption and column headings. */
    common.table = function (className, captionText, headings, rows) {
        return el('div', {'class': 'xla-dashboard-table-wrap'}, [
            el('table', {'class': 'aui xla-dashboard-table ' + className}, [
                el('caption', {'class': 'assistive', text: captionText}),
                el('thead', {}, [el('tr', {}, headings.map(function (heading) {
                    return typeof heading === 'string' ? el('th', {scope: 'col', text: heading}) : heading;
                }))]),
                el('tbody', {}, rows)
            ])
        ]);
    };

    // ---- edit mode ----------------------------------------------------------------------------

    var formCounter = 0;

    /**
     * Renders the edit form into the item. fields: objects made by organisationField and
     * choiceField below. Save collects each field's preference and hands them to
     * API.savePreferences (Jira stores them and renders the item again); Cancel calls
     * API.closeEdit. Everything the form shows is text.
     */
    common.editForm = function (item, context, fields, headingText) {
        var root = item.begin(context, 'xla-dashboard-edit');
        var id = 'xla-di-form-' + (++formCounter);
        var form = el('form', {'class': 'aui xla-dashboard-form', id: id, novalidate: true,
            'aria-label': headingText}, fields.map(function (field) { return field.node; }).concat([
            el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [
                el('button', {type: 'submit', 'class': 'aui-button aui-button-primary xla-dashboard-save',
                    text: AJS.I18n.getText('xla.dashboard.edit.save')}),
                el('button', {type: 'button', 'class': 'aui-button aui-button-link xla-dashboard-cancel',
                    text: AJS.I18n.getText('xla.web.cancel'), on: {click: function () {
                        if (typeof item.API.closeEdit === 'function') {
                            item.API.closeEdit();
                        }
                    }}})
            ])])
        ]));
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var preferences = {};
            fields.forEach(function (field) { preferences[field.name] = field.value(); });
            item.API.savePreferences(preferences);
        });
        root.appendChild(form);
        item.done(root);
        return form;
    };

    /**
     * Organisations to show. multiple: checkboxes (none ticked = all visible organisations);
     * otherwise a select of one organisation. name: the preference it saves.
     */
    common.organisationField = function (name, organisations, selectedIds, multiple) {
        var fieldId = 'xla-di-' + name + '-' + (++formCounter);
        if (!multiple) {
            var select = el('select', {id: fieldId, 'class': 'select xla-dashboard-organisation', name: name},
                organisations.map(function (organisation) {
                    return el('option', {value: String(organisation.id), text: organisation.name,
                        selected: selectedIds.indexOf(organisation.id) >= 0 ? 'selected' : null});
                }));
            return {name: name, value: function () { return select.value; },
                node: el('div', {'class': 'field-group'}, [
                    el('label', {'for': fieldId, text: AJS.I18n.getText('xla.dashboard.edit.organisation')}), select])};
        }
        var boxes = organisations.map(function (organisation, index) {
            var boxId = fieldId + '-' + index;
            var box = el('input', {type: 'checkbox', 'class': 'checkbox', id: boxId, value: String(organisation.id),
                checked: selectedIds.indexOf(organisation.id) >= 0});
            return {box: box, node: el('div', {'class': 'checkbox'}, [box,
                el('label', {'for': boxId, text: organisation.name})])};
        });
        return {
            name: name,
            value: function () {
                return boxes.filter(function (b) { return b.box.checked; }).map(function (b) { return b.box.value; }).join(',');
            },
            node: el('fieldset', {'class': 'group xla-dashboard-organisations'}, [
                el('legend', {}, [el('span', {text: AJS.I18n.getText('xla.dashboard.edit.organisations')})]),
                el('div', {'class': 'description', text: AJS.I18n.getText('xla.dashboard.edit.organisations.help')}),
                el('div', {'class': 'xla-dashboard-checkboxes'}, boxes.map(function (b) { return b.node; }))
            ])
        };
    };

    /** A select of fixed choices ([{value, text}]) saved as preference name. */
    common.choiceField = function (name, labelText, choices, selected) {
        var fieldId = 'xla-di-' + name + '-' + (++formCounter);
        var select = el('select', {id: fieldId, 'class': 'select xla-dashboard-' + name, name: name},
            choices.map(function (choice) {
                return el('option', {value: String(choice.value), text: choice.text,
                    selected: String(choice.value) === String(selected) ? 'selected' : null});
            }));
        return {name: name, value: function () { return select.value; },
            node: el('div', {'class': 'field-group'}, [el('label', {'for': fieldId, text: labelText}), select])};
    };

    /** "Last 7 days" ... choices for a number of days. */
    common.dayChoices = function (days) {
        return days.map(function (d) {
            return {value: d, text: XLA.format(AJS.I18n.getText('xla.dashboard.edit.days'), d)};
        });
    };

    /** The organisations an item shows: the chosen ones still visible, else all visible ones. */
    common.selected = function (organisations, preferences) {
        var wanted = common.ids(preferences && preferences.organisationIds);
        var chosen = organisations.filter(function (o) { return wanted.indexOf(o.id) >= 0; });
        return chosen.length ? chosen : organisations;
    };

    /** "All organisations" or "3 organisations": what an item shows, in its footer. */
    common.scopeText = function (shown, all) {
        return shown.length === all.length ? AJS.I18n.getText('xla.dashboard.scope.all')
            : XLA.format(AJS.I18n.getText('xla.dashboard.scope.some'), shown.length);
    };

    common.footer = function (parts) {
        return el('p', {'class': 'xla-dashboard-footer'}, [parts.filter(Boolean).join(' \u00B7 ')]);
    };

    return common;
});
