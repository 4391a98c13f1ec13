package dev.crosscheck.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AskedAgeTest {
    private static AskedAge asked(String question) {
        return AskedAge.asked(question).orElseThrow();
    }

    @Test
    void aQuestionForAnAgeGivesTheNamesLastWordOrTheDescribedPerson() {
        assertEquals(new AskedAge("halloran", null), asked("How old is Priya Halloran?"));
        assertEquals(new AskedAge("vasquez-ord", null), asked("how old is vasquez-ord"));
        assertEquals(new AskedAge(null, "pilot"), asked("how old is the helicopter pilot who got hurt"));
        assertEquals(new AskedAge(null, "driver"), asked("What age was the driver?"));
        assertTrue(AskedAge.asked("how old is the bridge").isEmpty(), "a thing's age");
        assertTrue(AskedAge.asked("How many people were hurt?").isEmpty());
    }

    @Test
    void aSentenceGivesTheAskedPersonsAgeByNameByNounOrBesideTheDescription() {
        assertEquals(Optional.of("46"), asked("How old is Priya Halloran?").in("Priya Halloran, 46, the trust's "
                + "former finance director, was found guilty."));
        assertEquals(Optional.of("43-year-old"), asked("how old is the driver").in("Police said the 43-year-old "
                + "driver was being questioned."));
        assertEquals(Optional.of("52"), asked("how old is the helicopter pilot who got hurt").in("Its pilot, Jonas "
                + "Pryde, 52, was taken to hospital."));
        assertEquals(Optional.empty(), asked("How old is Priya Halloran?").in("Malcolm Tredgold, 58, was convicted."),
                "another person's");
        assertEquals(Optional.empty(), asked("how old is the driver").in("The 48-year-old stand was closed."));
    }
}
