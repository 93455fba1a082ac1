package nl.xlascorecard.plugin.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.atlassian.servicedesk.api.ExceptionMessage;
import com.atlassian.servicedesk.api.ServerException;

import nl.xlascorecard.core.organisation.domain.AppSettings;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.Role;
import nl.xlascorecard.plugin.jsm.FakeJsm;
import nl.xlascorecard.plugin.jsm.JsmDirectoryException;
import nl.xlascorecard.plugin.jsm.JsmMemberships;

/**
 * How {@link JiraCallerResolver} (with {@link JsmMemberships}) turns Jira's and JSM's facts into a
 * core {@link Caller}, against hand-written fakes of the interfaces declared in {@code platform-api}.
 * Compiled and unit-tested against those declarations only: NOT verified in a running Jira/JSM.
 */
@DisplayName("JiraCallerResolver (against platform-api declarations, not a running Jira)")
class JiraCallerResolverTest {

    private static final long SERVICE_PROJECT_A = 10000;
    private static final long SERVICE_PROJECT_B = 10001;
    private static final long SOFTWARE_PROJECT = 10002;

    private final FakeJira jira = new FakeJira();
    private final FakeJsm jsm = new FakeJsm();
    private final AtomicReference<AppSettings> settings = new AtomicReference<>(AppSettings.defaults());
    private JiraCallerResolver resolver;

    @BeforeEach
    void serviceDesks() {
        jsm.organisation(1, "Amphia").organisation(2, "Bravis").organisation(3, "Catharina").organisation(4, "Deventer")
                .serviceDesk(SERVICE_PROJECT_A, 1, 1, 2)
                .serviceDesk(SERVICE_PROJECT_B, 2, 2, 3);
        jsm.pageCap = 1; // every organisation list takes several pages
        resolver = new JiraCallerResolver(jira, jira, jira, new JsmMemberships(jsm, jsm, jsm, jira), settings::get);
    }

    private Caller loggedIn(String userKey) {
        jira.loggedInUser = new FakeJira.User(userKey);
        return resolver.current().orElseThrow();
    }

    @Test
    void anonymousRequestsHaveNoCallerAndAskJsmNothing() {
        jira.loggedInUser = null;

        assertThat(resolver.current()).isEmpty();
        assertThat(jsm.organisationCalls()).isZero();
    }

    @Test
    void theCallerCarriesTheUserKey() {
        assertThat(loggedIn("JIRAUSER10500").userKey()).isEqualTo("JIRAUSER10500");
    }

    @Test
    void jiraAdministratorsAreAdministrators() {
        jira.administrator("admin");

        assertThat(loggedIn("admin").roles()).containsExactly(Role.ADMINISTRATOR);
    }

    @Test
    void membersOfTheConfiguredGroupAreServiceManagersWhateverTheCaseOfTheGroupName() {
        settings.set(new AppSettings("ICT-Servicemanagers", false, 60, 5));
        jira.memberOf("anna", "jira-users", "ict-servicemanagers");
        jira.memberOf("bert", "jira-users", AppSettings.DEFAULT_SERVICE_MANAGER_GROUP);

        assertThat(loggedIn("anna").roles()).containsExactly(Role.SERVICE_MANAGER);
        assertThat(loggedIn("bert").roles()).isEmpty();
    }

    @Test
    void theGroupIsReadFromTheSettingsOnEveryRequest() {
        jira.memberOf("anna", "team-a");
        assertThat(loggedIn("anna").roles()).isEmpty();

        settings.set(new AppSettings("team-a", false, 60, 5)); // e.g. changed on another node
        assertThat(loggedIn("anna").roles()).containsExactly(Role.SERVICE_MANAGER);
    }

    @Test
    void agentsGetTheOrganisationsOfEveryServiceDeskTheyWorkOn() {
        jsm.agentLicence("agent");
        jira.assignableIn("agent", SERVICE_PROJECT_A, SERVICE_PROJECT_B, SOFTWARE_PROJECT);

        Caller caller = loggedIn("agent");

        assertThat(caller.roles()).containsExactly(Role.AGENT);
        assertThat(caller.agentOrganisationIds()).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(caller.customerOrganisationIds()).isEmpty();
    }

    @Test
    void agentsOfOneDeskDoNotGetTheOrganisationsOfAnother() {
        jsm.agentLicence("agent");
        jira.assignableIn("agent", SERVICE_PROJECT_B);

        assertThat(loggedIn("agent").agentOrganisationIds()).containsExactlyInAnyOrder(2L, 3L);
    }

    @Test
    void licensedUsersWorkingOnNoServiceDeskAreNeitherAgentNorCustomer() {
        // JSM would list every organisation to them: that must not make them a member of all.
        jsm.agentLicence("developer");
        jira.assignableIn("developer", SOFTWARE_PROJECT);

        Caller caller = loggedIn("developer");

        assertThat(caller.roles()).isEmpty();
        assertThat(caller.agentOrganisationIds()).isEmpty();
        assertThat(caller.customerOrganisationIds()).isEmpty();
    }

    @Test
    void portalCustomersGetOnlyTheOrganisationsTheyAreAMemberOf() {
        jsm.customerOf("klant", 2, 4);

        Caller caller = loggedIn("klant");

        assertThat(caller.roles()).containsExactly(Role.CUSTOMER);
        assertThat(caller.customerOrganisationIds()).containsExactlyInAnyOrder(2L, 4L);
        assertThat(caller.agentOrganisationIds()).isEmpty();
    }

    @Test
    void aLoggedInUserWithoutAnyRoleIsStillACaller() {
        Caller caller = loggedIn("nobody");

        assertThat(caller.roles()).isEmpty();
        assertThat(caller.isServiceManager()).isFalse();
    }

    @Test
    void rolesCombine() {
        jira.administrator("boss").memberOf("boss", AppSettings.DEFAULT_SERVICE_MANAGER_GROUP);
        jsm.agentLicence("boss");
        jira.assignableIn("boss", SERVICE_PROJECT_A);

        assertThat(loggedIn("boss").roles()).containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.SERVICE_MANAGER, Role.AGENT);
    }

    @Test
    void aFailingJsmIsAnErrorNotAnEmptyMembership() {
        jsm.customerOf("klant", 2);
        jsm.failure = new ServerException(new ExceptionMessage("sd.error", "down"));
        jira.loggedInUser = new FakeJira.User("klant");

        assertThatThrownBy(resolver::current).isInstanceOf(JsmDirectoryException.class);
    }
}
