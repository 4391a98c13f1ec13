package dev.crosscheck.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RelatedWordsTest {
    private final RelatedWords words = RelatedWords.wordNet();

    @Test
    void aPhrasalVerbsNounsAreThoseWordNetDerivesFromIt() {
        assertEquals(java.util.Set.of("turnout"), words.phrasalNouns("turned", "out"));
        assertTrue(words.phrasalNouns("shut", "down").contains("shutdown"));
        assertTrue(words.phrasalNouns("took", "over").contains("takeover"));
        assertEquals(java.util.Set.of(), words.phrasalNouns("paid", "out"), "WordNet derives no noun from it");
        assertEquals(java.util.Set.of(), words.phrasalNouns("voters", "in"));
    }

    @Test
    void aVerbsAgentNounsAreThePersonsWordNetDerivesFromIt() {
        assertTrue(words.agentNouns("lead").contains("leader"));
        assertTrue(words.agentNouns("own").contains("owner"));
        assertFalse(words.agentNouns("own").contains("ownership"), "no person");
        assertEquals(java.util.Set.of(), words.agentNouns("xyzzy"));
    }

    @Test
    void aWordMostlySaidOfSomethingIsMostlyAnAdjective() {
        assertTrue(words.isMostlyAdjective("federal"));
        assertTrue(words.isMostlyAdjective("provincial"));
        assertFalse(words.isMostlyAdjective("governor"));
        assertFalse(words.isMostlyAdjective("minister"));
        assertFalse(words.isMostlyAdjective("official"));
        // Never in WordNet's tagged texts, but an adjective only.
        assertTrue(words.isMostlyAdjective("unwell"));
    }

    @Test
    void aPersonFarBelowPersonInWordNetIsStillARole() {
        // A captain is an officer, a serviceman, a skilled worker, a worker, a person: past the hypernym search's
        // reach, but WordNet files the sense with persons.
        assertTrue(words.isRole("captain"));
        assertTrue(words.isRole("manager"));
        assertFalse(words.isRole("bridge"));
        assertFalse(words.isRole("cordon"));
    }

    @Test
    void aFormOfTwoVerbsIsTheMoreUsedOnes() {
        assertEquals(Optional.of("feel"), words.verbBase("felt"), "not to felt");
        assertEquals(Optional.of("find"), words.verbBase("found"), "not to found");
        assertEquals(Optional.of("derail"), words.verbBase("derailed"));
    }

    @Test
    void anIrregularVerbsFormsAreKnownByItsBase() {
        assertTrue(words.verbForms("find").contains("found"));
        assertTrue(words.verbForms("make").contains("made"));
        assertEquals(java.util.List.of(), words.verbForms("arrest"));
    }

    @Test
    void aVerbWhoseUsualSenseIsDoneToSomethingTakesAnObject() {
        RelatedWords wordNet = RelatedWords.wordNet();
        assertTrue(wordNet.takesObject("burned"));
        assertFalse(wordNet.takesObject("sits"));
        assertFalse(wordNet.takesObject("hectares"));
    }

    @Test
    void aPhraseWordNetHasInLowercaseIsACommonNoun() {
        RelatedWords wordNet = RelatedWords.wordNet();
        assertTrue(wordNet.isCommonNounPhrase("Grand Slam"));
        assertTrue(wordNet.isCommonNounPhrase("prime ministers"));
        assertFalse(wordNet.isCommonNounPhrase("White House"), "a name");
        assertFalse(wordNet.isCommonNounPhrase("Marat Safin"));
        assertFalse(wordNet.isCommonNounPhrase("brown"), "one word is no phrase");
    }

    @Test
    void adjectivesOfOneUsualSenseOrItsSatellitesNameOneState() {
        assertEquals("ill", words.firstSenseAdjective("sick"));
        assertEquals("ill", words.firstSenseAdjective("ill"));
        assertEquals("ill", words.firstSenseAdjective("unwell"));
        assertEquals("critical", words.firstSenseAdjective("critical"));
        assertEquals("brackenford", words.firstSenseAdjective("brackenford"));
        assertTrue(words.isMostlyAdverb("through") && !words.isMostlyAdverb("ill") && !words.isMostlyAdverb("sick"));
    }

    @Test
    void aVerbOfSayingIsOneInAnyForm() {
        assertTrue(words.isSaying("says"));
        assertTrue(words.isSaying("claimed"));
        assertFalse(words.isSaying("died"));
        assertFalse(words.isSaying("police"));
    }

    @Test
    void aWordWordNetHasAsWrittenIsNoFormOfAnother() {
        RelatedWords wordNet = RelatedWords.wordNet();
        assertFalse(wordNet.of("boss").contains("bos"), "\"boss\" is no plural of the genus of cattle");
        assertTrue(wordNet.of("boss").contains("chief"));
        assertTrue(wordNet.of("died").contains("die"), "a form WordNet lacks as written is read by its base");
        assertTrue(wordNet.of("findings").contains("finding"),
                "nor is a form WordNet has as written but never saw so used: an inquiry's findings are what it found");
    }

    @Test
    void aPartOfSpeechNoTaggedTextUsesTheWordInGivesNoRelatives() {
        RelatedWords wordNet = RelatedWords.wordNet();
        assertFalse(wordNet.of("come").contains("semen"), "\"come\" is used as a verb, never as a noun");
        assertFalse(wordNet.of("boss").contains("brag"));
        assertTrue(wordNet.of("come").contains("arrive"));
    }

    @Test
    void aLetterOrTwoIsNoRelative() {
        RelatedWords wordNet = RelatedWords.wordNet();
        assertFalse(wordNet.of("century").contains("c"));
        assertTrue(wordNet.of("century").contains("hundred"));
    }

    @Test
    void anAdjectiveOfAPlaceIsADemonym() {
        for (String demonym : new String[] {"German", "french", "Welsh", "Ukrainian"}) {
            assertTrue(words.isDemonym(demonym), demonym);
        }
        for (String word : new String[] {"Brown", "Blair", "nuclear", "missile", ""}) {
            assertFalse(words.isDemonym(word), word);
        }
        assertFalse(RelatedWords.none().isDemonym("German"), "without WordNet nothing is known");
    }

    @Test
    void anOrdinaryWordIsOneWordNetWritesInLowercase() {
        assertTrue(words.isOrdinaryWord("mayor"));
        assertTrue(words.isOrdinaryWord("hits"), "a form of one");
        assertFalse(words.isOrdinaryWord("scotland"), "WordNet writes it only as a name");
        assertFalse(words.isOrdinaryWord("kharkiv"), "WordNet does not know it");
    }

    @Test
    void aVerbsBaseFormAndWhatItCausesAreRelated() {
        assertTrue(words.of("killed").contains("kill"), words.of("killed").toString());
        assertTrue(words.of("killed").contains("die"), "to kill causes to die");
    }

    @Test
    void aVerbOfSayingHasItsIrregularFormsAndOtherVerbsNone() {
        assertEquals(java.util.Set.of("said"), words.irregularForms("say"));
        assertEquals(java.util.Set.of("told"), words.irregularForms("Tell"));
        assertTrue(words.irregularForms("speak").containsAll(java.util.Set.of("spoke", "spoken")));
        assertEquals(java.util.Set.of(), words.irregularForms("take"), "took sixth place is no film's takings");
        assertEquals(java.util.Set.of(), words.irregularForms("win"));
        assertEquals(java.util.Set.of(), words.irregularForms("said"), "only a base form has them");
    }

    @Test
    void causesAreFoundBackwardsToo() {
        assertTrue(words.of("died").contains("kill"), "dying is what killing causes: " + words.of("died"));
        assertTrue(words.of("died").contains("death"), "a derivation: " + words.of("died"));
    }

    @Test
    void nounsAndVerbsOfOneActionAreRelated() {
        assertTrue(words.of("evacuation").contains("evacuate"), words.of("evacuation").toString());
        assertTrue(words.of("evacuated").contains("evacuation"), words.of("evacuated").toString());
        assertTrue(words.of("injured").contains("injury"), words.of("injured").toString());
    }

    @Test
    void anAdjectiveIsRelatedToWhatItMeasuresNotTheOtherWayRound() {
        assertTrue(words.of("fast").contains("speed"), words.of("fast").toString());
        assertTrue(words.of("cold").contains("temperature"), words.of("cold").toString());
        assertTrue(words.of("tall").contains("height"), words.of("tall").toString());
        assertFalse(words.of("speed").contains("slow"), "a measure's poles are not its synonyms: " + words.of("speed"));
    }

    @Test
    void theWordItselfAndPhrasesAreLeftOut() {
        assertFalse(words.of("attacks").contains("attacks"));
        assertTrue(words.of("died").stream().noneMatch(w -> w.contains(" ")), words.of("died").toString());
    }

    @Test
    void unknownWordsNumbersAndShortWordsHaveNoRelations() {
        assertTrue(words.of("Zaporizhzhia").isEmpty());
        assertTrue(words.of("2023").isEmpty());
        assertTrue(words.of("of").isEmpty());
        assertTrue(RelatedWords.none().of("killed").isEmpty());
    }

    @Test
    void knowsWhatKindOfThingANameIs() {
        assertTrue(words.isKindOf("Germany", "country"));
        assertTrue(words.isKindOf("Thames", "river"));
        assertTrue(words.isKindOf("Dickens", "writer"));
        assertFalse(words.isKindOf("Germany", "person"));
        assertFalse(words.isKindOf("Sumitomo", "bank"), "a name WordNet does not know is no kind of anything");
    }

    @Test
    void aCountOfPassengersOrCiviliansCountsPeople() {
        assertTrue(words.countsAs("passengers", "people"));
        assertTrue(words.countsAs("civilians", "people"));
        assertTrue(words.countsAs("generators", "generators"));
        assertFalse(words.isKindOf("passengers", "people"), "people are a group; a passenger is one of its members");
        assertFalse(words.countsAs("missiles", "people"));
    }

    @Test
    void tellsWhatKindOfThingANounMostlyIs() {
        assertTrue(words.isMostlyKindOf("salary", "expenditure"));
        assertTrue(words.isKindOf("discount", "charge"), "one sense of \"discount\" is a charge");
        assertFalse(words.isMostlyKindOf("discount", "charge"), "but not its most frequent one");
    }

    @Test
    void givesTheBroadCategoryOfANoun() {
        assertEquals(Optional.of("person"), words.category("minister"));
        assertEquals(Optional.of("location"), words.category("city"));
        assertEquals(Optional.empty(), words.category("Zaporizhzhia"));
    }
}
