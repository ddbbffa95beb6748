package conversions;
import jakarta.persistence.*;
@Converter
public class YesNo implements AttributeConverter<Boolean, String> {
    public String convertToDatabaseColumn(Boolean b) { return b == null ? null : b ? "Y" : "N"; }
    public Boolean convertToEntityAttribute(String s) { return s == null ? null : s.equals("Y"); }
}
