/**
 * Business time: working days, opening hours, holidays and a time zone, so that due times and
 * countdowns of follow-ups follow the service desk's working week rather than the wall clock.
 */
package nl.xlascorecard.core.shared.calendar;
