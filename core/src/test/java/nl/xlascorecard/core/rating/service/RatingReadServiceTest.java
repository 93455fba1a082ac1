package nl.xlascorecard.core.rating.service;

import static nl.xlascorecard.core.shared.ValidationAssertions.fieldsAndKeys;
import static nl.xlascorecard.core.testing.CoreFixture.ORG;
import static nl.xlascorecard.core.testing.CoreFixture.OTHER_ORG;
import static nl.xlascorecard.core.testing.FollowUpFixture.observation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.rating.domain.CsatFigures;
import nl.xlascorecard.core.rating.domain.RatingDistribution;
import nl.xlascorecard.core.rating.domain.TicketRating;
import nl.xlascorecard.core.shared.NotFoundException;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.testing.Callers;
import nl.xlascorecard.core.testing.FollowUpFixture;

class RatingReadServiceTest {

    private final FollowUpFixture f = new FollowUpFixture();

    private void rate(String key, int stars, String at, Long... organisations) {
        f.recorder.record(observation(key, stars, at, List.of(organisations)));
    }

    @Test
    void csatIsTheShareOfFourAndFiveStarsOverTheWindow() {
        // within 90 days of Wed 4 March 2026 09:00Z (from 4 December 2025 09:00Z): 5,5,4,3,1,2,4
        rate("ITSM-1", 5, "2026-03-01T10:00:00Z", ORG);
        rate("ITSM-2", 5, "2026-02-01T10:00:00Z", ORG);
        rate("ITSM-3", 4, "2026-01-01T10:00:00Z", ORG, OTHER_ORG);
        rate("ITSM-4", 3, "2025-12-24T10:00:00Z", ORG);
        rate("ITSM-5", 1, "2026-03-04T08:00:00Z", ORG);
        rate("ITSM-6", 2, "2026-03-04T08:30:00Z", ORG);
        rate("ITSM-7", 4, "2025-12-04T09:00:00Z", ORG); // exactly at the start: counts
        rate("ITSM-8", 1, "2025-12-04T08:59:59Z", ORG); // just before: does not
        rate("ITSM-9", 1, "2026-03-01T10:00:00Z", OTHER_ORG);

        CsatFigures csat = f.ratingReader.csat(Callers.agent("ag", ORG), ORG, 90);

        assertThat(csat.since()).isEqualTo(Instant.parse("2025-12-04T09:00:00Z"));
        assertThat(csat.distribution()).isEqualTo(new RatingDistribution(1, 1, 1, 2, 2));
        assertThat(csat.n()).isEqualTo(7);
        // 4 of 7 satisfied = 57.142857...%; mean (5+5+4+3+1+2+4)/7 = 24/7 = 3.428571...
        assertThat(csat.csatPercent()).isCloseTo(57.142857, within(1e-6));
        assertThat(csat.meanRating()).isCloseTo(3.428571, within(1e-6));
    }

    @Test
    void csatWithoutRatingsHasNoPercentage() {
        CsatFigures csat = f.ratingReader.csat(Callers.serviceManager("sm"), ORG, 30);
        assertThat(csat.n()).isZero();
        assertThat(csat.csatPercent()).isNull();
        assertThat(csat.meanRating()).isNull();
    }

    @Test
    void csatWindowIsChecked() {
        assertThat(fieldsAndKeys(() -> f.ratingReader.csat(Callers.admin(), ORG, 0))).containsExactly(
                "days=xla.error.field.range");
        assertThat(fieldsAndKeys(() -> f.ratingReader.csat(Callers.admin(), ORG, 3661))).containsExactly(
                "days=xla.error.field.range");
        assertThat(f.ratingReader.csat(Callers.admin(), ORG, 3660).days()).isEqualTo(3660);
    }

