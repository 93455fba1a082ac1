package nl.xlascorecard.sandbox;

/** The sandbox could not start for a reason the person starting it can fix; the message says how. */
public class SandboxStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SandboxStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
