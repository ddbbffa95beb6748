package guild;

import java.io.Serializable;
import java.util.Objects;

/** The key of a member: its guild's code and a number within it. */
public class MemberId implements Serializable {
    String guildCode;
    int number;

    @Override
    public boolean equals(Object o) {
        return o instanceof MemberId m && m.guildCode.equals(guildCode) && m.number == number;
    }

    @Override
    public int hashCode() {
        return Objects.hash(guildCode, number);
    }
}
