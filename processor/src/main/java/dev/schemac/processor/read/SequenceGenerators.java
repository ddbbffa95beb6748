package dev.schemac.processor.read;

import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Finds the {@code @SequenceGenerator} an id uses, where Hibernate 7 looks for it by default: on the id field, on
 * the entity class, on the class declaring the field, then on that class's package. A generator with a name only
 * matches that name; unnamed ones serve any id that finds no named match. Generators elsewhere are not visible.
 */
final class SequenceGenerators {
    private final Annotations annotations;
    private final Elements elements;

    SequenceGenerators(Annotations annotations, Elements elements) {
        this.annotations = annotations;
        this.elements = elements;
    }

    /**
     * The generator, or {@code null}.
     *
     * @param name the {@code @GeneratedValue(generator)}, or {@code null} to take the first generator found
     */
    AnnotationValues find(Attribute id, TypeElement entity, String name) {
        TypeElement declaring = (TypeElement) id.field().getEnclosingElement();
        List<Element> places = List.of(id.field(), entity, declaring, elements.getPackageOf(declaring));
        AnnotationValues unnamed = null;
        for (Element place : places) {
            for (AnnotationValues generator : annotations.of(place)
                    .repeated(JpaNames.SEQUENCE_GENERATOR, JpaNames.SEQUENCE_GENERATORS)) {
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
