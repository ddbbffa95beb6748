package conversions;
import jakarta.persistence.*;
@Converter
public class ColorNumber implements AttributeConverter<Color, Integer> {
    public Integer convertToDatabaseColumn(Color c) { return c == null ? null : (c.ordinal() + 1) * 10; }
    public Color convertToEntityAttribute(Integer s) { return s == null ? null : Color.values()[s / 10 - 1]; }
}
