package nl.xlascorecard.core.organisation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.organisation.domain.AppSettings;
import nl.xlascorecard.core.organisation.domain.Language;
import nl.xlascorecard.core.organisation.domain.Organisation;
import nl.xlascorecard.core.organisation.domain.OrganisationProfile;
import nl.xlascorecard.core.shared.Caller;
import nl.xlascorecard.core.shared.ConflictException;
import nl.xlascorecard.core.shared.ForbiddenException;
import nl.xlascorecard.core.shared.NotFoundException;
import nl.xlascorecard.core.shared.Page;
import nl.xlascorecard.core.shared.PageRequest;
import nl.xlascorecard.core.shared.ValidationException;
import nl.xlascorecard.core.testing.Callers;
import nl.xlascorecard.core.testing.FakeTransactions;
import nl.xlascorecard.core.testing.InMemoryOrganisationDirectory;
import nl.xlascorecard.core.testing.InMemoryProfileRepository;
import nl.xlascorecard.core.testing.InMemorySettingsRepository;

class OrganisationServiceTest {

    private final FakeTransactions tx = new FakeTransactions();
    private final InMemorySettingsRepository settings = new InMemorySettingsRepository(tx);
    private final InMemoryProfileRepository profiles = new InMemoryProfileRepository(tx);
    private final InMemoryOrganisationDirectory directory = new InMemoryOrganisationDirectory();
    private final OrganisationService service =
            new OrganisationService(directory, profiles, new OrganisationAccess(settings, profiles), tx);

    /** 250 organisations "Org 000".."Org 249"; sm1 manages every tenth one (0, 10, ... 240). */
    private void manyOrganisations() {
        for (int i = 0; i < 250; i++) {
            directory.add(1000 + i, String.format("Org %03d", i));
            if (i % 10 == 0) {
                profiles.put(new OrganisationProfile(1000 + i, Language.NL, null, List.of("sm1"), 3, 1));
            }
        }
    }

    @Test
    void unlimitedServiceManagerPagesTheDirectoryWithDefaultProfiles() {
        manyOrganisations();
        Page<Organisation> page = service.list(Callers.serviceManager("sm2"), new PageRequest(100, 25));
        assertThat(page.total()).isEqualTo(250);
        assertThat(page.items()).extracting(Organisation::name).first().isEqualTo("Org 100");
        assertThat(page.items().get(1).profile()).isEqualTo(OrganisationProfile.defaults(1001 + 100));
        assertThat(page.items().get(0).profile().serviceManagerKeys()).containsExactly("sm1");
    }

    @Test
    void limitedServiceManagerPagesOnlyTheirOwnOrganisationsWithACorrectTotal() {
        manyOrganisations();
        settings.put(new AppSettings("xla-service-managers", true, 60, 5));
        Caller sm1 = Callers.serviceManager("sm1");

        Page<Organisation> first = service.list(sm1, new PageRequest(0, 10));
        assertThat(first.total()).isEqualTo(25);
        assertThat(first.items()).extracting(Organisation::name)
                .containsExactly("Org 000", "Org 010", "Org 020", "Org 030", "Org 040",
                        "Org 050", "Org 060", "Org 070", "Org 080", "Org 090");
        assertThat(first.isLastPage()).isFalse();

        Page<Organisation> last = service.list(sm1, new PageRequest(20, 10));
        assertThat(last.items()).extracting(Organisation::name)
                .containsExactly("Org 200", "Org 210", "Org 220", "Org 230", "Org 240");
        assertThat(last.isLastPage()).isTrue();

        assertThat(service.list(Callers.serviceManager("sm9"), new PageRequest(0, 10)).total()).isZero();
    }

    @Test
    void agentListsTheirOrganisationsByName() {
        directory.add(1, "Zorggroep Noord").add(2, "Amstelzorg").add(3, "Hidden");
        Page<Organisation> page = service.list(Callers.agent("ag", 1L, 2L, 99L), new PageRequest(0, 1));
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(Organisation::name).containsExactly("Amstelzorg");
        assertThat(service.list(Callers.agent("ag", 1L, 2L), new PageRequest(1, 1)).items())
                .extracting(Organisation::name).containsExactly("Zorggroep Noord");
    }

    @Test
    void customerListsNothing() {
        directory.add(1, "Amstelzorg");
        assertThat(service.list(Callers.customer("c", 1L), PageRequest.first(25)).total()).isZero();
    }

    @Test
    void getHidesMissingAndInvisibleAlike() {
        directory.add(1, "Amstelzorg");
        assertThat(service.get(Callers.agent("ag", 1L), 1).profile().language()).isEqualTo(Language.NL);
        assertThatThrownBy(() -> service.get(Callers.agent("ag", 2L), 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.get(Callers.admin(), 42)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void updateProfileStoresANewVersionInATransaction() {
        directory.add(1, "Amstelzorg");
        OrganisationProfile edited = new OrganisationProfile(1, Language.EN, LocalDate.of(2020, 1, 1),
                List.of("sm1"), 4, 0);
        Organisation saved = service.updateProfile(Callers.serviceManager("sm1"), edited);
        assertThat(saved.profile().version()).isEqualTo(1);
        assertThat(saved.profile().roundsPerYear()).isEqualTo(4);
        assertThat(service.get(Callers.admin(), 1).profile().language()).isEqualTo(Language.EN);
        assertThat(tx.count()).isEqualTo(1);
    }

    @Test
    void updateProfileWithAStaleVersionConflicts() {
        directory.add(1, "Amstelzorg");
        service.updateProfile(Callers.admin(), OrganisationProfile.defaults(1));
        assertThatThrownBy(() -> service.updateProfile(Callers.admin(), OrganisationProfile.defaults(1)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("version"));
    }

    @Test
    void updateProfilePermissions() {
        directory.add(1, "Amstelzorg");
        assertThatThrownBy(() -> service.updateProfile(Callers.agent("ag", 1L), OrganisationProfile.defaults(1)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.updateProfile(Callers.customer("c", 1L), OrganisationProfile.defaults(1)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.updateProfile(Callers.admin(), OrganisationProfile.defaults(5)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.updateProfile(Callers.admin(), null)).isInstanceOf(ValidationException.class);
        assertThat(profiles.find(1)).isEmpty();
    }

    /** What the organisation page offers: a limited service manager who is an agent here only reads. */
    @Test
    void canManageFollowsTheAccessRulesNotTheRole() {
        manyOrganisations();
        assertThat(service.canManage(Callers.serviceManager("sm2"), 1001)).isTrue();
        settings.put(new AppSettings("xla-service-managers", true, 60, 5));
        assertThat(service.canManage(Callers.serviceManagerAndAgent("sm2", 1001L), 1001)).isFalse();
        assertThat(service.canManage(Callers.serviceManagerAndAgent("sm1", 1000L), 1000)).isTrue();
        assertThat(service.canManage(Callers.agent("ag", 1000L), 1000)).isFalse();
        assertThat(service.canManage(Callers.admin(), 1001)).isTrue();
    }
}
