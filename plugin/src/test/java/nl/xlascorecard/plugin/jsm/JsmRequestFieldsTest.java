package nl.xlascorecard.plugin.jsm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.plugin.jsm.FakeJsmRequests.OpaqueFeedback;
import nl.xlascorecard.plugin.jsm.FakeJsmRequests.Request;

/** Reading JSM's fields of a request (against the declared Jira API and hand-written fakes, not a running JSM). */
class JsmRequestFieldsTest {

    private static final Instant AT = Instant.parse("2026-03-10T14:03:27.123Z");

    private final FakeJsmRequests jira = new FakeJsmRequests();
    private final JsmRequestFields fields = new JsmRequestFields(jira);

    @Test
    void findsJsmsFieldsByTypeKeyNotByName() {
        Request request = new Request(1, "ITSM-1", null).rated(2, AT).set(FakeJsmRequests.OTHER, "5");

        assertThat(fields.rating(request)).hasValue(2);
        assertThat(fields.ratedAt(request)).contains(AT);
        assertThat(fields.isRated(request)).isTrue();
    }

    @Test
    void aRequestWithoutFeedbackOrWithoutTheFieldsHasNoRating() {
        Request unrated = new Request(2, "ITSM-2", null);
        assertThat(fields.isRated(unrated)).isFalse();
        assertThat(fields.rating(unrated)).isEmpty();
        assertThat(fields.ratedAt(unrated)).isEmpty();

        jira.fields.remove(FakeJsmRequests.SATISFACTION);
        assertThat(fields.rating(new Request(3, "ITSM-3", null).rated(4, AT))).isEmpty();
    }

    @Test
    void readsTheRatingOnlyWhenTheValueSaysItUnambiguously() {
        assertThat(JsmRequestFields.ratingOf(4)).hasValue(4);
        assertThat(JsmRequestFields.ratingOf(5L)).hasValue(5);
        assertThat(JsmRequestFields.ratingOf(" 3 ")).hasValue(3);
        assertThat(JsmRequestFields.ratingOf(new OpaqueFeedback(1))).hasValue(1);
        assertThat(JsmRequestFields.ratingOf("{\"rating\":2,\"comment\":\"Te traag\"}")).hasValue(2);
        assertThat(JsmRequestFields.ratingOf("Rating: 5, rating=5")).hasValue(5);

        assertThat(JsmRequestFields.ratingOf(null)).isEqualTo(OptionalInt.empty());
        assertThat(JsmRequestFields.ratingOf(0)).isEmpty();
        assertThat(JsmRequestFields.ratingOf(6)).isEmpty();
        assertThat(JsmRequestFields.ratingOf(2.5)).isEmpty();
        assertThat(JsmRequestFields.ratingOf("rating=2, previousRating=4 rating=4")).isEmpty();
        assertThat(JsmRequestFields.ratingOf("rating=7")).isEmpty();
        assertThat(JsmRequestFields.ratingOf("Feedback 12345 on ITSM-4")).isEmpty();
        assertThat(JsmRequestFields.ratingOf(Map.of("stars", 3))).isEmpty();
    }

    @Test
    void readsTheOrganisationsFromJsmsOrganisationObjects() {
        Request request = new Request(4, "ITSM-4", null)
                .inOrganisations(List.of(new FakeJsm.Org(7, "Ziekenhuis Oost"), new FakeJsm.Org(3, "GGD West"), 12L, "junk"));

        assertThat(fields.organisationIds(request)).containsExactly(7L, 3L, 12L);
        assertThat(fields.organisationIds(new Request(5, "ITSM-5", null))).isEmpty();
        assertThat(fields.organisationIds(new Request(6, "ITSM-6", null).set(FakeJsmRequests.ORGANIZATIONS, "GGD West"))).isEmpty();
    }

    @Test
    void aSatisfactionDateThatIsNoDateIsUnknown() {
        Request request = new Request(7, "ITSM-7", null).rated(3, AT).set(FakeJsmRequests.SATISFACTION_DATE, "gisteren");

        assertThat(fields.ratedAt(request)).isEmpty();
    }
}
