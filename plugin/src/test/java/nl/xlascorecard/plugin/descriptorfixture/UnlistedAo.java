package nl.xlascorecard.plugin.descriptorfixture;

/** An entity that the broken test descriptor does not list: DescriptorTest must notice. Never migrated. */
public interface UnlistedAo extends SharedColumnsAo {

    String getName();

    void setName(String name);
}
