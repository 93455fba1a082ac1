package nl.xlascorecard.core.followup.domain;

import static nl.xlascorecard.core.shared.ValidationAssertions.fieldsAndKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.followup.service.FollowUpSettingsService;
import nl.xlascorecard.core.shared.ForbiddenException;
import nl.xlascorecard.core.shared.calendar.BusinessCalendarConfig;
import nl.xlascorecard.core.testing.Callers;
import nl.xlascorecard.core.testing.FollowUpFixture;

class FollowUpSettingsTest {

    @Test
    void defaultsAreTwoStarsAndOneBusinessDay() {
        FollowUpSettings s = FollowUpSettings.defaults();
        assertThat(s.unhappyThreshold()).isEqualTo(2);
        assertThat(s.isUnhappy(2)).isTrue();
        assertThat(s.isUnhappy(3)).isFalse();
        assertThat(s.window()).isEqualTo(Duration.ofMinutes(510));
        assertThat(s.reminderLead()).isEqualTo(Duration.ofHours(2));
        assertThat(s.maxAttempts()).isEqualTo(3);
        assertThat(s.maxRatingAgeDays()).isEqualTo(14);
        // one business day of the default calendar: Wed 08:30 local -> Wed 17:00 local
        assertThat(s.businessCalendar().plus(Instant.parse("2026-03-04T07:30:00Z"), s.window()))
                .isEqualTo(Instant.parse("2026-03-04T16:00:00Z"));
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        assertThat(fieldsAndKeys(() -> new FollowUpSettings(5, 0, -1, 11, 0, null))).containsExactly(
                "unhappyThreshold=xla.error.field.range",
                "windowMinutes=xla.error.field.range",
                "reminderLeadMinutes=xla.error.field.range",
                "maxAttempts=xla.error.field.range",
                "maxRatingAgeDays=xla.error.field.range",
                "calendar=xla.error.field.required");
        assertThat(fieldsAndKeys(() -> new FollowUpSettings(0, 40_321, 40_321, 0, 366,
                BusinessCalendarConfig.defaults()))).containsExactly(
                "unhappyThreshold=xla.error.field.range",
                "windowMinutes=xla.error.field.range",
                "reminderLeadMinutes=xla.error.field.range",
                "maxAttempts=xla.error.field.range",
                "maxRatingAgeDays=xla.error.field.range");
        assertThat(new FollowUpSettings(4, 40_320, 0, 10, 365, BusinessCalendarConfig.defaults()).unhappyThreshold())
                .isEqualTo(4);
    }

    @Test
    void serviceManagersReadAndAdministratorsChange() {
        FollowUpFixture f = new FollowUpFixture();
        FollowUpSettingsService service = f.settingsService;
        FollowUpSettings changed = new FollowUpSettings(1, 240, 60, 2, 7, BusinessCalendarConfig.defaults());

        assertThat(service.get(Callers.serviceManager("sm"))).isEqualTo(FollowUpSettings.defaults());
        assertThatThrownBy(() -> service.get(Callers.agent("ag", 1L))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.update(Callers.serviceManager("sm"), changed))
                .isInstanceOf(ForbiddenException.class);
        assertThat(fieldsAndKeys(() -> service.update(Callers.admin(), null))).containsExactly(
                "settings=xla.error.field.required");
        assertThat(service.update(Callers.admin(), changed)).isEqualTo(changed);
        assertThat(service.get(Callers.admin())).isEqualTo(changed);
    }
}
