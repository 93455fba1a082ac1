package nl.xlascorecard.plugin.rest;

/**
 * Path templates for ids. Only digits match (at most 18, so every match fits a {@code long}); any
 * other path segment matches no resource and is a 404, exactly like an id that does not exist.
 */
final class Ids {

    static final String ID = "{id: [0-9]{1,18}}";
    static final String ORGANISATION_ID = "{organisationId: [0-9]{1,18}}";
    static final String ROUND_ID = "{roundId: [0-9]{1,18}}";
    static final String VERSION = "{version: [0-9]{1,9}}";
    /** A Jira issue key as JSM requests have them ({@code ITSM-42}); anything else is a 404 like an unknown key. */
    static final String REQUEST_KEY = "{requestKey: [A-Z][A-Z0-9_]{1,254}-[0-9]{1,18}}";

    private Ids() {
    }
}
