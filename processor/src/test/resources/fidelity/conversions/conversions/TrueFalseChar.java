package conversions;
import jakarta.persistence.*;
@Converter
public class TrueFalseChar implements AttributeConverter<Boolean, Character> {
    public Character convertToDatabaseColumn(Boolean b) { return b == null ? null : b ? 'T' : 'F'; }
    public Boolean convertToEntityAttribute(Character s) { return s == null ? null : s == 'T'; }
}
