package nl.xlascorecard.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import net.java.ao.RawEntity;

import nl.xlascorecard.aohost.Database;
import nl.xlascorecard.aohost.EntityManagerActiveObjects;
import nl.xlascorecard.core.scorecard.domain.DefaultTemplate;
import nl.xlascorecard.core.scorecard.domain.RespondentRole;
import nl.xlascorecard.core.scorecard.domain.TemplateStatement;
import nl.xlascorecard.plugin.persistence.TinyJson;
import nl.xlascorecard.plugin.persistence.ao.FollowUpAo;
import nl.xlascorecard.plugin.persistence.ao.RatingOrgAo;
import nl.xlascorecard.plugin.persistence.ao.ResponseAo;
import nl.xlascorecard.plugin.persistence.ao.RoundAo;
import nl.xlascorecard.plugin.persistence.ao.TicketRatingAo;

/**
 * The spec's benchmark data set (section 5: 5,000 organisations, 1,000,000 ticket ratings, 200,000
 * scorecard responses), bulk-loaded with PostgreSQL's COPY into the tables that AO created from the
 * app's real entities (so every column, constraint and index is the app's own). Generating through
 * the repositories would take hours for a million ratings; COPY takes about a minute.
 *
 * <p>The rows are what the app itself would have stored: a rating row per request key with its
 * {@code RATING_ORG} rows, a follow-up for every rating at or below the default unhappy threshold (2),
 * closed rounds with responses whose scores are the JSON the response repository writes.
 *
 * <p>The spread is meant to look like a real customer base: organisation sizes follow a Zipf-like
 * law (a few large care groups, many small ones), ratings lean towards recent months, about 8% are
 * unhappy, some organisations are unhappier than others, 2% of requests belong to two organisations.
 * Everything comes from one seeded {@link Random}, so two runs load the same data.
 *
 * <p>Each part is a method of its own ({@link #ratings}, {@link #scorecards}) so that other
 * benchmarks (the XLA overview of issue 4) can load what they need.
 */
final class DataSetGenerator {

    /** The default unhappy threshold of the follow-up settings. */
    static final int UNHAPPY_AT_OR_BELOW = 2;
    /** Ratings are spread over this many days before "now". */
    static final int HISTORY_DAYS = 730;
    /** Follow-ups of ratings older than this are done; newer ones are still open. */
    static final Duration OPEN_FOR = Duration.ofDays(3);
    private static final int COPY_CHUNK = 50_000;
    private static final double ZIPF_EXPONENT = 0.75;
    private static final List<String> STATEMENT_KEYS = DefaultTemplate.categories().stream()
            .flatMap(c -> c.statements().stream()).map(TemplateStatement::key).toList();

    private final EntityManagerActiveObjects ao;
    private final Database database;
    private final int organisations;
    private final Instant now;
    private final Random random;
    private final double[] cumulativeWeight;
    private final double[] unhappyShare;

    DataSetGenerator(EntityManagerActiveObjects ao, int organisations, Instant now, long seed) {
        if (!ao.database().isPostgres()) {
            throw new IllegalArgumentException("the data set is bulk-loaded with PostgreSQL's COPY");
        }
        this.ao = ao;
        this.database = ao.database();
        this.organisations = organisations;
        this.now = now;
        this.random = new Random(seed);
        this.cumulativeWeight = new double[organisations];
        this.unhappyShare = new double[organisations];
        double sum = 0;
        for (int i = 0; i < organisations; i++) {
            sum += 1.0 / Math.pow(i + 1, ZIPF_EXPONENT);
            cumulativeWeight[i] = sum;
            // 3%..15% unhappy, 8% on average.
            unhappyShare[i] = 0.03 + 0.10 * random.nextDouble();
        }
        for (int i = 0; i < organisations; i++) {
            cumulativeWeight[i] /= sum;
        }
    }

    /** What {@link #ratings} loaded. */
    record RatingSet(int ratings, int ratingOrganisationRows, int followUps, int openFollowUps) {
    }

