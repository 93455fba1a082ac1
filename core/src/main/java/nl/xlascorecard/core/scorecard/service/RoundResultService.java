package nl.xlascorecard.core.scorecard.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.xlascorecard.core.organisation.domain.AppSettings;
import nl.xlascorecard.core.organisation.port.out.AppSettingsRepository;
import nl.xlascorecard.core.organisation.port.out.OrganisationDirectory;
import nl.xlascorecard.core.organisation.service.OrganisationAccess;
import nl.xlascorecard.core.scorecard.domain.Response;
import nl.xlascorecard.core.scorecard.domain.Round;
import nl.xlascorecard.core.scorecard.domain.RoundResult;
import nl.xlascorecard.core.scorecard.domain.RoundState;
import nl.xlascorecard.core.scorecard.domain.ScorecardTemplate;
import nl.xlascorecard.core.scorecard.port.in.ReadRoundResults;
import nl.xlascorecard.core.scorecard.port.out.ResponseRepository;
import nl.xlascorecard.core.scorecard.port.out.RoundRepository;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.ForbiddenException;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;

/**
 * Round results on demand (interim while OPEN, final once CLOSED). Service managers and
 * administrators who manage the organisation read any round's result; its agents read the results
 * of CLOSED rounds only: two reads of an interim result a response apart would show that one
 * response. Reads the responses of at most three rounds (this one, the previous closed one and the
 * baseline).
 */
public final class RoundResultService implements ReadRoundResults {

    public static final String NOT_CLOSED = "xla.error.result.notClosed";

    private final RoundRepository rounds;
    private final ResponseRepository responses;
    private final RoundAccess roundAccess;
    private final OrganisationAccess access;
    private final OrganisationDirectory directory;
    private final TemplateVersions templates;
    private final AppSettingsRepository settings;

    public RoundResultService(RoundRepository rounds, ResponseRepository responses, RoundAccess roundAccess,
                              OrganisationAccess access, OrganisationDirectory directory, TemplateVersions templates,
                              AppSettingsRepository settings) {
        this.rounds = Objects.requireNonNull(rounds);
        this.responses = Objects.requireNonNull(responses);
        this.roundAccess = Objects.requireNonNull(roundAccess);
        this.access = Objects.requireNonNull(access);
        this.directory = Objects.requireNonNull(directory);
        this.templates = Objects.requireNonNull(templates);
        this.settings = Objects.requireNonNull(settings);
    }

    @Override
    public RoundResult result(Caller caller, long roundId) {
        Round round = roundAccess.visible(caller, roundId);
        if (round.state() != RoundState.CLOSED && !access.canManage(caller, round.organisationId())) {
            throw new ForbiddenException(NOT_CLOSED,
                    caller.userKey() + " may read the result of round " + roundId + " once it is closed");
        }
        return resultOf(round);
    }

    @Override
    public RoundResult latestClosed(Caller caller, long organisationId) {
        access.checkVisible(caller, organisationId);
        // Administrators and unlimited service managers see every id: a missing one is still "not found".
        if (directory.find(organisationId).isEmpty()) {
            throw OrganisationAccess.notFound(organisationId);
        }
        return newestClosed(organisationId).map(this::resultOf).orElse(null);
    }

    private RoundResult resultOf(Round round) {
        ScorecardTemplate template = templates.require(round.templateVersion());
        List<Response> own = responses.listAll(round.id());
        RoundResultCalculator.Compared previous = rounds.findPreviousClosed(round)
                .map(r -> compared(r, template)).orElse(null);
        RoundResultCalculator.Compared baseline = rounds.findBaseline(round.organisationId())
                .filter(b -> b.state() == RoundState.CLOSED && b.id() != round.id())
                .map(r -> compared(r, template)).orElse(null);
        AppSettings applied = settings.load();
        return new RoundResultCalculator(applied.minimumGroupSize(), applied.attentionThreshold())
                .calculate(new RoundResultCalculator.Input(round, template, RoundScores.of(template, own), own.size(),
                        RoundRecommendations.of(own), previous, baseline));
    }

    /**
     * Another round's scores on its own template version. Statement keys are stable across
     * versions, so statements and categories compare like for like; should a version be missing,
     * this round's template is the best available reading.
     */
    private RoundResultCalculator.Compared compared(Round other, ScorecardTemplate fallback) {
        // Versions never change once stored: a round on the same version reuses the loaded template
        // (rounds of one organisation mostly share a version; saves a read and a parse per round).
        ScorecardTemplate template = other.templateVersion() == fallback.version() ? fallback
                : templates.find(other.templateVersion()).orElse(fallback);
        List<Response> theirs = responses.listAll(other.id());
        return new RoundResultCalculator.Compared(other.id(), RoundScores.of(template, theirs),
                RoundRecommendations.of(theirs).all());
    }

    /** The newest CLOSED round: rounds come newest period first, and an organisation has few. */
    private Optional<Round> newestClosed(long organisationId) {
        int start = 0;
        Page<Round> page;
        do {
            page = rounds.listByOrganisation(organisationId, new PageRequest(start, PageRequest.MAX_LIMIT));
            Optional<Round> closed = page.items().stream().filter(r -> r.state() == RoundState.CLOSED).findFirst();
            if (closed.isPresent()) {
                return closed;
            }
            start += page.items().size();
        } while (!page.isLastPage() && !page.items().isEmpty());
        return Optional.empty();
    }
}
