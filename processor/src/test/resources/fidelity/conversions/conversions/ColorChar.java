package conversions;
import jakarta.persistence.*;
@Converter
public class ColorChar implements AttributeConverter<Color, Character> {
    public Character convertToDatabaseColumn(Color c) { return c == null ? null : c.name().charAt(0); }
    public Color convertToEntityAttribute(Character s) { return null; }
}
