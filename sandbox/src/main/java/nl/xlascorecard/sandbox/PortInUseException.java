package nl.xlascorecard.sandbox;

/** The HTTP port is taken (most often by a sandbox that is still running). */
public final class PortInUseException extends SandboxStartException {

    private static final long serialVersionUID = 1L;

    private final int port;

    public PortInUseException(int port, Throwable cause) {
        super("Port " + port + " is already in use (is another sandbox or Jira still running?): stop that program, or choose"
                + " another port with -Dsandbox.port=<port>, e.g. mvn -B -DskipTests -Prun verify -Dsandbox.port=2991.", cause);
        this.port = port;
    }

    public int port() {
        return port;
    }
}
