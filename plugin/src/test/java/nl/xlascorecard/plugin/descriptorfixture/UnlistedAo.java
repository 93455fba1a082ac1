package nl.xlascorecard.plugin.descriptorfixture;

import net.java.ao.Entity;

/** An entity that the broken test descriptor does not list: DescriptorTest must notice. Never migrated. */
public interface UnlistedAo extends Entity {

    String getName();

    void setName(String name);
}
