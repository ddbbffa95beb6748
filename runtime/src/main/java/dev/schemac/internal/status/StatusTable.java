package dev.schemac.internal.status;

import dev.schemac.MigrationState;
import dev.schemac.MigrationStatus;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Renders a {@link MigrationStatus} as an aligned plain-text table that reads well in a terminal and a CI log. */
public final class StatusTable {
    private static final DateTimeFormatter APPLIED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final List<String> HEADER = List.of("Version", "Description", "State", "Applied at", "Checksum");
    /** Enough of a SHA-256 to tell two sources apart by eye. */
    private static final int CHECKSUM_SHOWN = 12;

    private StatusTable() {
    }

    public static String render(MigrationStatus status) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (MigrationStatus.Entry e : status.entries()) {
            rows.add(List.of(e.version(), e.description(), e.state().name(),
                    e.appliedAt() == null ? "" : APPLIED_AT.format(e.appliedAt()), checksum(e)));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            line(text, rows.get(r), widths);
            if (r == 0) {
                List<String> rule = new ArrayList<>();
                for (int width : widths) {
                    rule.add("-".repeat(width));
                }
                line(text, rule, widths);
            }
        }
        return text.append(summary(status)).append('\n').toString();
    }

    /** Both checksums when they differ, so that a mismatch shows which source was applied. */
    private static String checksum(MigrationStatus.Entry e) {
        String applied = shorten(e.appliedChecksum());
        String code = shorten(e.codeChecksum());
        if (e.state() == MigrationState.CHECKSUM_MISMATCH) {
            return "applied " + applied + ", code " + code;
        }
        return applied.isEmpty() ? code : applied;
    }

    private static String shorten(String checksum) {
        return checksum == null ? "" : checksum.substring(0, Math.min(CHECKSUM_SHOWN, checksum.length()));
    }

    private static void line(StringBuilder text, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(i == 0 ? "" : " | ").append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length()));
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }

    /** E.g. {@code 3 applied, 1 pending, 1 CHECKSUM_MISMATCH: needs attention (history table schemac_history)}. */
    private static String summary(MigrationStatus status) {
        Map<MigrationState, Integer> counts = new EnumMap<>(MigrationState.class);
        status.entries().forEach(e -> counts.merge(e.state(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        counts.forEach((state, count) -> parts.add(count + " " + (state.needsAttention() ? state.name()
                : state.name().toLowerCase(java.util.Locale.ROOT))));
        String counted = parts.isEmpty() ? "no migrations" : String.join(", ", parts);
        return counted + (status.needsAttention() ? ": needs attention" : ": ok") + " (history table "
                + status.historyTable() + ")";
    }
}
