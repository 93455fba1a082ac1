package nl.xlascorecard.aohost;

class EntityManagerActiveObjectsPostgresTest extends EntityManagerActiveObjectsContract {

    @Override
    Database newDatabase() {
        return TestDatabases.postgres(EntityManagerActiveObjectsPostgresTest.class);
    }
}
