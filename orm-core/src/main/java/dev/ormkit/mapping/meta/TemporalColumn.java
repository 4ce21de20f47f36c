package dev.ormkit.mapping.meta;

/**
 * A date or time attribute of {@code E} ({@code LocalDate}, {@code LocalDateTime},
 * {@code Instant}, {@code OffsetDateTime}); compare with {@code lt}/{@code gt}/{@code between}.
 *
 * @param <E> the mapped class
 * @param <T> the temporal type
 */
public final class TemporalColumn<E, T extends Comparable<? super T>> extends TypedColumn<E, T> {
    public TemporalColumn(Class<E> entity, String attribute) {
        super(entity, attribute);
    }
}
