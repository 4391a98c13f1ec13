package dev.crosscheck.conflict;

import dev.crosscheck.corpus.Document;

/** Which of two reports was written on an earlier day, as conflict detection reads when a report was written. */
public final class ReportOrder {
    private ReportOrder() {
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
