package conversions;
import jakarta.persistence.*;
@Converter
public class ColorText implements AttributeConverter<Color, String> {
    public String convertToDatabaseColumn(Color c) { return c == null ? null : c.name().toLowerCase() + "'x"; }
    public Color convertToEntityAttribute(String s) { return s == null ? null : Color.valueOf(s.substring(0, s.length() - 2).toUpperCase()); }
}
