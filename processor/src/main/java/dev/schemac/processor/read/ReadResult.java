package dev.schemac.processor.read;

import dev.schemac.schema.SchemaModel;

/** The schema the entities map to, and where each part of it was declared. */
public record ReadResult(SchemaModel model, Origins origins) {
}
