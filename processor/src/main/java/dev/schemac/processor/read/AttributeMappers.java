package dev.schemac.processor.read;

import javax.lang.model.type.TypeKind;

/**
 * Chooses how an attribute is mapped, in order: refused if it uses something schemac does not read yet, else an
 * association, else an embedded value, else a basic column. A new kind of mapping is a new mapper in this chain.
 */
final class AttributeMappers {
    private final ReadContext context;
    private final ToOneMapper toOne;
    private final EmbeddedMapper embedded;
    private final BasicMapper basic;
    private final CollectionMapper collections;

    AttributeMappers(ReadContext context) {
        Columns columns = new Columns(context);
        this.context = context;
        this.toOne = new ToOneMapper(context, columns);
        this.embedded = new EmbeddedMapper(context);
        this.basic = new BasicMapper(context, columns);
        this.collections = new CollectionMapper(context, columns, basic);
    }

    void map(Attribute attribute, Scope scope) {
        // javac reports a type it cannot resolve itself; schemac has nothing to add
        if (attribute.type().getKind() == TypeKind.ERROR
                || context.unsupported.onField(attribute, scope.pathOf(attribute))) {
            return;
        }
        if (CollectionMapper.applies(attribute)) {
            collections.map(attribute, scope, this::map);
        } else if (ToOneMapper.applies(attribute)) {
            toOne.map(attribute, scope);
        } else if (embedded.applies(attribute)) {
            embedded.map(attribute, scope, this::map);
        } else {
            basic.map(attribute, scope);
        }
    }
}
