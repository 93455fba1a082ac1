package nl.xlascorecard.plugin.web;

import java.util.List;

/** Page DTO of {@code organisations.vm}: one page of the caller's organisations. */
public final class OrganisationsPage {

    private final List<OrganisationRow> rows;
    private final String rangeText;
    private final String previousUrl;
    private final String nextUrl;

    /**
     * @param previousUrl link to the previous page, {@code null} on the first
     * @param nextUrl     link to the next page, {@code null} on the last
     */
    public OrganisationsPage(List<OrganisationRow> rows, String rangeText, String previousUrl, String nextUrl) {
        this.rows = List.copyOf(rows);
        this.rangeText = rangeText;
        this.previousUrl = previousUrl;
        this.nextUrl = nextUrl;
    }

    public List<OrganisationRow> getRows() {
        return rows;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** "1-25 of 40", in the reader's language. */
    public String getRangeText() {
        return rangeText;
    }

    public String getPreviousUrl() {
        return previousUrl;
    }

    public String getNextUrl() {
        return nextUrl;
    }
}
