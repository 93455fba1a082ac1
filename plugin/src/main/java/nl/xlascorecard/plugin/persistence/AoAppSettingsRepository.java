package nl.xlascorecard.plugin.persistence;

import java.util.Objects;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.DBParam;
import net.java.ao.Query;

import nl.xlascorecard.core.organisation.domain.AppSettings;
import nl.xlascorecard.core.organisation.port.out.AppSettingsRepository;
import nl.xlascorecard.plugin.persistence.ao.AppSettingsAo;

/**
 * The global settings: one row in {@code APP_SETTINGS}. The last save wins (the port has no
 * version); two first saves at once cannot create two rows because the settings key is unique.
 */
public final class AoAppSettingsRepository implements AppSettingsRepository {

    static final String KEY = "global";

    private final ActiveObjects ao;
    private final AoTransactionRunner tx;

    public AoAppSettingsRepository(ActiveObjects ao, AoTransactionRunner tx) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public AppSettings load() {
        AppSettingsAo row = row();
        return row == null ? AppSettings.defaults() : toDomain(row);
    }

    @Override
    public AppSettings save(AppSettings settings) {
        return tx.inTransaction(() -> {
            AppSettingsAo row = row();
            if (row == null) {
                try {
                    row = ao.create(AppSettingsAo.class,
                            new DBParam("SETTINGS_KEY", KEY),
                            new DBParam("SERVICE_MANAGER_GROUP", settings.serviceManagerGroup()),
                            new DBParam("LIMIT_TO_OWN_ORGS", settings.limitServiceManagersToOwnOrganisations()),
                            new DBParam("ATTENTION_THRESHOLD", settings.attentionThreshold()),
                            new DBParam("MIN_GROUP_SIZE", settings.minimumGroupSize()));
                    return toDomain(row);
                } catch (RuntimeException e) {
                    if (UniqueViolations.isUniqueViolation(e)) {
                        throw new UniqueKeyRace("settings row", e);
                    }
                    throw e;
                }
            }
            row.setServiceManagerGroup(settings.serviceManagerGroup());
            row.setLimitToOwnOrgs(settings.limitServiceManagersToOwnOrganisations());
            row.setAttentionThreshold(settings.attentionThreshold());
            row.setMinGroupSize(settings.minimumGroupSize());
            row.save();
            return toDomain(row);
        });
    }

    private AppSettingsAo row() {
        AppSettingsAo[] rows = ao.find(AppSettingsAo.class, Query.select().where("SETTINGS_KEY = ?", KEY));
        return rows.length == 0 ? null : rows[0];
    }

    private static AppSettings toDomain(AppSettingsAo row) {
        return new AppSettings(row.getServiceManagerGroup(), row.isLimitToOwnOrgs(), row.getAttentionThreshold(),
                row.getMinGroupSize());
    }
}
