package nl.xlascorecard.plugin.persistence.ao;

import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** What the app stores about one JSM organisation (one row per organisation that has a profile). */
/* @Preload: every find loads whole rows in its one SELECT, not one more query per column. */
@Preload
@Table("ORG_PROFILE")
public interface OrgProfileAo extends VersionedAo {

    /** JSM organisation id; unique, so two first saves cannot create two profiles. */
    @NotNull
    @Unique
    @Indexed
    long getOrgId();

    void setOrgId(long orgId);

    /** {@code NL} or {@code EN}. */
    @NotNull
    @StringLength(2)
    String getLangCode();

    void setLangCode(String langCode);

    /** ISO date {@code yyyy-MM-dd}, or null. */
    @StringLength(10)
    String getCustomerSince();

    void setCustomerSince(String customerSince);

    /** User keys, one per line; null when there are none. */
    @StringLength(StringLength.UNLIMITED)
    String getServiceManagers();

    void setServiceManagers(String serviceManagers);

    @NotNull
    int getRoundsPerYear();

    void setRoundsPerYear(int roundsPerYear);

    /** Optimistic-lock counter, 1 after the first save. */
    @Override
    @NotNull
    long getRowVersion();

    @Override
    void setRowVersion(long rowVersion);

    @Override
    Long getUpdatedAt();

    @Override
    void setUpdatedAt(Long updatedAt);
}
