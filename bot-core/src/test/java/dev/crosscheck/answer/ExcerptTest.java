package dev.crosscheck.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.Sentence;
import dev.crosscheck.corpus.SentenceSplitter;
import dev.crosscheck.index.Token;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class ExcerptTest {
    private static final Analyzer ANALYZER = new EnglishAnalyzer();
    private static final String LIST = "The region is home to many airports, among them "
            + "Alder Field (the oldest, opened in 1921, with two runways, a museum and a flight school), "
            + "Birch International, the busiest single runway airport in the world, "
            + "Cedar Airport (cargo only, with nightly flights to every continent and a customs hall of its own), "
            + "Dunmore Regional (seasonal, with charter flights to the islands and the mountains in winter), "
            + "Elm Point (general aviation, with three flying clubs, a glider field and a helicopter school), "
            + "and Fir Valley, which serves the farming towns of the eastern plain and their markets.";

    private static Document doc(String text) {
        return new Document("d", "d", text, "h", SentenceSplitter.split("d", text));
    }

    private static Set<String> stems(String question) {
        Set<String> out = new HashSet<>();
        Token.of(ANALYZER, question).forEach(t -> out.add(t.stem()));
        return out;
    }

    @Test
    void aQuoteThatFitsIsKeptWhole() {
        Document d = doc("Birch International has the busiest single runway in the world.");
        Sentence s = d.sentences().get(0);
        assertSame(s, Excerpt.of(d, s, 500, -1, -1, Token.of(ANALYZER, s.text()), Set.of("runway")));
    }

    @Test
    void anOverlongSentenceIsCutAtClausesAroundItsAnswerAndTheQuestionsWords() {
        Document d = doc(LIST);
        Sentence s = d.sentences().get(0);
        assertTrue(s.text().length() > 300, "one sentence: " + d.sentences());
        int answer = LIST.indexOf("Birch International");
        Sentence cut = Excerpt.of(d, s, 200, answer, answer + "Birch International".length(),
                Token.of(ANALYZER, s.text()), stems("Which airport has the busiest single runway in the world?"));
        assertTrue(cut.text().length() <= 200, cut.text());
        assertTrue(cut.text().contains("Birch International, the busiest single runway airport in the world"),
                cut.text());
        assertEquals(LIST.substring(cut.start(), cut.end()), cut.text(), "verbatim");
        assertTrue(Excerpt.cutBefore(d, cut) || Excerpt.cutAfter(d, cut));
        assertFalse(Excerpt.cutBefore(d, s) || Excerpt.cutAfter(d, s), "a whole sentence is not cut");
    }

    @Test
    void aClauseLongerThanTheLimitIsCutAtSpacesAroundTheAnswer() {
        String text = "word ".repeat(120) + "the answer is Zorbania " + "word ".repeat(120) + "end.";
        Document d = doc(text);
        Sentence s = d.sentences().get(0);
        int answer = text.indexOf("Zorbania");
        Sentence cut = Excerpt.of(d, s, 100, answer, answer + "Zorbania".length(), Token.of(ANALYZER, s.text()),
                Set.of());
        assertTrue(cut.text().length() <= 100, cut.text());
        assertTrue(cut.text().contains("Zorbania"), cut.text());
        assertTrue(cut.text().startsWith("word") && cut.text().endsWith("word"), "cut at spaces: " + cut.text());
        assertEquals(text.substring(cut.start(), cut.end()), cut.text());
    }
}
