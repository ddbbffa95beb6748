package dev.schemac.processor.write;

import dev.schemac.processor.diff.DiffResult;

/**
 * What to generate.
 *
 * @param packageName the migration package
 * @param version the version digits
 * @param description the CamelCase description, e.g. {@code CreateCustomer}
 * @param diff the operations
 */
public record MigrationSpec(String packageName, String version, String description, DiffResult diff) {
    /** {@code V<version>__<description>}. */
    public String className() {
        return "V" + version + "__" + description;
    }
}
