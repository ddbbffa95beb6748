package dev.schemac.processor.snapshot;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A JSON object read strictly: a field it does not know is an error (so that a misspelt field is not ignored), and
 * every read names the JSON path when the value is missing or of the wrong type.
 */
final class JsonFields {
    private final JsonObject object;
    private final String path;

    private JsonFields(JsonObject object, String path) {
        this.object = object;
        this.path = path;
    }

    /** The object at {@code path}; an error when it is no object or has a field other than {@code fields}. */
    static JsonFields of(JsonElement element, String path, List<String> fields) throws SnapshotFormatException {
        if (!element.isJsonObject()) {
            throw new SnapshotFormatException((path.isEmpty() ? "the document" : path) + ": expected an object");
        }
        JsonFields object = new JsonFields(element.getAsJsonObject(), path);
        for (String key : new TreeSet<>(object.object.keySet())) {
            if (!fields.contains(key)) {
                throw object.error(key, "unknown field; expected " + String.join(", ", fields));
            }
        }
        return object;
    }

    String path() {
        return path;
    }

    /** {@code path.key}, the path of a field of this object. */
    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return object.has(key);
    }

    /** A non-empty string. */
    String string(String key) throws SnapshotFormatException {
        JsonPrimitive value = primitive(key, "a string");
        if (!value.isString()) {
            throw error(key, "expected a string");
        }
        if (value.getAsString().isEmpty()) {
            throw error(key, "must not be empty");
        }
        return value.getAsString();
    }

    /** A non-empty string, or {@code null} when the field is absent. */
    String optionalString(String key) throws SnapshotFormatException {
        return has(key) ? string(key) : null;
    }

    boolean bool(String key) throws SnapshotFormatException {
        JsonPrimitive value = primitive(key, "true or false");
        if (!value.isBoolean()) {
            throw error(key, "expected true or false");
        }
        return value.getAsBoolean();
    }

    boolean optionalBool(String key, boolean absent) throws SnapshotFormatException {
        return has(key) ? bool(key) : absent;
    }

    long whole(String key) throws SnapshotFormatException {
        JsonPrimitive value = primitive(key, "a whole number");
        if (!value.isNumber()) {
            throw error(key, "expected a whole number");
        }
        try {
            return new BigDecimal(value.getAsString()).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw error(key, "expected a whole number but found " + value.getAsString());
        }
    }

    List<String> strings(String key) throws SnapshotFormatException {
        List<String> values = new ArrayList<>();
        JsonArray array = array(key);
        for (int i = 0; i < array.size(); i++) {
            JsonElement item = array.get(i);
            if (!item.isJsonPrimitive() || !item.getAsJsonPrimitive().isString() || item.getAsString().isEmpty()) {
                throw new SnapshotFormatException(path(key) + "[" + i + "]: expected a non-empty string");
            }
            values.add(item.getAsString());
        }
        return values;
    }

    /**
     * The objects of an array field, each with the given fields; an absent field is an empty list unless
     * {@code required}.
     */
    List<JsonFields> objects(String key, boolean required, List<String> fields) throws SnapshotFormatException {
        if (!required && !has(key)) {
            return List.of();
        }
        JsonArray array = array(key);
        List<JsonFields> items = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            items.add(of(array.get(i), path(key) + "[" + i + "]", fields));
        }
        return items;
    }

    /** The object of a field with the given fields, or {@code null} when it is absent. */
    JsonFields optionalObject(String key, List<String> fields) throws SnapshotFormatException {
        return has(key) ? of(object.get(key), path(key), fields) : null;
    }

    SnapshotFormatException error(String key, String message) {
        return new SnapshotFormatException(path(key) + ": " + message);
    }

    private JsonArray array(String key) throws SnapshotFormatException {
        JsonElement value = require(key);
        if (!value.isJsonArray()) {
            throw error(key, "expected an array");
        }
        return value.getAsJsonArray();
    }

    private JsonPrimitive primitive(String key, String expected) throws SnapshotFormatException {
        JsonElement value = require(key);
        if (!value.isJsonPrimitive()) {
            throw error(key, "expected " + expected);
        }
        return value.getAsJsonPrimitive();
    }

    private JsonElement require(String key) throws SnapshotFormatException {
        JsonElement value = object.get(key);
        if (value == null) {
            throw error(key, "missing");
        }
        return value;
    }
}
