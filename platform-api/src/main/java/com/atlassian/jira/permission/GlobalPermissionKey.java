package com.atlassian.jira.permission;

import java.util.Objects;

/**
 * DECLARATION ONLY (compile-time stand-in, never packaged). The key of a global permission; the
 * real class is a final value class with constants for the system permissions. Only
 * {@link #ADMINISTER} (Jira administrators; system administrators hold it too) is declared.
 * Source: https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/permission/GlobalPermissionKey.html
 */
public final class GlobalPermissionKey {

    public static final GlobalPermissionKey ADMINISTER = of("ADMINISTER");

    private final String key;

    private GlobalPermissionKey(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    public static GlobalPermissionKey of(String key) {
        return new GlobalPermissionKey(key);
    }

    public String getKey() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GlobalPermissionKey that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
