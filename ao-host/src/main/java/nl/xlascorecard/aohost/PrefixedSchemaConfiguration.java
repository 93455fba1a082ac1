package nl.xlascorecard.aohost;

import java.util.Locale;

import net.java.ao.SchemaConfiguration;

/**
 * Lets AO's schema migration see only the tables of one app (those with its {@code AO_xxxxxx_}
 * prefix), as Jira's AO plugin does: a destructive migration of one app can then never touch the
 * tables of another app, nor the host's own model-version table.
 */
final class PrefixedSchemaConfiguration implements SchemaConfiguration {

    private final String prefix;

    PrefixedSchemaConfiguration(JiraTablePrefix prefix) {
        this.prefix = prefix.value();
    }

    @Override
    public boolean shouldManageTable(String tableName, boolean caseSensitive) {
        return caseSensitive
                ? tableName.startsWith(prefix)
                : tableName.toUpperCase(Locale.ROOT).startsWith(prefix);
    }
}
