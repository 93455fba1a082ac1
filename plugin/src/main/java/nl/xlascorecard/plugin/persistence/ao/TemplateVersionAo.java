package nl.xlascorecard.plugin.persistence.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One stored version of the scorecard template; never changed after insert. The body (categories
 * and statements in both languages) is JSON text, see {@code TemplateJson}.
 */
/* @Preload: every find loads whole rows in its one SELECT, not one more query per column. */
@Preload
@Table("TEMPLATE_VERSION")
public interface TemplateVersionAo extends Entity {

    /** 1, 2, 3...; unique, so two administrators saving at once cannot both create the same version. */
    @NotNull
    @Unique
    @Indexed
    int getVersion();

    void setVersion(int version);

    /** Epoch milliseconds (UTC): no time-zone conversion on the way in or out. */
    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    /** User key, null for the shipped default. */
    @StringLength(255)
    String getCreatedBy();

    void setCreatedBy(String createdBy);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);
}
