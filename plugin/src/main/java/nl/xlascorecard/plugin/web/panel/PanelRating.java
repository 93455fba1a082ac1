package nl.xlascorecard.plugin.web.panel;

/** The request's own rating in the experience panel. */
public final class PanelRating {

    private final int stars;
    private final String starsText;
    private final String comment;
    private final String ratedAt;

    /**
     * @param starsText the text alternative of the stars ("2 of 5 stars")
     * @param comment   the customer's comment, {@code null} when none
     */
    public PanelRating(int stars, String starsText, String comment, String ratedAt) {
        this.stars = stars;
        this.starsText = starsText;
        this.comment = comment;
        this.ratedAt = ratedAt;
    }

    public int getStars() {
        return stars;
    }

    /** Filled and empty stars for the eye; screen readers get {@link #getStarsText()}. */
    public String getStarGlyphs() {
        return "\u2605".repeat(stars) + "\u2606".repeat(5 - stars);
    }

    public String getStarsText() {
        return starsText;
    }

    public String getComment() {
        return comment;
    }

    public boolean isUnhappy() {
        return stars <= 2;
    }

    public String getRatedAt() {
        return ratedAt;
    }
}
