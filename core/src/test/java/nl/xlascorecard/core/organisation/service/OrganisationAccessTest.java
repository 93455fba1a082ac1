package nl.xlascorecard.core.organisation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.organisation.domain.AppSettings;
import nl.xlascorecard.core.organisation.domain.Language;
import nl.xlascorecard.core.organisation.domain.OrganisationProfile;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.ForbiddenException;
import nl.xlascorecard.core.shared.NotFoundException;
import nl.xlascorecard.core.testing.Callers;
import nl.xlascorecard.core.testing.FakeTransactions;
import nl.xlascorecard.core.testing.InMemoryProfileRepository;
import nl.xlascorecard.core.testing.InMemorySettingsRepository;

class OrganisationAccessTest {

    private static final long OWN = 1;
    private static final long OTHER = 2;

    private final FakeTransactions tx = new FakeTransactions();
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository(tx);
    private final InMemoryProfileRepository profiles = new InMemoryProfileRepository(tx);
    private final OrganisationAccess access = new OrganisationAccess(settings, profiles);

    OrganisationAccessTest() {
        profiles.put(new OrganisationProfile(OWN, Language.NL, null, List.of("sm1"), 3, 1));
    }

    private void limitServiceManagers() {
        settings.put(new AppSettings("xla-service-managers", true, 60, 5));
    }

    @Test
    void administratorSeesAndManagesEverythingEvenWhenLimited() {
        limitServiceManagers();
        assertThat(access.canManage(Callers.admin(), OTHER)).isTrue();
        assertThat(access.canSee(Callers.admin(), 999)).isTrue();
    }

    @Test
    void serviceManagerManagesAllUnlessLimited() {
        Caller sm = Callers.serviceManager("sm1");
        Caller otherSm = Callers.serviceManager("sm2");
        assertThat(access.canManage(sm, OTHER)).isTrue();
        assertThat(access.canManage(otherSm, OWN)).isTrue();

        limitServiceManagers();
        assertThat(access.canManage(sm, OWN)).isTrue();
        assertThat(access.canManage(sm, OTHER)).isFalse();
        assertThat(access.canSee(sm, OTHER)).isFalse();
        assertThat(access.canSee(otherSm, OWN)).isFalse();
    }

    @Test
    void limitedServiceManagerWithoutProfileSeesNothingOfThatOrganisation() {
        limitServiceManagers();
        assertThatThrownBy(() -> access.checkManageable(Callers.serviceManager("sm1"), 77))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void agentSeesOwnOrganisationsReadOnly() {
        Caller agent = Callers.agent("ag", OWN);
        assertThat(access.canSee(agent, OWN)).isTrue();
        assertThat(access.canManage(agent, OWN)).isFalse();
        assertThat(access.canSee(agent, OTHER)).isFalse();
        assertThatThrownBy(() -> access.checkManageable(agent, OWN))
                .isInstanceOfSatisfying(ForbiddenException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("xla.error.permission.organisation"));
        assertThatThrownBy(() -> access.checkManageable(agent, OTHER)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void limitedServiceManagerWhoIsAlsoAgentSeesAgentOrganisationsReadOnly() {
        limitServiceManagers();
        Caller both = Callers.serviceManagerAndAgent("sm1", OTHER);
        assertThat(access.canSee(both, OTHER)).isTrue();
        assertThat(access.canManage(both, OTHER)).isFalse();
        assertThat(access.canManage(both, OWN)).isTrue();
    }

    @Test
    void customerSeesNothing() {
        Caller customer = Callers.customer("c", OWN);
        assertThat(access.canSee(customer, OWN)).isFalse();
        assertThatThrownBy(() -> access.checkVisible(customer, OWN))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("xla.error.organisation.notFound"));
    }

    @Test
    void roleChecks() {
        assertThatCode(() -> access.checkAdministrator(Callers.admin())).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.checkAdministrator(Callers.serviceManager("sm1")))
                .isInstanceOf(ForbiddenException.class);
        assertThatCode(() -> access.checkServiceManager(Callers.admin())).doesNotThrowAnyException();
        assertThatCode(() -> access.checkServiceManager(Callers.serviceManager("x"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> access.checkServiceManager(Callers.agent("ag", OWN)))
                .isInstanceOf(ForbiddenException.class);
    }
}
