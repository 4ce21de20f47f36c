package dev.ormkit.mapping;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/** The current UTC time, for {@code @Column(insertDefault = Now.class)}: Python's {@code datetime.utcnow}. */
public final class Now implements Supplier<LocalDateTime> {
    @Override
    public LocalDateTime get() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
