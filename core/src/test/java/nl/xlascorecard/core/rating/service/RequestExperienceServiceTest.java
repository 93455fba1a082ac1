package nl.xlascorecard.core.rating.service;

import static nl.xlascorecard.core.shared.ValidationAssertions.fieldsAndKeys;
import static nl.xlascorecard.core.testing.CoreFixture.ORG;
import static nl.xlascorecard.core.testing.CoreFixture.OTHER_ORG;
import static nl.xlascorecard.core.testing.FollowUpFixture.observation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.organisation.domain.Language;
import nl.xlascorecard.core.organisation.domain.OrganisationProfile;
import nl.xlascorecard.core.rating.domain.RequestExperience;
import nl.xlascorecard.core.rating.domain.RequestExperience.OrganisationExperience;
import nl.xlascorecard.core.scorecard.domain.RoundKind;
import nl.xlascorecard.core.scorecard.domain.RoundState;
import nl.xlascorecard.core.scorecard.service.RoundResultService;
import nl.xlascorecard.core.shared.ForbiddenException;
import nl.xlascorecard.core.shared.NotFoundException;
import nl.xlascorecard.core.testing.Callers;
import nl.xlascorecard.core.testing.FollowUpFixture;
import nl.xlascorecard.core.testing.Rounds;

class RequestExperienceServiceTest {

    private final FollowUpFixture f = new FollowUpFixture();
    private final RequestExperienceService service = new RequestExperienceService(f.ratings, f.followUps, f.work,
            new RoundResultService(f.core.rounds, f.core.responses, f.core.roundAccess, f.core.access, f.core.directory,
                    f.core.templateVersions, f.core.settings),
            f.core.directory, f.core.access, f.clock);

    private void rate(String key, int stars, String at, Long... organisations) {
        f.recorder.record(observation(key, stars, at, List.of(organisations)));
    }

    @Test
    void anUnhappyRatingShowsItsRatingFollowUpAndTheOrganisationSummary() {
        // within 90 days of 4 March 2026: 5, 4, 1 (this request) -> 2 of 3 satisfied
        rate("ITSM-1", 5, "2026-02-01T10:00:00Z", ORG);
        rate("ITSM-2", 4, "2026-01-10T10:00:00Z", ORG);
        rate("ITSM-3", 1, "2025-11-01T10:00:00Z", ORG); // older than 90 days: not counted
        rate("ITSM-42", 1, "2026-03-04T08:00:00Z", ORG);

        RequestExperience e = service.forRequest(Callers.agent("ag", ORG), "ITSM-42", List.of());

        assertThat(e.rating().rating()).isEqualTo(1);
        assertThat(e.followUp().followUp().requestKey()).isEqualTo("ITSM-42");
        assertThat(e.followUp().followUp().isOpen()).isTrue();
        assertThat(e.organisations()).hasSize(1);
        OrganisationExperience org = e.organisations().get(0);
        assertThat(org.organisationId()).isEqualTo(ORG);
        assertThat(org.name()).isEqualTo("Amstelzorg");
        assertThat(org.csat().days()).isEqualTo(90);
        assertThat(org.csat().n()).isEqualTo(3);
        assertThat(org.csat().csatPercent()).isCloseTo(66.666667, within(1e-6));
        assertThat(org.openFollowUps()).isEqualTo(1); // ITSM-3 was too old to open one
        assertThat(org.overdueFollowUps()).isZero();
        assertThat(org.latestResult()).isNull();
    }

    @Test
    void theLatestClosedRoundIsSummarised() {
        long closed = f.core.rounds.store(Rounds.withInvitations(
                Rounds.round(ORG, RoundKind.PERIODIC, RoundState.CLOSED, "2026-01-01", "2026-01-31"), 10, false)).id();
        rate("ITSM-42", 5, "2026-03-04T08:00:00Z", ORG);

        RequestExperience e = service.forRequest(Callers.admin(), "ITSM-42", List.of());

        assertThat(e.organisations().get(0).latestResult().round().id()).isEqualTo(closed);
        assertThat(e.followUp()).isNull();
    }

