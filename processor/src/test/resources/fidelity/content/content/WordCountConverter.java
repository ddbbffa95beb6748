package content;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A count kept as a short string of digits, to show that the column type is the converter's, not the field's. */
@Converter
public class WordCountConverter implements AttributeConverter<Integer, String> {
    @Override
    public String convertToDatabaseColumn(Integer value) {
        return value == null ? null : value.toString();
    }

    @Override
    public Integer convertToEntityAttribute(String value) {
        return value == null ? null : Integer.valueOf(value);
    }
}
