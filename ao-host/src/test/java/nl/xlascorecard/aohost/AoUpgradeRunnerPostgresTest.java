package nl.xlascorecard.aohost;

class AoUpgradeRunnerPostgresTest extends AoUpgradeRunnerContract {

    @Override
    Database newDatabase() {
        return TestDatabases.postgres(AoUpgradeRunnerPostgresTest.class);
    }
}
