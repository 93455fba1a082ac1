package nl.xlascorecard.plugin.persistence;

/**
 * An insert lost a race for a unique natural key against a transaction that has since committed,
 * where the right answer is to do the work again and find the row the winner stored (a response
 * re-submitted twice at once becomes an update). The failed statement may have spoilt the whole
 * transaction (PostgreSQL refuses every further statement), so {@link AoTransactionRunner} retries
 * the outermost unit of work in a fresh transaction rather than the statement.
 */
final class UniqueKeyRace extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UniqueKeyRace(String what, Throwable cause) {
        super("Lost a race for a unique key: " + what, cause);
    }
}
