package nl.xlascorecard.aohost;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

import net.java.ao.atlassian.TablePrefix;

/**
 * The table prefix Jira's Active Objects plugin gives an app: {@code AO_} + the last six hex digits
 * (upper case) of the MD5 hash of the {@code <ao>} module's namespace (or of the plugin key when no
 * namespace is set) + {@code _}. JSM's own tables show the rule: {@code com.atlassian.servicedesk}
 * gives {@code AO_54307E_}. Reproducing it exactly means the sandbox and the tests create the very
 * tables Jira would, with the same length limits.
 */
public final class JiraTablePrefix implements TablePrefix {

    private final String prefix;

    public JiraTablePrefix(String namespace) {
        Objects.requireNonNull(namespace, "namespace");
        String hash = HexFormat.of().formatHex(md5(namespace.getBytes(StandardCharsets.UTF_8)));
        this.prefix = "AO_" + hash.substring(hash.length() - 6).toUpperCase(Locale.ROOT) + "_";
    }

    /** E.g. {@code AO_1A2B3C_}. */
    public String value() {
        return prefix;
    }

    @Override
    public String prepend(String tableName) {
        return prefix + tableName;
    }

    private static byte[] md5(byte[] data) {
        try {
            return MessageDigest.getInstance("MD5").digest(data);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide MD5 (java.security.MessageDigest javadoc).
            throw new IllegalStateException("MD5 missing from the Java platform", e);
        }
    }

    @Override
    public String toString() {
        return prefix;
    }
}
