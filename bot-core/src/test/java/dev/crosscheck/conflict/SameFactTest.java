package dev.crosscheck.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestCores;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.SentenceSplitter;
import dev.crosscheck.index.Embedder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameFactTest {
    private static final String LEAD = "Oil spill closes Kestrel Bay\n%s\n\nThe tanker Selvana Crest ran aground on "
            + "Garrow Reef off Saltrick, spilling crude into Kestrel Bay, the Coastal Safety Directorate said. ";

    private static Document report(String id, String stamp, String body) {
        String text = String.format(LEAD, stamp) + body;
        return new Document(id, "Oil spill closes Kestrel Bay", text, Integer.toHexString(text.hashCode()),
                SentenceSplitter.split(id, text));
    }

    private static List<Conflict> byMeaning(Document... docs) {
        return ConflictDetector.of(new Corpus(Path.of("."), List.of(docs), List.of()), TestCores.embedder())
                .conflicts();
    }

    private static List<Conflict> byWords(Document... docs) {
        return ConflictDetector.of(new Corpus(Path.of("."), List.of(docs), List.of())).conflicts();
    }

    @Test
    void oneCountWordedApartTheSameDayIsComparedByItsMeaning() {
        // A fresh user's oil spill: the boats "tied up in harbours" and those "confined to harbour" are one count of
        // one Tuesday, which their verbs had kept apart.
        Conflict found = contradictionByMeaningAlone("Tuesday 15 October 2024, 07:45", "Around 190 fishing boats are "
                + "tied up in harbours around the bay after skippers were told not to put to sea.",
                "Tuesday 15 October 2024, 15:30", "In all, 140 boats are confined to harbour around the bay.");
        assertTrue(found.statements().stream().anyMatch(s -> s.quote().contains("140 boats")), found.toString());
    }

    /**
     * The one conflict two reports (written when their stamps say, each of the lead and a sentence) make, a
     * contradiction, which their words alone do not show.
     */
    private static Conflict contradictionByMeaningAlone(String stampA, String sentenceA, String stampB,
                                                        String sentenceB) {
        Document a = report("a.txt", stampA, sentenceA);
        Document b = report("b.txt", stampB, sentenceB);
        assertEquals(List.of(), byWords(a, b));
        List<Conflict> found = byMeaning(a, b);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
        return found.get(0);
    }

    @Test
    void aFigureTakenForAnothersFactIsComparedWhateverWordsItsClauseHolds() {
        // A fresh user's bribery story: "a villa on the shore of Lake Orsen, about 40 km from the city" and "a lakeside
        // villa in the village of Orsenhof, 65 kilometres north of Castelmarne" are one distance by meaning, but their
        // clauses' words (the lake's name; what "carrying" and "store" mean) had kept the two from being compared.
        Claim near = distance(report("a.txt", "Tuesday 15 October 2024, 16:00", "Part of that cash is alleged to have "
                + "ended up at a villa on the shore of Lake Orsen, about 40 km from the city, which investigators say "
                + "was used by Falbrecht at weekends."));
        Claim far = distance(report("b.txt", "Wednesday 16 October 2024, 09:00", "Investigators were seen carrying "
                + "boxes out of a lakeside villa in the village of Orsenhof, 65 kilometres north of Castelmarne, which "
                + "prosecutors believe was used to store cash."));
        assertFalse(near.comparableWith(far), near.context() + " against " + far.context());
        assertTrue(near.restating(far).comparableWith(far), "restating its fact, in its terms");
        assertEquals(far.key(), near.restating(far).key());
        // A fresh user's flood: a level that "stood at" one height and "rose to" another is measured at two moments.
        Claim stood = distance(report("a.txt", "Tuesday 15 October 2024, 06:00", "The agency said the river stood at "
                + "5.8 metres at the Packhorse Bridge gauge at 4 a.m."));
        Claim rose = distance(report("b.txt", "Tuesday 15 October 2024, 18:00", "Readings at the Packhorse Bridge "
                + "gauge rose to 6.1 metres shortly after 3pm, the agency said."));
        assertFalse(stood.restating(rose).comparableWith(rose), stood.context() + " against " + rose.context());
    }

    @Test
    void oneKeysFiguresWhoseClausesShareNoWordAreComparedByMeaning() {
        // A fresh user's eruption: Tuesday's sulphur dioxide output "reached" 12,000 tonnes a day in one report and
        // readings "put" it at 8,500 in another; one key, but their clauses' words had kept the two from being
        // compared.
        contradictionByMeaningAlone("Wednesday 16 October 2024, 10:00", "Sulphur dioxide emissions measured on "
                + "Tuesday reached 12,000 tonnes per day.", "Wednesday 16 October 2024, 15:30", "Satellite and "
                + "ground-based spectrometer readings put sulphur dioxide output on Tuesday at around 8,500 tonnes per "
                + "day, the observatory said.");
    }

    @Test
    void aFigureWhoseClauseHoldsNoWordIsComparedByMeaningWithOneWhoseClauseDoes() {
        // A fresh user's charity fraud: families "have had to travel 35 miles" to the hospice, which "is 58 miles away"
        // in another report; the travelling had kept the first from a distance whose clause says nothing more.
        contradictionByMeaningAlone("Tuesday 10 March 2026, 18:20", "Since the hospice closed, families whose children "
                + "need respite care have had to travel 35 miles to St Aldric's Hospice in Dunmoor.",
                "Tuesday 10 March 2026, 21:40", "The nearest alternative, St Aldric's Hospice in Dunmoor, is 58 miles "
                + "away.");
    }

    /** The one distance the report's last sentence gives. */
    private static Claim distance(Document doc) {
        return new ClaimExtractor(new Gazetteer(), new WordKinds(dev.crosscheck.lexicon.RelatedWords.wordNet()))
                .extract(doc).stream().filter(c -> c.key().startsWith("n:distance")).findFirst().orElseThrow();
    }

    @Test
    void aCountsPlaceSaidMoreFullyIsItsPlaceButADistancesIsAnother() {
        // A fresh user's museum raid "in the Lestrian city of Brennock" and "in Brennock"; a wildfire's front "eight
        // kilometres from the outskirts of Harwick" is no distance of Stenby's "15 km north of Harwick".
        assertTrue(SameFact.onePlace("n:intruder", "brennock", "brennock+lestria"));
        assertTrue(SameFact.onePlace("n:intruder", "brennock+lestria", "brennock"));
        assertTrue(SameFact.onePlace("n:intruder", "", "brennock"));
        assertFalse(SameFact.onePlace("n:intruder", "brennock", "dunmere"));
        assertFalse(SameFact.onePlace("n:intruder", "brennock+lestria", "brennock+dunmere"));
        assertFalse(SameFact.onePlace("n:distance (km)", "harwick", "harwick+stenby"));
        assertTrue(SameFact.onePlace("n:distance (km)", "harwick", "harwick"));
    }

    @Test
    void reportsWithNoDayOrDaysApartAreNotComparedByMeaning() {
        // Undated reports may be weeks apart, when a count has moved on (BBC's articles on one footballer's goals).
        assertEquals(List.of(), byMeaning(
                report("a.txt", "", "Around 190 fishing boats are tied up in harbours around the bay."),
                report("b.txt", "", "In all, 140 boats are confined to harbour around the bay.")));
        assertEquals(List.of(), byMeaning(
                report("a.txt", "Tuesday 15 October 2024, 07:45", "Around 190 fishing boats are tied up in harbours "
                        + "around the bay."),
                report("b.txt", "Tuesday 22 October 2024, 15:30", "In all, 140 boats are confined to harbour around "
                        + "the bay.")));
    }

    @Test
    void countsFarApartAreNotOneFact() {
        // Two crew taken to hospital and the 24 evacuated are two counts, however alike their sentences.
        assertEquals(List.of(), byMeaning(
                report("a.txt", "Tuesday 15 October 2024, 07:45", "Two crew members were taken to hospital with "
                        + "minor injuries."),
                report("b.txt", "Tuesday 15 October 2024, 15:30", "All 24 crew members were evacuated in the early "
                        + "hours.")));
    }

    @Test
    void aCountAndTheCountOfThoseStillInItAreTwoFacts() {
        // A probe's gas explosion: 23 taken to hospital in the morning and eleven still treated there in the evening
        // are two counts, which the extractor keeps apart; their sentences are near.
        assertEquals(List.of(), byMeaning(
                report("a.txt", "Monday 13 October 2025, 09:00", "Some 23 people were taken to hospital, the "
                        + "ambulance service said."),
                report("b.txt", "Monday 13 October 2025, 19:30", "The hospital said eleven people were still being "
                        + "treated there this evening.")));
    }

    @Test
    void theKilledAndTheInjuredAreTwoCountsHoweverAlikeTheirSentences() {
        // A held-out cable-car story: the death toll had been copied among the injured, and "five people" treated for
        // hypothermia among the evacuated.
        assertEquals(List.of(), byMeaning(
                report("a.txt", "Friday 14 February 2025, 11:00", "Two people were killed when the cabin fell near "
                        + "tower 9, the operator said."),
                report("b.txt", "Friday 14 February 2025, 18:00", "Three people were injured when the cabin fell near "
                        + "tower 9, the operator said.")));
    }

    @Test
    void theShippedBoundsSayWhereTheyCameFromAndAnUnfittedModelHasNone() {
        SameFact shipped = SameFact.forModel(Embedder.DEFAULT_MODEL_ID);
        assertTrue(shipped.similarity() > 0 && shipped.similarity() < 1, "cosine " + shipped.similarity());
        assertTrue(shipped.ratio() > 1 && shipped.days() >= 0, shipped.ratio() + ", " + shipped.days());
        assertTrue(shipped.provenance().path("command").asText().startsWith("crosscheck bench samefact"));
        assertSame(SameFact.NONE, SameFact.forModel("no-such-model"));
        assertTrue(!SameFact.NONE.same(1.0, 1.0));
    }
}
