package dev.crosscheck.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.lexicon.RelatedWords;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DoerTest {
    private static final RelatedWords LEXICON = RelatedWords.wordNet();

    private static Doer asked(String question) {
        return Doer.asked(question, LEXICON).orElseThrow();
    }

    @Test
    void aQuestionForWhoDidADeedGivesTheDeedsVerbAndTheThing() {
        assertEquals(new Doer("operate", "coach", List.of()), asked("Which company operated the coach?"));
        assertEquals(new Doer("repair", "roof", List.of()), asked("Which company repaired the roof before the collapse?"));
        assertEquals(new Doer("make", "junior", List.of("Brevatuss", "Junior")), asked("Which company makes Brevatuss Junior?"));
        assertEquals(new Doer("supply", "crane", List.of()), asked("who supplied the crane"));
        assertEquals(new Doer("run", "ferry", List.of()), asked("What firm is running the ferry?"));
        assertTrue(Doer.asked("Which company is in charge of the salvage operation?", LEXICON).isEmpty(),
                "no verb after the noun");
        assertTrue(Doer.asked("What is covered by the state in addition to tuition?", LEXICON).isEmpty(),
                "a verb that only helps another");
        assertTrue(Doer.asked("Who can be in the Victorian law enforcement?", LEXICON).isEmpty());
    }

    @Test
    void theDoerIsNamedBesideTheDeedInThePassiveOrTheActive() {
        Doer crane = asked("Which company supplied the crane?");
        assertEquals(Optional.of("Kestrel Lifting"), crane.in("The 54-metre luffing-jib crane, supplied by Kestrel "
                + "Lifting, failed at mid-mast on Tuesday morning.", "the crane", "", LEXICON));
        assertEquals(Optional.of("Kestrel Lifting"), crane.in("Kestrel Lifting supplied the crane in March.",
                "the crane", "", LEXICON));
        assertEquals(Optional.of("Orbita Coachways"), asked("Which company operated the coach?").in("The vehicle, "
                + "operated by the Kerrin-based firm Orbita Coachways, was descending the pass.", "The coach crashed. "
                + "The vehicle, operated by the Kerrin-based firm Orbita Coachways, was descending the pass.", "", LEXICON));
        String tanker = "The articulated tanker, operated by Tolbury-based Cresswell Bulk Logistics, left the road.";
        assertEquals(Optional.of("Cresswell Bulk Logistics"), asked("Which company operated the tanker?").in(tanker,
                tanker, "", LEXICON), "the adjective made of a name opens the run, not the name");
        String engines = "The jet, powered by engines built by Rolls-Royce, landed safely.";
        assertEquals(Optional.of("Rolls-Royce"), asked("Who built the engines?").in(engines, engines, "", LEXICON),
                "a hyphenated name is a name");
    }

    @Test
    void noDoerWhereTheThingIsNotNamedOrTheDeedIsAnothers() {
        Doer crane = asked("Which company supplied the crane?");
        assertEquals(Optional.empty(), crane.in("The cement was supplied by Kestrel Lifting.", "The cement was "
                + "supplied by Kestrel Lifting.", "", LEXICON), "no crane near");
        assertEquals(Optional.empty(), crane.in("The crane was inspected by Harrow Safety.", "the crane", "", LEXICON),
                "another deed");
        assertEquals(Optional.empty(), crane.in("The crane was supplied by the contractor.", "the crane", "", LEXICON),
                "no name");
        String run = "Some 600 schools signed up to the mock elections run by the Hansard Society.";
        assertEquals(Optional.empty(), asked("What church runs some private schools in Victoria?").in(run, run, run,
                LEXICON), "a name of the question's, Victoria, that the article never gives");
    }
}
