package dev.schemac.processor.read;

import java.util.ArrayDeque;
import java.util.Deque;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * Expands an embedded attribute in place: the embeddable's attributes become columns of the entity's table, named
 * by their own attribute names (not prefixed) unless an {@code @AttributeOverride} renames them.
 */
final class EmbeddedMapper {
    /** Maps one attribute of the embeddable, whatever kind it is. */
    interface Inner {
        void map(Attribute attribute, Scope scope);
    }

    private final ReadContext context;
    private final Deque<TypeElement> expanding = new ArrayDeque<>();

    EmbeddedMapper(ReadContext context) {
        this.context = context;
    }

    /** Whether the attribute is embedded: {@code @Embedded}, or of an {@code @Embeddable} class. */
    boolean applies(Attribute attribute) {
        return attribute.has(JpaNames.EMBEDDED) || attribute.type() instanceof DeclaredType declared
                && context.annotations.of(declared.asElement()).has(JpaNames.EMBEDDABLE);
    }

    void map(Attribute attribute, Scope scope, Inner inner) {
        String path = scope.pathOf(attribute);
        if (!(attribute.type() instanceof DeclaredType type)) {
            context.problems.invalid(attribute.field(), "@Embedded on " + path + " needs an @Embeddable class,"
                    + " but its type is " + attribute.type());
            return;
        }
        TypeElement embeddable = (TypeElement) type.asElement();
        if (expanding.contains(embeddable)) {
            context.problems.invalid(attribute.field(), path + " embeds " + embeddable.getSimpleName()
                    + " inside itself, which would need infinitely many columns");
            return;
        }
        scope.overrides().add(scope.attributePathOf(attribute), attribute.annotations(),
                embeddable.getSimpleName().toString());
        context.converters.enterEmbedded(attribute, scope);
        Scope within = scope.into(attribute);
        expanding.push(embeddable);
        try {
            boolean ownerProperty = context.attributes.access().hierarchyIsProperty(scope.table().entity());
            for (Attribute nested : context.attributes.of(type, ownerProperty)) {
                inner.map(nested, within);
            }
        } finally {
            expanding.pop();
        }
    }
}
