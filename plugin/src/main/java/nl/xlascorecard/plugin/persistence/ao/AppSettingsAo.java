package nl.xlascorecard.plugin.persistence.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** The global settings: a single row, found by its constant {@code SETTINGS_KEY}. */
/* @Preload: every find loads whole rows in its one SELECT, not one more query per column. */
@Preload
@Table("APP_SETTINGS")
public interface AppSettingsAo extends Entity {

    /** Always {@code global}; unique, so two first saves cannot create two rows. */
    @NotNull
    @Unique
    @Indexed
    @StringLength(20)
    String getSettingsKey();

    void setSettingsKey(String settingsKey);

    @NotNull
    @StringLength(255)
    String getServiceManagerGroup();

    void setServiceManagerGroup(String serviceManagerGroup);

    @NotNull
    boolean isLimitToOwnOrgs();

    void setLimitToOwnOrgs(boolean limitToOwnOrgs);

    @NotNull
    int getAttentionThreshold();

    void setAttentionThreshold(int attentionThreshold);

    @NotNull
    int getMinGroupSize();

    void setMinGroupSize(int minGroupSize);
}
