package nl.xlascorecard.plugin.jira.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.target.port.in.ReadXlaOverview;

/**
 * The SLA snapshot job stores exactly the windows the dashboard items offer: a window offered in the
 * script but not snapshotted would show no SLA figures at all (the overview never asks JSM live for
 * an offered window), so the two lists must not drift apart.
 */
class OfferedSlaWindowsTest {

    @Test
    void theSnapshottedWindowsAreTheDashboardsChoices() throws IOException {
        String script = Files.readString(Path.of("src/main/resources/web/dashboard/xla-targets.js"));
        Matcher choices = Pattern.compile("targets\\.SLA_DAYS\\s*=\\s*\\[([^\\]]*)\\]").matcher(script);

        assertThat(choices.find()).isTrue();
        List<Integer> offered = Arrays.stream(choices.group(1).split(",")).map(String::trim).map(Integer::valueOf).toList();
        assertThat(offered).isEqualTo(ReadXlaOverview.OFFERED_SLA_DAYS);
        assertThat(ReadXlaOverview.OFFERED_SLA_DAYS).contains(ReadXlaOverview.DEFAULT_SLA_DAYS);
    }
}
