package nl.xlascorecard.aohost;

class AoUpgradeRunnerHsqldbTest extends AoUpgradeRunnerContract {

    @Override
    Database newDatabase() {
        return TestDatabases.hsqldb();
    }
}
