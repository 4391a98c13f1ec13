package dev.crosscheck.conflict;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StateLexiconTest {
    /** One wording of each alternative kind, both sides of every dimension. */
    private static final List<String> STATED = List.of(
            "The plant was reconnected to the grid.", "Power was restored at the plant.", "The reactor is back online.",
            "The plant was cut off.", "The plant runs on 18 diesel generators.", "It relies on emergency diesel power.",
            "Air defences were able to shoot down most drones.", "They were unable to intercept the missiles.",
            "We could not stop them.", "Lviv is close to the front line.",
            "The town is some 700 kilometres from any military battlefield.", "The bridge is still standing.",
            "The bridge collapsed.", "The airport reopened on Monday.", "The border crossing remains shut.");

    @Test
    void theQuickTestNeverSkipsASentenceThatStatesAState() {
        for (String s : STATED) {
            String lower = s.toLowerCase(Locale.ROOT);
            boolean stated = StateLexicon.DIMENSIONS.stream().anyMatch(d -> (d.positive().matcher(s).find()
                    || d.negative().matcher(s).find()) && d.mayMatch(lower));
            assertTrue(stated, s);
        }
    }

    @Test
    void theQuickTestSkipsOrdinarySentences() {
        String lower = "the minister said the budget would be published next week.";
        assertFalse(StateLexicon.DIMENSIONS.stream().anyMatch(d -> d.mayMatch(lower)));
    }
}
