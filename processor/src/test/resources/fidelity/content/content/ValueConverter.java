package content;

import jakarta.persistence.AttributeConverter;

/** A converter base class: subclasses fix the type arguments, which schemac reads through the hierarchy. */
public abstract class ValueConverter<X, Y> implements AttributeConverter<X, Y> {
    abstract Y toColumn(X value);

    abstract X fromColumn(Y value);

    @Override
    public Y convertToDatabaseColumn(X value) {
        return value == null ? null : toColumn(value);
    }

    @Override
    public X convertToEntityAttribute(Y value) {
        return value == null ? null : fromColumn(value);
    }
}
