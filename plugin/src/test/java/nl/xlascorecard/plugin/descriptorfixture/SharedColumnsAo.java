package nl.xlascorecard.plugin.descriptorfixture;

import net.java.ao.Entity;

/** A base interface with shared columns: no table of its own, so DescriptorTest must not ask for it. */
public interface SharedColumnsAo extends Entity {

    long getRowVersion();

    void setRowVersion(long rowVersion);
}
