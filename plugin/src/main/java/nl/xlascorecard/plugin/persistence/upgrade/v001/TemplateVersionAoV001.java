package nl.xlascorecard.plugin.persistence.upgrade.v001;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * FROZEN copy of the template-version entity as model version 1 knows it. Upgrade task 1 writes
 * through this copy, so a later change of {@code TemplateVersionAo} cannot change what that task
 * does. Never edit it; a later schema change gets its own copy in a new {@code vNNN} package.
 */
@Preload
@Table("TEMPLATE_VERSION")
public interface TemplateVersionAoV001 extends Entity {

    @NotNull
    @Unique
    @Indexed
    int getVersion();

    void setVersion(int version);

    @NotNull
    long getCreatedAt();

    void setCreatedAt(long createdAt);

    @StringLength(255)
    String getCreatedBy();

    void setCreatedBy(String createdBy);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);
}
