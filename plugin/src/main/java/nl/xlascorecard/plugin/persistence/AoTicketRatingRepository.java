package nl.xlascorecard.plugin.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.DBParam;
import net.java.ao.Query;

import nl.xlascorecard.core.rating.domain.RatingDistribution;
import nl.xlascorecard.core.rating.domain.RatingOutcome;
import nl.xlascorecard.core.rating.domain.TicketRating;
import nl.xlascorecard.core.rating.port.out.TicketRatingRepository;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.plugin.persistence.ao.RatingOrgAo;
import nl.xlascorecard.plugin.persistence.ao.TicketRatingAo;

/**
 * Ticket ratings in {@code TICKET_RATING} (one row per request key, unique) with one
 * {@code RATING_ORG} row per organisation for the per-organisation queries.
 *
 * <p>The upsert is decided by the database: the first insert of a request key wins, and a
 * concurrent one that loses the unique key is run again as a whole ({@link UniqueKeyRace}), finds
 * the winner's row and ends as UNCHANGED or UPDATED. A replacement first writes the row (taking its
 * write lock) and then re-reads its version; if another transaction replaced it in between, the
 * unit of work is run again the same way, so the newer rating always wins whatever order two
 * deliveries commit in.
 *
 * <p>Times are stored in epoch milliseconds, so a rating time is compared at that precision: the
 * same feedback delivered with a nanosecond clock is still UNCHANGED.
 */
public final class AoTicketRatingRepository implements TicketRatingRepository {

    private static final String LIST_ORDER = "RATED_AT DESC, REQUEST_KEY ASC";

    private final ActiveObjects ao;
    private final AoTransactionRunner tx;

    public AoTicketRatingRepository(ActiveObjects ao, AoTransactionRunner tx) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public Upserted upsert(TicketRating given) {
        TicketRating rating = atMillis(given);
        return tx.inTransaction(() -> {
            TicketRatingAo row = row(rating.requestKey());
            if (row == null) {
                return new Upserted(RatingOutcome.CREATED, insert(rating));
            }
            TicketRating stored = toDomain(row);
            if (stored.sameFeedbackAs(rating) || stored.ratedAt().isAfter(rating.ratedAt())) {
                return new Upserted(RatingOutcome.UNCHANGED, stored);
            }
            lockAtVersion(row, stored.version());
            write(row, rating);
            row.setRowVersion(stored.version() + 1);
            row.save();
            ao.deleteWithSQL(RatingOrgAo.class, "RATING_ID = ?", (long) row.getID());
            insertOrganisations(row.getID(), rating);
            return new Upserted(RatingOutcome.UPDATED, toDomain(row));
        });
    }

    @Override
    public Optional<TicketRating> find(String requestKey) {
        return Optional.ofNullable(requestKey == null ? null : row(requestKey)).map(AoTicketRatingRepository::toDomain);
    }

    @Override
    public Page<TicketRating> listByOrganisation(long organisationId, PageRequest page) {
        RatingOrgAo[] links = ao.find(RatingOrgAo.class, Query.select().where("ORG_ID = ?", organisationId)
                .order(LIST_ORDER).limit(page.limit()).offset(page.start()));
        int total = ao.count(RatingOrgAo.class, Query.select().where("ORG_ID = ?", organisationId));
        return new Page<>(ratingsInOrder(links), page.start(), page.limit(), total);
    }

    /**
     * A keyset page on the {@code (ORG_ID, RATED_AT)} index of {@code RATING_ORG}: the condition
     * continues after the previous page's last link in exactly the list order, with the database's
     * own comparison of request keys (its collation), so no page depends on Java's string order.
     */
    @Override
    public List<TicketRating> listByOrganisationSince(long organisationId, Instant since, After after, int limit) {
        long from = since.toEpochMilli();
        Query query = after == null
                ? Query.select().where("ORG_ID = ? AND RATED_AT >= ?", organisationId, from)
                : Query.select().where("ORG_ID = ? AND RATED_AT >= ? AND (RATED_AT < ? OR (RATED_AT = ? AND REQUEST_KEY > ?))",
                        organisationId, from, after.ratedAt().toEpochMilli(), after.ratedAt().toEpochMilli(),
                        after.requestKey());
        return ratingsInOrder(ao.find(RatingOrgAo.class, query.order(LIST_ORDER).limit(limit)));
    }

