package nl.xlascorecard.sandbox.web;

/** Return addresses after log-in or a language change: only paths inside the sandbox, never another site. */
public final class SafeRedirects {

    private SafeRedirects() {
    }

    /**
     * {@code destination} when it is a path under {@code contextPath} (e.g. {@code /jira/plugins/...}),
     * else the home page. Rejects absolute and protocol-relative URLs ({@code //evil.example}).
     */
    public static String localOrHome(String destination, String contextPath) {
        String home = contextPath + "/";
        if (destination == null || destination.isBlank()) {
            return home;
        }
        boolean local = destination.startsWith(contextPath + "/")
                && !destination.startsWith("//")
                && !destination.contains("\\")
                && destination.chars().noneMatch(c -> c < 0x20);
        return local ? destination : home;
    }
}
