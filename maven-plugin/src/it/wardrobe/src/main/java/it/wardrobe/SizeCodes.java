package it.wardrobe;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a size as its code; schemac calls it at generation time for the column's check. */
@Converter(autoApply = true)
public class SizeCodes implements AttributeConverter<Size, String> {
    @Override
    public String convertToDatabaseColumn(Size size) {
        return size == null ? null : size.code;
    }

    @Override
    public Size convertToEntityAttribute(String code) {
        if (code == null) {
            return null;
        }
        for (Size size : Size.values()) {
            if (size.code.equals(code)) {
                return size;
            }
        }
        throw new IllegalArgumentException("no size " + code);
    }
}
