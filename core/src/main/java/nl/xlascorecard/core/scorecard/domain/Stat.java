package nl.xlascorecard.core.scorecard.domain;

/**
 * Summary of one group of scores: n, mean, standard deviation and the 95% confidence interval of the
 * mean (Student t with n-1 degrees of freedom). When {@code suppressed} is true (fewer respondents
 * than the anonymity floor) only {@code n} is given and every other figure is {@code null}: the
 * screens show "too few responses". {@code sd}/{@code ciLow}/{@code ciHigh} are {@code null} when
 * n = 1 (no spread can be estimated). See docs/statistics.md.
 */
public record Stat(int n, Double mean, Double sd, Double ciLow, Double ciHigh, boolean suppressed) {

    public static Stat suppressed(int n) {
        return new Stat(n, null, null, null, null, true);
    }

    public static Stat empty() {
        return new Stat(0, null, null, null, null, false);
    }

    public boolean hasMean() {
        return mean != null;
    }
}
