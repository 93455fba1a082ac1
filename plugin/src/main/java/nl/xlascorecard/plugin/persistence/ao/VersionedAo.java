package nl.xlascorecard.plugin.persistence.ao;

import net.java.ao.Entity;

/**
 * A row with an optimistic-lock counter. {@code UPDATED_AT} (epoch milliseconds of the last write)
 * doubles as the column an update writes first to take the row's write lock before it re-reads
 * {@code ROW_VERSION}: see {@code OptimisticLock}.
 */
public interface VersionedAo extends Entity {

    long getRowVersion();

    void setRowVersion(long rowVersion);

    Long getUpdatedAt();

    void setUpdatedAt(Long updatedAt);
}
