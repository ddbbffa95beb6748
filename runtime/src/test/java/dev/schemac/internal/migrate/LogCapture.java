package dev.schemac.internal.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects what the runtime logs on {@code dev.schemac} at or above a level while open. */
final class LogCapture extends Handler implements AutoCloseable {
    private final Logger logger = Logger.getLogger("dev.schemac");
    private final Level minimum;
    private final List<LogRecord> records = new ArrayList<>();

    LogCapture(Level minimum) {
        this.minimum = minimum;
        logger.addHandler(this);
    }

    /** The records so far. */
    synchronized List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** The messages so far, as logged. */
    List<String> messages() {
        return records().stream().map(LogRecord::getMessage).toList();
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (record.getLevel().intValue() >= minimum.intValue()) {
            records.add(record);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
