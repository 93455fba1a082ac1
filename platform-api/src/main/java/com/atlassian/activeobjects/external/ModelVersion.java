package com.atlassian.activeobjects.external;

/**
 * DECLARATION (compile-time stand-in, never packaged into the app). The version of a plugin's Active
 * Objects data model: a whole number, 0 when nothing is stored yet. It is a value class, so this
 * stand-in carries the small behaviour the javadoc describes (parse, compare); the sandbox and the
 * tests run with it.
 * Source: https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ModelVersion.html
 */
public final class ModelVersion implements Comparable<ModelVersion> {

    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    /** Parses a stored version; {@code null} means "no version stored", i.e. 0. */
    public static ModelVersion valueOf(String value) {
        return new ModelVersion(value == null ? 0 : Integer.parseInt(value.trim()));
    }

    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(version, other.version);
    }

    public boolean isOlderThan(ModelVersion other) {
        return compareTo(other) < 0;
    }

    public boolean isNewerThan(ModelVersion other) {
        return compareTo(other) > 0;
    }

    public boolean isSame(ModelVersion other) {
        return compareTo(other) == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelVersion that && that.version == version;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(version);
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }
}
