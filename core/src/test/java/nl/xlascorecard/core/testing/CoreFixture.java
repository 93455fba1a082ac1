package nl.xlascorecard.core.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import nl.xlascorecard.core.organisation.domain.AppSettings;
import nl.xlascorecard.core.organisation.service.OrganisationAccess;
import nl.xlascorecard.core.scorecard.service.RoundAccess;
import nl.xlascorecard.core.scorecard.service.TemplateVersions;

/**
 * The core's out-ports as in-memory fakes plus the shared helpers, wired like the plugin's
 * composition root does with the real adapters. Organisation 1 "Amstelzorg" and 2 "Zorggroep Noord"
 * exist; the clock stands at Wednesday 4 March 2026 in Amsterdam.
 */
public final class CoreFixture {

    public static final long ORG = 1;
    public static final long OTHER_ORG = 2;
    public static final Instant NOW = Instant.parse("2026-03-04T09:00:00Z");

    public final FakeTransactions tx = new FakeTransactions();
    public final Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam"));
    public final InMemorySettingsRepository settings = new InMemorySettingsRepository(tx);
    public final InMemoryProfileRepository profiles = new InMemoryProfileRepository(tx);
    public final InMemoryOrganisationDirectory directory = new InMemoryOrganisationDirectory()
            .add(ORG, "Amstelzorg").add(OTHER_ORG, "Zorggroep Noord");
    public final InMemoryTemplateRepository templates = new InMemoryTemplateRepository(tx);
    public final InMemoryRoundRepository rounds = new InMemoryRoundRepository(tx);
    public final InMemoryResponseRepository responses = new InMemoryResponseRepository(tx, rounds);
    public final InMemoryActionRepository actions = new InMemoryActionRepository(tx);

    public final OrganisationAccess access = new OrganisationAccess(settings, profiles);
    public final RoundAccess roundAccess = new RoundAccess(rounds, access);
    public final TemplateVersions templateVersions = new TemplateVersions(templates, clock);

    public void limitServiceManagers() {
        settings.put(new AppSettings(AppSettings.DEFAULT_SERVICE_MANAGER_GROUP, true,
                AppSettings.DEFAULT_ATTENTION_THRESHOLD, AppSettings.MIN_GROUP_SIZE_FLOOR));
    }
}
