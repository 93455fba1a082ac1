package nl.xlascorecard.core.organisation.domain;

import static nl.xlascorecard.core.shared.ValidationAssertions.fieldsAndKeys;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class OrganisationProfileTest {

    @Test
    void defaultsAreDutchWithThreeRoundsAYear() {
        OrganisationProfile p = OrganisationProfile.defaults(7);
        assertThat(p.language()).isEqualTo(Language.NL);
        assertThat(p.roundsPerYear()).isEqualTo(3);
        assertThat(p.serviceManagerKeys()).isEmpty();
        assertThat(p.version()).isZero();
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        List<String> keys = Arrays.asList("ok", " ", "k".repeat(256));
        assertThat(fieldsAndKeys(() -> new OrganisationProfile(1, null, null, keys, 13, 0))).containsExactly(
                "language=xla.error.field.required",
                "roundsPerYear=xla.error.field.range",
                "serviceManagerKeys[1]=xla.error.field.required",
                "serviceManagerKeys[2]=xla.error.field.tooLong");
        assertThat(fieldsAndKeys(() -> new OrganisationProfile(1, Language.EN, null, List.of(), 0, 0)))
                .containsExactly("roundsPerYear=xla.error.field.range");
    }

    @Test
    void limitsTheNumberOfServiceManagers() {
        List<String> many = new ArrayList<>(Collections.nCopies(21, "sm"));
        assertThat(fieldsAndKeys(() -> new OrganisationProfile(1, Language.EN, null, many, 3, 0)))
                .containsExactly("serviceManagerKeys=xla.error.profile.serviceManagers.tooMany");
    }

    @Test
    void nullServiceManagersMeansNone() {
        assertThat(new OrganisationProfile(1, Language.EN, null, null, 12, 0).serviceManagerKeys()).isEmpty();
    }

    /** The store keeps the keys one a line: a line break or other control character would split or corrupt them. */
    @Test
    void serviceManagerKeysHaveNoControlCharacters() {
        List<String> keys = List.of("jan\npiet", "tab\tkey", "nul\u0000", "", "ok.user-1");
        assertThat(fieldsAndKeys(() -> new OrganisationProfile(1, Language.EN, null, keys, 3, 0))).containsExactly(
                "serviceManagerKeys[0]=xla.error.profile.serviceManagers.controlCharacters",
                "serviceManagerKeys[1]=xla.error.profile.serviceManagers.controlCharacters",
                "serviceManagerKeys[2]=xla.error.profile.serviceManagers.controlCharacters",
                "serviceManagerKeys[3]=xla.error.field.required");
    }
}
