package nl.xlascorecard.plugin.security;

import java.util.Optional;

import nl.xlascorecard.core.shared.Caller;

/**
 * The logged-in user as a core {@link Caller}: in Jira built from JiraAuthenticationContext, group
 * and JSM membership ({@code nl.xlascorecard.plugin.jira.JiraCallerResolver}); in the sandbox from
 * its session. Empty when nobody is logged in (REST answers 401, pages redirect to log-in).
 */
public interface CallerResolver {

    Optional<Caller> current();
}
