package payroll;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a kind of leave as its one-letter code, for every attribute of that type. */
@Converter(autoApply = true)
public class LeaveKindConverter implements AttributeConverter<LeaveKind, Character> {
    @Override
    public Character convertToDatabaseColumn(LeaveKind kind) {
        return kind == null ? null : kind.code;
    }

    @Override
    public LeaveKind convertToEntityAttribute(Character code) {
        if (code == null) {
            return null;
        }
        for (LeaveKind kind : LeaveKind.values()) {
            if (kind.code == code) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no leave kind " + code);
    }
}
