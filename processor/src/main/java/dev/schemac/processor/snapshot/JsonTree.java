package dev.schemac.processor.snapshot;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.internal.LazilyParsedNumber;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;

/**
 * Parses JSON text strictly into Gson's tree. Unlike Gson's own tree adapter it refuses a field given twice, which
 * would otherwise silently keep the last value (a typical result of a badly resolved merge conflict).
 */
final class JsonTree {
    private static final String GSON_HELP = "\nSee https://";
    private static final String GSON_LENIENCY = "Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed"
            + " JSON";

    private JsonTree() {
    }

    static JsonElement parse(String text) throws SnapshotFormatException {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            JsonElement root = read(reader);
            try {
                if (reader.peek() == JsonToken.END_DOCUMENT) {
                    return root;
                }
            } catch (IOException e) {
                // Strict mode refuses a second value in the same way as other syntax; say what it is.
            }
            throw new SnapshotFormatException("malformed JSON: more text after the end of the document");
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw new SnapshotFormatException("malformed JSON: " + gsonMessage(e), e);
        }
    }

    private static JsonElement read(JsonReader reader) throws IOException, SnapshotFormatException {
        switch (reader.peek()) {
            case BEGIN_OBJECT -> {
                JsonObject object = new JsonObject();
                reader.beginObject();
                while (reader.hasNext()) {
                    String name = reader.nextName();
                    if (object.has(name)) {
                        throw new SnapshotFormatException(path(reader) + ": field given twice");
                    }
                    object.add(name, read(reader));
                }
                reader.endObject();
                return object;
            }
            case BEGIN_ARRAY -> {
                JsonArray array = new JsonArray();
                reader.beginArray();
                while (reader.hasNext()) {
                    array.add(read(reader));
                }
                reader.endArray();
                return array;
            }
            case STRING -> {
                return new JsonPrimitive(reader.nextString());
            }
            case NUMBER -> {
                return new JsonPrimitive(new LazilyParsedNumber(reader.nextString()));
            }
            case BOOLEAN -> {
                return new JsonPrimitive(reader.nextBoolean());
            }
            case NULL -> {
                reader.nextNull();
                return JsonNull.INSTANCE;
            }
            default -> throw new SnapshotFormatException("malformed JSON: unexpected " + reader.peek() + " at "
                    + reader.getPath());
        }
    }

    /** Gson's path ({@code $.tables[0].name}) in the form the other messages use ({@code tables[0].name}). */
    private static String path(JsonReader reader) {
        String path = reader.getPath();
        return path.startsWith("$.") ? path.substring(2) : path;
    }

    /** Gson's message names line, column and path; its troubleshooting link is noise in a compiler message. */
    private static String gsonMessage(Exception e) {
        String message = String.valueOf(e.getMessage());
        int help = message.indexOf(GSON_HELP);
        String text = help < 0 ? message : message.substring(0, help);
        return text.replace(GSON_LENIENCY, "syntax error (unquoted name, single quotes or comment?)");
    }
}