    /**
     * Loads {@code count} ratings on requests {@code <project>-1..count} with their organisation rows
     * and the follow-ups of the unhappy ones.
     */
    RatingSet ratings(String project, int count) throws SQLException, IOException {
        String ratingTable = table(TicketRatingAo.class);
        String orgTable = table(RatingOrgAo.class);
        String followUpTable = table(FollowUpAo.class);
        int orgRows = 0;
        int followUps = 0;
        int open = 0;
        try (Connection connection = connect()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 1; from <= count; from += COPY_CHUNK) {
                int to = Math.min(count, from + COPY_CHUNK - 1);
                StringBuilder ratings = new StringBuilder();
                StringBuilder orgs = new StringBuilder();
                StringBuilder calls = new StringBuilder();
                for (int n = from; n <= to; n++) {
                    long org = organisation();
                    long second = random.nextInt(50) == 0 ? organisation() : org;
                    List<Long> ids = second == org ? List.of(org) : List.of(Math.min(org, second), Math.max(org, second));
                    int rating = rating(ids.get(0));
                    long ratedAt = ratedAt();
                    String key = project + "-" + n;
                    String comment = random.nextInt(10) < 3 ? comment(rating) : null;
                    csv(ratings, n, key, n, rating, comment, ratedAt, "customer" + (n % 20_000), "Klant " + (n % 20_000),
                            joined(ids), 0, ratedAt);
                    for (long id : ids) {
                        orgRows++;
                        csv(orgs, orgRows, n, id, rating, ratedAt, key);
                    }
                    if (rating <= UNHAPPY_AT_OR_BELOW) {
                        followUps++;
                        if (followUp(calls, followUps, key, ids.get(0), rating, ratedAt)) {
                            open++;
                        }
                    }
                }
                copy.copyIn(copySql(ratingTable, "ID", "REQUEST_KEY", "REQUEST_ID", "RATING", "RATING_COMMENT", "RATED_AT",
                        "REQUESTER_KEY", "REQUESTER_NAME", "ORG_IDS", "ROW_VERSION", "UPDATED_AT"), new StringReader(ratings.toString()));
                copy.copyIn(copySql(orgTable, "ID", "RATING_ID", "ORG_ID", "RATING", "RATED_AT", "REQUEST_KEY"),
                        new StringReader(orgs.toString()));
                copy.copyIn(copySql(followUpTable, "ID", "REQUEST_KEY", "ORG_ID", "ASSIGNEE_KEY", "RATING", "RATED_AT",
                        "CREATED_AT", "DUE_AT", "STATE", "OUTCOME", "ATTEMPTS", "NOTES", "AGREEMENT", "CONTACTED_AT", "DONE_AT",
                        "RAISED_ABOVE", "REMINDER_SENT_AT", "ESCALATED_AT", "ROW_VERSION", "UPDATED_AT"),
                        new StringReader(calls.toString()));
                if (to % 200_000 == 0 || to == count) {
                    System.out.printf(Locale.ROOT, "loaded %,d of %,d ratings%n", to, count);
                }
            }
            restartSequences(connection, ratingTable, orgTable, followUpTable);
            analyse(connection, ratingTable, orgTable, followUpTable);
        }
        return new RatingSet(count, orgRows, followUps, open);
    }

    /** What {@link #scorecards} loaded. */
    record ScorecardSet(int rounds, int responses) {
    }

    /**
     * Loads four closed rounds per organisation (a baseline and three periodic ones, four months
     * apart, the newest closed a month before "now") with {@code responses} responses in all,
     * spread evenly; scores around a centre per organisation that drifts from round to round.
     */
    ScorecardSet scorecards(int responses) throws SQLException, IOException {
        String roundTable = table(RoundAo.class);
        String responseTable = table(ResponseAo.class);
        int roundsPerOrganisation = 4;
        int perRound = Math.max(1, responses / (organisations * roundsPerOrganisation));
        int roundId = 0;
        int responseId = 0;
        RespondentRole[] roles = RespondentRole.values();
        LocalDate lastOpens = now.atZone(ZoneOffset.UTC).toLocalDate().minusDays(51);
        try (Connection connection = connect()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder rounds = new StringBuilder();
            StringBuilder rows = new StringBuilder();
            for (int org = 1; org <= organisations; org++) {
                int centre = 50 + random.nextInt(30);
                for (int i = 0; i < roundsPerOrganisation; i++) {
                    roundId++;
                    LocalDate opens = lastOpens.minusMonths(4L * (roundsPerOrganisation - 1 - i));
                    LocalDate closes = opens.plusDays(21);
                    long closedAt = closes.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
                    long openedAt = opens.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
                    csv(rounds, roundId, org, i == 0 ? "BASELINE" : "PERIODIC", null, opens.toString(), closes.toString(),
                            "CLOSED", DefaultTemplate.VERSION, false, perRound * 2, openedAt - Duration.ofDays(7).toMillis(),
                            "bench", openedAt, closedAt, 0, closedAt, i == 0 ? String.valueOf(org) : "P:bench-" + roundId);
                    int roundCentre = centre + random.nextInt(11) - 5;
                    for (int r = 0; r < perRound; r++) {
                        responseId++;
                        csv(rows, responseId, roundId, roles[r % roles.length].name(), null, null, scores(roundCentre), null,
                                null, closedAt - Duration.ofDays(1 + random.nextInt(20)).toMillis(), roundId + "#bench-" + responseId);
                    }
                }
                if (rows.length() > 20_000_000 || org == organisations) {
                    copy.copyIn(copySql(roundTable, "ID", "ORG_ID", "KIND", "TITLE", "OPENS", "CLOSES", "STATE",
                            "TEMPLATE_VERSION", "ANONYMOUS", "INVITATIONS", "CREATED_AT", "CREATED_BY", "OPENED_AT",
                            "CLOSED_AT", "ROW_VERSION", "UPDATED_AT", "BASELINE_KEY"), new StringReader(rounds.toString()));
                    copy.copyIn(copySql(responseTable, "ID", "ROUND_ID", "RESPONDENT_ROLE", "RESPONDENT_REF",
                            "RESPONDENT_NAME", "SCORES", "COMMENTS", "ONE_POINT_BETTER", "SUBMITTED_AT", "RESPONSE_KEY"),
                            new StringReader(rows.toString()));
                    rounds.setLength(0);
                    rows.setLength(0);
                }
            }
            restartSequences(connection, roundTable, responseTable);
            analyse(connection, roundTable, responseTable);
        }
        return new ScorecardSet(roundId, responseId);
    }

    /** An organisation id, 1..n, drawn by the Zipf-like size law (id 1 is the largest). */
    long organisation() {
        double u = random.nextDouble();
        int low = 0;
        int high = organisations - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulativeWeight[mid] < u) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low + 1L;
    }

    /** 1..5 stars: the organisation's unhappy share split over 1 and 2, then 3 (8%), 4 (32%), 5 (the rest). */
    int rating(long organisationId) {
        double u = random.nextDouble();
        double unhappy = unhappyShare[(int) organisationId - 1];
        if (u < unhappy / 2) {
            return 1;
        }
        if (u < unhappy) {
            return 2;
        }
        if (u < unhappy + 0.08) {
            return 3;
        }
        return u < unhappy + 0.40 ? 4 : 5;
    }

    /** A time in the history window, denser towards "now" (a growing customer base). */
    long ratedAt() {
        double age = Math.pow(random.nextDouble(), 1.3) * HISTORY_DAYS * 86_400_000L;
        return now.toEpochMilli() - (long) age;
    }

    /** The follow-up row of an unhappy rating, as the app would have left it; true when still open. */
    private boolean followUp(StringBuilder rows, int id, String key, long organisationId, int rating, long ratedAt) {
        long due = ratedAt + Duration.ofDays(1).toMillis();
        boolean open = now.toEpochMilli() - ratedAt < OPEN_FOR.toMillis();
        if (open) {
            csv(rows, id, key, organisationId, null, rating, ratedAt, ratedAt, due, "OPEN", null, 0, null, null, null, null,
                    false, null, null, 0, ratedAt);
            return true;
        }
        boolean reached = random.nextInt(10) < 8;
        long contacted = ratedAt + Duration.ofHours(2 + random.nextInt(40)).toMillis();
        csv(rows, id, key, organisationId, "sm" + (organisationId % 50), rating, ratedAt, ratedAt, due, "DONE",
                reached ? "REACHED" : "NOT_REACHED", 1 + random.nextInt(3), "Gebeld over het verzoek.",
                reached ? "Terugkoppeling binnen een week." : null, reached ? contacted : null, contacted, false,
                due - Duration.ofHours(4).toMillis(), contacted > due ? due : null, 1, contacted);
        return false;
    }

    private String comment(int rating) {
        return switch (rating) {
            case 1 -> "Niemand belde terug, \"urgent\" betekent blijkbaar niets.";
            case 2 -> "Opgelost, maar het duurde te lang.";
            case 3 -> "Redelijk.";
            default -> "Snel en vriendelijk geholpen, dank!";
        };
    }

    private String scores(int centre) {
        TreeMap<String, Integer> scores = new TreeMap<>();
        for (String key : STATEMENT_KEYS) {
            if (random.nextInt(10) > 0) { // about one in ten statements "no opinion"
                scores.put(key, Math.max(1, Math.min(100, centre + (int) Math.round(random.nextGaussian() * 12))));
            }
        }
        return scores.isEmpty() ? null : TinyJson.write(scores);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }

    /** The schema-qualified, quoted name of an entity's table. */
    String table(Class<? extends RawEntity<?>> entity) {
        return database.schema() + ".\"" + ao.tableName(entity) + "\"";
    }

    private static String copySql(String table, String... columns) {
        StringJoiner list = new StringJoiner(", ", "(", ")");
        for (String column : columns) {
            list.add('"' + column + '"');
        }
        return "COPY " + table + " " + list + " FROM STDIN WITH (FORMAT csv)";
    }

    /** One CSV line: null is an unquoted empty field (SQL NULL), text is always quoted. */
    private static void csv(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = values[i];
            if (value instanceof String text) {
                out.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else if (value != null) {
                out.append(value);
            }
        }
        out.append('\n');
    }

    private static String joined(List<Long> ids) {
        StringJoiner text = new StringJoiner(",");
        ids.forEach(id -> text.add(String.valueOf(id)));
        return text.toString();
    }

    /** COPY with explicit ids leaves the ID sequences behind; the app's own inserts must continue after them. */
    private static void restartSequences(Connection connection, String... tables) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String table : tables) {
                s.execute("SELECT setval(pg_get_serial_sequence('" + table.replace("'", "''") + "', 'ID'), "
                        + "(SELECT COALESCE(MAX(\"ID\"), 0) + 1 FROM " + table + "), false)");
            }
        }
    }

    /**
     * VACUUM ANALYZE, as autovacuum would have done on a database that grew over two years: fresh
     * statistics for the planner, and a visibility map so that the counts can be index-only scans.
     */
    private static void analyse(Connection connection, String... tables) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String table : tables) {
                s.execute("VACUUM ANALYZE " + table);
            }
        }
    }
}
