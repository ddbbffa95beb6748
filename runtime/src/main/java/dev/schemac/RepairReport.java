package dev.schemac;

import java.util.List;

/**
 * What {@link Schemac#repair()} found and did.
 *
 * @param unfinished the versions of migrations recorded as unfinished, whose online steps the next migrate resumes
 * @param droppedIndexes the invalid indexes it dropped, {@code schema.index} or {@code index}
 */
public record RepairReport(List<String> unfinished, List<String> droppedIndexes) {
    public RepairReport {
        unfinished = List.copyOf(unfinished);
        droppedIndexes = List.copyOf(droppedIndexes);
    }
}
