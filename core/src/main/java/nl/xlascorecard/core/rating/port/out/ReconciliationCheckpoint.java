package nl.xlascorecard.core.rating.port.out;

import java.time.Instant;
import java.util.Optional;

/** Out-port: up to when the reconciliation job has looked for ratings (stored, shared by all nodes). */
public interface ReconciliationCheckpoint {

    /** Empty before the first run. */
    Optional<Instant> last();

    /** Stores {@code reconciledUpTo} unless the stored checkpoint is later already (it never moves back). */
    void advanceTo(Instant reconciledUpTo);
}
