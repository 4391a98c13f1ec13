package dev.crosscheck.conflict;

import dev.crosscheck.corpus.Document;
import java.time.DayOfWeek;
import java.util.Optional;

/** Which of two reports was written on an earlier day, as conflict detection reads when a report was written. */
public final class ReportOrder {
    private ReportOrder() {
    }

    /**
     * The day of the week a report was written, by its date (front matter, stamp line or dateline), else by the
     * weekday its headline or lead names; empty when it gives neither (a file's time says when it was saved).
     */
    public static Optional<DayOfWeek> weekday(Document d) {
        return Optional.ofNullable(ReportTime.of(d).writtenOn());
    }

    /**
     * Negative when {@code a} was written on an earlier day than {@code b}, positive when on a later one, zero on the
     * same day; null unless both give a date (their front matter, a stamp line or a dateline): a weekday alone in a
     * lead says little of which week, and a file's time says when it was saved.
     */
    public static Integer byDay(Document a, Document b) {
        ReportTime ta = ReportTime.of(a);
        ReportTime tb = ReportTime.of(b);
        if (!ta.dated() || !tb.dated()) {
            return null;
        }
        return ta.compare(tb);
    }
}
