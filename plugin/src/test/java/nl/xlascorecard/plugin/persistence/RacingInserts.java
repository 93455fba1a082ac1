package nl.xlascorecard.plugin.persistence;

import org.junit.jupiter.api.Assumptions;

/**
 * Where two transactions may insert the same unique key and the winner then inserts more rows
 * (a rating with its organisations and follow-up), the race is only tested on PostgreSQL. AO
 * 3.2.11's {@code HSQLDatabaseProvider} runs every INSERT inside one JVM-wide {@code synchronized}
 * block: the loser waits inside that block for HSQLDB's lock on the winner's uncommitted key, while
 * the winner waits for the block to make its next insert, and neither ever moves. That is a defect
 * of the test and sandbox host's HSQLDB provider, not of the repositories (Jira never uses it; on
 * PostgreSQL, Jira's usual database, the loser gets the unique violation these tests are about).
 */
final class RacingInserts {

    private RacingInserts() {
    }

    static void assumeTheDatabaseSurvivesThem(AoTestDatabase db) {
        Assumptions.assumeTrue(db.database().isPostgres(),
                "AO 3.2.11's HSQLDB provider deadlocks when racing inserts of one key are followed by more inserts");
    }
}
