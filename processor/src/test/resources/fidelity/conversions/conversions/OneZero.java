package conversions;
import jakarta.persistence.*;
@Converter
public class OneZero implements AttributeConverter<Boolean, Integer> {
    public Integer convertToDatabaseColumn(Boolean b) { return b == null ? null : b ? 1 : 0; }
    public Boolean convertToEntityAttribute(Integer s) { return s == null ? null : s == 1; }
}
