package nl.xlascorecard.sandbox.velocity;

import org.apache.velocity.exception.VelocityException;

/** A template called a method that is on no allowlist: rendering stops, as in Jira with enforcement on. */
public final class MethodNotAllowedException extends VelocityException {

    private static final long serialVersionUID = 1L;

    public MethodNotAllowedException(String signature, String where) {
        super("Velocity method not on the allowlist: " + signature + " (called at " + where + ")."
                + " Add it to a <velocity-allowlist> module of atlassian-plugin.xml if the template really needs it.");
    }
}
