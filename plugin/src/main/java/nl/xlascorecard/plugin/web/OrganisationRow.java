package nl.xlascorecard.plugin.web;

/**
 * One line of the organisations list: name, link, latest overall score and the state of the newest
 * round, already in the reader's language.
 */
public final class OrganisationRow {

    private final long id;
    private final String name;
    private final String url;
    private final String latestScore;
    private final String roundState;
    private final String roundStateLozenge;

    public OrganisationRow(long id, String name, String url, String latestScore, String roundState,
                           String roundStateLozenge) {
        this.id = id;
        this.name = name;
        this.url = url;
        this.latestScore = latestScore;
        this.roundState = roundState;
        this.roundStateLozenge = roundStateLozenge;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    /** Overall of the newest closed round ("72.4"), or a text saying why there is none. */
    public String getLatestScore() {
        return latestScore;
    }

    /** State of the newest round, or "no rounds yet". */
    public String getRoundState() {
        return roundState;
    }

    /** AUI lozenge modifier class for the state, {@code null} when there is no round (plain text then). */
    public String getRoundStateLozenge() {
        return roundStateLozenge;
    }
}
