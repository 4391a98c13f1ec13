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

    @Test
    void aPassageOpensWithThePronounsAntecedentOrWithoutThePronoun() {
        // A fresh user's ransomware story: the passage around "The arrest came…" had opened "He has since been
        // charged…", its man left out.
        String text = "Hack arrest\n\nThe man was detained at an address in Dunmore on Tuesday. He has since been "
                + "charged, police said. The arrest came as figures showed the scale of disruption. On Monday 63 "
                + "operations were called off.";
        Document doc = new Document("b.txt", "Hack arrest", text, "h", SentenceSplitter.split("b.txt", text));
        Sentence arrest = doc.sentences().stream().filter(s -> s.text().startsWith("The arrest")).findFirst()
                .orElseThrow();
        for (Sentence passage : Passages.around(doc, arrest)) {
            assertFalse(passage.text().startsWith("He "), passage.text());
        }
        assertTrue(Passages.around(doc, arrest).get(0).text().startsWith("The man was detained"),
                Passages.around(doc, arrest).get(0).text());
    }
}
