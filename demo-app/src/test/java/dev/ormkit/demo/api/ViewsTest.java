package dev.ormkit.demo.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class ViewsTest {
    private static final DateTimeFormatter PATTERN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

    @Test
    void timestampsAreTheSpecsIsoFormWithMillisecondsInUtc() {
        assertThat(Views.timestamp(LocalDateTime.of(2026, 12, 2, 4, 3, 9, 7_000_000)))
                .isEqualTo("2026-12-02T04:03:09.007Z");
        assertThat(Views.timestamp(LocalDateTime.of(2026, 1, 31, 23, 59, 59, 999_999_999)))
                .isEqualTo("2026-01-31T23:59:59.999Z");
    }

    @Test
    void timestampsMatchThePatternForEveryFieldWidth() {
        LocalDateTime[] samples = {
            LocalDateTime.of(1, 1, 1, 0, 0, 0, 0),
            LocalDateTime.of(999, 9, 9, 9, 9, 9, 90_000_000),
            LocalDateTime.of(1970, 1, 1, 0, 0, 0, 1_000_000),
            LocalDateTime.of(9999, 12, 31, 23, 59, 59, 123_456_789),
            LocalDateTime.of(2024, 2, 29, 12, 30, 0, 500_000),
        };
        for (LocalDateTime t : samples) {
            assertThat(Views.timestamp(t)).as(t.toString()).isEqualTo(t.format(PATTERN));
        }
        // outside four digits the pattern's own output
        LocalDateTime far = LocalDateTime.of(12345, 6, 7, 8, 9, 10);
        assertThat(Views.timestamp(far)).isEqualTo(far.format(PATTERN));
    }
}
