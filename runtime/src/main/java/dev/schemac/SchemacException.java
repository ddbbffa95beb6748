package dev.schemac;

import java.util.Objects;

/** A refusal or failure of the runtime, with a stable {@link ErrorCode} and a message that says what to do. */
public class SchemacException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public SchemacException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public SchemacException(ErrorCode code, String message, Throwable cause) {
        super(code + ": " + message, cause);
        this.code = Objects.requireNonNull(code);
    }

    public ErrorCode code() {
        return code;
    }
}
