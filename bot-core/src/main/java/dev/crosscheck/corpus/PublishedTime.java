package dev.crosscheck.corpus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Publication times as front matter and pages write them: an instant ("2026-12-01T09:30:00Z"), a time with an offset
 * ("…T11:30:00+02:00"), one without (read as UTC), or a day (UTC midnight).
 */
public final class PublishedTime {
    private PublishedTime() {
    }

    /** The instant, or null when the text is none of those forms. */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            // Not with an offset; try the other forms.
        }
        try {
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // Not a local date-time either.
        }
        try {
            return LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
