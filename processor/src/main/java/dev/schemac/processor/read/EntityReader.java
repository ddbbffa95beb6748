package dev.schemac.processor.read;

import dev.schemac.processor.Options.NamingStyle;
import dev.schemac.processor.diag.Diagnostics;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/** Reads {@code @Entity} classes into the schema Hibernate ORM 7 would create for them on PostgreSQL. */
public final class EntityReader {
    private final ProcessingEnvironment env;
    private final NamingStyle naming;
    private final Diagnostics diagnostics;

    public EntityReader(ProcessingEnvironment env, NamingStyle naming, Diagnostics diagnostics) {
        this.env = env;
        this.naming = naming;
        this.diagnostics = diagnostics;
    }

    /**
     * Reads the entities. Unsupported or invalid mappings are reported as errors on their element; the result is
     * then incomplete and must not be used.
     */
    public ReadResult read(List<TypeElement> entities) {
        throw new UnsupportedOperationException("not yet");
    }
}
