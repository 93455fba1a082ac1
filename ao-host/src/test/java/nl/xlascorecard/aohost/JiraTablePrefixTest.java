package nl.xlascorecard.aohost;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JiraTablePrefixTest {

    /** Prefixes of tables found in real Jira databases, from the plugin keys of those apps. */
    @Test
    void matchesTablePrefixesJiraGivesKnownApps() {
        assertThat(new JiraTablePrefix("com.atlassian.servicedesk").value()).isEqualTo("AO_54307E_");
        assertThat(new JiraTablePrefix("com.pyxis.greenhopper.jira").value()).isEqualTo("AO_60DB71_");
        assertThat(new JiraTablePrefix("com.atlassian.jira.plugins.jira-development-integration-plugin").value())
                .isEqualTo("AO_575BF5_");
    }

    @Test
    void prependsThePrefix() {
        assertThat(new JiraTablePrefix("com.atlassian.servicedesk").prepend("ROUND")).isEqualTo("AO_54307E_ROUND");
    }
}
