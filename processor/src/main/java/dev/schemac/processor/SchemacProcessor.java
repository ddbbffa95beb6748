package dev.schemac.processor;

import com.google.auto.service.AutoService;
import dev.schemac.processor.read.JavaxEntities;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The schemac annotation processor: reads every {@code @Entity}, compares the schema with the committed snapshot,
 * and in generate mode writes a migration and the new snapshot into the source tree; in check mode each difference
 * is a compile error. It always writes the migration index the runtime reads.
 */
@AutoService(Processor.class)
public final class SchemacProcessor extends AbstractProcessor {
    static final String ENTITY = "jakarta.persistence.Entity";
    static final String CONVERTER = "jakarta.persistence.Converter";

    /** Entities by qualified name, gathered over the rounds; the work happens once, in the last round. */
    private final Map<String, TypeElement> entities = new TreeMap<>();
    /** Classes annotated with the old javax.persistence.Entity, which schemac refuses with an error. */
    private final Map<String, TypeElement> javaxEntities = new TreeMap<>();
    /** {@code @Converter} classes, whose auto-applied ones change the columns of their types. */
    private final Map<String, TypeElement> converters = new TreeMap<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        // "*": the processor must also run when no entity is left, to notice that every table went away.
        return Set.of("*");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Options.ALL;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (!round.processingOver()) {
            TypeElement entity = processingEnv.getElementUtils().getTypeElement(ENTITY);
            if (entity != null) {
                for (var e : round.getElementsAnnotatedWith(entity)) {
                    if (e instanceof TypeElement type) {
                        entities.put(type.getQualifiedName().toString(), type);
                    }
                }
            }
            TypeElement converter = processingEnv.getElementUtils().getTypeElement(CONVERTER);
            if (converter != null) {
                for (var e : round.getElementsAnnotatedWith(converter)) {
                    if (e instanceof TypeElement type) {
                        converters.put(type.getQualifiedName().toString(), type);
                    }
                }
            }
            for (TypeElement type : JavaxEntities.in(round.getRootElements())) {
                javaxEntities.put(type.getQualifiedName().toString(), type);
            }
            return false;
        }
        if (round.errorRaised() || UnresolvedSymbols.in(entities.values(), processingEnv)) {
            // javac reported errors in the sources, or will once processing is over; a model read from them could
            // be wrong, and javac's own errors say what to fix.
            return false;
        }
        if (!processingEnv.getOptions().containsKey(Options.BASE_DIR) && entities.isEmpty()
                && javaxEntities.isEmpty()) {
            // Found on a classpath by service discovery in a compile with no entities: nothing to do here.
            return false;
        }
        SchemacRun.execute(processingEnv, List.copyOf(entities.values()), List.copyOf(javaxEntities.values()),
                List.copyOf(converters.values()));
        return false;
    }
}
