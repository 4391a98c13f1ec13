package dev.crosscheck.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosscheck.lexicon.RelatedWords;
import org.junit.jupiter.api.Test;

class AttributionTest {
    @Test
    void findsWhoASentenceQuotes() {
        assertEquals("emergency services", Attribution.of(
                "At least five people were killed in a missile strike, according to emergency services."));
        assertEquals("Energoatom", Attribution.of("Energoatom said the plant lost electric power supply."));
        assertEquals("the air force", Attribution.of("Ukraine destroyed 34 cruise missiles, said the air force."));
        assertEquals("Governor Oleh Synehubov",
                Attribution.of("Governor Oleh Synehubov said the region had been hit by 15 strikes."));
    }

    @Test
    void namesASourceDescribedAfterACapitalisedWordWholeAndNoConjunctionWithIt() {
        assertEquals("the Ukrainian public broadcaster", Attribution.of("The city was left without running water, "
                + "according to the Ukrainian public broadcaster."));
        assertEquals("the mayor", Attribution.of("Officials met on Thursday, while the mayor told residents to stay "
                + "indoors."));
    }

    @Test
    void aNameAfterAccordingToIsNamedWhole() {
        // "Luis:" had been a fresh user's speaker for "according to Luis Carvalho, the county's … director".
        assertEquals("Luis Carvalho", Attribution.of("Emergency services have diverted 88 ambulances since Tuesday, "
                + "according to Luis Carvalho, the county's emergency management director."));
    }

    @Test
    void aNameOpensAtItsHonorificNotAtThePlaceBeforeIt() {
        // "Who said that?" had been answered "California Mr Torvalds".
        assertEquals("Mr Torvalds", Attribution.of("In a panel discussion at a Linux summit in California Mr Torvalds "
                + "said software patents were a problem for the open source movement."));
        assertEquals("Governor Oleh Synehubov", Attribution.of("Governor Oleh Synehubov said two people were hurt."));
    }

    @Test
    void aSourceTiedToAPlaceIsNamedWithIt() {
        assertEquals("police in Ostbury", Attribution.of("Three people have died in the flooding, police in Ostbury "
                + "confirmed this morning."));
        assertEquals("Police in Kellsport", Attribution.of("Police in Kellsport said 19 people had been arrested."));
        assertEquals("officials at the Department for Industry", Attribution.of("The offer could be transferred, "
                + "officials at the Department for Industry said."));
    }

    @Test
    void findsTheNameBeforeAnApposition() {
        assertEquals("Teodor Lisk", Attribution.of("Teodor Lisk, general secretary of the Railway Workers' Union, "
                + "said on Saturday that eight carriages had derailed."));
        assertEquals("The company", Attribution.of("The company said that it had to cancel 77 flights."));
        assertEquals("The Health and Safety Executive (HSE) and Wendshire Police", Attribution.of("The Health and "
                + "Safety Executive (HSE) and Wendshire Police said they had opened a joint investigation."),
                "both sources that said it");
    }

    @Test
    void saysNothingWhenTheSentenceDoesNot() {
        assertEquals("", Attribution.of("Around 150,000 households were left without power."));
        assertEquals("", Attribution.of("They said more than 70 people were hurt."), "a pronoun names no one");
        assertEquals("", Attribution.of("\"The last link was cut off,\" it said in a statement."),
                "where it was said names no one");
    }

    @Test
    void aPossessiveOpensTheSourceItOwns() {
        assertEquals("the country's interior ministry", Attribution.of("The toll has risen to 23, the country's "
                + "interior ministry said on Tuesday evening."));
        assertEquals("Kestria's interior ministry", Attribution.of("The toll has risen to 23, Kestria's interior "
                + "ministry said."));
    }

    @Test
    void theSubjectOfAVerbOfSayingIsTheSpeakerWhenNothingElseNamesOne() {
        RelatedWords lexicon = RelatedWords.wordNet();
        assertEquals("Russia-installed officials in the Zaporizhzhia region", Attribution.speakerOf("Russia-installed "
                + "officials in the Zaporizhzhia region had described the halt in electricity supplies as a "
                + "provocation.", lexicon));
        assertEquals("", Attribution.speakerOf("A barrage of missiles and drones were fired by Russia, killing at "
                + "least nine civilians.", lexicon), "\"barrage\" after \"A\" is a noun, though WordNet has the verb");
        assertEquals("", Attribution.speakerOf("Explosions were reported in the Holosiivskyi district.", lexicon),
                "a passive names what was said");
        assertEquals("", Attribution.speakerOf("They described the halt as a provocation.", lexicon));
        assertEquals("", Attribution.speakerOf("The missiles hit critical infrastructure and residential buildings.",
                lexicon), "no verb of saying");
        // A fresh user's story: the source is whom the sentence says it is according to, up to the clause that
        // describes them, and a long subject of "confirmed" is still one.
        assertEquals("two employees", Attribution.speakerOf("The attackers left a message on affected computers, "
                + "according to two employees who saw it and spoke on condition of anonymity because they were not "
                + "authorized to speak publicly.", lexicon));
        assertEquals("the Calder County medical examiner's office", Attribution.speakerOf("One patient, a 78-year-old "
                + "man from Eastbridge who had suffered a cardiac arrest, died on Tuesday after his ambulance was "
                + "diverted to Kellerton Regional Medical Center, the Calder County medical examiner's office "
                + "confirmed on Wednesday.", lexicon));
        // Another fresh user's: "whose records" is a noun, and a group "calling itself" something says nothing.
        assertEquals("the hospital", Attribution.speakerOf("The number of patients whose records were stolen from the "
                + "hospital is 112,000, the hospital said on Tuesday.", lexicon));
        assertEquals("", Attribution.speakerOf("A hacker group calling itself Grey Lantern has stolen the records of "
                + "about 40,000 patients.", lexicon));
    }
}
