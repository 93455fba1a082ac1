package nl.xlascorecard.aohost;

class EntityManagerActiveObjectsHsqldbTest extends EntityManagerActiveObjectsContract {

    @Override
    Database newDatabase() {
        return TestDatabases.hsqldb();
    }
}
