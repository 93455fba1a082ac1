package nl.xlascorecard.plugin.jsm;

/**
 * JSM could not answer a question about organisations for a reason other than "no such
 * organisation" (e.g. a server error). Unchecked, so it reaches the REST layer's generic handler,
 * which answers 500 without exposing the message.
 */
public class JsmDirectoryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JsmDirectoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
