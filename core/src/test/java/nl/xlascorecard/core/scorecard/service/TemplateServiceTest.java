package nl.xlascorecard.core.scorecard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.organisation.service.OrganisationAccess;
import nl.xlascorecard.core.scorecard.domain.DefaultTemplate;
import nl.xlascorecard.core.scorecard.domain.LocalizedText;
import nl.xlascorecard.core.scorecard.domain.ScorecardTemplate;
import nl.xlascorecard.core.scorecard.domain.TemplateCategory;
import nl.xlascorecard.core.scorecard.domain.TemplateStatement;
import nl.xlascorecard.core.shared.ConflictException;
import nl.xlascorecard.core.shared.ForbiddenException;
import nl.xlascorecard.core.shared.NotFoundException;
import nl.xlascorecard.core.shared.ValidationException;
import nl.xlascorecard.core.testing.Callers;
import nl.xlascorecard.core.testing.FakeTransactions;
import nl.xlascorecard.core.testing.InMemoryProfileRepository;
import nl.xlascorecard.core.testing.InMemorySettingsRepository;
import nl.xlascorecard.core.testing.InMemoryTemplateRepository;

class TemplateServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final FakeTransactions tx = new FakeTransactions();
    private final InMemoryTemplateRepository repository = new InMemoryTemplateRepository(tx);
    private final Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam"));
    private final TemplateService service = new TemplateService(repository, new TemplateVersions(repository, clock),
            new OrganisationAccess(new InMemorySettingsRepository(tx), new InMemoryProfileRepository(tx)), tx, clock);

    private static List<TemplateCategory> editedCategories() {
        List<TemplateCategory> categories = new ArrayList<>(DefaultTemplate.categories());
        TemplateCategory first = categories.get(0);
        List<TemplateStatement> statements = new ArrayList<>(first.statements());
        statements.set(0, new TemplateStatement("REL_1", new LocalizedText("We keep our word.", "We houden woord.")));
        categories.set(0, new TemplateCategory(first.category(), first.name(), first.description(), statements));
        return categories;
    }

    @Test
    void emptyRepositoryServesTheDefaultAsVersion1() {
        ScorecardTemplate current = service.current(Callers.agent("ag", 1L));
        assertThat(current.version()).isEqualTo(1);
        assertThat(current.categories()).isEqualTo(DefaultTemplate.categories());
        assertThat(service.version(Callers.admin(), 1).categories()).isEqualTo(DefaultTemplate.categories());
        assertThatThrownBy(() -> service.version(Callers.admin(), 2))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("xla.error.template.notFound"));
    }

    @Test
    void administratorSavesTheNextVersion() {
        ScorecardTemplate saved = service.saveNewVersion(Callers.admin(), 1, editedCategories());
        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.createdBy()).isEqualTo("admin");
        assertThat(saved.createdAt()).isEqualTo(NOW);
        assertThat(service.current(Callers.admin())).isEqualTo(saved);
        assertThat(service.version(Callers.admin(), 1).statements().get(0).text().en())
                .isNotEqualTo("We keep our word.");
    }

    @Test
    void storedVersion1WinsOverTheDefault() {
        repository.put(new ScorecardTemplate(1, NOW, null, editedCategories()));
        assertThat(service.version(Callers.admin(), 1).statements().get(0).text().nl()).isEqualTo("We houden woord.");
    }

    @Test
    void savingOnAnOutdatedVersionConflicts() {
        service.saveNewVersion(Callers.admin(), 1, editedCategories());
        assertThatThrownBy(() -> service.saveNewVersion(Callers.admin(), 1, editedCategories()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).isEqualTo("basedOnVersion");
                    assertThat(e.messageKey()).isEqualTo("xla.error.template.outdated");
                });
        assertThat(service.current(Callers.admin()).version()).isEqualTo(2);
    }

    @Test
    void onlyAdministratorsSave() {
        assertThatThrownBy(() -> service.saveNewVersion(Callers.serviceManager("sm"), 1, editedCategories()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(repository.latest()).isEmpty();
    }

    @Test
    void invalidTemplateIsRejectedWithFieldErrorsAndNothingIsStored() {
        List<TemplateCategory> broken = new ArrayList<>(editedCategories());
        broken.set(4, new TemplateCategory(broken.get(4).category(), broken.get(4).name(), broken.get(4).description(),
                List.of()));
        assertThatThrownBy(() -> service.saveNewVersion(Callers.admin(), 1, broken))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).containsExactly("categories[4].statements"));
        assertThat(repository.latest()).isEmpty();
    }

    /** Results compare statements by key across versions: texts may change, keys and their categories not. */
    @Test
    void statementKeysAndTheirCategoriesStayAsInTheBaseVersion() {
        List<TemplateCategory> renamed = new ArrayList<>(editedCategories());
        TemplateCategory rel = renamed.get(0);
        List<TemplateStatement> relStatements = new ArrayList<>(rel.statements());
        relStatements.set(1, new TemplateStatement("REL_9", relStatements.get(1).text()));
        renamed.set(0, new TemplateCategory(rel.category(), rel.name(), rel.description(), relStatements));
        // ASS_1 moved into COMMUNICATION in place of COM_1 (and COM_1 into ASSURANCE): keys unique, categories wrong
        TemplateCategory ass = renamed.get(1);
        TemplateCategory com = renamed.get(4);
        List<TemplateStatement> assStatements = new ArrayList<>(ass.statements());
        List<TemplateStatement> comStatements = new ArrayList<>(com.statements());
        TemplateStatement ass1 = assStatements.get(0);
        assStatements.set(0, comStatements.get(0));
        comStatements.set(0, ass1);
        renamed.set(1, new TemplateCategory(ass.category(), ass.name(), ass.description(), assStatements));
        renamed.set(4, new TemplateCategory(com.category(), com.name(), com.description(), comStatements));

        assertThatThrownBy(() -> service.saveNewVersion(Callers.admin(), 1, renamed))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).extracting(f -> f.field()).containsExactly(
                            "categories[0].statements[1].key", "categories[1].statements[0].key",
                            "categories[4].statements[0].key");
                    assertThat(e.errors()).extracting(f -> f.messageKey()).containsOnly("xla.error.template.keyChanged");
                });
        assertThat(repository.latest()).isEmpty();
        // Reordering within a category keeps the keys: allowed.
        List<TemplateCategory> reordered = new ArrayList<>(editedCategories());
        List<TemplateStatement> swapped = new ArrayList<>(reordered.get(0).statements());
        java.util.Collections.swap(swapped, 0, 1);
        reordered.set(0, new TemplateCategory(rel.category(), rel.name(), rel.description(), swapped));
        assertThat(service.saveNewVersion(Callers.admin(), 1, reordered).version()).isEqualTo(2);
    }
}
