package nl.xlascorecard.sandbox.servicedesk;

/** The workflow states of a simulated request, a small subset of JSM's default service-desk workflow. */
public enum RequestStatus {
    WAITING_FOR_SUPPORT,
    IN_PROGRESS,
    RESOLVED;

    /** Key of the status name in the sandbox's texts. */
    public String textKey() {
        return "sandbox.request.status." + name();
    }

    public boolean isResolved() {
        return this == RESOLVED;
    }
}
