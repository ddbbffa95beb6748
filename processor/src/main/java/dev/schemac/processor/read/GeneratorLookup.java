package dev.schemac.processor.read;

import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Finds the {@code @SequenceGenerator} or {@code @TableGenerator} an id uses, where Hibernate 7 looks for it by
 * default: on the id field, on the entity class, on the class declaring the field, then on that class's package.
 * A generator with a name only matches that name; unnamed ones serve any id that finds no named match. Generators
 * elsewhere are not visible.
 */
final class GeneratorLookup {
    private final Annotations annotations;
    private final Elements elements;

    GeneratorLookup(Annotations annotations, Elements elements) {
        this.annotations = annotations;
        this.elements = elements;
    }

    /** The {@code @SequenceGenerator}, or {@code null}. */
    AnnotationValues sequence(Attribute id, TypeElement entity, String name) {
        return find(id, entity, name, JpaNames.SEQUENCE_GENERATOR, JpaNames.SEQUENCE_GENERATORS);
    }

    /** The {@code @TableGenerator}, or {@code null}. */
    AnnotationValues table(Attribute id, TypeElement entity, String name) {
        return find(id, entity, name, JpaNames.TABLE_GENERATOR, JpaNames.TABLE_GENERATORS);
    }

    /**
     * The generator, or {@code null}.
     *
     * @param name the {@code @GeneratedValue(generator)}, or {@code null} to take the first generator found
     * @param single the generator annotation
     * @param repeated its container annotation
     */
    private AnnotationValues find(Attribute id, TypeElement entity, String name, String single, String repeated) {
        TypeElement declaring = (TypeElement) id.field().getEnclosingElement();
        List<Element> places = List.of(id.field(), entity, declaring, elements.getPackageOf(declaring));
        AnnotationValues unnamed = null;
        for (Element place : places) {
            for (AnnotationValues generator : annotations.of(place)
                    .repeated(single, repeated)) {
                String own = generator.string("name");
                if (name == null || own.equals(name)) {
                    return generator;
                }
                if (own.isEmpty() && unnamed == null) {
                    unnamed = generator;
                }
            }
        }
        return unnamed;
    }
}
