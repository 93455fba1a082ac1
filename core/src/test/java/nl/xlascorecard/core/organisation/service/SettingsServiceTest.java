package nl.xlascorecard.core.organisation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.organisation.domain.AppSettings;
import nl.xlascorecard.core.shared.ForbiddenException;
import nl.xlascorecard.core.shared.ValidationException;
import nl.xlascorecard.core.testing.Callers;
import nl.xlascorecard.core.testing.FakeTransactions;
import nl.xlascorecard.core.testing.InMemoryProfileRepository;
import nl.xlascorecard.core.testing.InMemorySettingsRepository;

class SettingsServiceTest {

    private final FakeTransactions tx = new FakeTransactions();
    private final InMemorySettingsRepository repository = new InMemorySettingsRepository(tx);
    private final SettingsService service = new SettingsService(repository,
            new OrganisationAccess(repository, new InMemoryProfileRepository(tx)), tx);

    @Test
    void serviceManagersReadDefaults() {
        assertThat(service.get(Callers.serviceManager("sm"))).isEqualTo(AppSettings.defaults());
        assertThatThrownBy(() -> service.get(Callers.agent("ag", 1L))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void onlyAdministratorsUpdate() {
        AppSettings changed = new AppSettings("zorg-sm", true, 55, 7);
        assertThatThrownBy(() -> service.update(Callers.serviceManager("sm"), changed))
                .isInstanceOf(ForbiddenException.class);
        assertThat(repository.load()).isEqualTo(AppSettings.defaults());

        assertThat(service.update(Callers.admin(), changed)).isEqualTo(changed);
        assertThat(service.get(Callers.serviceManager("sm"))).isEqualTo(changed);
    }

    @Test
    void missingSettingsAreAFieldError() {
        assertThatThrownBy(() -> service.update(Callers.admin(), null)).isInstanceOf(ValidationException.class);
    }
}
