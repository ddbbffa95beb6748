package dev.schemac.internal.migrate;

/**
 * One row of the history table, as much of it as deciding what to do needs.
 *
 * @param version the migration's version
 * @param checksum the checksum its source had when it was applied
 * @param success whether it completed; always true for rows this runtime writes
 */
record HistoryRow(String version, String checksum, boolean success) {
}
