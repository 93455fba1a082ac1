package nl.xlascorecard.core.followup.port.out;

import nl.xlascorecard.core.followup.domain.FollowUpSettings;

/** Out-port: the follow-up settings (one row). */
public interface FollowUpSettingsRepository {

    /** The stored settings, or {@link FollowUpSettings#defaults()} when none were saved. */
    FollowUpSettings load();

    FollowUpSettings save(FollowUpSettings settings);
}
