package dev.crosscheck.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoleHolderTest {
    private static RoleHolder asked(String question) {
        return RoleHolder.asked(question).orElseThrow();
    }

    @Test
    void aQuestionForAnOfficesHolderGivesTheOfficeAndWhatItIsOf() {
        assertEquals(new RoleHolder("managing director", List.of("Orvane", "Chemicals")),
                asked("Who is the managing director of Orvane Chemicals?"));
        assertEquals(new RoleHolder("general secretary", List.of("cabin", "crew", "union")),
                asked("Who is the general secretary of the cabin crew union?"));
        assertEquals(new RoleHolder("headteacher", List.of("Kestrel", "Vale")),
                asked("who's the headteacher at Kestrel Vale"));
        assertEquals(new RoleHolder("chief executive", List.of("Quillon")), asked("Who is Quillon's chief executive?"));
        assertEquals(new RoleHolder("chief port health officer", List.of()), asked("Who is the chief port health officer?"));
        assertTrue(RoleHolder.asked("Who found the breach?").isEmpty());
        assertTrue(RoleHolder.asked("What is the name of the coach driver?").isEmpty());
    }

    @Test
    void theHolderIsNamedBesideTheOfficeBeforeOrAfterIt() {
        RoleHolder md = asked("Who is the managing director of Orvane Chemicals?");
        String article = "Orvane Chemicals said production had stopped.";
        assertEquals(Optional.of("Henrik Salvesen"), md.in("Orvane's managing director, Henrik Salvesen, said in a "
                + "message to customers that production had been suspended.", "", article));
        assertEquals(Optional.of("Henrik Salvesen"), md.in("Managing director Henrik Salvesen visited the rest "
                + "centre.", "", article));
        assertEquals(Optional.of("Henrik Salvesen"), md.in("Henrik Salvesen, the company's managing director, "
                + "apologised.", "", article));
        RoleHolder ceo = asked("Who is the chief executive of Quillon?");
        assertEquals(Optional.of("Idris Vantberg"), ceo.in("Idris Vantberg, Chief Executive of Quillon Telecom, "
                + "said he was sorry.", "", "Quillon Telecom"));
        assertEquals(Optional.of("Idris Vantberg"), ceo.in("The chief executive of Quillon Telecom, Idris Vantberg, "
                + "said he was sorry.", "", "Quillon Telecom"));
        String master = "The vessel's master, Captain Dmitar Orlenko, has not been arrested.";
        assertEquals(Optional.of("Dmitar Orlenko"), asked("Who is the captain of the ship?")
                .in(master, "The ship ran aground. " + master, ""));
    }

    @Test
    void noHolderWhereTheOfficeIsNamedWithoutOneOrItsArticleIsAboutSomethingElse() {
        RoleHolder ceo = asked("Who is the chief executive of Skype?");
        assertEquals(Optional.empty(), ceo.in("The chief executive of Skype said revenue had doubled.", "", "Skype"));
        assertEquals(Optional.empty(), ceo.in("In Brennholt, the chief executive Idris Vantberg spoke.", "",
                "Quillon"), "an article that never names Skype");
        assertEquals(Optional.empty(), asked("Who is the chief executive of Quillon?")
                .in("In Brennholt, chief executive officers met.", "", "Quillon"));
        assertEquals(Optional.empty(), asked("Who is the chief executive of Deutsche Telekom?")
                .in("Deutsche Boerse chief executive Werner Seifert resigned.", "", "Deutsche Boerse"),
                "every name of what the office is of");
        assertEquals(Optional.empty(), asked("Who was the governor of California in 1895?")
                .in("The law was approved by Governor Arnold Schwarzenegger.", "", "California"), "and its year");
        String airline = "Chief executive Lorne Havet said the airline was losing money.";
        assertEquals(Optional.empty(), asked("Who is the chief executive of the airport operator?")
                .in(airline, airline, "The airport operator closed the runway. " + airline),
                "a common noun is looked for around the sentence, not in the whole article");
    }
}
