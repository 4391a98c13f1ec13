package dev.crosscheck.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.SentenceSplitter;
import dev.crosscheck.corpus.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassagesTest {
    private static final String TEXT = "Storm hits Norland\n\nThe storm reached the coast on Monday. It killed four "
            + "people in Harwick. Rescue teams were sent from the capital.\n\nAftermath\n\nRoads stayed closed for two "
            + "days.";
    private static final Document DOC = new Document("a.txt", "Storm hits Norland", TEXT, "h",
            SentenceSplitter.split("a.txt", TEXT));

    private static Sentence sentence(String start) {
        return DOC.sentences().stream().filter(s -> s.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void aSentenceOpeningWithAPronounIsQuotedWithTheOneBefore() {
        assertEquals("The storm reached the coast on Monday. It killed four people in Harwick.",
                Passages.withAntecedent(sentence("It killed"), DOC).text());
        assertEquals("The storm reached the coast on Monday.",
                Passages.withAntecedent(sentence("The storm"), DOC).text());
    }

    @Test
    void aPassageStopsBeforeASubheadingAndNeverTakesInTheHeadline() {
        List<Sentence> around = Passages.around(DOC, sentence("The storm"));
        for (Sentence passage : around) {
            assertTrue(passage.text().startsWith("The storm"), passage.text());
            assertFalse(passage.text().contains("Aftermath"), passage.text());
        }
        assertEquals("The storm reached the coast on Monday. It killed four people in Harwick. Rescue teams were "
                + "sent from the capital.", around.get(around.size() - 1).text().replace("\n", " "));
        assertTrue(DOC.isHeadline(DOC.sentences().get(0)));
    }
}
