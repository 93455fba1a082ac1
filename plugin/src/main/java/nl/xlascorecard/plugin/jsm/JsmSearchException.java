package nl.xlascorecard.plugin.jsm;

/** Jira's issue search refused or failed a JQL search of JSM's fields; the job that ran it fails and retries next time. */
public class JsmSearchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JsmSearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
