package nl.xlascorecard.sandbox.descriptor;

import java.util.Objects;

/**
 * A {@code <dashboard-item>} module as Jira reads it: the title and description keys of its
 * {@code <definition>}, the AMD module that renders it (from a web resource of context
 * {@code atl.dashboard}) and whether users may configure it.
 *
 * @param titleKey       i18n key of {@code <definition><title key>}
 * @param descriptionKey i18n key of {@code <description key>}, or {@code null}
 * @param amdModule      the name in {@code <amd-module>}
 */
public record DashboardItemModule(String key, String titleKey, String descriptionKey, String amdModule, boolean configurable) {

    /** The web-resource context Jira loads on every dashboard. */
    public static final String DASHBOARD_CONTEXT = "atl.dashboard";

    public DashboardItemModule {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(amdModule, "amdModule");
    }
}
