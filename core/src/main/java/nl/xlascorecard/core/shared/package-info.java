/**
 * Building blocks shared by all features: the {@link nl.xlascorecard.core.shared.Caller}, paging,
 * the expected failures (each mapped to one HTTP status), the transaction port and statistics.
 */
package nl.xlascorecard.core.shared;