    @Test
    void onlyTheOrganisationsTheCallerSeesAreSummarised() {
        rate("ITSM-42", 2, "2026-03-04T08:00:00Z", ORG, OTHER_ORG);

        RequestExperience agentOfOther = service.forRequest(Callers.agent("ag", OTHER_ORG), "ITSM-42", List.of());

        // The follow-up is for the lowest organisation (1), which this agent does not see.
        assertThat(agentOfOther.rating()).isNotNull();
        assertThat(agentOfOther.followUp()).isNull();
        assertThat(agentOfOther.organisations()).extracting(OrganisationExperience::organisationId)
                .containsExactly(OTHER_ORG);
        assertThat(service.forRequest(Callers.admin(), "ITSM-42", List.of()).organisations())
                .extracting(OrganisationExperience::organisationId).containsExactly(ORG, OTHER_ORG);
    }

    @Test
    void aRatedRequestOfAnotherOrganisationIsNotFoundWhateverTheCallerClaims() {
        rate("ITSM-42", 1, "2026-03-04T08:00:00Z", ORG);

        assertThatThrownBy(() -> service.forRequest(Callers.agent("ag", OTHER_ORG), "ITSM-42", List.of(OTHER_ORG)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aLimitedServiceManagerDoesNotSeeRequestsOfOrganisationsTheyDoNotManage() {
        f.core.limitServiceManagers();
        f.core.profiles.put(new OrganisationProfile(OTHER_ORG, Language.NL, null, List.of("sm3"),
                OrganisationProfile.DEFAULT_ROUNDS_PER_YEAR, 1));
        rate("ITSM-42", 1, "2026-03-04T08:00:00Z", ORG);

        assertThatThrownBy(() -> service.forRequest(Callers.serviceManager("sm3"), "ITSM-42", List.of()))
                .isInstanceOf(NotFoundException.class);
        assertThat(service.forRequest(Callers.serviceManager("sm1"), "ITSM-42", List.of()).rating()).isNotNull();
    }

    @Test
    void aRatingWithoutOrganisationIsSeenOnlyByThoseWhoSeeEveryOrganisation() {
        rate("ITSM-42", 3, "2026-03-04T08:00:00Z");

        assertThatThrownBy(() -> service.forRequest(Callers.agent("ag", ORG), "ITSM-42", List.of()))
                .isInstanceOf(NotFoundException.class);
        RequestExperience admin = service.forRequest(Callers.admin(), "ITSM-42", List.of());
        assertThat(admin.rating().rating()).isEqualTo(3);
        assertThat(admin.organisations()).isEmpty();
    }

    @Test
    void anUnratedRequestGoesByTheOrganisationsOfTheIssue() {
        rate("ITSM-1", 5, "2026-03-01T10:00:00Z", ORG);

        RequestExperience e = service.forRequest(Callers.agent("ag", ORG), "ITSM-7", List.of(ORG, ORG));

        assertThat(e.rating()).isNull();
        assertThat(e.followUp()).isNull();
        assertThat(e.organisations()).extracting(OrganisationExperience::organisationId).containsExactly(ORG);
        assertThat(e.organisations().get(0).csat().n()).isEqualTo(1);
        assertThat(service.forRequest(Callers.agent("ag", ORG), "ITSM-7", List.of()).organisations()).isEmpty();
        assertThatThrownBy(() -> service.forRequest(Callers.agent("ag", ORG), "ITSM-7", List.of(OTHER_ORG)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.forRequest(Callers.agent("ag", ORG), "ITSM-7", List.of(999L)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void callersWhoSeeNoOrganisationAreRefused() {
        rate("ITSM-42", 1, "2026-03-04T08:00:00Z", ORG);
        assertThatThrownBy(() -> service.forRequest(Callers.customer("cust1", ORG), "ITSM-42", List.of()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void malformedKeysAndTooManyOrganisationsAreFieldErrors() {
        assertThat(fieldsAndKeys(() -> service.forRequest(Callers.admin(), "itsm 42", List.of())))
                .containsExactly("requestKey=xla.error.rating.requestKeyFormat");
        assertThat(fieldsAndKeys(() -> service.forRequest(Callers.admin(), " ", List.of())))
                .containsExactly("requestKey=xla.error.field.required");
        List<Long> eleven = new ArrayList<>();
        for (long id = 1; id <= 11; id++) {
            eleven.add(id);
        }
        assertThat(fieldsAndKeys(() -> service.forRequest(Callers.admin(), "ITSM-1", eleven)))
                .containsExactly("organisationId=xla.error.experience.tooManyOrganisations");
    }
}
