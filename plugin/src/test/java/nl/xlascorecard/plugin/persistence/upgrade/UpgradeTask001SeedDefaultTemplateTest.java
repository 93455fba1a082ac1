package nl.xlascorecard.plugin.persistence.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;

import com.atlassian.activeobjects.external.ModelVersion;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import net.java.ao.DBParam;

import nl.xlascorecard.aohost.AoUpgradeRunner;
import nl.xlascorecard.aohost.Database;
import nl.xlascorecard.aohost.EntityManagerActiveObjects;
import nl.xlascorecard.core.scorecard.domain.DefaultTemplate;
import nl.xlascorecard.core.scorecard.domain.ScorecardTemplate;
import nl.xlascorecard.plugin.persistence.AoTestDatabase;
import nl.xlascorecard.plugin.persistence.PersistenceModule;
import nl.xlascorecard.plugin.persistence.TemplateJson;
import nl.xlascorecard.plugin.persistence.TestTemplates;
import nl.xlascorecard.plugin.persistence.upgrade.v001.TemplateVersionAoV001;

class UpgradeTask001SeedDefaultTemplateTest {

    @Nested
    class OnHsqldb extends Contract {
        @Override
        Database newDatabase() {
            return AoTestDatabase.hsqldbDatabase();
        }
    }

    @Nested
    class OnPostgres extends Contract {
        @Override
        Database newDatabase() {
            return AoTestDatabase.postgresDatabase(OnPostgres.class);
        }
    }

    abstract static class Contract {

        private final ScorecardTemplate shipped = TestTemplates.small(7, "shipped");
        private Database database;
        private EntityManagerActiveObjects ao;

        abstract Database newDatabase();

        /** An empty database: no table of the app exists yet. */
        @BeforeEach
        void emptyDatabase() {
            database = newDatabase();
            ao = EntityManagerActiveObjects.connect(database, PersistenceModule.NAMESPACE);
        }

        @AfterEach
        void drop() throws SQLException {
            // Nothing to clean up when the database was never opened (PostgreSQL tests switched off).
            if (ao != null) {
                ao.close();
            }
            if (database != null) {
                AoTestDatabase.drop(database);
            }
        }

        @Test
        void storesTheShippedTemplateAsVersionOneAndRunsAgainHarmlessly() {
            UpgradeTask001SeedDefaultTemplate task = new UpgradeTask001SeedDefaultTemplate(() -> shipped);
            assertThat(task.getModelVersion()).isEqualTo(ModelVersion.valueOf("1"));

            task.upgrade(ModelVersion.valueOf(null), ao);
            task.upgrade(ModelVersion.valueOf(null), ao);

            TemplateVersionAoV001[] rows = ao.find(TemplateVersionAoV001.class);
            assertThat(rows).hasSize(1);
            assertThat(rows[0].getVersion()).isEqualTo(1);
            assertThat(rows[0].getCreatedBy()).isNull();
            assertThat(rows[0].getCreatedAt()).isEqualTo(TestTemplates.CREATED.toEpochMilli());
            assertThat(TemplateJson.read(rows[0].getBody())).isEqualTo(shipped.categories());
        }

        @Test
        void withoutArgumentsItSeedsTheCoresShippedTemplate() {
            new UpgradeTask001SeedDefaultTemplate().upgrade(ModelVersion.valueOf(null), ao);

            TemplateVersionAoV001[] rows = ao.find(TemplateVersionAoV001.class);
            assertThat(rows).extracting(TemplateVersionAoV001::getVersion).containsExactly(1);
            assertThat(TemplateJson.read(rows[0].getBody())).isEqualTo(DefaultTemplate.categories());
        }

        @Test
        void leavesAStoredTemplateAlone() {
            UpgradeTask001SeedDefaultTemplate task = new UpgradeTask001SeedDefaultTemplate(() -> shipped);
            ao.migrate(TemplateVersionAoV001.class);
            ao.create(TemplateVersionAoV001.class, new DBParam("VERSION", 3), new DBParam("CREATED_AT", 0L),
                    new DBParam("BODY", TemplateJson.write(TestTemplates.categories("mine"))));

            task.upgrade(ModelVersion.valueOf(null), ao);

            assertThat(ao.find(TemplateVersionAoV001.class)).extracting(TemplateVersionAoV001::getVersion).containsExactly(3);
        }

        @Test
        void runsOnceThroughTheHostsUpgradeRunnerAndTheRepositoryReadsItsResult() {
            List<String> runs = new java.util.ArrayList<>();
            AoUpgradeRunner runner = new AoUpgradeRunner(ao);
            runner.upgrade(PersistenceModule.entities(), PersistenceModule.upgradeTasks(() -> {
                runs.add("seed");
                return shipped;
            }));
            runner.upgrade(PersistenceModule.entities(), PersistenceModule.upgradeTasks(() -> {
                runs.add("seed again");
                return shipped;
            }));

            assertThat(runs).containsExactly("seed");
            // The latest task's model version: 2 since the default XLA targets are seeded (UpgradeTask002).
            assertThat(runner.storedVersion()).isEqualTo(ModelVersion.valueOf("2"));
            ScorecardTemplate latest = PersistenceModule.repositories(ao).templates().latest().orElseThrow();
            assertThat(latest.version()).isEqualTo(1);
            assertThat(latest.categories()).isEqualTo(shipped.categories());
        }
    }
}