    @Test
    void ratingsAreListedNewestFirstForThoseWhoSeeTheOrganisation() {
        rate("ITSM-1", 5, "2026-03-01T10:00:00Z", ORG);
        rate("ITSM-2", 2, "2026-03-02T10:00:00Z", ORG);
        rate("ITSM-3", 4, "2026-03-03T10:00:00Z", OTHER_ORG);

        assertThat(f.ratingReader.listByOrganisation(Callers.agent("ag", ORG), ORG, PageRequest.first(25)).items())
                .extracting(TicketRating::requestKey).containsExactly("ITSM-2", "ITSM-1");
        assertThat(f.ratingReader.listByOrganisation(Callers.serviceManager("sm"), ORG, new PageRequest(1, 1)).items())
                .extracting(TicketRating::requestKey).containsExactly("ITSM-1");
        assertThatThrownBy(() -> f.ratingReader.listByOrganisation(Callers.agent("ag", OTHER_ORG), ORG,
                PageRequest.first(25))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.ratingReader.listByOrganisation(Callers.customer("c", ORG), ORG,
                PageRequest.first(25))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.ratingReader.csat(Callers.customer("c", ORG), ORG, 90))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRequestsRatingIsVisibleThroughAnyOfItsOrganisations() {
        rate("ITSM-3", 4, "2026-03-03T10:00:00Z", ORG, OTHER_ORG);
        rate("ITSM-4", 4, "2026-03-03T10:00:00Z");

        assertThat(f.ratingReader.forRequest(Callers.agent("ag", OTHER_ORG), " ITSM-3 ")).isPresent();
        assertThat(f.ratingReader.forRequest(Callers.agent("ag", 3L), "ITSM-3")).isEmpty();
        assertThat(f.ratingReader.forRequest(Callers.customer("c", ORG), "ITSM-3")).isEmpty();
        assertThat(f.ratingReader.forRequest(Callers.agent("ag", ORG), "ITSM-99")).isEmpty();
        assertThat(f.ratingReader.forRequest(Callers.agent("ag", ORG), null)).isEmpty();
        assertThat(f.ratingReader.forRequest(Callers.agent("ag", ORG), "X".repeat(300))).isEmpty();
        // without organisation: only for those who see every organisation
        assertThat(f.ratingReader.forRequest(Callers.agent("ag", ORG), "ITSM-4")).isEmpty();
        assertThat(f.ratingReader.forRequest(Callers.serviceManager("sm"), "ITSM-4")).isPresent();
    }

    @Test
    void anExportGivesEveryRatingOfTheWindowOnceNewestFirstInBoundedBatches() {
        // 1,201 ratings in the window, many sharing a rating time, so batches must break ties by key
        for (int i = 0; i < 1201; i++) {
            rate("ITSM-" + (1000 + i), 1 + i % 5, Instant.parse("2026-03-01T10:00:00Z").minusSeconds(i / 7 * 60L)
                    .toString(), ORG);
        }
        rate("ITSM-1", 5, "2025-12-04T08:59:59Z", ORG); // just before the 90 days: left out
        rate("ITSM-2", 5, "2026-03-02T10:00:00Z", OTHER_ORG);

        List<List<TicketRating>> batches = new ArrayList<>();
        f.ratingReader.export(Callers.agent("ag", ORG), ORG, 90).forEachBatch(batches::add);

        assertThat(batches).extracting(List::size).containsExactly(500, 500, 201);
        List<TicketRating> all = batches.stream().flatMap(List::stream).toList();
        assertThat(all).extracting(TicketRating::requestKey).doesNotHaveDuplicates().hasSize(1201)
                .doesNotContain("ITSM-1", "ITSM-2");
        assertThat(all).isSortedAccordingTo(Comparator.comparing(TicketRating::ratedAt).reversed()
                .thenComparing(TicketRating::requestKey));
    }

    @Test
    void anExportIsRefusedBeforeAnythingIsRead() {
        assertThat(fieldsAndKeys(() -> f.ratingReader.export(Callers.admin(), ORG, 0))).containsExactly(
                "days=xla.error.field.range");
        assertThat(fieldsAndKeys(() -> f.ratingReader.export(Callers.admin(), ORG, 3661))).containsExactly(
                "days=xla.error.field.range");
        assertThatThrownBy(() -> f.ratingReader.export(Callers.agent("ag", OTHER_ORG), ORG, 90))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> f.ratingReader.export(Callers.customer("c", ORG), ORG, 90))
                .isInstanceOf(NotFoundException.class);
        List<TicketRating> none = new ArrayList<>();
        f.ratingReader.export(Callers.admin(), ORG, 3660).forEachBatch(none::addAll);
        assertThat(none).isEmpty();
    }
}
