package dev.schemac.internal.migrate;

/**
 * One row of the history table, as much of it as deciding what to do needs.
 *
 * @param version the migration's version
 * @param checksum the checksum its source had when it was applied
 * @param success whether it completed; false while its online steps are still to run
 */
record HistoryRow(String version, String checksum, boolean success) {
}
