package dev.schemac.internal.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The list of migrations the build found, written by the processor and read by the runtime at startup so that it
 * needs neither classpath scanning nor loading a class per migration. A text file, one migration a line:
 * {@code version TAB description TAB checksum TAB class-name}, sorted by version, after a header line.
 */
public record MigrationIndex(List<IndexEntry> entries) {
    static final String HEADER = "# schemac migration index 1";

    public MigrationIndex {
        entries = sorted(entries);
        for (int i = 1; i < entries.size(); i++) {
            if (IndexEntry.VERSION_ORDER.compare(entries.get(i - 1).version(), entries.get(i).version()) == 0) {
                throw new IllegalArgumentException("two migrations have version " + entries.get(i).version() + ": "
                        + entries.get(i - 1).className() + " and " + entries.get(i).className());
            }
        }
    }

    /** The file's text; the same entries always give the same text. */
    public String format() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (IndexEntry e : entries) {
            text.append(e.version()).append('\t').append(e.description()).append('\t').append(e.checksum())
                    .append('\t').append(e.className()).append('\n');
        }
        return text.toString();
    }

    /**
     * Reads an index.
     *
     * @throws IllegalArgumentException naming the line when the text is not an index
     */
    public static MigrationIndex parse(Reader reader) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        String header = lines.readLine();
        if (!HEADER.equals(header)) {
            throw new IllegalArgumentException("line 1: expected '" + HEADER + "' but found '" + header + "'");
        }
        List<IndexEntry> entries = new ArrayList<>();
        int number = 1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = fields(line);
            if (fields.length != 4) {
                throw new IllegalArgumentException("line " + number + ": expected 4 tab-separated fields but found "
                        + fields.length);
            }
            try {
                entries.add(new IndexEntry(fields[0], fields[1], fields[2], fields[3]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
            }
        }
        return new MigrationIndex(entries);
    }

    /** The entries in version order; the file is sorted already, which costs one pass to confirm. */
    private static List<IndexEntry> sorted(List<IndexEntry> entries) {
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i - 1).compareTo(entries.get(i)) > 0) {
                List<IndexEntry> copy = new ArrayList<>(entries);
                Collections.sort(copy);
                return List.copyOf(copy);
            }
        }
        return List.copyOf(entries);
    }

    /** The line's tab-separated fields, empty ones included. */
    private static String[] fields(String line) {
        List<String> fields = new ArrayList<>(4);
        int start = 0;
        for (int tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', start)) {
            fields.add(line.substring(start, tab));
            start = tab + 1;
        }
        fields.add(line.substring(start));
        return fields.toArray(new String[0]);
    }
}
