package nl.xlascorecard.core.scorecard.service;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.xlascorecard.core.scorecard.domain.Category;
import nl.xlascorecard.core.scorecard.domain.Response;
import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.ScorecardConflicts;
import nl.xlascorecard.core.scorecard.port.in.RecordResponses;
import nl.xlascorecard.core.scorecard.port.out.ResponseRepository;
import nl.xlascorecard.core.scorecard.port.out.RoundRepository;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.FieldError;
import nl.xlascorecard.core.shared.FieldErrors;
import nl.xlascorecard.core.shared.Inputs;
import nl.xlascorecard.core.shared.NotFoundException;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.shared.TransactionRunner;
import nl.xlascorecard.core.shared.ValidationException;

/**
 * Responses entered by the organisation's service managers (paper forms, interviews) while a round
 * is OPEN. Raw responses carry comments and possibly names, so only those who manage the
 * organisation read them; agents see the aggregated result only.
 */
public final class ResponseService implements RecordResponses {

    private final ResponseRepository responses;
    private final RoundRepository rounds;
    private final RoundAccess roundAccess;
    private final TemplateVersions templates;
    private final TransactionRunner transactions;
    private final Clock clock;

    public ResponseService(ResponseRepository responses, RoundRepository rounds, RoundAccess roundAccess,
                           TemplateVersions templates, TransactionRunner transactions, Clock clock) {
        this.responses = Objects.requireNonNull(responses);
        this.rounds = Objects.requireNonNull(rounds);
        this.roundAccess = Objects.requireNonNull(roundAccess);
        this.templates = Objects.requireNonNull(templates);
        this.transactions = Objects.requireNonNull(transactions);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Response submit(Caller caller, long roundId, SubmitResponseCommand command) {
        return transactions.inTransaction(() -> {
            roundAccess.manageable(caller, roundId);
            // Checked and stored under the round's row lock: a close racing with this submit either
            // waits until the response is stored, or has committed and is seen here.
            Round round = rounds.lockForResponses(roundId).orElseThrow(
                    () -> new NotFoundException(RoundAccess.NOT_FOUND, "round " + roundId + " disappeared"));
            if (!round.acceptsResponses()) {
                throw ScorecardConflicts.roundNotAcceptingResponses(round);
            }
            if (command == null) {
                throw ValidationException.of("response", FieldErrors.REQUIRED);
            }
            List<FieldError> errors = ResponseRules.check(command, templates.require(round.templateVersion()),
                    round.anonymous());
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            return responses.upsert(toResponse(round, command));
        });
    }

    @Override
    public Page<Response> list(Caller caller, long roundId, PageRequest page) {
        Round round = roundAccess.manageable(caller, roundId);
        return responses.list(round.id(), page);
    }

    /** The validated command as stored: "no opinion" and blank texts left out; no name in anonymous rounds. */
    private Response toResponse(Round round, SubmitResponseCommand command) {
        Map<String, Integer> scores = new HashMap<>();
        ResponseRules.scoresOf(command).forEach((key, value) -> {
            if (value != null) {
                scores.put(key, value);
            }
        });
        Map<Category, String> comments = new EnumMap<>(Category.class);
        ResponseRules.commentsOf(command).forEach((category, text) -> {
            String comment = Inputs.stripped(text);
            if (comment != null) {
                comments.put(category, comment);
            }
        });
        String name = round.anonymous() ? null : Inputs.stripped(command.respondentName());
        return new Response(0, round.id(), ResponseRules.role(command.role()).orElseThrow(),
                Inputs.stripped(command.respondentRef()), name, scores, comments,
                Inputs.stripped(command.onePointBetter()), clock.instant(), command.recommendation(),
                Inputs.stripped(command.recommendationComment()));
    }
}
