package scheduling;

import jakarta.persistence.Embeddable;

/** A generic embeddable: from one value to another of any basic type. */
@Embeddable
public class Span<T> {
    T first;

    T last;
}
