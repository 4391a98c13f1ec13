package dev.crosscheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestCores;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetrieverTest {
    private final Retriever retriever = TestCores.seeds().retriever();

    private boolean topHasText(String query, int k, String text) {
        List<Hit> hits = retriever.retrieve(query, k);
        return hits.stream().anyMatch(h -> h.sentence().text().contains(text));
    }

    private Set<String> terms(String word) {
        return retriever.termsOf(word, retriever.names());
    }

    @Test
    void aFigureEndsBeforeThePunctuationAfterIt() {
        java.util.List<String> words = Retriever.queryWords("In 2005, how many of the 1,444 pages cost 3.5m.");
        assertTrue(words.containsAll(java.util.List.of("2005", "1,444", "3.5m")), words.toString());
        assertFalse(words.contains("2005,"), words.toString());
    }

    @Test
    void findsSentencesWrittenWithAnotherTransliteration() {
        // The question spells names one way, the sentences another.
        assertTrue(topHasText("Kiev mayor explosions", 5, "Kyiv Mayor Vitali Klitschko"));
        assertTrue(topHasText("Synegubov attacks", 5, "Synjehubow"));
        assertTrue(topHasText("Bachmut battle", 10, "Bakhmut"));
        assertTrue(topHasText("Zelenskyj evening video address", 5, "Zelenskyy said in a late Wednesday video address"));
    }

    @Test
    void aYesNoQuestionsOpeningAuxiliaryAndItsIndefinitePronounsAreNoTopic() {
        java.util.List<String> words = Retriever.queryWords("Has the IAEA said anything?");
        assertTrue(words.containsAll(java.util.List.of("IAEA", "said")), words.toString());
        assertFalse(words.contains("Has") || words.contains("anything"), words.toString());
        assertFalse(Retriever.queryWords("Were there any casualties in Odesa?").contains("any"));
        assertFalse(Retriever.queryWords("What did the home secretary say about Mubanga?").contains("about"));
    }

    @Test
    void anAuxiliaryFormOfBeIsNoTopic() {
        assertEquals(java.util.List.of("high", "court", "proceedings", "held"),
                Retriever.queryWords("What were high court proceedings being held about?"));
        assertFalse(Retriever.queryWords("Has anyone been arrested?").contains("been"));
    }

    @Test
    void aPossessiveDeterminerIsNoTopic() {
        assertFalse(Retriever.queryWords("How many users did PC Pro ask in its survey?").contains("its"),
                "as \"their\" is none to the index");
        assertFalse(Retriever.queryWords("What did Blair say in his speech?").contains("his"));
    }

    @Test
    void aPersonalPronounIsNoTopic() {
        assertEquals(java.util.List.of("Kelli", "White", "say", "felt", "had", "to", "cheat"),
                Retriever.queryWords("Why does Kelli White say she felt she had to cheat?"),
                "as \"it\" and \"they\" are none to the index");
        assertFalse(Retriever.queryWords("What did he tell them?").contains("he"));
    }

    @Test
    void aPluralPossessiveIsReadAsItsNoun() {
        assertTrue(Retriever.queryWords("Who was the Greek sprinters' coach?").contains("sprinters"));
        assertTrue(Retriever.queryWords("Who is Poland's president?").contains("Poland"));
        assertTrue(Retriever.queryWords("How many customers has Sky signed up?").contains("has"),
                "inside a question, \"has\" is left to the scorer, which was fitted with it");
    }

    @Test
    void aWordOfLettersAndDigitsIsOneWordAsTheIndexReadsIt() {
        // "BT's 3D engine" and "the MP3 player" are indexed as "3d" and "mp3"; "3" and "d" are covered by neither.
        assertEquals(List.of("BT", "3d", "engine", "called"), Retriever.queryWords("What's BT's 3d engine called?"));
        assertTrue(Retriever.queryWords("Which MP3 player sold best?").contains("MP3"));
        assertTrue(Retriever.queryWords("What did the G8 agree in 2005?").containsAll(List.of("G8", "2005")));
    }

    @Test
    void readsAMistypedWordAsTheIndexedWordItIsNearest() {
        // "govenor" and "missles" are in no sentence and are not English.
        assertEquals(Set.of("governor"), terms("govenor"));
        assertEquals(Set.of("missil"), terms("missles"));
    }

    @Test
    void leavesNamesAndEnglishWordsTheCorpusLacksAsTheyAre() {
        // A capitalised word may name what the folder does not hold: "corrected", it would look answerable.
        assertEquals(Set.of("zorbania"), terms("Zorbania"));
        assertEquals(Set.of("median"), terms("median"));
    }

    @Test
    void writesATypoAsTheArticlesWriteTheWordItIsReadAs() {
        assertEquals("How many missiles were fired?", retriever.respelled("How many missles were fired?"),
                "the form nearest the typo: \"missiles\", not \"missile\"");
        assertEquals("Who is the governor of Kharkiv?", retriever.respelled("Who is the govenor of Kharkiv?"));
        // An English word the articles lack ("among", which WordNet, a lexicon of content words, lacks too) is no
        // typo, nor is a name; and the text is left as it is when nothing in it is one.
        assertEquals("Which city among those was hit?", retriever.respelled("Which city among those was hit?"));
        assertEquals("Where is Zorbania?", retriever.respelled("Where is Zorbania?"));
    }

    @Test
    void theModelsVocabularyKnowsEnglishWordsAndNotTypos() {
        Embedder embedder = TestCores.embedder();
        assertTrue(embedder.knowsWord("among"));
        assertTrue(embedder.knowsWord("missiles"));
        assertFalse(embedder.knowsWord("missles"));
    }

    @Test
    void findsParaphrasesThroughVectors() {
        assertTrue(topHasText("sirens in the capital stopped after hours", 5, "seven hours"));
    }

    @Test
    void aWordsRelatedTermsAreSearchedForBesideItsOwn() {
        String query = "Who is the watchdog boss?";
        float[] vector = TestCores.embedder().embedQuery(query);
        double without = lexicalOf(retriever.retrieve(query, Map.of(), vector, null, 25, Set.of()), "watchdog chief");
        double with = lexicalOf(retriever.retrieve(query, Map.of("boss", Set.of("chief")), vector, null, 25, Set.of()),
                "watchdog chief");
        assertTrue(with > without, "with " + with + ", without " + without);
    }

    /** The BM25 score of the hit holding {@code text}; 0 when none does. */
    private static double lexicalOf(List<Hit> hits, String text) {
        return hits.stream().filter(h -> h.sentence().text().contains(text)).mapToDouble(Hit::lexical).findFirst()
                .orElse(0);
    }

    @Test
    void returnsNothingRatherThanFailingForAQueryOfOnlyStopWords() {
        List<Hit> hits = retriever.retrieve("what is the", 5);
        assertTrue(hits.size() <= 5);
    }
}
