package dev.crosscheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProseTest {
    @Test
    void aHeadlineStaysApartFromTheTextItAnnounces() {
        // Two fresh users' replies had read "…enters second day The number of operations…" as one sentence.
        assertEquals("Hundreds of operations cancelled as attack enters second day — The number of operations has "
                + "risen to 310.", Prose.folded("Hundreds of operations cancelled as attack enters second day\n\n"
                + "The number of operations has\nrisen to 310."));
    }

    @Test
    void sentencesAndHardWrappedLinesFoldToOneSpace() {
        assertEquals("Four people died. Rescuers searched the river all night.",
                Prose.folded("Four people died.\u00a0\n\nRescuers searched the\nriver  all night.\n"));
    }
}