    /** Five counts on the {@code (ORG_ID, RATING, RATED_AT)} index, one per rating value. */
    @Override
    public RatingDistribution distribution(long organisationId, Instant since) {
        long[] counts = new long[TicketRating.MAX_RATING + 1];
        long from = since.toEpochMilli();
        for (int rating = TicketRating.MIN_RATING; rating <= TicketRating.MAX_RATING; rating++) {
            counts[rating] = ao.count(RatingOrgAo.class, Query.select()
                    .where("ORG_ID = ? AND RATING = ? AND RATED_AT >= ?", organisationId, rating, from));
        }
        return new RatingDistribution(counts[1], counts[2], counts[3], counts[4], counts[5]);
    }

    /**
     * The same five counts bounded on both sides (one month of the satisfaction trend), after one
     * count on the {@code (ORG_ID, RATED_AT)} index that skips them for a month without ratings.
     */
    @Override
    public RatingDistribution distribution(long organisationId, Instant from, Instant to) {
        long start = from.toEpochMilli();
        long end = to.toEpochMilli();
        if (ao.count(RatingOrgAo.class, Query.select()
                .where("ORG_ID = ? AND RATED_AT >= ? AND RATED_AT < ?", organisationId, start, end)) == 0) {
            return RatingDistribution.empty();
        }
        long[] counts = new long[TicketRating.MAX_RATING + 1];
        for (int rating = TicketRating.MIN_RATING; rating <= TicketRating.MAX_RATING; rating++) {
            counts[rating] = ao.count(RatingOrgAo.class, Query.select()
                    .where("ORG_ID = ? AND RATING = ? AND RATED_AT >= ? AND RATED_AT < ?", organisationId, rating,
                            start, end));
        }
        return new RatingDistribution(counts[1], counts[2], counts[3], counts[4], counts[5]);
    }

    /**
     * One INSERT with every column (not an INSERT followed by an UPDATE of the rest: ingestion is
     * mostly new ratings, so this is the statement that decides its throughput), then one INSERT per
     * organisation. Null columns are left out of the INSERT, and the stored rating is built from the
     * values written rather than read back from the row, which would cost a SELECT per null column.
     */
    private TicketRating insert(TicketRating rating) {
        TicketRatingAo row;
        String comment = Columns.text(rating.comment());
        String requesterKey = Columns.text(rating.requesterKey());
        String requesterName = Columns.text(rating.requesterName());
        String organisationIds = orgIds(rating);
        List<DBParam> columns = new ArrayList<>(List.of(
                new DBParam("REQUEST_KEY", rating.requestKey()),
                new DBParam("REQUEST_ID", rating.requestId()),
                new DBParam("RATING", rating.rating()),
                new DBParam("RATED_AT", rating.ratedAt().toEpochMilli()),
                new DBParam("ROW_VERSION", 0L)));
        Columns.addIfPresent(columns, "RATING_COMMENT", comment);
        Columns.addIfPresent(columns, "REQUESTER_KEY", requesterKey);
        Columns.addIfPresent(columns, "REQUESTER_NAME", requesterName);
        Columns.addIfPresent(columns, "ORG_IDS", organisationIds);
        try {
            row = ao.create(TicketRatingAo.class, columns.toArray(DBParam[]::new));
        } catch (RuntimeException e) {
            if (UniqueViolations.isUniqueViolation(e)) {
                throw new UniqueKeyRace("ticket rating " + rating.requestKey(), e);
            }
            throw e;
        }
        insertOrganisations(row.getID(), rating);
        return new TicketRating(rating.requestKey(), rating.requestId(), organisations(organisationIds), rating.rating(),
                comment, rating.ratedAt(), requesterKey, requesterName, 0L);
    }

