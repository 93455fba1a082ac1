package nl.xlascorecard.plugin.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.xlascorecard.core.organisation.domain.Language;
import nl.xlascorecard.core.organisation.domain.OrganisationProfile;
import nl.xlascorecard.core.shared.ConflictException;
import nl.xlascorecard.plugin.persistence.ao.OrgProfileAo;

class AoOrganisationProfileRepositoryTest {

    @Nested
    class OnHsqldb extends Contract {
        @Override
        protected AoTestDatabase newDatabase() {
            return AoTestDatabase.hsqldb(seed());
        }
    }

    @Nested
    class OnPostgres extends Contract {
        @Override
        protected AoTestDatabase newDatabase() {
            return AoTestDatabase.postgres(OnPostgres.class, seed());
        }
    }

    abstract static class Contract extends AoDatabaseTest {

        @Test
        void firstSaveInsertsAndLaterSavesNeedTheReadVersion() {
            assertThat(repos.profiles().find(12)).isEmpty();

            OrganisationProfile v1 = repos.profiles().save(new OrganisationProfile(12, Language.EN, LocalDate.of(2019, 5, 1),
                    List.of("JIRAUSER10100", "jdoe"), 4, 0));
            assertThat(v1.version()).isEqualTo(1);
            assertThat(repos.profiles().find(12)).contains(v1);

            OrganisationProfile v2 = repos.profiles().save(new OrganisationProfile(12, Language.NL, null, List.of(), 3, 1));
            assertThat(v2).isEqualTo(new OrganisationProfile(12, Language.NL, null, List.of(), 3, 2));
            assertThat(ao.find(OrgProfileAo.class)[0].getServiceManagers()).as("no managers stored as NULL").isNull();

            for (long stale : new long[] {0, 1, 3}) {
                assertThatThrownBy(() -> repos.profiles().save(new OrganisationProfile(12, Language.EN, null, List.of(), 5, stale)))
                        .isInstanceOfSatisfying(ConflictException.class, e -> {
                            assertThat(e.field()).isEqualTo("version");
                            assertThat(e.messageKey()).isEqualTo(ConflictException.STALE_VERSION_KEY);
                        });
            }
            assertThat(repos.profiles().find(12)).contains(v2);
        }

        @Test
        void savingAProfileThatWasNeverStoredNeedsVersionZero() {
            assertThatThrownBy(() -> repos.profiles().save(new OrganisationProfile(13, Language.EN, null, List.of(), 3, 4)))
                    .isInstanceOf(ConflictException.class);
            assertThat(repos.profiles().find(13)).isEmpty();
        }

        @Test
        void ofEightConcurrentFirstSavesExactlyOneWins() throws Exception {
            List<Outcome<OrganisationProfile>> outcomes = race(8, () -> repos.transactions().inTransaction(
                    () -> repos.profiles().save(OrganisationProfile.defaults(14))));

            assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.succeeded())
                    .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(ConflictException.class));
            assertThat(ao.count(OrgProfileAo.class, "ORG_ID = ?", 14L)).isEqualTo(1);
        }
    }
}
