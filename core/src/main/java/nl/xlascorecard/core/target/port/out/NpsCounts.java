package nl.xlascorecard.core.target.port.out;

import java.time.Instant;

import nl.xlascorecard.core.target.domain.Measurement;

/**
 * Out-port: the NPS of an organisation's recommendation answers (0..10) in a period, or of one round,
 * with the number of answers. Kept apart so the NPS feature's own repository and statistics can be
 * plugged in without the target feature knowing how NPS is stored.
 */
public interface NpsCounts {

    /** No NPS in this build: every target on NPS stays NO_DATA. */
    NpsCounts NONE = new NpsCounts() {
        @Override
        public Measurement ofPeriod(long organisationId, Instant from, Instant to) {
            return Measurement.none();
        }

        @Override
        public Measurement ofRound(long roundId) {
            return Measurement.none();
        }
    };

    /** NPS of the answers given in {@code [from, to)}. */
    Measurement ofPeriod(long organisationId, Instant from, Instant to);

    /** NPS of the answers of one round. */
    Measurement ofRound(long roundId);
}
