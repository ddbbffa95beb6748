package conversions;
import jakarta.persistence.*;
@Embeddable
public class Part {
    @Convert(converter = ColorChar.class) Color partColor;
    @Convert(converter = YesNo.class) Boolean partFlag;
}