    /**
     * Takes the row's write lock (a concurrent replacement waits here until this transaction ends)
     * and checks that nobody replaced the rating since it was read; if somebody did, the decision
     * to replace was taken on old data and the whole unit of work is run again.
     */
    private void lockAtVersion(TicketRatingAo row, long version) {
        row.setUpdatedAt(System.currentTimeMillis());
        row.save();
        if (ao.count(TicketRatingAo.class, "ID = ? AND ROW_VERSION = ?", row.getID(), version) != 1) {
            throw new UniqueKeyRace("ticket rating " + row.getRequestKey() + " was replaced concurrently", null);
        }
    }

    private void insertOrganisations(int ratingId, TicketRating rating) {
        for (Long organisationId : rating.organisationIds()) {
            ao.create(RatingOrgAo.class,
                    new DBParam("RATING_ID", (long) ratingId),
                    new DBParam("ORG_ID", organisationId),
                    new DBParam("RATING", rating.rating()),
                    new DBParam("RATED_AT", rating.ratedAt().toEpochMilli()),
                    new DBParam("REQUEST_KEY", rating.requestKey()));
        }
    }

    /** The ratings the links point at, in the links' order, in one query. */
    private List<TicketRating> ratingsInOrder(RatingOrgAo[] links) {
        if (links.length == 0) {
            return List.of();
        }
        Object[] ids = Arrays.stream(links).map(l -> (int) l.getRatingId()).toArray();
        String placeholders = String.join(", ", Collections.nCopies(ids.length, "?"));
        Map<Integer, TicketRatingAo> rows = new HashMap<>();
        for (TicketRatingAo row : ao.find(TicketRatingAo.class, Query.select().where("ID IN (" + placeholders + ")", ids))) {
            rows.put(row.getID(), row);
        }
        return Arrays.stream(links).map(l -> rows.get((int) l.getRatingId())).filter(Objects::nonNull)
                .map(AoTicketRatingRepository::toDomain).toList();
    }

    private TicketRatingAo row(String requestKey) {
        TicketRatingAo[] rows = ao.find(TicketRatingAo.class, Query.select().where("REQUEST_KEY = ?", requestKey));
        return rows.length == 0 ? null : rows[0];
    }

    private static TicketRating atMillis(TicketRating r) {
        return new TicketRating(r.requestKey(), r.requestId(), r.organisationIds(), r.rating(), r.comment(),
                r.ratedAt().truncatedTo(ChronoUnit.MILLIS), r.requesterKey(), r.requesterName(), r.version());
    }

    private static void write(TicketRatingAo row, TicketRating rating) {
        row.setRequestId(rating.requestId());
        row.setRating(rating.rating());
        row.setRatingComment(Columns.text(rating.comment()));
        row.setRatedAt(rating.ratedAt().toEpochMilli());
        row.setRequesterKey(Columns.text(rating.requesterKey()));
        row.setRequesterName(Columns.text(rating.requesterName()));
        row.setOrgIds(orgIds(rating));
    }

    /** The {@code ORG_IDS} column: the ids comma-separated, null when the request has none. */
    private static String orgIds(TicketRating rating) {
        return rating.organisationIds().isEmpty() ? null
                : rating.organisationIds().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Long> organisations(String orgIds) {
        return orgIds == null ? List.of() : Arrays.stream(orgIds.split(",")).map(Long::valueOf).toList();
    }

    static TicketRating toDomain(TicketRatingAo row) {
        return new TicketRating(row.getRequestKey(), row.getRequestId(), organisations(row.getOrgIds()), row.getRating(),
                row.getRatingComment(), Instant.ofEpochMilli(row.getRatedAt()), row.getRequesterKey(),
                row.getRequesterName(), row.getRowVersion());
    }
}
