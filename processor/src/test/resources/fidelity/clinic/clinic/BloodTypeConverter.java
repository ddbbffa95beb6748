package clinic;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a blood type as its usual notation, "AB+" or "O-". */
@Converter
public class BloodTypeConverter implements AttributeConverter<BloodType, String> {
    @Override
    public String convertToDatabaseColumn(BloodType type) {
        if (type == null) {
            return null;
        }
        String name = type.name();
        return name.substring(0, name.indexOf('_')) + (name.endsWith("POS") ? "+" : "-");
    }

    @Override
    public BloodType convertToEntityAttribute(String text) {
        if (text == null) {
            return null;
        }
        String group = text.substring(0, text.length() - 1);
        return BloodType.valueOf(group + (text.endsWith("+") ? "_POS" : "_NEG"));
    }
}
