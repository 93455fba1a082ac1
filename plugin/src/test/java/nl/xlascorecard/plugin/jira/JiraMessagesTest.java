package nl.xlascorecard.plugin.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link JiraMessages} over a hand-written I18nHelper that follows the javadoc declared in
 * {@code platform-api}. Compiled and unit-tested against those declarations only: NOT verified in a
 * running Jira.
 */
@DisplayName("JiraMessages (against platform-api declarations, not a running Jira)")
class JiraMessagesTest {

    private static final Locale DUTCH = Locale.of("nl");

    private final FakeJira jira = new FakeJira();
    private final JiraMessages messages = new JiraMessages(jira);

    @Test
    void textWithoutArguments() {
        jira.translations = new FakeJira.Translations(DUTCH, Map.of("xla.app.name", "XLA Scorecard"));

        assertThat(messages.text("xla.app.name")).isEqualTo("XLA Scorecard");
    }

    @Test
    void everyArgumentFillsItsOwnPlaceholder() {
        jira.translations = new FakeJira.Translations(DUTCH, Map.of("xla.x.count", "{0} van {1} ingevuld"));

        // Passed as one Object[]: Jira would otherwise format "[3, 5]" into {0} and leave {1}.
        assertThat(messages.text("xla.x.count", 3, 5)).isEqualTo("3 van 5 ingevuld");
    }

    @Test
    void anUnknownKeyComesBackAsTheKey() {
        assertThat(messages.text("xla.missing", "x")).isEqualTo("xla.missing");
    }

    @Test
    void languageFollowsTheLoggedInUserOnEveryCall() {
        jira.translations = new FakeJira.Translations(Locale.ENGLISH, Map.of("xla.k", "Organisation"));
        assertThat(messages.text("xla.k")).isEqualTo("Organisation");
        assertThat(messages.locale()).isEqualTo(Locale.ENGLISH);

        jira.translations = new FakeJira.Translations(DUTCH, Map.of("xla.k", "Organisatie"));
        assertThat(messages.text("xla.k")).isEqualTo("Organisatie");
        assertThat(messages.locale()).isEqualTo(DUTCH);
    }
}
