/**
 * Statistics of the scorecard: summaries with t-based 95% confidence intervals and Welch's
 * two-sample t-test, computed from first principles (the core depends on the JDK only).
 */
package nl.xlascorecard.core.shared.stats;
