package conversions;
import jakarta.persistence.*;
import java.util.*;
@Entity
public class Thing {
    @Id Long id;
    @Convert(converter = ColorText.class) Color text;
    @Convert(converter = ColorText.class) @Column(length = 9, nullable = false) Color shortText;
    @Convert(converter = ColorNumber.class) Color number;
    @Convert(converter = ColorChar.class) Color letter;
    Size size;
    @Convert(converter = YesNo.class) Boolean yesNo;
    @Convert(converter = YesNo.class) boolean yesNoPrimitive;
    @Convert(converter = OneZero.class) Boolean oneZero;
    @Convert(converter = TrueFalseChar.class) Boolean tf;
    @ElementCollection @Convert(converter = ColorText.class) Set<Color> colors;
    @ElementCollection Set<Size> sizes;
    @Convert(converter = ColorText.class) @Column(columnDefinition = "varchar(12)") Color defined;
    @Convert(converter = YesNo.class) @Column(columnDefinition = "varchar(1)") Boolean definedFlag;
    @ElementCollection @CollectionTable(name = "size_names") Map<Size, String> sizeNames;
    @Embedded Part part;
}
