package nl.xlascorecard.sandbox.web;

/** Return addresses after log-in or a language change: only paths inside the sandbox, never another site. */
public final class SafeRedirects {

    private SafeRedirects() {
    }

    /**
     * The address to go to for {@code destination}: a path inside the sandbox, written relative to the
     * context path as Jira's {@code os_destination} is ({@code /plugins/servlet/...}) or with it
     * ({@code /jira/plugins/...}); anything else (absolute or protocol-relative URLs such as
     * {@code //evil.example}) gives the home page.
     */
    public static String localOrHome(String destination, String contextPath) {
        String home = contextPath + "/";
        if (destination == null || destination.isBlank()) {
            return home;
        }
        boolean local = destination.startsWith("/")
                && !destination.startsWith("//")
                && !destination.contains("\\")
                && destination.chars().noneMatch(c -> c < 0x20);
        if (!local) {
            return home;
        }
        return destination.startsWith(contextPath + "/") ? destination : contextPath + destination;
    }
}
