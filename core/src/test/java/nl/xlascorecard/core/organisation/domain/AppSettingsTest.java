package nl.xlascorecard.core.organisation.domain;

import static nl.xlascorecard.core.shared.ValidationAssertions.fieldsAndKeys;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppSettingsTest {

    @Test
    void defaultsFollowTheSpec() {
        AppSettings d = AppSettings.defaults();
        assertThat(d.serviceManagerGroup()).isEqualTo("xla-service-managers");
        assertThat(d.attentionThreshold()).isEqualTo(60);
        assertThat(d.minimumGroupSize()).isEqualTo(5);
        assertThat(d.limitServiceManagersToOwnOrganisations()).isFalse();
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        assertThat(fieldsAndKeys(() -> new AppSettings(" ", false, 0, 4))).containsExactly(
                "serviceManagerGroup=xla.error.field.required",
                "attentionThreshold=xla.error.field.range",
                "minimumGroupSize=xla.error.field.range");
        assertThat(fieldsAndKeys(() -> new AppSettings("g".repeat(256), false, 101, 1001))).containsExactly(
                "serviceManagerGroup=xla.error.field.tooLong",
                "attentionThreshold=xla.error.field.range",
                "minimumGroupSize=xla.error.field.range");
    }

    @Test
    void acceptsTheBoundsAndTrimsTheGroup() {
        assertThat(new AppSettings(" care-sm ", true, 1, 5).serviceManagerGroup()).isEqualTo("care-sm");
        assertThat(new AppSettings("g", true, 100, 1000).minimumGroupSize()).isEqualTo(1000);
    }
}
