package conversions;
import jakarta.persistence.*;
@Converter(autoApply = true)
public class SizeAuto implements AttributeConverter<Size, String> {
    public String convertToDatabaseColumn(Size c) { return c == null ? null : c.name().substring(0, 1); }
    public Size convertToEntityAttribute(String s) { return null; }
}
