package dev.schemac.processor.write;

import dev.schemac.processor.diff.DiffResult;
import java.time.Instant;
import java.util.List;

/** Chooses the version and description of a new migration. */
public final class MigrationNames {
    private MigrationNames() {
    }

    /** A CamelCase description of the changes, e.g. {@code CreateCustomer} or {@code AddCustomerEmail}. */
    public static String describe(DiffResult diff) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * The UTC time as {@code yyyyMMddHHmmss}, or one more than the newest existing version if that is not greater,
     * so that the new migration always sorts last.
     */
    /** A Java identifier made from what a person typed, e.g. {@code add loyalty points} to {@code AddLoyaltyPoints}. */
    public static String toIdentifier(String text) {
        throw new UnsupportedOperationException("not yet");
    }

    public static String nextVersion(Instant now, List<MigrationSource> existing) {
        throw new UnsupportedOperationException("not yet");
    }
}
