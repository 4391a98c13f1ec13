package dev.crosscheck.answer;

import static dev.crosscheck.TestCores.over;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.Crosscheck;
import dev.crosscheck.TestCores;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.config.Settings;
import dev.crosscheck.conflict.Conflict;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.Sentence;
import dev.crosscheck.index.Embedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractiveComposerTest {
    private final Crosscheck core = TestCores.seeds();

    private Answer ask(String q) {
        return core.composer().answer(q);
    }

    @Test
    void aRoleIsAWordForAPersonNotOneMostlySaidOfSomething() {
        // "He" after "How big was the us federal budget deficit?" is no federal: the word heads no person there.
        assertTrue(core.composer().isRole("governor"));
        assertTrue(core.composer().isRole("minister"));
        assertFalse(core.composer().isRole("federal"));
        assertFalse(core.composer().isRole("deficit"));
    }

    @Test
    void aNameTypedInLowercaseIsCapitalisedWithItsPossessiveToo() {
        assertEquals("what did Klitschko say about Kyiv?",
                core.composer().withNamesCapitalised("what did klitschko say about kyiv?"));
        assertEquals("is Klitschko's office in Kyiv?",
                core.composer().withNamesCapitalised("is klitschko's office in kyiv?"));
        assertEquals("what did the mayor say?", core.composer().withNamesCapitalised("what did the mayor say?"));
    }

    /** The candidate answer to the question from the sentence holding {@code words}. */
    private static RankedSentence candidate(Crosscheck core, String question, String words) {
        return new ExtractiveComposer(core.retriever()).candidates(question, Story.NONE).stream()
                .filter(r -> r.sentence().text().contains(words)).findFirst().orElseThrow();
    }

    private void assertVerbatim(Answer a) {
        for (Citation c : a.citations()) {
            String text = core.corpus().document(c.source()).map(Document::text).orElseThrow();
            assertTrue(text.contains(c.quote()), () -> "not verbatim: " + c.quote());
            assertEquals(core.corpus().document(c.source()).map(Document::title).orElseThrow(), c.title());
        }
    }

    @Test
    void aNameOrAGlossAskedForIsAnsweredWithoutTheWordsThatAskIt() {
        for (String question : new String[] {"What does Kinzhal mean in Russian?", "What does the name Kinzhal mean?"}) {
            Answer a = ask(question);
            assertTrue(a.found() && a.text().contains("dagger"), question + " → " + a.text());
        }
    }

    @Test
    void everyAnswerSentenceCarriesAMarkerThatPointsToACitation() {
        Answer a = ask("Who is the mayor of Kyiv?");
        assertTrue(a.found());
        assertTrue(a.text().contains("Klitschko"), a.text());
        Matcher m = Pattern.compile("\\[(\\d+)]").matcher(a.text());
        int markers = 0;
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            assertTrue(n >= 1 && n <= a.citations().size(), "marker without citation: " + n);
            markers++;
        }
        assertTrue(markers >= 1);
        assertTrue(a.text().strip().endsWith("]"), "the last sentence must be cited: " + a.text());
        assertVerbatim(a);
    }

    @Test
    void anAnswerSaysWhatItGivesAsTheAnswer() {
        assertEquals(new Answer.Given("Vitali Klitschko", AnswerType.PERSON), ask("Who is the mayor of Kyiv?").given());
        assertEquals(Answer.Given.NOTHING, ask("What is the capital of Australia?").given());
    }

    @Test
    void aFactReportedBySeveralSourcesIsCitedToEach() {
        Answer a = ask("How many Kinzhal missiles were launched?");
        assertTrue(a.found());
        assertTrue(a.text().matches("(?s).*\\bsix\\b.*"), a.text());
        assertTrue(a.citations().stream().map(Citation::source).distinct().count() >= 2, a.citations().toString());
        assertVerbatim(a);
    }

    @Test
    void saysPlainlyWhenTheSourcesDoNotAnswer() {
        Answer a = ask("What is the capital of Australia?");
        assertFalse(a.found(), a.text());
        assertTrue(a.citations().isEmpty());
        assertTrue(a.seeAlso().size() <= 2);
        Answer b = ask("How many goals did the striker score in the final?");
        assertFalse(b.found(), b.text());
    }

    @Test
    void showsEachSourcesFigureWhenTheyDiffer() {
        Answer a = ask("How many people were killed in the attacks?");
        assertTrue(a.found());
        assertTrue(a.text().matches("(?s).*Sources (differ|give different figures|contradict).*"), a.text());
        assertTrue(a.text().matches("(?s).*\\b(nine|9)\\b.*") && a.text().matches("(?s).*\\b(six|6)\\b.*"), a.text());
        assertTrue(a.citations().stream().map(Citation::source).distinct().count() >= 2);
        assertVerbatim(a);
    }

    @Test
    void anAnswerTouchingAKnownConflictShowsEverySideWithItsCitation() {
        Answer a = ask("Was the Zaporizhzhia nuclear plant reconnected to the grid?");
        assertTrue(a.found(), a.text());
        assertTrue(a.text().contains("A later report updates"), a.text());
        assertTrue(a.text().contains("first: cut off") && a.text().contains("then: reconnected"), a.text());
        assertTrue(a.citations().stream().map(Citation::source).distinct().count() >= 3, a.citations().toString());
        assertVerbatim(a);
    }

    @Test
    void withoutKnownConflictsTheComposerStillShowsDifferingFigures() {
        Answer a = new ExtractiveComposer(core.retriever()).answer("How many people were killed in the attacks?");
        assertTrue(a.text().startsWith("Sources differ."), a.text());
    }

    @Test
    void aReplySaysSourcesDifferOnlyWhenItShowsTheOtherFigure(@TempDir Path tmp) throws IOException {
        // Two long sentences, too long to quote side by side in one chat reply.
        String padding = ", the regional express having left Aldenmoor at 7.10 in the morning with more than 300 "
                + "passengers on board, most of them commuters, students and families heading to the coast for the "
                + "long weekend";
        try (Crosscheck site = over(tmp, "herald.txt", "Derailment\n\nSix people died when the regional express "
                + "derailed near Marrevik on Friday, police said, after the train left the rails on the curve above "
                + "the river" + padding + ", and the first carriages overturned on the embankment below.\n",
                "ledger.txt", "Marrevik crash\n\nSeven people died when the regional express derailed near Marrevik "
                + "on Friday, according to the regional health authority, which counted the dead at the hospital in "
                + "Aldenmoor" + padding + ", while rescue teams searched the carriages through the night.\n")) {
            Answer a = new ExtractiveComposer(site.retriever()).answer("How many people died in the derailment?");
            assertTrue(a.found(), a.text());
            long shown = a.citations().stream().map(Citation::source).distinct().count();
            assertEquals(shown > 1, a.text().startsWith("Sources differ."),
                    "\"Sources differ.\" opens a reply exactly when it cites the other source: " + a.text());
        }
    }

    @Test
    void aNameHoldingAQuestionsWordThatEndsInWordsOfItsOwnIsAnAnswer(@TempDir Path tmp) throws IOException {
        // A fresh user's gas explosion: "Northline Gas Networks" had been no candidate answer to "Which company runs
        // the gas pipes in the area?", its "Gas" taken for the thing asked about.
        RankedSentence best = best(tmp, "Northline Gas Networks, which operates the pipes in the area, cut off the "
                + "supply to around 300 homes nearby.", "Which company runs the gas pipes in the area?");
        assertTrue(best.typed(), best.sentence().text());
        assertEquals("Northline Gas Networks", best.given());
    }

    @Test
    void aReportsOwnOutletSpeakingOfItselfIsNoAnswer(@TempDir Path tmp) throws IOException {
        // A fresh user's chemical fire: "Northvale understands he is the night operations manager…", in Northvale
        // Television News's report, had answered "Who is the managing director…?" with Northvale.
        try (Crosscheck site = over(tmp, "northvale.txt", "Man arrested after chemical fire\nBy Northvale Television "
                + "News | Wednesday 15 October 2031, 19:10\n\nA man was detained on Wednesday afternoon. Northvale "
                + "understands he is the night operations manager at the Orvane Chemicals site.\n")) {
            List<RankedSentence> found = new ExtractiveComposer(site.retriever())
                    .candidates("Who is the managing director of Orvane Chemicals?", Story.NONE);
            assertTrue(found.stream().noneMatch(r -> r.typed() && r.key().equals("northvale")), found::toString);
        }
    }

    @Test
    void aMeasureWrittenOfTheThingAskedAboutAnswersWhateverItsUnit(@TempDir Path tmp) throws IOException {
        // A fresh user's storm: "How much rain fell…?" asks of a substance, weighed or measured in litres, and the
        // rain's 148 millimetres had been no answer; the shore an oil spill fouled still is none.
        try (Crosscheck site = over(tmp, "wire.txt", "Storm Odalys\n\nWeather Bureau records showed that 148 "
                + "millimetres of rain fell on Port Callery on Monday. The slick fouled 45 kilometres of shoreline, "
                + "the coastguard said.\n")) {
            ExtractiveComposer composer = new ExtractiveComposer(site.retriever());
            RankedSentence rain = composer.candidates("How much rain fell in Port Callery?", Story.NONE).stream()
                    .filter(r -> r.sentence().text().contains("148")).findFirst().orElseThrow();
            assertEquals("148", rain.key());
            RankedSentence shore = composer.candidates("How much oil has been spilled?", Story.NONE).stream()
                    .filter(r -> r.sentence().text().contains("shoreline")).findFirst().orElseThrow();
            assertFalse(shore.typed(), "kilometres of shoreline measure no oil");
        }
    }

    @Test
    void aMeasureOfAThingTheQuestionNamesIsNoAgeOfIt(@TempDir Path tmp) throws IOException {
        // A fresh user's burst main: "45 million litres of water" was a typed answer to "How old was the water main?",
        // for the question's word "water".
        try (Crosscheck site = over(tmp, "statement.txt", "Corradine Street main\n\nWe estimate that around 45 "
                + "million litres of water escaped before isolation was complete. The main was laid in 1894.\n")) {
            RankedSentence litres = new ExtractiveComposer(site.retriever())
                    .candidates("How old was the water main?", Story.NONE).stream()
                    .filter(r -> r.sentence().text().contains("litres")).findFirst().orElseThrow();
            assertFalse(litres.typed(), litres.key());
        }
    }

    @Test
    void aPersonsAgeIsNoAgeOfAThing(@TempDir Path tmp) throws IOException {
        // The same burst main: "How old was the water main?" had been answered "A 78-year-old man has been found
        // dead…"; a thing's age is written before the thing ("a 137-year-old cast-iron main").
        try (Crosscheck site = over(tmp, "wire.txt", "Velmorne flood\n\nA 78-year-old man has been found dead after "
                + "a burst water main flooded his basement flat. Experts said a 137-year-old cast-iron main was always "
                + "a risk.\n")) {
            List<RankedSentence> candidates = new ExtractiveComposer(site.retriever())
                    .candidates("How old was the water main?", Story.NONE);
            RankedSentence man = candidates.stream().filter(r -> r.sentence().text().startsWith("A 78-year-old man"))
                    .findFirst().orElseThrow();
            assertFalse(man.typed() && man.key().equals("78"), man.key());
            RankedSentence main = candidates.stream().filter(r -> r.sentence().text().startsWith("Experts"))
                    .findFirst().orElseThrow();
            assertEquals("137", main.key());
        }
    }

    @Test
    void aFigureTheScorerRatesFarBelowTheAnswerIsNotSaidToDiffer(@TempDir Path tmp) throws IOException {
        // A fresh user's "How many people does the stadium hold?" opened with "Sources differ." over the fans who
        // sent phone footage of the gate.
        try (Crosscheck site = over(tmp, "radio.txt", """
                Millgate crush: six still in hospital
                Published 12 April 2026, 08:30

                The crush happened at Gate 4 on Tanner Road, the away end, shortly before the 7.45 kick-off. The ground \
                holds 32,000 people; the club gave the crowd as 29,400.

                Police say stewards opened Gate 4 when the crowd outside became dangerous.
                """, "fansite.txt", """
                Gate 4: what really happened at the Millgate
                Published 12 April 2026, 11:10

                Second, the gate. It was police, not stewards, who opened Gate 4. Three separate fans sent us phone \
                footage which shows an officer in a yellow jacket pulling the gate back while two stewards tried to \
                keep it shut.
                """)) {
            Answer a = new ExtractiveComposer(site.retriever()).answer("How many people does the stadium hold?");
            assertTrue(a.found(), a.text());
            assertTrue(a.text().contains("32,000"), a.text());
            assertFalse(a.text().startsWith("Sources differ."), a.text());
        }
    }

    @Test
    void aSourceAKnownContradictionSetsAgainstTheAnswerIsNotCitedForIt(@TempDir Path tmp) throws IOException {
        // A fresh user's "was the hospital evacuated?" quoted "has not been evacuated" and cited it to the two
        // reports saying it was.
        try (Crosscheck site = over(tmp, "wire.txt", """
                Quake hits Sarrel Mountains
                Published 9 September 2031, 08:40

                Taldoran General Hospital was evacuated after cracks appeared in its walls on Tuesday, a hospital \
                spokeswoman said.
                """, "radio.txt", """
                Quake: what we know
                Published 9 September 2031, 10:15

                Taldoran General Hospital has not been evacuated on Tuesday and is treating the injured as normal.
                """, "chronicle.txt", """
                Sarrel quake
                Published 9 September 2031, 18:00

                Taldoran General Hospital was evacuated on Tuesday as a precaution while engineers inspect cracking.
                """).withConflictsDetected()) {
            Answer a = site.composer().answer("Has the hospital been evacuated?");
            assertTrue(a.found(), a.text());
            int line = a.text().indexOf("Sources contradict each other");
            assertTrue(line > 0, a.text());
            String lead = a.text().substring(0, line);
            java.util.Set<String> leadSources = new java.util.HashSet<>();
            for (Citation c : a.citations()) {
                if (lead.contains("[" + c.n() + "]")) {
                    leadSources.add(c.source());
                }
            }
            boolean denies = lead.contains("has not been evacuated");
            assertTrue((denies ? java.util.Set.of("radio.txt") : java.util.Set.of("wire.txt", "chronicle.txt"))
                    .containsAll(leadSources), "the quoted passage is cited to its own side only: " + a.text());
        }
    }

    @Test
    void aCountBothContradictedAndUpdatedIsAnsweredWithTheLatest(@TempDir Path tmp) throws IOException {
        // A fresh user's "how many people died in the quake?" led with a morning's 31 against 23 and never gave the
        // 58 of the next day's report.
        try (Crosscheck site = over(tmp, "wire.txt", """
                Quake hits Sarrel Mountains
                Published 9 September 2031 08:40

                A magnitude 6.4 earthquake struck the Sarrel Mountains before dawn on Tuesday, killing 23 people and \
                injuring about 140, regional officials said.
                """, "tabloid.txt", """
                Quake horror
                Published 9 September 2031 09:15

                At least 31 people are dead and more than 300 injured after the killer quake hit the Sarrel \
                Mountains at 3:50am on Tuesday.
                """, "chronicle.txt", """
                Sarrel quake toll rises
                Published 10 September 2031 07:00

                The death toll from Tuesday's earthquake in the Sarrel Mountains has risen to 58, provincial officials \
                said late last night, as rescue teams reached hamlets above Mirelno.
                """).withConflictsDetected()) {
            Answer a = site.composer().answer("how many people died in the quake?");
            assertTrue(a.found(), a.text());
            int update = a.text().indexOf("A later report updates");
            assertTrue(update > 0, a.text());
            assertTrue(a.text().substring(0, update).contains("58"), "the latest figure leads: " + a.text());
        }
    }

    @Test
    void theHeadlineOfTheAnswersOwnArticleIsNoSecondOpinion(@TempDir Path tmp) throws IOException {
        // A fresh user's oil spill (two of its reports): the lead's own headline was pasted after it as a second
        // passage.
        try (Crosscheck site = over(tmp, story("tanker-aground", "01_cws_tuesday.txt", "03_radio_wednesday.txt"))) {
            Answer a = site.composer().answer("Where did the tanker run aground?");
            assertTrue(a.found(), a.text());
            assertTrue(a.citations().stream().noneMatch(c -> c.quote().startsWith("Tanker runs aground")),
                    a.text());
        }
    }

    @Test
    void aCountAnsweredByASentenceGivingNoSideIsStillAnsweredWithTheLatest(@TempDir Path tmp) throws IOException {
        // A fresh user's recall story (four of its six reports): "How many people have died…?" was answered with the
        // lead, which gives no toll, and Monday's three against four, never the five of Wednesday's report.
        try (Crosscheck site = over(tmp, story("lyra-recall", "01_mpa_recall.txt", "02_dvs_statement.txt",
                "03_selvik_courier.txt", "06_mpa_widened.txt")).withConflictsDetected()) {
            Answer a = site.composer().answer("How many people have died in crashes linked to the brake fault?");
            assertTrue(a.found(), a.text());
            int update = a.text().indexOf("A later report updates");
            assertTrue(update > 0, a.text());
            assertTrue(a.text().substring(0, update).contains("five people"), "the latest figure leads: " + a.text());
        }
    }

    @Test
    void aDeathTollAnswersHowManyPeopleDiedOverACountOfPeopleElse(@TempDir Path tmp) throws IOException {
        // "How many people died?" had been answered with the 2,000 people who slept in tents: the toll has neither
        // "people" nor "died" in it, though the news lexicon says a death toll counts people killed.
        try (Crosscheck site = over(tmp, "chronicle.txt", """
                Sarrel quake toll rises
                Published 10 September 2031 07:00

                The death toll from Tuesday's earthquake in the Sarrel Mountains has risen to 58, provincial officials                 said late last night, as rescue teams reached hamlets above Mirelno.

                Roads into the valley remain blocked by landslides, and the army has sent engineers to clear them.                 About 2,000 people spent the night in tents.

                The regional governor said schools would stay closed until Monday.
                """)) {
            for (String question : List.of("How many people died?", "how many people have been killed in the quake?")) {
                Answer a = site.composer().answer(question);
                assertTrue(a.found(), question + ": " + a.text());
                assertTrue(a.text().startsWith("The death toll"), question + ": " + a.text());
            }
        }
    }

    @Test
    void aShareAndASumAreNoFiguresThatDiffer(@TempDir Path tmp) throws IOException {
        // A fresh user's "How much has Northwater offered for the club?" opened with "Sources differ." and showed
        // the same £180 million three times: its first passage's answer had been read as the 19.9 per cent stake.
        try (Crosscheck site = over(tmp, "wire.txt", """
                Harbridge takeover talks
                Published 14 August 2031, 12:00

                Owner Bernard Hollis, who has controlled the club since 2020, is in talks to sell to Northwater Sports \
                Group, an investment firm led by the Swedish-born financier Ottilie Sandgren. Northwater, which already \
                holds a 19.9 per cent stake, has tabled an offer valuing the club at £180 million.
                """, "ledger.txt", """
                Harbridge ownership
                Published 14 August 2031, 16:00

                Bernard Hollis, owner since 2020, is negotiating a sale to Northwater Sports Group, the investment \
                vehicle run by Ottilie Sandgren. Northwater holds 19.9% of the shares and its offer values the club at \
                £180m including debt.
                """)) {
            Answer a = new ExtractiveComposer(site.retriever()).answer("How much has Northwater offered for the club?");
            assertTrue(a.found(), a.text());
            assertFalse(a.text().startsWith("Sources differ."), a.text());
        }
    }

    @Test
    void aPartOfAWholeCountsWhatTheWholeCounts(@TempDir Path tmp) throws IOException {
        // A fresh user's "how many jobs are being cut?" read the 4,800 of "cut 1,150 of its 4,800 jobs" as the
        // answer and opened "Reports of different days give different figures." above two reports of 1,150.
        try (Crosscheck site = over(tmp, "wire.txt", """
                Ardlow to cut jobs
                Published 11 March 2031, 09:00

                Ardlow Engineering Group reported a pre-tax loss of £84 million on Tuesday and said it would cut 1,150 \
                jobs and close its Marrowfield plant.
                """, "ledger.txt", """
                A valley holds its breath
                Published 12 March 2031, 18:00

                The Kelbridge group reported a loss before tax of £84m. It will cut 1,150 of its 4,800 jobs and shut \
                Marrowfield by the end of 2032.
                """)) {
            ExtractiveComposer composer = new ExtractiveComposer(site.retriever());
            RankedSentence ledger = composer.candidates("how many jobs are being cut?", Story.NONE).stream()
                    .filter(r -> r.sentence().text().startsWith("It will cut")).findFirst().orElseThrow();
            assertEquals("1150", ledger.key(), "the part cut, not the whole it is of");
            Answer a = composer.answer("how many jobs are being cut?");
            assertTrue(a.found(), a.text());
            assertFalse(a.text().startsWith(ExtractiveComposer.DATED_APART), a.text());
            assertFalse(a.text().startsWith("Sources differ."), a.text());
        }
    }

    @Test
    void aCountALaterReportUpdatedIsAnsweredWithTheLatestFigure(@TempDir Path tmp) throws IOException {
        try (Crosscheck site = over(tmp, "monday.txt", "Chemical leak in Vellmoor\nMonday 9 March 2026, 18:00\n\n"
                + "Twenty-three people were taken to hospital with breathing problems after the ammonia leak in "
                + "Vellmoor, a hospital spokeswoman said. The leak began at the Kessel Road crossing.\n",
                "tuesday.txt", "Vellmoor leak: crews seal tanker\nTuesday 10 March 2026, 09:00\n\nCrews sealed the "
                + "tanker at the Kessel Road crossing in Vellmoor overnight. By Tuesday morning 41 people had been "
                + "taken to hospital, the hospital said.\n").withConflictsDetected()) {
            Answer a = site.composer().answer("How many people were taken to hospital with breathing problems?");
            assertTrue(a.found(), a.text());
            int update = a.text().indexOf("A later report updates");
            assertTrue(update > 0, a.text());
            String lead = a.text().substring(0, update);
            assertTrue(lead.contains("41 people") && !lead.contains("Twenty-three"),
                    "the latest figure opens the reply, before the update: " + a.text());
        }
    }

    @Test
    void aPhrasalVerbIsAnsweredByTheNounDerivedFromIt(@TempDir Path tmp) throws IOException {
        // An unseen by-election: "What percentage of voters actually turned out?" covered neither "turned" nor "out"
        // in "Turnout was 41.4 per cent." (0.15, under the threshold).
        try (Crosscheck site = over(tmp, "result.txt", """
                Unity takes Kelsbury North by 57 votes
                Published 14 March 2031, 06:10

                Meg Dunsford, the Unity candidate, was elected with a majority of 57 after a full recount at the \
                Kelsbury Leisure Centre. The count ended shortly before 5am.

                Turnout was 41.4 per cent.

                The number of ballot papers rejected at the count was 198.
                """)) {
            Answer a = site.composer().answer("What percentage of voters actually turned out?");
            assertTrue(a.found(), a.text());
            assertTrue(a.text().contains("Turnout was 41.4 per cent."), a.text());
        }
    }

    @Test
    void theOverallCountAnswersOverOnePlacesWhenItCountsTheSameThings(@TempDir Path tmp) throws IOException {
        // A fresh user's retailer: "how many stores does corrigan have" was answered with the eight in one town,
        // since the sentence of the overall 312 covers fewer of the question's words.
        try (Crosscheck site = over(tmp, story("corrigan-resigns", "01_corrigan_monday.txt",
                "05_eveningpost_tuesday.txt"))) {
            Answer a = site.composer().answer("how many stores does corrigan have");
            assertTrue(a.found(), a.text());
            assertTrue(a.text().startsWith("Corrigan's 312 stores"), a.text());
        }
    }

    @Test
    void anUpdateOfAnotherCountDoesNotReplaceTheAnswersFigure(@TempDir Path tmp) throws IOException {
        // A fresh user's shipwreck: "How many people were on the boat?" was answered with the latest count of those
        // rescued (an update of 41 to 58), its 92 on board left out.
        try (Crosscheck site = over(tmp, "monday.txt", "Migrant boat capsizes off Mareth\nMonday 13 October 2025, "
                + "09:00\n\nA wooden boat carrying migrants capsized south of Mareth Island before dawn. So far 41 "
                + "people have been rescued alive, the coastguard said.\n",
                "tuesday.txt", "Survivors recount night of terror\nTuesday 14 October 2025, 10:00\n\nSurvivors at the "
                + "reception centre said 92 people had crowded onto the boat that capsized off "
                + "Mareth Island.\n",
                "coastguard.txt", "Update on the rescue operation\nTuesday 14 October 2025, 11:00\n\nAs of this "
                + "morning, 58 people have been rescued alive off Mareth Island, the coastguard said.\n").withConflictsDetected()) {
            Answer a = site.composer().answer("How many people were on the boat?");
            assertTrue(a.found(), a.text());
            assertTrue(a.text().startsWith("Survivors at the reception centre said 92 people"), a.text());
            assertTrue(a.text().contains("A later report updates"), "the update is still told: " + a.text());
        }
    }

    @Test
    void figuresOfReportsOfDifferentDaysAreNoDisagreementAndTheLatestLeads(@TempDir Path tmp) throws IOException {
        // Two fresh users' "Sources differ." over a stake raised day by day; shares are not compared by conflict
        // detection, so the composer tells by the reports' dates.
        try (Crosscheck site = over(tmp, "tuesday.txt", "Corvane raises Brambleworth stake\nTuesday 9 March 2027, "
                + "18:00\n\nCorvane has increased its stake in Brambleworth to 19.6%, up from 14.9%, after buying "
                + "shares in the market, a stock exchange filing showed.\n",
                "thursday.txt", "Corvane lifts stake again\nThursday 11 March 2027, 10:15\n\nCorvane Holdings has "
                + "increased its stake in Brambleworth Foods to 22.1%, up from 19.6%, a filing showed.\n")) {
            Answer a = site.composer().answer("How big is Corvane's stake in Brambleworth?");
            assertTrue(a.found(), a.text());
            assertTrue(a.text().startsWith(ExtractiveComposer.DATED_APART), a.text());
            assertTrue(a.text().indexOf("22.1%") < a.text().indexOf("to 19.6%"), "the latest first: " + a.text());
        }
    }

    @Test
    void aTollIsNotAnsweredByThoseBroughtOutAlive(@TempDir Path tmp) throws IOException {
        try (Crosscheck site = over(tmp, "midday.txt", "Dravik digs through the rubble\n\nHalf a day after the "
                + "earthquake, the streets of Dravik's old quarter are a maze of broken timber and stone. Rescuers have "
                + "pulled 12 people out alive from the rubble so far, according to the regional fire brigade. The "
                + "operation is being led by the civil protection director.\n",
                "evening.txt", "Dravik quake toll rises\n\nForty-seven people are now confirmed dead after the "
                + "earthquake in Dravik, the interior ministry said on Wednesday. Hopes of finding more survivors "
                + "under the ruins began to fade. Some 6,500 people are sleeping in tents.\n")) {
            Answer a = site.composer().answer("How many people have died so far?");
            assertFalse(a.found() && a.text().contains("out alive"), "survivors are no toll: " + a.text());
        }
    }

    @Test
    void aMeasureJoinedToItsUnitAnswersHowOldAndHowLong(@TempDir Path tmp) throws IOException {
        try (Crosscheck tennis = over(tmp, "davenport.txt", """
                Davenport puts retirement on hold

                Lindsay Davenport has put any talk of retirement on hold after a largely injury-free 2004 campaign.
                The 28-year-old world number one had said that she would quit at the end of last year.
                She won the title in Zurich and reached the semi-finals at Wimbledon in the summer.
                """)) {
            Answer a = tennis.composer().answer("How old is Lindsay Davenport?");
            assertTrue(a.found(), a.text());
            assertTrue(a.text().contains("28-year-old"), a.text());
            assertEquals("28", a.given().text(), "the age is the answer the reply gives");
        }
        try (Crosscheck rail = over(tmp.resolve("rail"), "line.txt", """
                Line reopens after derailment

                The Aldenmoor line reopened on Sunday after a regional express derailed near Marrevik.
                The 120-km single-track line opened in 1962 and passes through 14 tunnels.
                It carries regional passenger trains and timber freight from the upper valleys.
                """)) {
            Answer a = rail.composer().answer("How long is the Aldenmoor line?");
            assertEquals("120", a.given().text(), "a length, not the 14 tunnels: " + a.text());
        }
    }

    @Test
    void whoSaysSomethingIsAnsweredByAVoiceNamedOrNot(@TempDir Path tmp) throws IOException {
        try (Crosscheck rail = over(tmp, "ledger.txt", """
                Derailment toll rises

                In all, seven people lost their lives, all of them passengers, police said on Saturday.
                The line between Aldenmoor and Kessling stays shut for two weeks, the report said.
                """)) {
            Answer a = rail.composer().answer("Who says seven people died?");
            assertTrue(a.found(), a.text());
            assertEquals("police", a.given().text(), a.text());
            // A report is no one: "who" asks for a person or a group of them.
            assertEquals(Answer.Given.NOTHING, rail.composer().answer("Who says the line stays shut?").given());
        }
        try (Crosscheck toll = over(tmp.resolve("toll"), "solochiv.txt", """
                Strikes across Ukraine

                In the city of Solochiv in the Lviv Oblast, four people died, according to the governor there.
                """)) {
            Answer a = toll.composer().answer("Who says four people died in Solochiv?");
            assertTrue(a.found(), a.text());
            assertEquals("the governor", a.given().text(), "the voice, not the place before it: " + a.text());
        }
    }

    @Test
    void aPersonGivenInThePossessiveIsGivenWithoutIt(@TempDir Path tmp) throws IOException {
        try (Crosscheck film = over(tmp, "film.txt", """
                Casino Royale is next Bond movie

                Casino Royale, author Ian Fleming's first James Bond book, is to be the next Bond film.
                Filming is expected to begin in Prague next January.
                """)) {
            Answer a = film.composer().answer("Whose book is the next Bond film?");
            assertTrue(a.found(), a.text());
            // "he" in the next question stands for Ian Fleming, not "Ian Fleming's".
            assertEquals("Ian Fleming", a.given().text(), a.text());
        }
    }

    @Test
    void aDayOrYearAskedForIsAnsweredByTheDateOfTheThingAsked(@TempDir Path tmp) throws IOException {
        try (Crosscheck flood = over(tmp, "flood.txt", """
                Floods cut river town off

                The river burst its banks on Tuesday night and flooded the old town of Vessby.
                Crews pumped water for most of the day before the bridge reopened.
                The town's flood wall was built in 1974 after an earlier flood.
                """)) {
            Answer day = flood.composer().answer("What day was the flood?");
            assertTrue(day.found(), day.text());
            assertEquals("Tuesday", day.given().text(), "the weekday is the day asked for: " + day.text());
            Answer year = flood.composer().answer("What year was the flood wall built?");
            assertEquals("1974", year.given().text(), year.text());
        }
    }

    @Test
    void aDateAnswersATimeNounThatIsNoUnit(@TempDir Path tmp) throws IOException {
        try (Crosscheck appeal = over(tmp, "appeal.txt", """
                Sprinters given time to answer charges

                The two sprinters were charged after missing a series of routine drugs tests last season.
                They have until midnight on 16 December to reply, and a federation spokesman said replies were expected.
                If they do not respond they will be provisionally banned from competition.
                """)) {
            String question = "What is the deadline for the sprinters to respond?";
            Answer a = appeal.composer().answer(question);
            assertEquals("16 December", a.given().text(), a.text());
            RankedSentence dated = candidateGiving(appeal, question, "16 December");
            assertEquals(1, dated.feature(Feature.TYPED_KIND), "a date is the deadline asked for");
            assertEquals(1, dated.feature(Feature.FOCUS), "so it covers \"deadline\"");
        }
    }

    @Test
    void aFigureInTheMeasureAskedForAnswersTheWordThatAsksIt(@TempDir Path tmp) throws IOException {
        try (Crosscheck ferry = over(tmp, "ferry.txt", """
                Ferry hits harbour wall

                A passenger ferry struck the harbour wall at Tollvik on Monday evening, injuring twelve people.
                The vessel was sailing at nearly 18 knots as it entered the narrow harbour mouth, the coastguard said.
                The ferry company said the captain had more than twenty years of experience on the route.
                Harbour officials said the wall would be inspected before services resume.
                """)) {
            Answer a = ferry.composer().answer("How fast was the ferry going?");
            assertTrue(a.found(), a.text());
            assertTrue(a.text().contains("18 knots"), a.text());
        }
    }

    @Test
    void aCountOfAKindOfWhatIsAskedAnswersHowMany(@TempDir Path tmp) throws IOException {
        try (Crosscheck bus = over(tmp, "bus.txt", """
                Village mourns bus crash victims

                Around 300 people gathered in the square of Holm on Sunday to remember the victims of Friday's bus crash.
                Six passengers were killed when the bus left the road above the Brenn river, police said.
                The driver survived with minor injuries and is being questioned by police.
                """)) {
            Answer a = bus.composer().answer("How many people were killed?");
            assertEquals("Six", a.given().text(), "passengers are people: " + a.text());
        }
    }

    @Test
    void aNameOfTwoWordsIsNotCoveredByItsWordsInOtherNames(@TempDir Path tmp) throws IOException {
        try (Crosscheck folder = over(tmp, "match.txt", """
                Rangers hold Celtic in cup tie

                Goalkeeper Ronald Waterreus was Rangers' hero, saving superbly from Craig Bellamy and John Hartson.
                Celtic manager Martin O'Neill said his side deserved to win the tie.
                """, "report.txt", """
                Broadband changes how people use the web

                "Broadband is putting the 'me' in media," said John Craig, co-author of the Demos report.
                Mr Craig said the report was commissioned by an internet provider.
                """)) {
            ExtractiveComposer composer = (ExtractiveComposer) folder.composer();
            for (RankedSentence r : composer.candidates("Who is John Craig?", Story.NONE)) {
                double cover = r.feature(Feature.COVER);
                if (r.sentence().text().contains("Bellamy")) {
                    assertEquals(0, cover, "Craig Bellamy and John Hartson are not John Craig");
                } else if (r.sentence().text().contains("John Craig")) {
                    assertEquals(1, cover, "the whole name is him");
                } else if (r.sentence().text().contains("Mr Craig")) {
                    assertTrue(cover > 0, "Mr Craig is him");
                }
            }
        }
    }

    @Test
    void whoSomeoneIsIsAsCloseInMeaningAsWhatTheReportSaysHeIs(@TempDir Path tmp) throws IOException {
        try (Crosscheck poverty = over(tmp, "fund.txt", """
                Rich grab half Colombia poor fund

                Half of the money put aside to help the country's poor is benefiting people who do not need it.
                "Resources are more than enough to reduce poverty and there is no need for more tax reforms but a better distribution," deputy planning director Jose Leibovich said.
                """)) {
            String question = "Who is Jose Leibovich?";
            RankedSentence role = candidateGiving(poverty, question, "Jose Leibovich");
            dev.crosscheck.index.Embedder embedder = poverty.retriever().embedder();
            float[] asked = embedder.embedQuery(question);
            double phrase = dev.crosscheck.index.Embedder.dot(asked, embedder.embed("Jose Leibovich, director"));
            double sentence = dev.crosscheck.index.Embedder.dot(asked, embedder.embed(role.sentence().text()));
            assertTrue(phrase > sentence, "the role phrase is nearer the bare name than the quote is");
            assertEquals(phrase, role.feature(Feature.DENSE), 1e-6, "the candidate is as close as its role phrase");
        }
    }

    @Test
    void aPlaceSomeoneIsGoingToIsNotWhereTheyWereCounted(@TempDir Path tmp) throws IOException {
        try (Crosscheck train = over(tmp, "a.txt", """
                Train derails in the hills

                Some 300 people were on board, around 150 of them students on their way to the technical college in Kessling, according to Grenrail.
                Several carriages slid down the embankment towards the river.
                """, "b.txt", """
                Questions over hill line

                The train had nearly 450 people on board when it derailed, many of them students heading to the college.
                """)) {
            RankedSentence students = candidateGiving(train, "How many students were on board?", "around 150");
            assertEquals("", students.scope(), "150 were not counted in Kessling, where they were going");
        }
    }

    @Test
    void whoSomeoneIsIsAnsweredWhereAReportSaysWhatTheyAre(@TempDir Path tmp) throws IOException {
        try (Crosscheck doping = over(tmp, "appeal.txt", """
                Greek sprinters cleared

                Kostas Kenteris and Katerina Thanou were cleared by the Greek federation on Friday.
                The IAAF said it was surprised by the decision and would study it.
                Athletes who miss tests can be banned for two years, said Marion Jones, who watched the hearing.
                Wada chairman Dick Pound said the decision was a disgrace and should be appealed.
                """)) {
            Answer a = doping.composer().answer("Who is Dick Pound?");
            assertTrue(a.found(), a.text());
            assertTrue(a.text().contains("Wada chairman Dick Pound"), a.text());
            assertEquals("Dick Pound", a.given().text(), "the reply gives him, not another name near him");
            assertEquals("Dick Pound", doping.composer().answer("Who's Dick Pound?").given().text());
        }
    }

    @Test
    void aLoneDemonymIsNoPersonBecauseSomeoneElsewhereBearsItAsAName(@TempDir Path tmp) throws IOException {
        try (Crosscheck folder = over(tmp, "telekom.txt", """
                Deutsche Telekom sees mobile gain

                German telecoms firm Deutsche Telekom saw strong fourth quarter profits on US mobile earnings.
                Sales rose 2.8% to 14.96bn euros, helped by asset sales.
                In Cardiff, Mr German said the Welsh assembly would vote on the budget, as Germany's trade minister
                visited the city.
                """)) {
            RankedSentence telekom = candidate(folder, "Who is the chief executive of Deutsche Telekom?",
                    "German telecoms firm");
            assertEquals(0, telekom.feature(Feature.TYPED_CUED), "\"German\" here is no one's name");
            RankedSentence assembly = candidate(folder, "Who said the Welsh assembly would vote on the budget?",
                    "Mr German said");
            assertEquals(1, assembly.feature(Feature.TYPED_CUED), "his title marks him");
        }
    }

    @Test
    void anAdjectiveOfAPlaceIsNamedByThePlacesNames(@TempDir Path tmp) throws IOException {
        try (Crosscheck folder = over(tmp, "wembley.txt", """
                Wembley sells gaming arm

                Wembley is to offload its U.S. gaming division to BLB Investors for $400m.
                The sale will leave Wembley with its UK greyhound tracks.
                """)) {
            RankedSentence us = candidate(folder, "Who is buying Wembley's American gaming business?", "BLB");
            assertEquals(1, us.feature(Feature.NAMES_IN_SCOPE), "\"U.S.\" names what \"American\" pertains to");
            RankedSentence japan = candidate(folder, "Who is buying Wembley's Japanese gaming business?", "BLB");
            assertEquals(0, japan.feature(Feature.NAMES_IN_SCOPE), "the U.S. is no Japanese place");
        }
    }

    @Test
    void aFolderWithNoArticlesSaysSoInsteadOfThatTheSourcesDoNotAnswer(@TempDir Path tmp) throws IOException {
        try (Crosscheck empty = over(tmp)) {
            Answer a = empty.composer().answer("Who is the mayor of Kyiv?");
            assertFalse(a.found());
            assertTrue(a.text().startsWith("There are no articles yet"), a.text());
        }
    }

    @Test
    void aNameOfTheQuestionIsNoAnswerWhateverItsStem(@TempDir Path tmp) throws IOException {
        try (Crosscheck folder = over(tmp, "peru.txt", """
                Wi-fi web reaches farmers in Peru

                The pilot scheme in the Huaral Valley aims to give farmers up-to-date market prices.
                The non-government organisation Cepes led the $200,000 project, backed by local institutions.
                """)) {
            // "Valley" stems to "vallei", which "valley" does not start with: it was taken for a new name.
            RankedSentence valley = candidate(folder, "Who led the Huaral Valley pilot scheme?", "Huaral Valley");
            assertNotEquals("valley", valley.key(), "the valley asked about is no answer to who led it");
            RankedSentence cepes = candidate(folder, "Who led the Huaral Valley pilot scheme?", "Cepes");
            assertEquals("Cepes", cepes.given());
        }
    }

    @Test
    void thePlaceADemonymOfTheQuestionNamesIsNoAnswer(@TempDir Path tmp) throws IOException {
        try (Crosscheck folder = over(tmp, "wembley.txt", """
                Wembley sells gaming arm

                Wembley revealed it was to offload its US gaming division to BLB Investors.
                The US business runs race tracks, and US gamblers spent more there last year.
                """)) {
            RankedSentence sale = candidate(folder, "Who is buying Wembley's American gaming business?", "US business");
            assertNotEquals("us", sale.key(), "\"US\" is the American business asked about, not who buys it");
        }
    }

    @Test
    void aNameBeforeBasedSaysWhereAsInDoes(@TempDir Path tmp) throws IOException {
        try (Crosscheck folder = over(tmp, "spears.txt", """
                Spears sues insurers

                Seven London-based insurance companies have been given 30 days to respond to the complaint.
                """)) {
            RankedSentence insurers = candidate(folder, "Where are the insurance companies from?", "London");
            assertEquals("london", insurers.key());
            assertEquals(1, insurers.feature(Feature.TYPED_CUED), "\"London-based\" places them as \"in London\"");
        }
    }

    @Test
    void anAnswerOfTheKindAskedCoversTheWordThatAsksForIt(@TempDir Path tmp) throws IOException {
        try (Crosscheck folder = over(tmp, "floods.txt", """
                Floods in Europe

                The floods hit Germany hardest, officials said, and rivers were still rising.
                In March, the floods hit the valley again.
                """)) {
            RankedSentence germany = candidate(folder, "Which country did the floods hit?", "Germany");
            assertEquals(1, germany.feature(Feature.TYPED_KIND));
            assertEquals(1.0, germany.feature(Feature.COVER), 1e-9, "Germany is the country asked for");
            assertEquals(0.0, germany.feature(Feature.MISSING), 1e-9);
            RankedSentence march = candidate(folder, "Which month did the floods hit the valley again?", "In March");
            assertEquals(1.0, march.feature(Feature.COVER), 1e-9, "March is the month asked for");
        }
    }

    @Test
    void aNameEndingInAnAbbreviationOfTheKindAskedForIsOfThatKind(@TempDir Path tmp) throws IOException {
        // A fresh user's balloon crash: "Which company operated the balloon?" had "company" missing beside "was
        // operated by Halloway Skyrides Ltd", and came back not found; WordNet writes "Ltd." with its point.
        try (Crosscheck folder = over(tmp, "balloon.txt", """
                Balloon strikes cables

                The balloon was operated by Halloway Skyrides Ltd, one of the older commercial operators.
                It came down in a field after striking power cables.
                """)) {
            RankedSentence operator = candidate(folder, "Which company operated the balloon?", "Halloway");
            assertEquals(1, operator.feature(Feature.TYPED_KIND), "a Ltd is a company");
            assertEquals(0.0, operator.feature(Feature.MISSING), 1e-9);
        }
    }

    @Test
    void aQuestionAskingWhetherIsCoveredByTheOppositeState(@TempDir Path tmp) throws IOException {
        // A fresh user's coach crash: "Is the R-41 road open?" had "open" missing beside "The R-41 has been closed",
        // and came back not found; a question asking whether is answered by either state (WordNet's antonyms).
        try (Crosscheck folder = over(tmp, "crash.txt", """
                Coach crash on mountain pass

                The R-41 has been closed between Oster Veld and Hessendorf, police said.
                Drivers are asked to use the valley route.
                """)) {
            RankedSentence closed = candidate(folder, "Is the R-41 road open?", "has been closed");
            assertEquals(0.0, closed.feature(Feature.MISSING), 1e-9, "closed answers whether it is open");
            RankedSentence asked = candidate(folder, "When was the R-41 road open?", "has been closed");
            assertEquals(1.0, asked.feature(Feature.MISSING), 1e-9, "a closure says nothing of when it was open");
        }
    }

    @Test
    void theArticleOfAFigureAnsweringItsNounIsNotMissingThatNoun(@TempDir Path tmp) throws IOException {
        try (Crosscheck folder = over(tmp, "quake.txt", """
                Quake hits coast

                Four people died when the quake struck the coast, officials said.
                Rescuers searched the rubble through the night.
                """)) {
            RankedSentence four = candidate(folder, "What is the death toll?", "Four people died");
            assertEquals(0.0, four.feature(Feature.ARTICLE_MISSING), 1e-9,
                    "\"toll\" is what the figure gives, in the article as in the sentence");
        }
    }

    @Test
    void figuresFromReportsOfDifferentStoriesAreNoDifferenceOfSources(@TempDir Path tmp) throws IOException {
        try (Crosscheck business = over(tmp, "telekom.txt", """
                Telekom returns to profit

                German telecoms firm Deutsche Telekom made a net profit of 1.4bn euros in the fourth quarter, its \
                chief executive Kai-Uwe Ricke said in Bonn on Tuesday.
                Strong growth at T-Mobile USA and the sale of stakes in T-Online and Mobile Telesystems helped.
                The company had made a loss of 364m euros in the same quarter of 2003.
                """, "bp.txt", """
                BP profits rise on oil price

                Oil giant BP made a net profit of $3.65bn in the fourth quarter, its chief executive John Browne \
                said in London on Tuesday.
                Rising crude prices in Texas, Alaska and the North Sea lifted earnings, although output in Russia fell.
                Shares in the company rose 1% in morning trading on the FTSE.
                """)) {
            Answer a = business.composer().answer("How much net profit was made in the fourth quarter?");
            assertTrue(a.found(), a.text());
            assertFalse(a.text().startsWith("Sources differ"), "BP's profit is no other account of Deutsche "
                    + "Telekom's: " + a.text());
        }
    }

    @Test
    void aSourceGivingTheAnswersFigureTooDoesNotDifferFromIt(@TempDir Path tmp) throws IOException {
        // Two copies of one report give both sums, of two different things: neither source differs from the other.
        String report = """
                Ray beats box office on DVD

                Oscar-nominated film biopic Ray has surpassed its US box office takings with a combined tally of \
                $80m from DVD and video sales and rentals.
                Ray's success on DVD outstripped its $74m US box office total, earning more than $40m on the first \
                day of the DVD's release alone.
                Ray has been nominated in six Oscar categories including best film and best actor for Jamie Foxx.
                """;
        try (Crosscheck film = over(tmp, "wire.txt", report, "copy.txt", report)) {
            Answer a = film.composer().answer("How much did the film Ray take at the US box office?");
            assertTrue(a.found(), a.text());
            assertFalse(a.text().startsWith("Sources differ"), "a source that says what the answer says differs "
                    + "from no one: " + a.text());
            for (Citation c : a.citations()) {
                assertTrue(report.contains(c.quote()), () -> "not verbatim: " + c.quote());
            }
        }
    }

    @Test
    void aSumGivenInAnotherCurrencyBesideTheAnswersAgreesWithIt(@TempDir Path tmp) throws IOException {
        // One report gives the sum in euros with its dollar and pound values in brackets, another in dollars only.
        try (Crosscheck cars = over(tmp, "a.txt", """
                GM pays to evade Fiat buyout

                General Motors is to pay Fiat 1.55bn euros ($2bn; £1.1bn) to get out of a deal which could have \
                forced it to buy the Italian carmaker outright.
                Fiat shares rose on the news.
                """, "b.txt", """
                Fiat chief takes the wheel

                GM will pay Fiat $2bn as part of the settlement to end the deal.
                The new chief executive starts on Monday.
                """)) {
            Answer a = cars.composer().answer("How much did GM pay Fiat to get out of the deal?");
            assertTrue(a.found(), a.text());
            assertFalse(a.text().startsWith("Sources differ"), "$2bn is the euros' sum in dollars: " + a.text());
            assertEquals(2, a.citations().size(), "both sources give the sum: " + a.text());
            for (Citation c : a.citations()) {
                assertTrue(cars.corpus().document(c.source()).orElseThrow().text().contains(c.quote()), c.quote());
            }
        }
    }

    @Test
    void aSentenceDenyingTheAnswerIsNotCitedAsASecondSourceForIt(@TempDir Path tmp) throws IOException {
        // A fresh user's siege: "Were any shots fired?" quoted the tabloid's shot and cited the wire's "No shots have
        // been fired" beside it as if it said so too.
        try (Crosscheck siege = over(tmp, "a.txt", """
                Gunman holds hostages at post office

                Locals say at least one shot was fired inside the post office shortly after the gunman burst in.
                Police have closed the road.
                """, "b.txt", """
                Police negotiate with gunman

                No shots have been fired inside the post office, police told reporters at a briefing.
                Police have closed the road.
                """)) {
            Answer a = siege.composer().answer("Were any shots fired inside the post office?");
            assertTrue(a.found(), a.text());
            assertFalse(a.text().contains("[1][2]"), "the denial is no second source for the shot: " + a.text());
            assertTrue(a.text().contains("No shots have been fired"), "it is shown as what it says: " + a.text());
        }
    }

    @Test
    void aNumberEndingANameIsNoCount(@TempDir Path tmp) throws IOException {
        try (Crosscheck games = over(tmp, "a.txt", """
                New consoles promise big problems

                Making games for future consoles will require more graphical power, developers have warned.
                The first new console, Microsoft's Xbox 2, is not expected to reach the shops until the end of 2005.
                Games typically take at least 18 months to create.
                """, "b.txt", """
                Game makers get Xbox 2 sneak peek

                Microsoft has given game makers a glimpse of the new Xbox 2 console.
                The firm would not say when it goes on sale.
                """)) {
            Answer a = games.composer().answer("How many Xbox consoles were sold in the first week?");
            assertFalse(a.found(), "the 2 of Xbox 2 counts no consoles: " + a.text());
        }
    }

    @Test
    void aHeadlineIsNotGluedToTheLineAfterIt(@TempDir Path tmp) throws IOException {
        String gazette = """
                Ammonia leak at Pellham fertiliser plant forces residents indoors
                Published: 10 June 2025, 09:50

                By Carys Holt, Wendshire Gazette

                Residents of Pellham have been told to stay indoors after a leak of toxic ammonia gas at the Kestrel \
                Agrochem fertiliser plant early on Tuesday.
                Workers raised the alarm at 6:40 a.m. when a storage tank began venting a white cloud.
                """;
        try (Crosscheck leak = over(tmp, "gazette.txt", gazette, "wire.txt", """
                Thousands evacuated after gas leak

                About 2,000 people were moved out of their homes in Pellham on Tuesday, police said.
                """)) {
            for (String q : List.of("What leaked at the Pellham plant?", "What leaked at the plant?")) {
                Answer a = leak.composer().answer(q);
                assertFalse(a.text().contains("indoors Published"), a.text());
                a.citations().forEach(c -> assertFalse(c.quote().contains("indoors\nPublished"), c.quote()));
            }
        }
    }

    @Test
    void aCountOfSomeBeyondOthersNamedDoesNotDifferFromATotal(@TempDir Path tmp) throws IOException {
        try (Crosscheck schools = over(tmp, "courier.txt", """
                Schools shut after leak

                Some 3,500 people were forced out of their homes in Pellham as a cloud of ammonia spread.
                "People deserve to know how this was allowed to happen," she said. Four schools will be shut again \
                tomorrow.
                """, "gazette.txt", """
                Leak closes schools

                Pellham Primary, St Aidan's and two other schools in the town will stay closed today, the council said.
                """)) {
            Answer a = schools.composer().answer("How many schools were closed?");
            assertTrue(a.found(), a.text());
            assertFalse(a.text().startsWith("Sources differ"), "two schools besides the two named are four: "
                    + a.text());
        }
    }

    @Test
    void aBylineLineAnswersNothingItself(@TempDir Path tmp) throws IOException {
        try (Crosscheck leak = over(tmp, "courier.txt", """
                PELLHAM GAS TERROR: 3,500 FLEE TOXIC CLOUD
                Daily Courier, Tuesday 10 June 2025, evening edition

                Some 3,500 people were forced out of their homes last night as a cloud of ammonia gas spread.
                The leak began shortly after 9 a.m., according to residents and council officials.
                """, "herald.txt", """
                Residents allowed home

                The gas escaped at around 6:40 a.m. on Tuesday, the fire service said.
                Most residents were allowed to return home on Wednesday afternoon.
                """)) {
            Answer a = leak.composer().answer("When did the leak begin, according to the Daily Courier?");
            assertFalse(a.text().contains("evening edition"), "the byline's date is no answer: " + a.text());
            a.citations().forEach(c -> assertFalse(c.quote().startsWith("Daily Courier,"), c.quote()));
        }
    }

    @Test
    void whatSomeoneSaidIsFoundWhereTheReportSaysTheySaidIt() {
        // "say" and "said" stem apart; WordNet's irregular forms of a verb of saying join them.
        Answer a = ask("What did Zelensky say?");
        assertTrue(a.found(), a.text());
        assertTrue(a.text().matches("(?s).*Zelensk\\w* said.*"), a.text());
    }

    @Test
    void doesNotReportADifferenceBetweenFiguresOfDifferentThings() {
        Answer a = ask("How many missiles did Russia fire in the attack?");
        assertTrue(a.text().contains("81"), a.text());
        assertFalse(a.text().startsWith("Sources differ"), a.text());
    }

    @Test
    void theSameFigureOfSomethingElseIsNoOtherSourceSayingTheSame() {
        // "three of its power stations had been hit" shares the figure, not what it counts.
        Answer a = ask("How many people were killed in Kharkiv?");
        assertTrue(a.text().matches("(?s).*\\bthree people.*"), a.text());
        assertTrue(a.citations().stream().noneMatch(c -> c.quote().contains("power stations")),
                "the power stations are no other account of the toll: " + a.citations());
    }

    @Test
    void aPassageGivingNothingOfTheAskedTypeIsCitedToItsOwnSourceOnly() {
        // "speeds greater than the speed of sound" is no figure: no other source gives "the same" one, and "The
        // Ukrainian military cannot intercept the Kinzhal missile" says nothing of its speed.
        Answer a = ask("how fast is it? (after: what is a Kinzhal)");
        assertTrue(a.found() && a.text().contains("speed of sound"), a.text());
        assertEquals(1, a.citations().stream().map(Citation::source).distinct().count(), a.citations().toString());
    }

    @Test
    void aFigureOfThePlaceAskedAboutAnswersBeforeAnotherPlacesFigure() {
        Answer kharkiv = ask("How many people died in Kharkiv?");
        assertTrue(kharkiv.text().contains("At least three people were killed by Russian artillery in the "
                + "northeastern city of Kharkiv"), kharkiv.text());
        assertTrue(kharkiv.caveats().isEmpty(), kharkiv.caveats().toString());
        assertFalse(kharkiv.text().contains("Solochiv"), "Solochiv's toll is neither another account of Kharkiv's "
                + "nor a second answer beside it: " + kharkiv.text());
        Answer died = ask("How many died in Kharkiv?");
        assertTrue(died.text().contains("At least three people were killed") && !died.text().contains("Solochiv"),
                "those killed are what \"died\" counts, so Kharkiv's toll answers, not Solochiv's: " + died.text());
        assertTrue(died.caveats().isEmpty(), died.caveats().toString());
        Answer dnipro = ask("How many people were killed in the Dnipro region?");
        assertTrue(dnipro.text().contains("dozens more were killed by missiles in the western Lviv region and the "
                + "central Dnipro region"), dnipro.text());
        assertTrue(dnipro.caveats().isEmpty(), "a place in a list after \"and\" is still the figure's place");
    }

    @Test
    void aQuestionThatMeasuresIsAnsweredByAFigureOfWhatItMeasures() {
        ExtractiveComposer composer = new ExtractiveComposer(core.retriever());
        RankedSentence range = composer.candidates("How far can the Kinzhal fly?", Story.NONE).stream()
                .filter(r -> r.sentence().text().contains("several dozen Kinzhals")).findFirst().orElseThrow();
        assertEquals("more than 2,000", range.given(), "a distance, not the count before it");
        // A count of missiles is no price.
        RankedSentence fired = composer.candidates("How much did the Kinzhal missiles cost?", Story.NONE).stream()
                .filter(r -> r.sentence().text().contains("81 missiles, including six Kinzhal")).findFirst()
                .orElseThrow();
        assertFalse(fired.typed(), fired.given());
    }

    @Test
    void aCountOfNobodyAnswersHowManyItHappenedTo() {
        // "How many people did he say were hurt there?" about Odesa's governor: "no reports of casualties or
        // injuries have emerged" is the answer, a count of none.
        Answer hurt = ask("How many people were hurt in Odesa?");
        assertTrue(hurt.found() && hurt.text().contains("no reports of casualties or injuries"), hurt.text());
        ExtractiveComposer composer = new ExtractiveComposer(core.retriever());
        RankedSentence none = composer.candidates("How many people were hurt in Odesa?", Story.NONE).get(0);
        assertEquals("no reports of casualties or injuries", none.given(), "the denial and what it denies");
        assertTrue(composer.candidates("How many people were killed in Odesa?", Story.NONE).stream()
                .filter(r -> r.sentence().text().contains("no reports of casualties")).noneMatch(RankedSentence::typed),
                "no injuries is no count of the dead");
    }

    @Test
    void aCountOfWhatElseHappenedDoesNotAnswer() {
        // "At least five people were killed in a missile strike…" is nearer in meaning to "hurt in the strikes" than
        // Klitschko's "two people were wounded", but its figure counts the dead.
        ExtractiveComposer composer = new ExtractiveComposer(core.retriever());
        RankedSentence hurt = composer.candidates("How many people were hurt in the strikes?", Story.NONE).get(0);
        assertTrue(hurt.sentence().text().contains("two people were wounded"), hurt.sentence().text());
        Answer answer = ask("How many people were hurt in the strikes?");
        assertFalse(answer.found() && answer.text().contains("killed"), answer.text());
        // Read with the question before it, the follow-up shares its words with the toll: still no answer to it.
        assertTrue(composer.candidates("How many were hurt? (after: How many people were killed in the strikes)",
                Story.NONE).stream().noneMatch(r -> r.sentence().text().startsWith("At least five people were killed")),
                "a sentence whose only figure counts the dead is no candidate for the hurt");
        assertTrue(composer.candidates("How many were shot down?", Story.NONE).stream()
                .noneMatch(r -> r.sentence().text().contains("Russia fired 81 missiles")),
                "missiles fired are no count of those shot down");
    }

    @Test
    void otherSourcesAskedWhenEveryArticleWasQuotedSayThereIsNoneLeft() {
        // "No other source answers that." had read as if other sources had been asked.
        java.util.Set<String> all = new java.util.HashSet<>();
        core.corpus().documents().forEach(d -> all.add(d.id()));
        Answer none = core.composer().elsewhere("How many people were killed?", new Story(all));
        assertFalse(none.found());
        assertEquals(ExtractiveComposer.EVERY_SOURCE_QUOTED.formatted(all.size()), none.text());
        all.remove(all.iterator().next());
        assertNotEquals(ExtractiveComposer.EVERY_SOURCE_QUOTED.formatted(5),
                core.composer().elsewhere("How many people were killed?", new Story(all)).text());
    }

    @Test
    void aCountOfAnotherDayDoesNotAnswer() {
        // "…postponed on Wednesday?" had been answered with Tuesday's figure, in a fresh user's story.
        ExtractiveComposer composer = new ExtractiveComposer(core.retriever());
        String thursday = "At least nine civilians were killed and electricity was cut off in several cities on "
                + "Thursday";
        assertTrue(composer.candidates("How many civilians were killed on Monday?", Story.NONE).stream()
                .noneMatch(r -> r.sentence().text().startsWith(thursday)), "Thursday's toll is no answer for Monday");
        assertEquals("nine", composer.candidates("How many civilians were killed on Thursday?", Story.NONE).stream()
                .filter(r -> r.sentence().text().startsWith(thursday)).findFirst().orElseThrow().given()
                .replaceFirst("(?i)^at least ", ""));
    }

    @Test
    void aCountIsTheFigureWrittenBeforeTheThingAskedAbout() {
        // "…34 cruise missiles and four Shahed suicide drones, and eight drones and guided missiles…"
        assertEquals("34", candidate(core, "How many missiles were shot down?", "destroyed 34 cruise").given());
    }

    @Test
    void theModalMayIsNoMonth() {
        ExtractiveComposer composer = new ExtractiveComposer(core.retriever());
        RankedSentence saving = composer.candidates("When did the barrages begin?", Story.NONE).stream()
                .filter(r -> r.sentence().text().contains("Moscow may be saving up ammunition")).findFirst()
                .orElseThrow();
        assertFalse(saving.given().equalsIgnoreCase("may"), saving.given());
    }

    @Test
    void aFigureOfAnotherPlaceThanTheOneAskedAboutSaysWhose() {
        Answer kyiv = ask("How many people were killed in Kyiv?");
        assertEquals(1, kyiv.caveats().size(), kyiv.caveats().toString());
        assertTrue(kyiv.caveats().get(0).matches("The nearest figure is for .*Lviv.*, not Kyiv\\."),
                kyiv.caveats().get(0));
        Answer injured = ask("How many people were injured in Kyiv?");
        assertTrue(injured.text().contains("Sviatos") && injured.caveats().isEmpty(),
                "a district named just after Kyiv is Kyiv's: " + injured.caveats());
        assertEquals(List.of("No article mentions Paris, so this may be about something else."),
                ask("How many people were killed in Paris?").caveats());
    }

    @Test
    void aFigureOfNoPlaceInAnArticleThatNeverNamesThePlaceAskedAboutSaysSo(@TempDir Path tmp) throws IOException {
        // A fresh user's "How many people died in the Caldera region?" got the heatwave's toll unremarked; Caldera
        // was only the neighbouring region another article named.
        try (Crosscheck site = over(tmp, "radio.txt", """
                Tressby schools stay open as heat warning continues

                Published Tuesday 15 July 2031, 12:30

                Schools in Tressby will stay open on Wednesday, but pupils will be sent home at 1pm to avoid the \
                hottest part of the day, the town's education office has told Radio Tressby.

                More than 200 people have been admitted to hospital with heatstroke and dehydration since the heat \
                began on Saturday, according to figures given to this station by the Halvern health board. Three \
                people have died.

                St Edda's Hospital has opened an extra ward to cope, and is asking people not to come to A&E unless \
                it's a genuine emergency.
                """, "trade.txt", """
                Halvern heat pushes Basin Power network to the limit

                Published Wednesday 16 July 2031, 08:05

                Around 41,000 customers remained without power at 7am on Wednesday, up from 18,000 on Tuesday \
                morning, as the Halvern Basin heatwave drove electricity demand to levels the regional network was \
                never designed for.

                Peak demand reached 6.8 GW at 5pm on Tuesday, a record for the network. Transmission operator \
                Halgrid issued two capacity warnings during the afternoon, and the interconnector with the \
                neighbouring Caldera region ran at full import for most of the day.
                """)) {
            Answer caldera = site.composer().answer("How many people died in the Caldera region?");
            assertEquals(List.of("The nearest figure is not said to be Caldera's."), caldera.caveats(),
                    caldera.text());
            assertEquals(List.of(), site.composer().answer("How many people have died?").caveats());
        }
    }

    @Test
    void aQuestionLeftUnansweredShowsItsNearestPassagesAsDoubtNotAsAnAnswerMissing() {
        // Fresh users read "The sources do not answer this question" above a passage that answered it as the bot's
        // mistake: below the threshold the scorer is unsure, not sure of the opposite.
        Answer unsure = ask("What colour were the missiles painted?");
        assertFalse(unsure.found(), unsure.text());
        assertFalse(unsure.seeAlso().isEmpty(), "its nearest passages");
        assertEquals(ExtractiveComposer.NEAREST, unsure.text());
        Answer elsewhere = ask("What is the capital of Peru?");
        assertFalse(elsewhere.found(), elsewhere.text());
        assertEquals("The sources do not answer this question.", elsewhere.text(),
                "a question naming what no article mentions is plainly not answered");
    }

    @Test
    void theWordOpeningACarriedQuestionIsNoUnmentionedName() {
        assertEquals(List.of(), ask("The nuclear plant? (after: Summarise the story)").caveats());
        assertEquals(List.of(), ask("¿Cuántas missiles?").caveats(), "the first word, behind its opening mark");
        List<String> paris = ask("And in Paris? (after: Summarise the story; Tally the dead)").caveats();
        assertTrue(paris.size() == 1 && paris.get(0).startsWith("No article mentions Paris"), paris.toString());
    }

    @Test
    void answersStayShort() {
        for (String q : new String[] {"What happened in Bakhmut?", "What did Zelensky say?",
                "How many people were killed in the attacks?", "What did the General Staff report?"}) {
            Answer a = ask(q);
            assertTrue(a.text().length() <= 600, () -> q + " -> " + a.text().length() + " chars");
            assertVerbatim(a);
        }
    }

    @Test
    void findsAnswersWhenTheQuestionSpellsANameDifferently() {
        Answer a = ask("What did Zelenskyj say about the front line?");
        assertTrue(a.found(), a.text());
        Answer b = ask("Who is the governor of Kharkov?");
        assertTrue(b.found() && b.text().contains("Syn"), b.text());
    }

    @Test
    void answersWithBothPassagesWhenTwoSourcesAreAboutAsLikelyAndSayDifferentThings(@TempDir Path tmp)
            throws IOException {
        try (Crosscheck two = bridges(tmp, ".", ".")) {
            Answer both = new ExtractiveComposer(two.retriever(), KnownConflicts.NONE, shippedWith(0.5))
                    .answer(BRIDGE);
            assertTrue(both.text().contains("Berg") && both.text().contains("Holm"), both.text());
            assertEquals(2, both.citations().stream().map(Citation::source).distinct().count(), both.text());
            assertTrue(both.text().length() <= 600);

            Answer one = new ExtractiveComposer(two.retriever(), KnownConflicts.NONE, shippedWith(1.0))
                    .answer(BRIDGE);
            assertTrue(one.text().contains("Berg") ^ one.text().contains("Holm"), one.text());
        }
    }

    @Test
    void aPassageNarrowsToLeaveRoomForTheRunnerUp(@TempDir Path tmp) throws IOException {
        try (Crosscheck two = bridges(tmp, CROSSING, CROSSING)) {
            ObjectNode rules = shippedNode().put("second_ratio", 0.5).put("passage_below", 1.0)
                    .put("passage_after", 3);
            Answer both = new ExtractiveComposer(two.retriever(), KnownConflicts.NONE, AnswerScorer.read(rules))
                    .answer(BRIDGE);
            assertTrue(both.text().contains("Berg") && both.text().contains("Holm"), both.text());
            assertTrue(both.text().length() <= 600, both.text().length() + " characters: " + both.text());
            assertTrue(both.text().contains("on the old crossing had doubled"), "the passage is narrowed, not "
                    + "dropped: " + both.text());
        }
    }

    @Test
    void aPassageNarrowsToLeaveRoomForAKnownConflictsSides(@TempDir Path tmp) throws IOException {
        try (Crosscheck two = bridges(tmp, CROSSING, CROSSING)) {
            String berg = "The new bridge over the Tamar was designed by the architect Anna Berg, the city council "
                    + "said on Monday.";
            String holm = "The new bridge over the Tamar was designed by the engineer Karl Holm, the developer said "
                    + "on Monday.";
            Conflict designer = new Conflict("c1", "the designer of the new bridge", Conflict.Kind.CONTRADICTION,
                    List.of(new Conflict.Statement("a.txt", berg, "Anna Berg", 0, "the city council"),
                            new Conflict.Statement("b.txt", holm, "Karl Holm", 1, "the developer")), "r1");
            KnownConflicts known = s -> s.text().equals(berg) || s.text().equals(holm)
                    ? List.of(designer) : List.of();
            ObjectNode rules = shippedNode().put("passage_below", 1.0).put("passage_after", 3);
            Answer a = new ExtractiveComposer(two.retriever(), known, AnswerScorer.read(rules)).answer(BRIDGE);
            assertTrue(a.text().contains("Sources contradict each other on the designer of the new bridge"),
                    a.text());
            assertTrue(a.text().length() <= 600, a.text().length() + " characters: " + a.text());
            assertTrue(a.text().contains("on the old crossing had doubled"), "the passage is narrowed, not "
                    + "dropped: " + a.text());
            a.citations().forEach(c -> assertTrue(two.corpus().document(c.source()).map(Document::text)
                    .orElseThrow().contains(c.quote()), "not verbatim: " + c.quote()));
        }
    }

    @Test
    void widerPassagesReachFurtherPastTheAnswerAndHoldTheNarrowerOnes() {
        ExtractiveComposer composer = new ExtractiveComposer(core.retriever());
        for (RankedSentence r : composer.candidates("How many missiles did Russia fire?", Story.NONE)) {
            for (int after = 1; after < RankedSentence.WIDEST_PASSAGE; after++) {
                Sentence narrow = r.passage(after);
                Sentence wide = r.passage(after + 1);
                assertTrue(wide.start() <= narrow.start() && narrow.end() <= wide.end(), wide.text());
                assertTrue(wide.text().length() <= 560, wide.text().length() + " characters");
            }
            assertTrue(r.passage(1).end() >= r.quote().end() && r.passage(1).start() <= r.quote().start());
        }
    }

    @Test
    void aPassageStaysWholeWhenNotEvenTheAnswerLeavesRoomForTheRunnerUp(@TempDir Path tmp) throws IOException {
        String long1 = ", after a competition that drew entries from more than forty studios across the region, "
                + "each of which had to submit drawings, models and a full costing of the crossing to the council";
        String next = "Traffic on the old crossing had doubled in ten years.";
        try (Crosscheck two = bridges(tmp, long1 + long1.replace("forty", "fifty") + ". " + next,
                long1.replace("forty", "sixty") + long1.replace("forty", "seventy") + ". "
                        + next.replace("Traffic", "Freight"))) {
            ObjectNode rules = shippedNode().put("second_ratio", 0.5).put("passage_below", 1.0)
                    .put("passage_after", 3);
            Answer a = new ExtractiveComposer(two.retriever(), KnownConflicts.NONE, AnswerScorer.read(rules))
                    .answer(BRIDGE);
            assertFalse(a.text().contains("Berg") && a.text().contains("Holm"), "no room for both: " + a.text());
            assertTrue(a.text().contains("on the old crossing had doubled"), "the passage stays whole: " + a.text());
            assertTrue(a.text().length() <= 600, a.text().length() + " characters");
        }
    }

    private static final String BRIDGE = "Who designed the new bridge over the Tamar?";

    /** What follows each bridge report in the narrowing tests: three long sentences on the old crossing. */
    private static final String CROSSING = ". " + crossing("Traffic") + crossing("Freight") + crossing("Coach traffic");

    private static String crossing(String what) {
        return what + " on the old crossing had doubled in ten years, and the queues at the toll booths often reached "
                + "the edge of the town on summer weekends. ";
    }

    /**
     * Two reports of who designed the Tamar bridge, the architect Anna Berg's and the engineer Karl Holm's, each
     * sentence ended and followed by {@code bergAfter} and {@code holmAfter}.
     */
    private static Crosscheck bridges(Path tmp, String bergAfter, String holmAfter) throws IOException {
        return over(tmp, "a.txt", "Bridge opens\n\nThe new bridge over the Tamar was designed by the architect Anna "
                + "Berg, the city council said on Monday" + bergAfter + "\n", "b.txt", "Crossing finished\n\nThe new "
                + "bridge over the Tamar was designed by the engineer Karl Holm, the developer said on Monday"
                + holmAfter + "\n");
    }

    /** A core over articles written to a fresh folder, given as file names and texts in turn. */
    /** The candidate answer to {@code question} that gives {@code given} ("16 December"). */
    private static RankedSentence candidateGiving(Crosscheck folder, String question, String given) {
        return ((ExtractiveComposer) folder.composer()).candidates(question, Story.NONE).stream()
                .filter(r -> r.given().equals(given)).findFirst().orElseThrow();
    }

    /** A folder of the one article and another about something else, so that the index has more than one. */
    private static Crosscheck besideRain(Path tmp, String name, String text) throws IOException {
        return over(tmp, name, text, "other.txt", "Rain stops play\n\nRain stopped play at the Open on Tuesday.\n");
    }

    /** The shipped scorer, answering anything and showing a runner-up from {@code ratio} of the best. */
    private static AnswerScorer shippedWith(double ratio) throws IOException {
        return shipped("second_ratio", ratio);
    }

    /** The shipped scorer, answering anything and always quoting the passage around the best. */
    private static AnswerScorer shippedWidening() throws IOException {
        return shipped("passage_below", 1.0);
    }

    private static AnswerScorer shipped(String rule, double value) throws IOException {
        return AnswerScorer.read(shippedNode().put(rule, value));
    }

    /** The shipped scorer's JSON, answering anything. */
    private static ObjectNode shippedNode() throws IOException {
        try (var in = AnswerScorer.class.getResourceAsStream(AnswerScorer.resource(Embedder.DEFAULT_MODEL_ID))) {
            return ((ObjectNode) new ObjectMapper().readTree(in)).put("threshold", 0.001);
        }
    }

    @Test
    void aSourceGivingAnotherFigureIsNotCitedAsSayingTheSame(@TempDir Path tmp) throws IOException {
        // Both name the river a "which/what" question asks about, at different heights: a fresh user's reply had
        // cited the 4.7 metres for the 5.2.
        try (Crosscheck flood = over(tmp, "a.txt", "Flood hits Millbeck\n\nThe River Senna rose to 5.2 metres at the "
                + "town bridge on Wednesday, the highest reading since records began, officials said.\n",
                "b.txt", "Millbeck flood\n\nThe River Senna peaked at 4.7 metres at the town bridge on Wednesday, "
                + "the highest reading since records began, officials said.\n")) {
            Answer a = flood.composer().answer("Which river reached its highest reading on Wednesday?");
            assertTrue(a.found(), a.text());
            assertEquals(1, a.citations().stream().map(Citation::source).distinct().count(), a.citations().toString());
        }
    }

    @Test
    void aTollALaterReportUpdatedIsToldAsAnUpdateWhenAskedInOtherWords(@TempDir Path tmp) throws IOException {
        // "What is the death toll?" shares no word with the update's topic, "people killed": it had opened "Sources
        // differ." in a fresh user's story.
        String story = "Governor Anna Berg of the Norland region and Mayor Tom Hale spoke in Riverton, Reuters "
                + "reported. ";
        try (Crosscheck storm = over(tmp, "a.txt", "Storm hits Norland\n\n" + story + "Three people were killed by "
                + "the storm in Riverton on Monday, officials said.\n", "b.txt", "Storm toll rises\n\n" + story
                + "The death toll from the storm has risen to five, up from three, officials said on Tuesday.\n")) {
            storm.conflicts();
            Answer toll = storm.composer().answer("What is the death toll?");
            assertTrue(toll.found(), toll.text());
            assertTrue(toll.text().contains("A later report updates"), toll.text());
            assertFalse(toll.text().startsWith("Sources differ."), toll.text());
        }
    }

    @Test
    void aDeterminerOpeningASentenceIsNoName(@TempDir Path tmp) throws IOException {
        // "No group had claimed responsibility…" had given "No" as the group asked for.
        try (Crosscheck hack = besideRain(tmp, "hack.txt", "Hospitals hit by hackers\n\nNo group had claimed "
                + "responsibility for the attack by Tuesday evening, police said.\n")) {
            RankedSentence none = ((ExtractiveComposer) hack.composer())
                    .candidates("Which group claimed responsibility for the attack?", Story.NONE).stream()
                    .filter(r -> r.sentence().text().startsWith("No group")).findFirst().orElseThrow();
            assertNotEquals("no", none.key());
        }
    }

    @Test
    void anUnsureAnswerIsQuotedWithTheProseAroundItButNoHeadingOrHeadline(@TempDir Path tmp) throws IOException {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.writeString(seeds.resolve("dam.txt"), "Dam repairs finished\n\nRepairs began in the spring.\n"
                + "New gates fitted\nThe new gates of the Kessel dam were built by Harrow Steel.\n"
                + "They replace gates that had stood since 1931.\n");
        try (Crosscheck dam = Crosscheck.open(new Settings(seeds, tmp.resolve("data")), TestCores.embedder())) {
            AnswerScorer widening = shippedWidening();
            Answer a = new ExtractiveComposer(dam.retriever(), KnownConflicts.NONE, widening)
                    .answer("Who built the new gates of the Kessel dam?");
            assertTrue(a.text().startsWith("The new gates of the Kessel dam were built by Harrow Steel. They replace"),
                    "the sentence after it is prose, the line before it a subheading: " + a.text());
            assertFalse(a.text().contains("New gates fitted") || a.text().contains("Dam repairs finished"), a.text());
            String text = dam.corpus().document("dam.txt").map(Document::text).orElseThrow();
            a.citations().forEach(c -> assertTrue(text.contains(c.quote()), "not verbatim: " + c.quote()));
            Answer heading = new ExtractiveComposer(dam.retriever(), KnownConflicts.NONE, widening)
                    .answer("Were new gates fitted?");
            assertTrue(heading.found() && heading.text().startsWith("New gates fitted"), heading.text());
            assertFalse(heading.text().contains("Repairs began"), "a subheading opens its section: " + heading.text());
        }
    }

    @Test
    void aKnownConflictBesideAPassageStillFitsAChatReply(@TempDir Path tmp) throws IOException {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        String around = "Rescue teams from three neighbouring districts worked through the night under floodlights, "
                + "clearing rubble by hand while cranes were brought in along the only road that was still open "
                + "to heavy traffic. ";
        String toll = "In the city of Riverton in the Norland region, four people died, officials said.";
        Files.writeString(seeds.resolve("a.txt"), "Storm hits Norland\n\n" + around + toll + " "
                + around.replace("Rescue teams", "Volunteers") + "\n");
        Conflict tolls = new Conflict("c1", "people killed in Norland", Conflict.Kind.CONTRADICTION, List.of(
                new Conflict.Statement("a.txt", toll, "four people", 0, "officials", null),
                new Conflict.Statement("b.txt", "At least five people were killed in the Norland region, according "
                        + "to rescuers.", "at least five people", 1, "rescuers", null)), "");
        try (Crosscheck norland = Crosscheck.open(new Settings(seeds, tmp.resolve("data")), TestCores.embedder())) {
            AnswerScorer widening = shippedWidening();
            Answer a = new ExtractiveComposer(norland.retriever(),
                    s -> s.text().equals(toll) ? List.of(tolls) : List.of(), widening)
                    .answer("How many people died in the Norland region?");
            assertTrue(a.text().contains(toll) && a.text().contains("five people"), a.text());
            assertTrue(a.text().length() <= 600, a.text().length() + " characters: " + a.text());
        }
    }

    @Test
    void ofTheConflictsAnAnswerTouchesItShowsTheOneAboutItsOwnFigure(@TempDir Path tmp) throws IOException {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        String toll = "In Riverton four people died and 30 were injured, officials said, as the old bridge reopened.";
        Files.writeString(seeds.resolve("a.txt"), "Storm hits Norland\n\n" + toll + "\n");
        Conflict bridge = new Conflict("c1", "whether the old bridge is open", Conflict.Kind.CONTRADICTION, List.of(
                new Conflict.Statement("a.txt", toll, "reopened", 0, "officials", null),
                new Conflict.Statement("b.txt", "The old bridge stays closed.", "closed", 1, "", null)), "");
        Conflict injured = new Conflict("c2", "people injured in Riverton", Conflict.Kind.CONTRADICTION, List.of(
                new Conflict.Statement("a.txt", toll, "30", 0, "officials", null),
                new Conflict.Statement("b.txt", "Some 45 people were hurt in Riverton.", "Some 45 people", 1, "",
                        null)),
                "");
        Conflict killed = new Conflict("c3", "people killed in Riverton", Conflict.Kind.CONTRADICTION, List.of(
                new Conflict.Statement("a.txt", toll, "four people", 0, "officials", null),
                new Conflict.Statement("b.txt", "Five people were killed in Riverton.", "Five people", 1, "", null)),
                "");
        try (Crosscheck norland = Crosscheck.open(new Settings(seeds, tmp.resolve("data")), TestCores.embedder())) {
            Answer a = new ExtractiveComposer(norland.retriever(),
                    s -> s.text().equals(toll) ? List.of(bridge, injured, killed) : List.of(), shippedWith(1.0))
                    .answer("How many people died in Riverton?");
            assertTrue(a.text().contains("people killed in Riverton") && a.text().contains("Five people"),
                    "not the bridge's state (no figure), not the injured (no toll of four): " + a.text());
        }
    }

    @Test
    void aSentenceTooLongForAChatReplyIsQuotedInTheExcerptThatAnswers(@TempDir Path tmp) throws IOException {
        Answer a = askOfOne(tmp, "Airports of the region\n\n"
                + "The region is home to many airports, among them Alder Field (the oldest, opened in 1921, with two "
                + "runways, a museum and a flight school), Cedar Airport (cargo only, with nightly flights to every "
                + "continent and a customs hall of its own), Dunmore Regional (seasonal, with charter flights to the "
                + "islands and to the mountains in winter), Elm Point (general aviation, with three flying clubs, a "
                + "glider field and a helicopter school), Fir Valley, which serves the farming towns of the eastern "
                + "plain and their markets, Gorse Heath (a former air base, now a business airport with a long "
                + "concrete apron), and Birch International, the busiest single runway airport in the world.\n",
                "Which airport has the busiest single runway in the world?", "Birch International");
        assertTrue(a.text().startsWith("… "), "the cut is marked: " + a.text());
    }

    @Test
    void aSentenceQuotedWithTheOneBeforeItStillFitsAChatReplyWithItsMarkers(@TempDir Path tmp) throws IOException {
        // The second sentence opens with "They", so it is quoted with the first: 600 characters together.
        askOfOne(tmp, "The First Fleet\n\n"
                + "The First Fleet that sailed for the colony in May carried 1,403 people in eleven ships, among them "
                + "government officials, officers of marines, drummers, privates, soldiers' wives and their children, "
                + "some 750 convicts of both sexes, the wives and children of a few of the convicts, a surgeon, a "
                + "chaplain, a judge advocate and several clerks. They had been held for many months in the prison "
                + "hulks moored at Portsmouth before the fleet finally sailed, and many of them were already weak "
                + "from fever and hunger when they embarked at last in the cold wet spring, the surgeon later wrote in "
                + "his own journal.\n", "Where had the convicts been held before the fleet sailed?", "Portsmouth");
    }

    /**
     * One question asked of a folder holding one article, with the shipped scorer: the reply must give
     * {@code answer} within a 600-character chat reply, every quote verbatim.
     */
    private static Answer askOfOne(Path tmp, String article, String question, String answer) throws IOException {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.writeString(seeds.resolve("article.txt"), article);
        try (Crosscheck one = Crosscheck.open(new Settings(seeds, tmp.resolve("data")), TestCores.embedder())) {
            Answer a = new ExtractiveComposer(one.retriever(), KnownConflicts.NONE, shippedWith(1.0)).answer(question);
            assertTrue(a.found() && a.text().contains(answer), a.text());
            assertTrue(a.text().length() <= 600, a.text().length() + " characters: " + a.text());
            for (Citation c : a.citations()) {
                String text = one.corpus().document(c.source()).map(Document::text).orElseThrow();
                assertTrue(text.contains(c.quote()), () -> "not verbatim: " + c.quote());
            }
            return a;
        }
    }

    @Test
    void aQuestionIsAnsweredInOtherWordsAndAboutTheStorysOwnTime(@TempDir Path tmp) throws IOException {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.writeString(seeds.resolve("quake.txt"), """
                Strong earthquake strikes island

                A magnitude 6.8 earthquake struck the island shortly after dawn on Tuesday, officials said.
                At least 23 people died and more than 150 were injured, according to the disaster agency.
                Hundreds of residents were forced to leave their homes as aftershocks continued.
                """);
        Files.writeString(seeds.resolve("history.txt"), """
                Why the island shakes

                The island lies on the boundary between two tectonic plates.
                The last major quake on the island, in 1987, killed 12 people.
                """);
        try (Crosscheck quake = Crosscheck.open(new Settings(seeds, tmp.resolve("data")), TestCores.embedder())) {
            Answer a = quake.composer().answer("How many people were killed?");
            assertTrue(a.found(), a.text());
            assertTrue(a.text().contains("At least 23 people died"), "died answers killed: " + a.text());
            assertFalse(a.text().contains("1987"), "1987 is another time than the question's, not even a runner-up: "
                    + a.text());
            assertFalse(a.text().startsWith("Sources differ"), "a toll of another year is no other account: "
                    + a.text());
        }
    }

    @Test
    void aWhoAnswerGivesWhoDidWhatTheQuestionAsks(@TempDir Path tmp) throws IOException {
        try (Crosscheck site = besideRain(tmp, "tennis.txt",
                "Davenport eyes another title\n\nDavenport has won three Grand "
                + "Slams, the 2000 Australian Open, Wimbledon in 1999 and the 1998 US Open.\n")) {
            // Not "Grand Slams", the words nearest the question's: the name that did the winning.
            assertEquals("Davenport", candidate(site, "Who won the Australian Open?", "Davenport has won").given());
        }
    }

    @Test
    void aWhoAnswerGivesAPersonsNameOrNoOne(@TempDir Path tmp) throws IOException {
        try (Crosscheck site = over(tmp, "tory.txt", "Tories pledge savings\n\nTory leader Michael Howard says his "
                + "party can save billions by tackling waste.\n", "lords.txt", "Lords reform\n\nThe lord chancellor "
                + "currently has the role of House of Lords speaker.\n")) {
            assertEquals("Michael Howard", candidate(site, "Who is the Tory leader?", "Tory leader").given(),
                    "\"leader\" after \"Tory\" is no verb of the question");
            assertEquals("", candidate(site, "Who is the chancellor?", "House of Lords").given(),
                    "a lone word nothing marks as a person's is no one \"he\" can be");
        }
    }

    @Test
    void capitalisedWordsWordNetHasAsACommonNounAreNoOne(@TempDir Path tmp) throws IOException {
        try (Crosscheck site = besideRain(tmp, "safin.txt", "Safin rules out Wimbledon\n\nAfter losing in round "
                + "one last year, Safin said winning his second Grand Slam title has not changed his mind.\n")) {
            assertEquals("", candidate(site, "Who did Marat Safin beat?", "Grand Slam").given(),
                    "no \"he\" can stand for a Grand Slam");
        }
    }

    @Test
    void aResultInSportIsGivenWhole(@TempDir Path tmp) throws IOException {
        try (Crosscheck site = besideRain(tmp, "chelsea.txt",
                "Mourinho plots course\n\nThey beat a very tough Everton, "
                + "and then won 4-1 at Fulham, which was a great result.\n")) {
            RankedSentence won = candidate(site, "What was the score when Chelsea won at Fulham?", "won 4-1");
            assertEquals("4-1", won.given(), "not the 1 of a 1-1 draw");
            assertEquals("4-1", won.key());
        }
    }

    @Test
    void aPlaceOrItsPeopleAloneIsNoOneForAWhoQuestion(@TempDir Path tmp) throws IOException {
        try (Crosscheck site = besideRain(tmp, "yukos.txt",
                "Yukos loses US bankruptcy battle\n\nA judge has dismissed an "
                + "attempt by Russian oil giant Yukos to gain bankruptcy protection in the US.\n\nThe ruling is a "
                + "blow to efforts to get damages for the sale.\n\nTexas Judge Letitia Clark said Yukos did not have "
                + "enough of a US presence.\n")) {
            RankedSentence dismissed = candidate(site, "Who was the judge?", "A judge has dismissed");
            assertFalse(dismissed.typed(), dismissed.key() + " in " + dismissed.quote().text() + ": "
                    + "\"Russian\" and \"US\" say where from, not who");
            assertEquals("Letitia Clark", candidate(site, "Who was the judge?", "Letitia Clark").given(),
                    "the name after the question's title, not the place before it");
        }
    }

    /**
     * The composer over a site with a threshold no candidate passes: fresh users' right sentences were under the
     * shipped one, and what a namer finds must stand without it.
     */
    private static ExtractiveComposer unpassable(Crosscheck site) throws IOException {
        return new ExtractiveComposer(site.retriever(), KnownConflicts.NONE,
                AnswerScorer.read(shippedNode().put("threshold", 0.999)));
    }

    @Test
    void anOfficesHolderNamedBesideItAnswersWhoHoldsItThoughRatedBelowTheThreshold(@TempDir Path tmp)
            throws IOException {
        // A fresh user's chemical fire: the holder's sentence was among the nearest passages, "not found" above it.
        // Here no candidate passes the threshold at all.
        try (Crosscheck site = besideRain(tmp, "orvane.txt", "Fire at Orvane Chemicals plant forces evacuation\n\n"
                + "Fire crews fought a blaze at the Orvane Chemicals plant in Brackenford through the night.\n\n"
                + "Lessmoor Police declined to comment.\n\nOrvane's managing director, Henrik Salvesen, said in a "
                + "message to customers that production at Brackenford had been suspended.\n")) {
            ExtractiveComposer strict = unpassable(site);
            Answer holder = strict.answer("Who is the managing director of Orvane Chemicals?");
            assertTrue(holder.found() && holder.text().contains("Henrik Salvesen"), holder.text());
            assertFalse(strict.answer("Who is the managing director of Veltrane Pharmaceuticals?").found(),
                    "an office of a firm the article never names");
            assertFalse(strict.answer("Who is the chief executive of Orvane Chemicals?").found(), "another office");
        }
    }

    @Test
    void aDoerNamedFarDownRetrievalsListStillAnswersWhoDidTheDeed(@TempDir Path tmp) throws IOException {
        // A fresh user's coach crash: the doer's sentence shares only the verb and the thing with the question, and
        // the story's many sentences on the coach and the company ranked it out of the candidates.
        StringBuilder text = new StringBuilder("Coach crash on the pass\n\n");
        for (int i = 1; i <= 40; i++) {
            text.append("Passenger ").append(i).append(" said the coach operated by the company had been late.\n\n");
        }
        text.append("The vehicle, operated by the Kerrin-based firm Orbita Coachways, was descending the pass. "
                + "The coach had 38 seats.\n");
        try (Crosscheck site = over(tmp, "coach.txt", text.toString())) {
            // As there, no candidate passes the threshold.
            ExtractiveComposer composer = unpassable(site);
            String question = "Which company operated the coach?";
            assertTrue(composer.candidates(question, Story.NONE).stream()
                    .noneMatch(r -> r.quote().text().contains("Orbita")), "not among the first candidates");
            Answer answer = composer.answer(question);
            assertTrue(answer.found() && answer.text().contains("Orbita Coachways"), answer.text());
            assertFalse(composer.answer("Which company inspected the coach?").found(), "a deed nobody is named for");
        }
    }

    @Test
    void whoDidADeedIsAlsoAnsweredByTheDeedsAgentNounBesideAName(@TempDir Path tmp) throws IOException {
        // A held-out user's dock strike: "who leads the dockers' union?" and "Union leader Tamsin Brevik, speaking
        // to CBN Breakfast, said…".
        answeredThoughUnpassable(tmp, "Dock strike enters second day\n\nShips queued off the port on Tuesday. Union "
                + "leader Tamsin Brevik, speaking to CBN Breakfast, said the strike would go on. The port's operator "
                + "said talks had stalled.\n", "who leads the dockers' union?", "Tamsin Brevik", "Who owns the port?");
    }

    /**
     * Over one article, with a threshold no candidate passes: {@code question} is answered with {@code answer} all
     * the same, and {@code unanswered}, which the article does not answer, is not.
     */
    private static void answeredThoughUnpassable(Path tmp, String article, String question, String answer,
                                                 String unanswered) throws IOException {
        try (Crosscheck site = over(tmp, "story.txt", article)) {
            ExtractiveComposer composer = unpassable(site);
            Answer given = composer.answer(question);
            assertTrue(given.found() && given.text().contains(answer), given.text());
            assertFalse(composer.answer(unanswered).found(), unanswered);
        }
    }

    @Test
    void whetherAnyoneDiedIsAnsweredByTheSentenceDenyingOrCountingTheDeaths(@TempDir Path tmp) throws IOException {
        // Fresh users' "any deaths?" had "There have been no fatalities." first among the candidates, under the
        // threshold.
        answeredThoughUnpassable(tmp, "Crowd crush at concert\n\nDozens of people were hurt in a crush at the park "
                + "on Saturday night. Forty-three people were injured, two of them critically. There have been no "
                + "fatalities. The promoter said the gates had opened late.\n", "any deaths?", "no fatalities",
                "Has anyone been arrested?");
    }

    @Test
    void anAgeQuestionIsAnsweredByTheSentenceGivingThatPersonsAge(@TempDir Path tmp) throws IOException {
        // A fresh user's fraud trial: "Priya Halloran, 46, …" shares only the name with "How old is Priya
        // Halloran?", and was rated under the threshold.
        answeredThoughUnpassable(tmp, "Charity bosses convicted\n\nTwo former directors of the trust were convicted "
                + "of fraud on Tuesday. Malcolm Tredgold, 58, was convicted of 11 counts. Priya Halloran, 46, the "
                + "trust's former finance director, was found guilty of six counts of the same offence.\n",
                "How old is Priya Halloran?", "Priya Halloran, 46", "How old is Gareth Pellow?");
    }

    @Test
    void aPlaceOfSeveralWordsIsNoOneForAWhoQuestion(@TempDir Path tmp) throws IOException {
        try (Crosscheck site = besideRain(tmp, "ban.txt", "Smoking ban set out\n\nThe plan was welcomed.\n\n"
                + "The first minister said cigarette sales had fallen by 13% in New York since its ban.\n")) {
            RankedSentence sales = candidate(site, "Who welcomed the smoking ban?", "New York");
            assertFalse(sales.typed(), sales.key() + ": New York is where, not who");
        }
    }

    @Test
    void aWhoAnswerThatIsAThingsNameGivesNoOne(@TempDir Path tmp) throws IOException {
        try (Crosscheck site = besideRain(tmp, "line.txt",
                "Train derails\n\nThe train was carrying about 300 passengers, "
                + "according to the operator, Grenrail, which runs the line.\n")) {
            RankedSentence runs = candidate(site, "Who runs the line?", "Grenrail");
            // "Which" is for things: no "he" or "she" in the next question may stand for Grenrail.
            assertEquals("", runs.given());
            assertEquals("grenrail", runs.key(), "still the answer sources are compared by");
        }
    }

    @Test
    void wordsBeforeAWordOfTheQuestionAnswerOnlyWhenItIsTheKindAskedFor(@TempDir Path tmp) throws IOException {
        try (Crosscheck site = over(tmp, "board.txt", "Inquiry opens\n\nDr. Ruth Abelard, chief investigator at the "
                + "National Rail Accident Investigation Board, said the inquiry would take a month.\n", "ward.txt",
                "Wards fill up\n\nSt. Aurel's Hospital said it had treated 43 injured since Friday.\n")) {
            ExtractiveComposer composer = new ExtractiveComposer(site.retriever());
            assertEquals("Ruth Abelard", composer.candidates("Who is the chief investigator at the rail accident "
                    + "investigation board?", Story.NONE).get(0).given(),
                    "\"National\" is part of the board asked about");
            assertEquals("Aurel's", composer.candidates("Which hospital treated the injured?", Story.NONE).get(0)
                    .given(), "a \"which hospital\" question is answered by the hospital's name");
        }
    }

    @Test
    void aTimeCountedFromNowAnswersWhen(@TempDir Path tmp) throws IOException {
        RankedSentence best = best(tmp, "The board's chief investigator said her team would publish an interim report "
                + "within 30 days.", "When will the interim report be published?");
        assertTrue(best.typed(), "\"within 30 days\" is a time");
        assertEquals("within 30 days", best.given());
    }

    @Test
    void aWhoAnswerGivesTheNameTheTextMarksAsAPersons(@TempDir Path tmp) throws IOException {
        RankedSentence best = best(tmp, "Police have ruled out sabotage, Dr. Ruth Abelard, chief investigator at the "
                + "National Rail Accident Investigation Board (NRAIB), told Rail and Freight News on Sunday.",
                "Who is the chief investigator at the rail accident investigation board?");
        assertEquals("Ruth Abelard", best.given(), "the paper she told it to is no person \"she\" could stand for");
    }

    @Test
    void aFigureInTheClauseAfterAndCountsThatClausesEvent(@TempDir Path tmp) throws IOException {
        // A fresh user's tram collision: "How many people died?" had been answered with the 27 injured.
        RankedSentence best = best(tmp, "One person was killed and 27 others were injured when two trams collided.",
                "How many people died?");
        assertNotEquals("27", best.key(), best.given());
    }

    /** The best candidate for {@code question} over one article of one sentence. */
    private static RankedSentence best(Path tmp, String sentence, String question) throws IOException {
        try (Crosscheck site = over(tmp, "article.txt", "Headline\n\n" + sentence + "\n")) {
            return new ExtractiveComposer(site.retriever()).candidates(question, Story.NONE).get(0);
        }
    }

    @Test
    void howOftenIsAnsweredByATimeCountedInOrdinals(@TempDir Path tmp) throws IOException {
        try (Crosscheck site = over(tmp, "visit.txt", "Minister returns\n\nThe minister visited the crash site for "
                + "a second time on Saturday.\n")) {
            RankedSentence visit = new ExtractiveComposer(site.retriever())
                    .candidates("How often has the minister been to the crash site?", Story.NONE).get(0);
            assertTrue(visit.typed(), "\"second\" counts times, as for \"how many times\"");
            assertEquals("second", visit.given());
            RankedSentence when = new ExtractiveComposer(site.retriever())
                    .candidates("How much did the minister see at the crash site?", Story.NONE).get(0);
            assertFalse(when.typed(), "elsewhere an ordinal says which, not how many");
        }
    }

    @Test
    void anotherArticlesFigureTakesADatedAnswersPlaceOnlyWhenTheScorerAnswersWithItToo(@TempDir Path tmp)
            throws IOException {
        String q = "How many people did the quake on the island kill?";
        try (Crosscheck island = over(tmp, "history.txt", "Island quake\n\nThe quake on the island in 1987 killed 12 "
                + "people.\n", "letters.txt", "Readers write\n\nMy neighbour, who follows these things far more "
                + "closely than I ever will, insists that the quake on the island killed 23 people, though I have my "
                + "doubts about most of what she says.\n")) {
            List<RankedSentence> ranked = new ExtractiveComposer(island.retriever()).candidates(q, Story.NONE);
            double dated = ranked.get(0).probability();
            double other = ranked.stream().filter(r -> r.sentence().text().contains("23")).findFirst().orElseThrow()
                    .probability();
            assertTrue(ranked.get(0).sentence().text().contains("1987") && other < dated, "the dated figure is best");

            Answer sure = new ExtractiveComposer(island.retriever(), KnownConflicts.NONE,
                    AnswerScorer.read(shippedNode().put("threshold", other / 2))).answer(q);
            assertTrue(sure.text().contains("23 people"), "the scorer answers with it: " + sure.text());
            Answer unsure = new ExtractiveComposer(island.retriever(), KnownConflicts.NONE,
                    AnswerScorer.read(shippedNode().put("threshold", (other + dated) / 2))).answer(q);
            assertTrue(unsure.text().contains("12 people") && !unsure.text().contains("23 people"),
                    "another article's figure the scorer would not answer with: " + unsure.text());
        }
    }

    @Test
    void aFollowUpIsLookedForInItsStoryAsWellAsEverywhere() {
        ExtractiveComposer composer = new ExtractiveComposer(core.retriever());
        String q = "For how long can they keep it going? (after: What keeps it going meanwhile)";
        String story = "003_214ac054cd4d5203.txt";
        List<RankedSentence> everywhere = composer.candidates(q, Story.NONE);
        List<RankedSentence> followUp = composer.candidates(q, new Story(Set.of(story)));
        assertTrue(fromStory(followUp, story) > fromStory(everywhere, story),
                fromStory(followUp, story) + " of the story's sentences against " + fromStory(everywhere, story));
        assertTrue(followUp.stream().map(RankedSentence::sentence).toList()
                .containsAll(everywhere.stream().map(RankedSentence::sentence).toList()), "the corpus's best stay");
        for (RankedSentence r : followUp) {
            assertEquals(r.sentence().docId().equals(story) ? 1.0 : 0.0, r.feature(Feature.IN_STORY));
            assertEquals(1.0, r.feature(Feature.IN_CONVERSATION));
        }
        assertTrue(everywhere.stream().allMatch(r -> r.feature(Feature.IN_STORY) == 0
                && r.feature(Feature.IN_CONVERSATION) == 0));
    }

    @Test
    void aFollowUpsOwnWordsAreComparedInMeaningWithEveryCandidate() {
        ExtractiveComposer composer = new ExtractiveComposer(core.retriever());
        String typed = "How far can it fly? ";
        List<RankedSentence> followUp = composer.candidates(typed + QuestionAnalysis.CONTEXT
                + "What does the name Kinzhal mean)", Story.NONE);
        float[] asked = core.retriever().embedder().embedQuery(typed);
        assertFalse(followUp.isEmpty());
        for (RankedSentence r : followUp) {
            double expected = Embedder.dot(asked, core.retriever().embedder().embed(r.sentence().text()));
            assertEquals(expected, r.feature(Feature.DENSE_ASKED), 1e-3, r.sentence().text());
        }
        assertTrue(composer.candidates("How far can the Kinzhal missile fly?", Story.NONE).stream()
                .allMatch(r -> r.feature(Feature.DENSE_ASKED) == 0), "a question on its own carries no context");
    }

    @Test
    void aQuestionsStoryShareIsHowNearTheStoryComesAgainstTheWholeFolder() {
        ExtractiveComposer composer = new ExtractiveComposer(core.retriever());
        String q = "What does the name of the hypersonic missile mean?";
        String nearest = core.retriever().retrieve(q, 25).stream()
                .max(java.util.Comparator.comparingDouble(dev.crosscheck.index.Hit::dense)).orElseThrow()
                .sentence().docId();
        assertEquals(1.0, composer.storyShare(q, new Story(Set.of(nearest))), 1e-9,
                "the story holds the folder's nearest sentence");
        for (Document other : core.corpus().documents()) {
            if (!other.id().equals(nearest)) {
                double share = composer.storyShare(q, new Story(Set.of(other.id())));
                assertTrue(share >= 0 && share < 1, other.id() + " comes less near: " + share);
            }
        }
        assertEquals(0.0, composer.storyShare(q, Story.NONE));
    }

    private static long fromStory(List<RankedSentence> ranked, String story) {
        return ranked.stream().filter(r -> r.sentence().docId().equals(story)).count();
    }

    @Test
    void figuresInOtherUnitsThatAgreeAreNoDifference(@TempDir Path tmp) throws IOException {
        // A fresh user's "How strong were the winds?" had opened "Sources differ." over 80 km/h and 50 mph.
        try (Crosscheck core = TestCores.over(tmp,
                "a.txt", "Storm lashes Riverton\n\nWinds were gusting at 80 km/h across Riverton on Wednesday, "
                        + "the weather service said.",
                "b.txt", "Riverton battered\n\nWinds of 50mph were lashing Riverton on Wednesday, bringing down "
                        + "trees.")) {
            Answer a = core.composer().answer("How strong were the winds in Riverton on Wednesday?");
            assertTrue(a.found(), a.text());
            assertFalse(a.text().startsWith("Sources differ"), a.text());
        }
    }

    /** Names and texts of a fresh user's reports kept under {@code stories/} in the test resources. */
    private static String[] story(String folder, String... files) throws IOException {
        List<String> namesAndTexts = new ArrayList<>();
        for (String file : files) {
            try (var in = ExtractiveComposerTest.class.getResourceAsStream("/stories/" + folder + "/" + file)) {
                namesAndTexts.add(file);
                namesAndTexts.add(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return namesAndTexts.toArray(String[]::new);
    }
}
