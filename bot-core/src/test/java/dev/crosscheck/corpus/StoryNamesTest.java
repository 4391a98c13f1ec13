package dev.crosscheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryNamesTest {
    private static Document doc(String text) {
        return doc("a.txt", text);
    }

    private static Document doc(String id, String text) {
        return new Document(id, "", text, "h", SentenceSplitter.split(id, text));
    }

    @Test
    void theNamesOfAStoryAreCapitalisedWordsMidSentence() {
        Set<String> names = StoryNames.names(doc("Missiles hit Kyiv's centre and Lviv, Odesa and Dnipro. The mayor, "
                + "Vitali Klitschko, said Jean-Pierre Élise and the UN met in Ivano-Frankivsk; Kharkiv 12 UK"));
        assertEquals(Set.of("kyiv", "lviv", "odesa", "dnipro", "vitali", "klitschko", "jean-pierre", "élise",
                "ivano-frankivsk", "kharkiv"), names);
    }

    @Test
    void aWordInCapitalsTheArticleAlsoWritesInLowerCaseIsEmphasisNotAName() {
        Set<String> names = StoryNames.names(doc("Inspectors fined Braskel over the VERY SAME part of the mine, "
                + "NATO said. It was the same seam, a very old one."));
        assertEquals(Set.of("braskel", "nato"), names);
    }

    @Test
    void reportsAreApartOnlyWhenBothNameEnoughToTell() {
        Document kyiv = doc("kyiv.txt", "Missiles hit Kyiv and Lviv overnight. In Odesa and Dnipro the power failed.");
        Document london = doc("london.txt", "Trains from London to Leeds, York and Hull were cancelled on Friday.");
        Document shortOne = doc("short.txt", "Six people died near Marrevik on Friday.");
        assertTrue(StoryNames.apart(kyiv, london));
        assertFalse(StoryNames.apart(kyiv, shortOne), "one name is too few to tell");
        assertFalse(StoryNames.apart(kyiv, kyiv));
    }

    /** Each name mentioned once. */
    private static Map<String, Integer> once(String... names) {
        Map<String, Integer> out = new HashMap<>();
        for (String n : names) {
            out.put(n, 1);
        }
        return out;
    }

    @Test
    void reportsAreOneStoryWhenTheyShareEnoughNames() {
        Map<String, Integer> a = once("kyiv", "lviv", "odesa", "dnipro", "kharkiv");
        assertTrue(StoryNames.same(a, once("kyiv", "lviv", "odesa", "dnipro", "kherson")));
        assertFalse(StoryNames.same(a, once("kyiv", "lviv", "odesa", "london")));
    }

    @Test
    void namesAreWeighedByHowOftenAReportMentionsThem() {
        Map<String, Integer> mentions = StoryNames.mentions(doc("Hackers hit Calderbrook on Monday. Police said "
                + "Calderbrook had been warned, and Calderbrook staff in Marlowe agreed."));
        assertEquals(3, mentions.get("calderbrook"));
        // Two long reports of one breach: the story's own names recur, each report's quoted people are named once.
        Map<String, Integer> wire = once("ruth", "okonedo", "sturridge", "pashley", "kestrel", "imran", "helena",
                "prudential", "conduct", "authority", "eastgate", "commissioner", "national", "crime", "cyber", "unit",
                "inspector", "investigations", "centre", "office");
        wire.putAll(Map.of("calderbrook", 9, "marlowe", 4, "vale", 4, "farraday", 3, "bank", 5, "thursday", 2));
        Map<String, Integer> paper = once("tilney", "graham", "achebe", "porthaven", "ombudsman", "neil", "orr",
                "marchetti", "meridian", "treasury", "finance", "committee", "press", "agency", "friday", "service",
                "banking", "daniel", "wednesday", "tuesday");
        paper.putAll(Map.of("calderbrook", 8, "marlowe", 3, "vale", 3, "farraday", 2, "bank", 6, "thursday", 1));
        assertTrue(StoryNames.shared(wire, paper) * 4 < Math.min(wire.size(), paper.size()),
                "under a quarter of either's names");
        assertTrue(StoryNames.same(wire, paper), "most of their mentions are of names both give");
        // Four names shared in passing do not make two stories one.
        Map<String, Integer> football = once("london", "england", "monday", "friday");
        football.putAll(Map.of("chelsea", 8, "mourinho", 5, "lampard", 4, "drogba", 3));
        Map<String, Integer> markets = once("london", "england", "monday", "friday");
        markets.putAll(Map.of("ftse", 7, "barclays", 5, "vodafone", 4, "lloyds", 3));
        assertFalse(StoryNames.same(football, markets));
    }

    @Test
    void aShortReportIsOfTheStoryWhoseReportNamesAllItNames() {
        assertTrue(StoryNames.same(once("lviv"), once("lviv")), "two one-line reports of deaths in Lviv");
        assertTrue(StoryNames.same(once("lviv", "solochiv"), once("kyiv", "lviv", "odesa", "solochiv", "dnipro")));
        assertFalse(StoryNames.same(once("lviv", "london"), once("kyiv", "lviv", "odesa", "dnipro")),
                "a name the other never gives");
    }
}
