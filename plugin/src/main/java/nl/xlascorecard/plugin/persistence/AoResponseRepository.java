package nl.xlascorecard.plugin.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.DBParam;
import net.java.ao.Query;

import nl.xlascorecard.core.scorecard.domain.RespondentRole;
import nl.xlascorecard.core.scorecard.domain.Response;
import nl.xlascorecard.core.scorecard.domain.RoundState;
import nl.xlascorecard.core.scorecard.port.out.ResponseRepository;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.shared.stats.NetPromoterScore;
import nl.xlascorecard.plugin.persistence.ao.ResponseAo;
import nl.xlascorecard.plugin.persistence.ao.RoundAo;

/**
 * Responses in {@code RESPONSE}, one row each with scores and comments as JSON text, so all
 * responses of a round come back from one indexed query. One response per (round, ref) is the
 * unique {@code RESPONSE_KEY}: a re-submission updates the stored row, and a concurrent first
 * submission that loses the insert race is run again as an update ({@link UniqueKeyRace}).
 */
public final class AoResponseRepository implements ResponseRepository {

    /** Entry order, so a page of responses is stable while more arrive. */
    private static final String ENTRY_ORDER = "ID ASC";

    private final ActiveObjects ao;
    private final AoTransactionRunner tx;

    public AoResponseRepository(ActiveObjects ao, AoTransactionRunner tx) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public Response upsert(Response response) {
        return tx.inTransaction(() -> {
            String ref = Columns.text(response.respondentRef());
            if (ref != null) {
                ResponseAo[] stored = ao.find(ResponseAo.class, Query.select().where("RESPONSE_KEY = ?", refKey(response.roundId(), ref)));
                if (stored.length > 0) {
                    write(stored[0], response);
                    stored[0].save();
                    return toDomain(stored[0]);
                }
            }
            String key = ref != null ? refKey(response.roundId(), ref) : response.roundId() + "#" + UUID.randomUUID();
            try {
                ResponseAo row = ao.create(ResponseAo.class,
                        new DBParam("ROUND_ID", response.roundId()),
                        new DBParam("RESPONDENT_ROLE", response.role().name()),
                        new DBParam("SUBMITTED_AT", response.submittedAt().toEpochMilli()),
                        new DBParam("RESPONSE_KEY", key));
                write(row, response);
                row.save();
                return toDomain(row);
            } catch (RuntimeException e) {
                if (ref != null && UniqueViolations.isUniqueViolation(e)) {
                    throw new UniqueKeyRace("response " + key, e);
                }
                throw e;
            }
        });
    }

    @Override
    public List<Response> listAll(long roundId) {
        ResponseAo[] rows = ao.find(ResponseAo.class, Query.select().where("ROUND_ID = ?", roundId).order(ENTRY_ORDER));
        return Arrays.stream(rows).map(AoResponseRepository::toDomain).toList();
    }

    @Override
    public Page<Response> list(long roundId, PageRequest page) {
        ResponseAo[] rows = ao.find(ResponseAo.class, Query.select().where("ROUND_ID = ?", roundId)
                .order(ENTRY_ORDER).limit(page.limit()).offset(page.start()));
        return new Page<>(Arrays.stream(rows).map(AoResponseRepository::toDomain).toList(), page.start(), page.limit(),
                count(roundId));
    }

    @Override
    public int count(long roundId) {
        return ao.count(ResponseAo.class, Query.select().where("ROUND_ID = ?", roundId));
    }

    /**
     * Eleven index-range counts on {@code (ROUND_ID, RECOMMENDATION, SUBMITTED_AT)}, after one count
     * of all answers that skips them when nobody answered. AO's facade offers {@code COUNT} but no
     * {@code GROUP BY}, and counting in the database keeps the rows themselves out of the heap.
     */
    @Override
    public long[] recommendationCounts(long roundId) {
        return counts("ROUND_ID = ?", List.of(roundId));
    }

    /**
     * The organisation's rounds are looked up first (a handful a year, found on the
     * {@code (ORG_ID, OPENS)} index) and the counts then run on {@code ROUND_ID IN (..)} with the
     * submission time, so they stay on the response index without a join.
     */
    @Override
    public long[] recommendationCounts(long organisationId, Instant from, Instant to) {
        return recommendationCounts(organisationId, from, to, false);
    }

    @Override
    public long[] recommendationCounts(long organisationId, Instant from, Instant to, boolean closedRoundsOnly) {
        RoundAo[] rounds = closedRoundsOnly
                ? ao.find(RoundAo.class, Query.select().where("ORG_ID = ? AND STATE = ?", organisationId,
                        RoundState.CLOSED.name()))
                : ao.find(RoundAo.class, Query.select().where("ORG_ID = ?", organisationId));
        if (rounds.length == 0 || !from.isBefore(to)) {
            return new long[NetPromoterScore.ANSWERS];
        }
        List<Object> params = new ArrayList<>();
        for (RoundAo round : rounds) {
            params.add((long) round.getID());
        }
        params.add(from.toEpochMilli());
        params.add(to.toEpochMilli());
        String placeholders = String.join(", ", Collections.nCopies(rounds.length, "?"));
        return counts("ROUND_ID IN (" + placeholders + ") AND SUBMITTED_AT >= ? AND SUBMITTED_AT < ?", params);
    }

    private long[] counts(String where, List<Object> params) {
        long[] counts = new long[NetPromoterScore.ANSWERS];
        if (ao.count(ResponseAo.class, where + " AND RECOMMENDATION IS NOT NULL", params.toArray()) == 0) {
            return counts;
        }
        Object[] withAnswer = Arrays.copyOf(params.toArray(), params.size() + 1);
        for (int answer = 0; answer < NetPromoterScore.ANSWERS; answer++) {
            withAnswer[params.size()] = answer;
            counts[answer] = ao.count(ResponseAo.class, where + " AND RECOMMENDATION = ?", withAnswer);
        }
        return counts;
    }

    /** {@code <roundId>:<ref>}; refs are at most {@value Response#MAX_REF} characters. */
    private static String refKey(long roundId, String ref) {
        return roundId + ":" + ref;
    }

    private static void write(ResponseAo row, Response response) {
        row.setRespondentRole(response.role().name());
        row.setRespondentRef(Columns.text(response.respondentRef()));
        row.setRespondentName(Columns.text(response.respondentName()));
        row.setScores(ResponseJson.writeScores(response.scores()));
        row.setComments(ResponseJson.writeComments(response.comments()));
        row.setOnePointBetter(Columns.text(response.onePointBetter()));
        row.setRecommendation(response.recommendation());
        row.setRecommendationComment(Columns.text(response.recommendationComment()));
        row.setSubmittedAt(response.submittedAt().toEpochMilli());
    }

    static Response toDomain(ResponseAo row) {
        return new Response(row.getID(), row.getRoundId(), RespondentRole.valueOf(row.getRespondentRole()),
                row.getRespondentRef(), row.getRespondentName(), ResponseJson.readScores(row.getScores()),
                ResponseJson.readComments(row.getComments()), row.getOnePointBetter(), Columns.instant(row.getSubmittedAt()),
                row.getRecommendation(), row.getRecommendationComment());
    }
}
