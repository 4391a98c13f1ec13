package dev.crosscheck.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestCores;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.CorpusReader;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.Origin;
import dev.crosscheck.corpus.SentenceSplitter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConflictDetectorTest {
    /** Reports of one story share names; the detector only compares reports of the same story. */
    private static final String STORY = "Storm hits Norland\n\nGovernor Anna Berg of the Norland region and Mayor "
            + "Tom Hale spoke in Riverton on Monday, Reuters reported. ";

    private static Document doc(String id, String body) {
        String text = STORY + body;
        return new Document(id, "Storm hits Norland", text, Integer.toHexString(text.hashCode()),
                SentenceSplitter.split(id, text));
    }

    private static List<Conflict> detect(Document... docs) {
        return ConflictDetector.of(new Corpus(Path.of("."), List.of(docs), List.of())).conflicts();
    }

    @Test
    void aCopiedArticleDoesNotMakeItsUnrelatedFiguresTwoSides() {
        // Wire copies are common: a copy gives each figure a partner sharing its context, but a missile's range and
        // a city's distance from the front are still not two sides of one disagreement.
        Corpus seeds = CorpusReader.read(TestCores.seedsFolder());
        List<Document> doubled = new ArrayList<>(seeds.documents());
        for (Document d : seeds.documents()) {
            String id = "copy/" + d.id();
            doubled.add(new Document(id, d.title(), d.text(), d.hash(), SentenceSplitter.split(id, d.text())));
        }
        List<String> once = ConflictDetector.of(seeds).conflicts().stream().map(Conflict::topic).sorted().toList();
        List<String> twice = ConflictDetector.of(new Corpus(seeds.root(), doubled, List.of())).conflicts().stream()
                .map(Conflict::topic).sorted().toList();
        assertEquals(once, twice);
    }

    @Test
    void equalValuesInDifferentWordsAgree() {
        assertEquals(List.of(), detect(
                doc("a.txt", "Around 250,000 homes were left without power in the Norland region."),
                doc("b.txt", "A quarter of a million households were left without power in the Norland region."),
                doc("c.txt", "Officials said 15 people were injured in Riverton."),
                doc("d.txt", "Fifteen people were injured in Riverton, officials said."),
                doc("e.txt", "Around 15 people were injured in Riverton.")));
    }

    @Test
    void closeFiguresAgreeOnlyWhenOneIsTheOtherRounded() {
        // 2,400 is 2,412 rounded, but 41.2 % is no rounding of 41.4 %, nor 2,416 of 2,412 (a fresh user's
        // by-election turnouts, within half a per cent of each other, had been taken for one figure).
        assertEquals(List.of(), detect(
                doc("a.txt", "Officials said 2,412 homes were left without power in Riverton."),
                doc("b.txt", "In Riverton 2,400 homes were left without power, officials said.")));
        List<Conflict> homes = detect(
                doc("a.txt", "Officials said 2,412 homes were left without power in Riverton."),
                doc("b.txt", "In Riverton 2,416 homes were left without power, officials said."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(homes), homes.toString());
        List<Conflict> turnout = detect(
                stamped("a.txt", "Tuesday 11 March 2031, 08:05", "Turnout in Harwick was 41.2 per cent."),
                stamped("b.txt", "Tuesday 11 March 2031, 09:30", "Turnout in Harwick was 41.4 per cent."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(turnout), turnout.toString());
    }

    @Test
    void countsOfWhatHappenedToTheCountedNeedNoWordInCommon() {
        // "had recorded around 150 dead fish" against "had counted more than 200 dead fish": the counted and what
        // happened to them say what is counted; the rest of the clause, who counted and how, may differ (a fresh
        // user's pipeline leak).
        List<Conflict> found = detect(
                doc("a.txt", "The regulator said its officers had recorded around 150 dead fish."),
                doc("b.txt", "The anglers' secretary said members had counted more than 200 dead fish."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
    }

    @Test
    void aPluralAfterANounEndingInSIsTheCountedNotAVerb() {
        // "basis" is singular to WordNet: "25 basis points" counts points, which had been read as the verb
        // "indicate" and so set a rate cut's 25 against a bond yield's fall of 14 (a fresh user's rate decision).
        assertEquals(List.of(), detect(
                doc("a.txt", "The central bank delivered its first cut, trimming the policy rate by 25 basis points "
                        + "to 4.25%."),
                doc("b.txt", "The two-year government bond yield has fallen 14 basis points since the decision.")));
    }

    @Test
    void peopleWhoSufferedAKindOfInjuryAreInjured() {
        // "suffered minor burns", "sustained fractures": what WordNet files as injuries, in any sense, makes those
        // who suffered them injured (a fresh user's phone recall).
        for (String suffered : List.of("Four people suffered minor burns in Riverton.",
                "Four people sustained fractures in Riverton.")) {
            List<Conflict> found = detect(doc("a.txt", suffered), doc("b.txt", "Six people were injured in Riverton."));
            assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        }
    }

    @Test
    void anUntiedFigureWhoseSentenceNamesTheStorysOnePlaceIsThatPlacesFigure() {
        // The place is in the toll's clause in one report and in the "when" clause in the other: one toll.
        Document three = doc("a.txt", "The Main Street bridge in Riverton collapsed on Monday afternoon, killing three "
                + "people, according to police.");
        Document seven = doc("b.txt", "Seven people were killed when the Main Street bridge in Riverton collapsed on "
                + "Monday, the fire department said.");
        List<Conflict> found = detect(three, seven);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
        assertEquals(2, found.get(0).statements().size());

        ConflictDetector detector = ConflictDetector.of(new Corpus(Path.of("."), List.of(three), List.of()));
        List<Conflict> changed = detector.update(List.of(seven), List.of());
        assertEquals(1, changed.size(), "the second report is checked as it arrives: " + changed);
        assertEquals(1, detector.about("b.txt", seven.sentences().size() - 1).size(),
                "the untied figure's sentence takes part in the conflict");
    }

    @Test
    void aDatelinesPlaceDoesNotTieAFigureToIt() {
        // Where the report was filed is not where its figure is counted: 15 injured and twelve injured are one count.
        List<Conflict> found = detect(
                doc("a.txt", "RIVERTON, May 12 (National Wire) - Three people died and 15 were injured after fire broke"
                        + " out overnight at a warehouse, emergency services said."),
                doc("b.txt", "Twelve people were injured, four of them seriously, and were taken to hospital."));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).topic().contains("injured"), found.get(0).topic());
        // A capitalised number right after the dateline starts the sentence: it is a count, not part of a name.
        List<Conflict> opening = detect(
                doc("c.txt", "RIVERTON, May 12 (National Wire) - Three people died in the fire, police said."),
                doc("d.txt", "Five people died in the fire, officials said."));
        assertEquals(1, opening.size(), opening.toString());
    }

    @Test
    void aNameEndingInAFacilityWordIsThatFacility() {
        // "Harbour Road" is a road ("Port Salden" a town, "Bridge Street" a street: there the word does not end it).
        List<Conflict> found = detect(
                doc("a.txt", "Harbour Road was reopened to traffic on Monday afternoon, according to the council."),
                doc("b.txt", "Harbour Road remained closed on Monday afternoon while firefighters cooled the ruins."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
        assertTrue(found.get(0).topic().toLowerCase(java.util.Locale.ROOT).contains("road"), found.get(0).topic());
    }

    @Test
    void aWordDescribingTheCountedIsNotWhatHappenedToThem() {
        // "two injured workers died" counts deaths, not the injured: no contradiction with 15 injured.
        List<Conflict> found = detect(
                doc("a.txt", "Fifteen people were injured in the fire, emergency services said."),
                doc("b.txt", "Fifteen people were injured in the fire, the hospital said. Later two injured workers "
                        + "died in hospital."));
        assertEquals(List.of(), found);
    }

    @Test
    void disjointFiguresContradict() {
        List<Conflict> found = detect(
                doc("a.txt", "In the city of Riverton in the Norland region, four people died, officials said."),
                doc("b.txt", "At least five people were killed in the Norland region, according to rescuers."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
        assertEquals(2, found.get(0).statements().size());
    }

    @Test
    void aMarchIsNoMonthThatDatesAFigure() {
        List<Conflict> found = detect(
                doc("a.txt", "Twelve people were injured in Riverton, officials said."),
                doc("b.txt", "Twenty people were injured in Riverton during the march, organisers said."));
        assertEquals(1, found.size(), "the march is not March, so both count the same injured: " + found);
    }

    @Test
    void compatibleButDifferentFiguresDiverge() {
        List<Conflict> found = detect(
                doc("a.txt", "At least nine civilians were killed across the country, officials said."),
                doc("b.txt", "The storm has killed at least six people across the country."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.DIVERGENT, found.get(0).kind());
    }

    @Test
    void aMeasureIsTheObjectOfTheVerbRightBeforeItNotOfAVerbAfterAPreposition() {
        // A fresh user's wildfire: "by Tuesday's morning briefing" had made the 4,200 hectares a briefing's, never
        // compared with the area the fire burned in another report; "sits 400 metres from" is no verb done to a
        // distance, and stays as it was read.
        List<Conflict> found = detect(
                doc("a.txt", "By early evening the fire had burned about 2,100 hectares, the fire authority said."),
                doc("b.txt", "The fire had burned 4,200 hectares by Tuesday's morning briefing, the forestry service "
                        + "said."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(List.of("4,200 hectares", "about 2,100 hectares"),
                found.get(0).statements().stream().map(Conflict.Statement::value).sorted().toList());
    }

    @Test
    void homesDestroyedAreDamagedWhereMissilesDestroyedAreIntercepted() {
        // A fresh user's wildfire had its homes "intercepted".
        List<Conflict> found = detect(
                doc("a.txt", "The fire has torn through the town, where 63 homes have now been destroyed."),
                doc("b.txt", "As of this update, 58 homes have been confirmed destroyed."),
                doc("c.txt", "Air defences destroyed 30 missiles, the air force said."),
                doc("d.txt", "Air defences destroyed 34 missiles, the military said."));
        assertEquals(List.of("households damaged overall", "missiles intercepted overall"),
                found.stream().map(Conflict::topic).sorted().toList(), found.toString());
    }

    @Test
    void theNumberOfHomesDestroyedCountsHomesThoughHomesIsAVerbFormToo() {
        // A fresh user's wildfire: "the number of homes lost had climbed to 74" gave no figure, "homes" being read as
        // the verb of its phrase and "climbed" as what happened to them.
        List<Conflict> found = detect(
                doc("a.txt", "Officials said 58 homes had been destroyed."),
                doc("b.txt", "The number of homes destroyed has risen to 74, officials said."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.UPDATE, found.get(0).kind());
        assertEquals("households damaged overall", found.get(0).topic());
    }

    @Test
    void aLaterClausesOwnSubjectIsWhatItsStateIsAbout() {
        // A fresh user's school outbreak: "although the canteen stayed shut" had closed the school.
        String opened = "Despite the outbreak, the school opened as usual on Tuesday, with lessons going ahead, "
                + "although the canteen stayed shut.";
        List<Conflict> found = detect(doc("a.txt", opened), doc("b.txt", "The school remained open on Tuesday."));
        assertEquals(List.of(), found);
    }

    @Test
    void aLaterClausesOwnSubjectIsWhatItsVerbsStateIsAbout() {
        // A fresh user's avalanche: "…, but the Feldkopf chairlift … reopened" had been the station's state, or the
        // gondola's, and missed the chairlift "closed" that afternoon.
        List<Conflict> found = detect(
                stamped("a.txt", "Wednesday 11 February 2032, 18:20", "The Gratbahn gondola stays shut until its "
                        + "upper station has been inspected, but the Feldkopf chairlift on the sunnier south side of "
                        + "the valley reopened on Wednesday morning."),
                stamped("b.txt", "Wednesday 11 February 2032, 16:00", "The Feldkopf chairlift remains closed."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertTrue(found.get(0).topic().contains("chairlift"), found.get(0).topic());
    }

    @Test
    void aTotalSinceAMonthOrAYearIsAnotherPeriodsCount() {
        // A fresh user's avalanche: the season's toll "since December" had contradicted, and then updated, the
        // avalanche's own three.
        List<Conflict> found = detect(
                stamped("a.txt", "Wednesday 11 February 2032, 12:30", "The avalanche killed two people."),
                stamped("b.txt", "Thursday 12 February 2032, 15:10", "Rescuers recovered the body of the last person "
                        + "missing, raising the death toll to three, police said. According to the Alpine Avalanche "
                        + "Warning Service, avalanches have now killed nine people in the region since December, most "
                        + "of them ski tourers."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(found), found.toString());
        assertTrue(found.get(0).statements().stream().noneMatch(st -> st.quote().contains("nine")), found.toString());
    }

    @Test
    void aNamedPersonsRoleInItsReportMeetsADenialAboutThatRole() {
        // A fresh user's derailment: "The supervisor has not been arrested" against "Brandvold was arrested", where
        // that report calls Brandvold "a Meridale track maintenance supervisor".
        List<Conflict> found = detect(
                stamped("a.txt", "Wednesday 19 September 2029, 13:00", "A Meridale track maintenance supervisor has "
                        + "been charged. The supervisor has not been arrested and has agreed to appear in court."),
                stamped("b.txt", "Wednesday 19 September 2029, 19:10", "The prosecutor also charged Lyle Brandvold, 52, "
                        + "a Meridale track maintenance supervisor, with falsifying inspection records. Brandvold was "
                        + "arrested at his home early Wednesday."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertEquals("whether the supervisor was arrested", found.get(0).topic(), "said of the person, as news says it");
        // A name described between commas is that description's: "Captain Anselm Kirr, the ship's master, was
        // arrested" against "The vessel's master, Captain Anselm Kirr, has not been arrested" (a fresh user's canal).
        List<Conflict> master = detect(
                stamped("a.txt", "Tuesday 17 June 2036, 08:30", "The vessel's master, Captain Anselm Kirr, has not "
                        + "been arrested, a police spokesman said."),
                stamped("b.txt", "Tuesday 17 June 2036, 16:00", "Captain Anselm Kirr, the ship's master, was arrested "
                        + "on Monday night by police in Kessport, a lawyer said."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(master), master.toString());
        // So is a common noun's: "the driver, a 52-year-old man from Tolbury, had been arrested" (a fresh user's
        // chemical lorry).
        List<Conflict> driver = detect(
                stamped("a.txt", "Tuesday 14 October 2025, 18:30", "Police said the 47-year-old driver had not been "
                        + "arrested and was helping officers with their inquiries."),
                stamped("b.txt", "Tuesday 14 October 2025, 18:30", "Police confirmed this afternoon that the driver, a "
                        + "52-year-old man from Tolbury, had been arrested on suspicion of dangerous driving."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(driver), driver.toString());
        // Without the role given to him, the name is nobody the denial is about.
        assertEquals(List.of(), detect(
                stamped("a.txt", "Wednesday 19 September 2029, 13:00", "The supervisor has not been arrested."),
                stamped("b.txt", "Wednesday 19 September 2029, 19:10", "Brandvold was arrested at his home early "
                        + "Wednesday.")));
    }

    @Test
    void aSumSomeoneRaisedToTheFigureRevisesIt() {
        // A fresh user's derailment: "had raised its community relief fund to $3.5 million" on Wednesday had
        // contradicted Monday's "$2 million fund".
        List<Conflict> found = detect(
                stamped("a.txt", "Monday 17 September 2029, 09:15", "Meridale said it had set up a $2 million fund to "
                        + "cover the immediate costs of evacuated families."),
                stamped("b.txt", "Wednesday 19 September 2029, 19:10", "Meridale's chief executive said the company "
                        + "had raised its community relief fund to $3.5 million."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(found), found.toString());
    }

    @Test
    void aMeasureBeforeAnAdjectiveOfDimensionIsThatDimension() {
        // A fresh user's avalanche: "lay up to four metres deep" (a verb's distance) and "is as much as six metres
        // deep" (no verb) had been two measures.
        List<Conflict> found = detect(
                stamped("a.txt", "Tuesday 10 February 2032, 14:30", "Rescuers probed debris that in places lay up to "
                        + "four metres deep."),
                stamped("b.txt", "Tuesday 10 February 2032, 16:00", "The avalanche debris is as much as six metres "
                        + "deep in places."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertEquals("depth (km) overall", found.get(0).topic());
    }

    @Test
    void aVerbWhosePastIsItsBaseTellsWhenItsEventHappened() {
        // A fresh user's club takeover: "set off … at 2pm" against "set off … at 3.30pm" went unread, "set" being no
        // inflected form.
        List<Conflict> found = detect(
                stamped("a.txt", "Friday 13 March 2026, 09:00", "Fans carrying banners set off from Tannery Square "
                        + "at 2pm on Thursday and followed a route past the town hall."),
                stamped("b.txt", "Friday 13 March 2026, 10:00", "Around 10,000 joined the procession, which set off "
                        + "from Tannery Square at 3.30pm on Thursday."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
    }

    @Test
    void aVerbFormWhoseWordIsANounTooTellsWhenItsEventHappenedUnlessAVerbTakesItAsItsObject() {
        // A held-out user's coach crash: "left" is a noun too ("on the left"), and the time it left the road went
        // unread; "began talks at 2pm" is still a beginning, the talks its object.
        List<Conflict> left = detect(
                stamped("a.txt", "Monday 14 October 2024, 10:00", "The coach left the road at about 07:40 on the "
                        + "upper part of the pass."),
                stamped("b.txt", "Monday 14 October 2024, 11:00", "According to the control room log, the coach left "
                        + "the road shortly after 08:15 this morning."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(left), left.toString());
        List<Conflict> began = detect(
                stamped("a.txt", "Tuesday 10 March 2026, 18:00", "Negotiators began talks at 2pm at the offices of "
                        + "the conciliation service."),
                stamped("b.txt", "Tuesday 10 March 2026, 19:00", "Talks began at 1pm and lasted almost four hours."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(began), began.toString());
    }

    @Test
    void aCountOfWhatWasGoingOnWhenItHappenedDoesNotGrowFromDayToDay() {
        // A held-out user's coach crash: "was carrying 38 passengers" on Monday and "carrying 41 passengers" on
        // Tuesday were an update as well as a contradiction, a progressive verb's count read as one that grows, and
        // the operator's "more than 200,000 passengers over 26 years", left aside, read as the reports' own figure.
        List<Conflict> found = detect(
                stamped("a.txt", "Monday 14 October 2024, 11:20", "The coach was carrying 38 passengers and a driver "
                        + "when it smashed through a safety barrier."),
                stamped("b.txt", "Tuesday 15 October 2024, 09:00", "The coach, carrying 41 passengers, crashed through "
                        + "a barrier on a hairpin bend. The operator said it had carried more than 200,000 passengers "
                        + "over 26 years without a fatal accident."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
    }

    @Test
    void aMeasureInLengthIsALengthAsAMeasureLongIs() {
        // A fresh user's stand roof: "around 40 metres long" and "65 metres in length" had been two measures.
        List<Conflict> found = detect(
                stamped("a.txt", "Saturday 14 February 2026, 19:40", "Witnesses said a section of roof around 40 "
                        + "metres long peeled away at 15:47."),
                stamped("b.txt", "Saturday 14 February 2026, 22:15", "A section of roofing estimated at 65 metres in "
                        + "length was wrenched off in a single piece."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertEquals("length (km) overall", found.get(0).topic());
    }

    @Test
    void aDistanceThatIsAnExtentOfItsOwnIsNamedByIt() {
        // A fresh user's rocket launch: its disputed altitude was "distance (km) of altitude".
        List<Conflict> found = detect(
                stamped("a.txt", "Tuesday 12 May 2026, 09:00", "It had climbed to an altitude of about 14 kilometres "
                        + "when it broke apart."),
                stamped("b.txt", "Tuesday 12 May 2026, 15:00", "The system destroyed the vehicle at an altitude of "
                        + "approximately 9 kilometres."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertEquals("altitude (km) overall", found.get(0).topic());
    }

    @Test
    void aNounEndingInUsIsItsOwnSingular() {
        // A fresh user's zoo escape: a cordon's radius was named "distance (km) of radiu".
        List<Conflict> found = detect(
                stamped("a.txt", "Tuesday 14 October 2025, 09:00", "Police set up a cordon with a radius of half a "
                        + "mile around the park."),
                stamped("b.txt", "Tuesday 14 October 2025, 15:00", "Police set up a cordon with a radius of two miles "
                        + "around the park."));
        assertTrue(found.stream().noneMatch(c -> c.topic().contains("radiu ") || c.topic().endsWith("radiu")),
                found.toString());
        assertEquals("radius", ClaimExtractor.singular("radius"));
        assertEquals("bus", ClaimExtractor.singular("bus"));
        assertEquals("road", ClaimExtractor.singular("roads"));
    }

    @Test
    void anAgeIsReadPastTheRelativeClauseBeforeItsVerb() {
        // A fresh user's boil-water notice: "An 84-year-old woman who had been admitted to … died" gave no age, and
        // missed "A 79-year-old woman … died" the same day.
        List<Conflict> found = detect(
                stamped("a.txt", "Thursday 8 October 2026, 09:00", "A 79-year-old woman with underlying health "
                        + "conditions died at Callowmere General Hospital on Wednesday."),
                stamped("b.txt", "Thursday 8 October 2026, 15:20", "An 84-year-old woman who had been admitted to "
                        + "Callowmere General Hospital with severe dehydration died on Wednesday."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertEquals("age of the woman killed", found.get(0).topic());
    }

    @Test
    void anAgeIsReadPastTheNameSetOffAfterItsNoun() {
        // A fresh user's marathon: "A 36-year-old man, Tomas Wrenfield, died" gave no age against "A 34-year-old man
        // died".
        List<Conflict> found = detect(
                stamped("a.txt", "Sunday 14 June 2026, 16:00", "A 34-year-old man died after collapsing during the "
                        + "race."),
                stamped("b.txt", "Monday 15 June 2026, 08:00", "A 36-year-old man, Tomas Wrenfield, died after "
                        + "collapsing during the race."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertEquals("age of the man killed", found.get(0).topic());
    }

    @Test
    void aLaterBoundTheLastStepAlreadyMeetsIsNoStepOfAnUpdate() {
        // A fresh user's marathon: a paramedic's "more than a dozen runners" had stood between the organisers' 140
        // and 212 as a step of the update.
        List<Conflict> found = detect(
                stamped("a.txt", "Sunday 14 June 2026, 18:00", "Medical teams treated 140 runners in Riverton."),
                stamped("b.txt", "Monday 15 June 2026, 08:00", "In Riverton, a paramedic said he had treated more "
                        + "than a dozen runners."),
                stamped("c.txt", "Tuesday 16 June 2026, 09:00", "Medical teams treated 212 runners in Riverton."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(found), found.toString());
        assertEquals(List.of("140 runners", "212 runners"), found.get(0).statements().stream()
                .map(Conflict.Statement::value).toList(), found.toString());
    }

    @Test
    void aTermOfYearsAndAHalfIsComparedAndAnImprovedOfferLaterThatDayUpdates() {
        // A fresh user's fraud trial: "jailed for five and a half years" had been no figure against six years; a
        // nurses' strike: "four and a half per cent" at 13:30 and "an improved pay offer of 6 per cent" at 19:45.
        List<Conflict> term = detect(
                doc("a.txt", "Tellaby was jailed for six years."),
                doc("b.txt", "Tellaby was jailed for five and a half years."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(term), term.toString());
        List<Conflict> offer = detect(
                stamped("a.txt", "Wednesday 16 September 2026, 13:30", "The group's offer in Harwick stands at four "
                        + "and a half per cent."),
                stamped("b.txt", "Wednesday 16 September 2026, 19:45", "The group tabled an improved pay offer in "
                        + "Harwick of 6 per cent."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(offer), offer.toString());
    }

    @Test
    void anAgeIsNoCountOfTheHurtOrTheDead() {
        // A fresh user's stadium collapse: "A boy aged nine was among those hurt" was a first toll of nine injured.
        assertEquals(List.of(), detect(
                doc("a.txt", "At least 19 people were injured. A boy aged nine was among those hurt."),
                doc("b.txt", "At least 19 people were injured, the ambulance service said.")));
        assertEquals(List.of(), detect(
                doc("a.txt", "Three people died in the fire, including a man who died at the age of 73."),
                doc("b.txt", "Three people were killed in the fire.")));
    }

    @Test
    void whatSomethingWasDesignedToWithstandIsNoMeasureOfTheDay() {
        // A fresh user's stadium collapse: the roof's design limit was set against the day's gusts.
        assertEquals(List.of(), detect(
                doc("a.txt", "The roof came down as gusts of up to 70mph swept across the region."),
                doc("b.txt", "The roof was designed to cope with gusts of around 90mph.")));
    }

    @Test
    void aTollOpeningWithACapitalisedQualifierAfterADatelineIsATollAndATotalNumberOfIsItsCount() {
        // A fresh user's stadium collapse: "HARROWMERE — At least 19 people were injured" was read as a name, and
        // "The total number of people treated for injuries … now stands at 34" as no figure of the injured.
        List<Conflict> found = detect(
                published("a.txt", "2026-11-28T18:00:00Z", "HARROWMERE — At least 19 people were injured on "
                        + "Saturday when part of the roof gave way, emergency services said."),
                published("b.txt", "2026-11-30T17:00:00Z", "The total number of people treated for injuries "
                        + "since the collapse now stands at 34, the hospitals trust said on Monday."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.UPDATE, found.get(0).kind());
        // So does a number word after a dash: "DUNMARROW — Six buildings…" (a fresh user's campus gas leak).
        List<Conflict> buildings = detect(
                doc("a.txt", "DUNMARROW — Six buildings were evacuated on Tuesday morning, emergency services said."),
                doc("b.txt", "Staff were evacuated from five buildings on Tuesday morning, emergency services said."));
        assertEquals(1, buildings.size(), buildings.toString());
    }

    @Test
    void aFacilityNamedByItsOwnNameIsThatFacilityNotItsClass() {
        // A fresh user's campus gas leak: Kettering Hall shut and the Marlowe Building reopened were one building.
        List<Conflict> found = detect(
                doc("a.txt", "Kettering Hall remains shut, the university said on Wednesday."),
                doc("b.txt", "The Marlowe Building reopened on Wednesday morning, the university said."),
                doc("c.txt", "The Fenwick Library reopened at noon on Wednesday."),
                doc("d.txt", "The Fenwick Library remains closed, the university said on Wednesday."));
        assertEquals(1, found.size(), found.toString());
        assertEquals("whether the Fenwick Library is open", found.get(0).topic());
    }

    @Test
    void aFacilityNamedInAClauseOrAfterADescriptionIsThatFacility() {
        // A fresh user's flood: the Packhorse Bridge closed and Millrace Bridge reopened were one bridge, "updated".
        List<Conflict> found = detect(
                stamped("a.txt", "Published: Tuesday 14 November 2028, 09:15", "Millrace Bridge, which carries the "
                        + "A719 over the river, remained open on Tuesday morning."),
                stamped("b.txt", "Published: Tuesday 14 November 2028, 18:40", "Traffic ground to a halt after "
                        + "Millrace Bridge, which carries the A719, was shut at 6am on Tuesday. With the Packhorse "
                        + "Bridge also closed, drivers faced a long diversion."),
                stamped("c.txt", "Published: Wednesday 15 November 2028, 17:00", "The 18th-century Packhorse "
                        + "Bridge remains closed pending an inspection. Millrace Bridge (A719) reopened to traffic "
                        + "at 7am this morning."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION, Conflict.Kind.UPDATE), found.stream().map(Conflict::kind)
                .toList(), "Tuesday's open and shut, and Wednesday's reopening: " + found);
        assertTrue(found.stream().allMatch(c -> c.topic().equals("whether Millrace Bridge is open")), found::toString);
        // A fresh user's storm: where the bridge stands comes between its name and its state.
        List<Conflict> onRoute = detect(
                stamped("a.txt", "Published: Tuesday 12 October 2027, 14:00", "The Tolly Creek Bridge on Route 9, "
                        + "the only road link to the peninsula, reopened to traffic at midday."),
                stamped("b.txt", "Published: Tuesday 12 October 2027, 18:00", "The Tolly Creek Bridge on Route 9 "
                        + "remains closed pending a full structural assessment."));
        assertEquals(List.of("whether the Tolly Creek Bridge is open"), onRoute.stream().map(Conflict::topic)
                .toList());
    }

    @Test
    void aNameAfterAColonAndARoadByItsNumberAreWhatTheirStatesAreAbout() {
        // Fresh users' chemical fire and earthquake: "…for commuters: Kelso Road, which …, reopened" and "the N7
        // through the Krall Pass was reopened" were any road's, and missed against the same day's closed.
        List<Conflict> kelso = detect(
                stamped("a.txt", "Published: Wednesday 15 October 2031, 19:10", "There was some relief for "
                        + "commuters: Kelso Road, which runs past the estate, reopened to traffic at about 2pm."),
                stamped("b.txt", "Published: Wednesday 15 October 2031, 21:00", "Kelso Road, the main route into "
                        + "town, remained closed in both directions this evening."));
        assertEquals(List.of("whether Kelso Road is open"), kelso.stream().map(Conflict::topic).toList(),
                kelso.toString());
        List<Conflict> n7 = detect(
                stamped("a.txt", "Published: Wednesday 15 October 2031, 13:00", "There was some relief for the "
                        + "valley: the N7 through the Krall Pass was reopened to traffic on Wednesday morning."),
                stamped("b.txt", "Published: Wednesday 15 October 2031, 18:00", "The N7 national road through the "
                        + "Krall Pass remains closed to all but emergency vehicles."),
                stamped("c.txt", "Published: Wednesday 15 October 2031, 18:00", "The A719 remains closed."));
        assertEquals(List.of("whether the N7 is open"), n7.stream().map(Conflict::topic).toList(), n7.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, n7.get(0).kind());
        // A fresh user's prison escape: a word and its number name one of its kind, past a description, and a road's
        // code names it whatever kind of road it is said to be.
        List<Conflict> a7 = detect(
                doc("a.txt", "The A7 motorway between Riverton and Port Salden reopened to traffic early on Monday."),
                doc("b.txt", "The A7, closed since Sunday, remained shut throughout Monday, police said."));
        assertEquals(List.of("whether the A7 is open"), a7.stream().map(Conflict::topic).toList(), a7.toString());
        List<Conflict> route = detect(
                stamped("a.txt", "Published: Monday 15 September 2031, 11:00", "Route 9 is open to traffic."),
                stamped("b.txt", "Published: Monday 15 September 2031, 18:00", "Route 9, the road that links Oskeld "
                        + "with Varne, remains closed between the junction and the crossroads."),
                stamped("c.txt", "Published: Monday 15 September 2031, 18:00", "About 300 schools remain closed."));
        assertEquals(List.of("whether Route 9 is open"), route.stream().map(Conflict::topic).toList(),
                route.toString());
    }

    @Test
    void aNamedFacilityIsOneWhetherItsFacilityWordIsCapitalisedOrNot() {
        // A fresh user's storm: "Ostrand Field Airport remains closed" and, the next day, "Ostrand Field airport
        // reopened" were two facilities, the named one and any airport, and the reopening was no update.
        List<Conflict> found = detect(
                stamped("a.txt", "Published: Tuesday 12 October 2027, 18:00", "Ostrand Field Airport remains "
                        + "closed to all commercial flights while debris is cleared."),
                stamped("b.txt", "Published: Wednesday 13 October 2027, 16:00", "Ostrand Field airport reopened to "
                        + "commercial traffic at 7am on Wednesday."),
                stamped("c.txt", "Published: Wednesday 13 October 2027, 16:00", "Some schools remain closed."),
                stamped("d.txt", "Published: Wednesday 13 October 2027, 18:00", "The schools reopened on "
                        + "Wednesday."));
        assertEquals(List.of("whether Ostrand Field Airport is open", "whether the school is open"),
                found.stream().map(Conflict::topic).toList(), found::toString);
        assertEquals(Conflict.Kind.UPDATE, found.get(0).kind());
        // A fresh user's blackout: "Hallam Cross station" after "confirm that", and "Hallam Cross, the busy
        // interchange…", are one station, whichever facility words close its name.
        List<Conflict> station = detect(
                stamped("a.txt", "Published: Wednesday 15 October 2031, 14:00", "Hallam Cross, the busy interchange "
                        + "where the Green and Blue lines meet, remains closed to passengers."),
                stamped("b.txt", "Published: Wednesday 15 October 2031, 20:00", "The Transit Authority has asked us "
                        + "to confirm that Hallam Cross station reopened to passengers at 5am on Wednesday."));
        assertEquals(List.of("whether Hallam Cross is open"), station.stream().map(Conflict::topic).toList(),
                station.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, station.get(0).kind());
    }

    @Test
    void aNamesClosingWordMeansItsFacilitySense() {
        // A fresh user's riot: an avenue is first "a line of approach" to WordNet, so "Halden Avenue remained closed"
        // was no state, and its reopening the same day any road's.
        List<Conflict> found = detect(
                stamped("a.txt", "Published: Sunday 15 March 2026, 09:00", "Halden Avenue remained closed to traffic "
                        + "on Sunday while crews repaired overhead tram cables."),
                stamped("b.txt", "Published: Sunday 15 March 2026, 14:00", "Halden Avenue reopened to traffic at 7am "
                        + "on Sunday."));
        assertEquals(List.of("whether Halden Avenue is open"), found.stream().map(Conflict::topic).toList(),
                found.toString());
    }

    @Test
    void aPartOfWhatTheSentenceBeforeCountedCountsTheSame() {
        // A fresh user's riot: "Of these, 19 have been charged" counted nothing, and Monday's rise to 28 no update.
        List<Conflict> found = detect(
                stamped("a.txt", "Published: Sunday 15 March 2026, 14:00", "A total of 52 people have now been "
                        + "arrested in Tarnevo. Of these, 19 have been charged and will appear before magistrates."),
                stamped("b.txt", "Published: Monday 16 March 2026, 18:00", "The number of people charged rose to 28 "
                        + "on Monday, police in Tarnevo said."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(found), found.toString());
        assertEquals("19", found.get(0).statements().get(0).value());
    }

    @Test
    void aStateSaidToPersistBeforeTheHourOfAChangeBackIsUpdatedByIt() {
        // A fresh user's runway accident: "remained closed on Tuesday morning" at 07:30 and "reopened to traffic at
        // 11am on Tuesday" had been a contradiction; the closure held until the reopening.
        List<Conflict> found = detect(
                stamped("a.txt", "Published: Tuesday 17 September 2030, 07:30", "Brackmoor Airport remained closed "
                        + "on Tuesday morning, and a notice warned travellers not to come."),
                stamped("b.txt", "Published: Tuesday 17 September 2030, 13:15", "Brackmoor Airport reopened to "
                        + "traffic at 11am on Tuesday after engineers inspected the runway."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(found), found.toString());
        // Said to persist after the hour the change back names, it still contradicts it.
        List<Conflict> after = detect(
                stamped("a.txt", "Published: Tuesday 17 September 2030, 14:00", "Brackmoor Airport remains closed "
                        + "to passengers, and a notice warned travellers not to come."),
                stamped("b.txt", "Published: Tuesday 17 September 2030, 20:00", "Brackmoor Airport reopened to "
                        + "traffic at 11am on Tuesday after engineers inspected the runway."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(after),
                after.toString());
    }

    @Test
    void aVagueWordsFigureIsNoEarlierCountOfAPreciseOne() {
        // Fresh users' chemical fire and eruption: a headline's "Hundreds evacuated" at dawn had been "updated" by the
        // night's "nearly 3,000 people", which it only approximates.
        List<Conflict> found = detect(
                stamped("a.txt", "Published: Wednesday 15 October 2031, 06:40", "Hundreds evacuated as blaze engulfs "
                        + "chemical plant in Brackenford."),
                stamped("b.txt", "Published: Wednesday 15 October 2031, 21:00", "Nearly 3,000 people were evacuated "
                        + "from their homes in Brackenford during the night."));
        assertEquals(List.of(), found, found.toString());
    }

    @Test
    void theOthersStateIsNoneOfTheNamedOnes() {
        // A fresh user's riot: "All other stations have reopened" had "updated" Assembly Square, still shut.
        List<Conflict> found = detect(
                stamped("a.txt", "Published: Sunday 15 March 2026, 14:00", "Mint Street and Assembly Square metro "
                        + "stations remain closed while damage is assessed. All other stations have reopened."),
                stamped("b.txt", "Published: Monday 16 March 2026, 09:00", "Assembly Square metro station, however, "
                        + "remains shut."));
        assertTrue(found.stream().noneMatch(c -> c.kind() == Conflict.Kind.UPDATE), found.toString());
    }

    @Test
    void aFacilitysPossessiveIsNotWhatItsStateIsAbout() {
        // A fresh user's hospital outbreak: "The hospital's emergency department remains open" was the hospital's
        // state, "updating" the headline's closed wards and missing the department "closed to new admissions".
        List<Conflict> found = detect(
                stamped("a.txt", "Published: Thursday 16 March 2028, 08:00", "The infirmary's emergency department "
                        + "has been closed to new admissions since Wednesday afternoon."),
                stamped("b.txt", "Published: Thursday 16 March 2028, 17:00", "The hospital's emergency department "
                        + "remains open, a board spokesman said."));
        assertEquals(1, found.size(), found.toString());
        assertEquals("whether the department is open", found.get(0).topic());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
    }

    @Test
    void aFacilityPlacingTheSubjectIsNotWhatItsStateIsAbout() {
        // A fresh user's heatwave: "The emergency department at Brennick General Hospital remains open" was the
        // hospital's state, and missed "Brennick General Hospital's emergency department was closed" that day.
        List<Conflict> found = detect(
                stamped("a.txt", "Published: Tuesday 8 July 2031, 15:30", "Brennick General Hospital's emergency "
                        + "department was closed to new ambulance arrivals from late morning on Tuesday."),
                stamped("b.txt", "Published: Tuesday 8 July 2031, 17:00", "The emergency department at Brennick "
                        + "General Hospital remains open and is accepting patients as normal."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertEquals("whether the department is open", found.get(0).topic());
    }

    @Test
    void oneMoreNumberedBringsACountToItsOrdinal() {
        // A fresh user's hospital outbreak: "A fourth patient has died" was no figure at all (an ordinal), and its
        // update of Wednesday's three was lost.
        List<Conflict> found = detect(
                stamped("a.txt", "Published: Wednesday 15 March 2028, 08:30", "Three patients have now died after "
                        + "contracting the infection."),
                stamped("b.txt", "Published: Thursday 16 March 2028, 09:00", "A fourth patient has died in the "
                        + "outbreak, officials said. It was the second time this month that a ward was shut."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(found), found.toString());
        assertEquals("A fourth patient", found.get(0).statements().get(1).value());
    }

    @Test
    void aMeasureWrittenBeforeItsNounIsThatThingsSizeWhateverWasDoneWithIt() {
        // A fresh user's blackout: "set up a 200-metre cordon" and "closed roads within a 500-metre cordon" were kept
        // apart by their verbs, which say what was done with the cordon, not how big it is.
        List<Conflict> found = detect(
                stamped("a.txt", "Published: Tuesday 14 October 2031, 07:15", "Police set up a 200-metre cordon "
                        + "around the substation in Caltmoor."),
                stamped("b.txt", "Published: Tuesday 14 October 2031, 18:30", "Police closed roads within a "
                        + "500-metre cordon of the substation in Caltmoor."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found),
                found.toString());
    }

    @Test
    void aSumJoinedToItsCurrencyIsComparedAndADayIsNoSharedContextOfTwoSums() {
        // A fresh user's riot: "a 500,000-crown emergency fund" was unread beside "a fund of 750,000 crowns".
        List<Conflict> fund = detect(
                stamped("a.txt", "Published: Monday 16 March 2026, 09:00", "City hall has announced a 500,000-crown "
                        + "emergency fund for small businesses whose premises were damaged."),
                stamped("b.txt", "Published: Monday 16 March 2026, 18:00", "City hall on Monday confirmed a fund of "
                        + "750,000 crowns to help traders whose shops were damaged."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(fund),
                fund.toString());
        // A fresh user's eruption: an appeal's total and a government's package share only their day.
        assertEquals(List.of(), detect(
                stamped("a.txt", "Published: Monday 9 March 2026, 14:00", "The Island Relief Fund said its appeal had "
                        + "raised 1.2 million euros by Monday lunchtime."),
                stamped("b.txt", "Published: Monday 9 March 2026, 20:00", "Finance Minister Teodor Vass announced a "
                        + "15-million-euro emergency package on Monday to cover temporary accommodation.")));
    }

    @Test
    void hospitalTreatmentIsTreatmentInHospital() {
        // A fresh user's runway accident: "who have needed hospital treatment … has risen to 15" had "hospital" read
        // as naming another thing, as in "the hospital group", and the update of Monday's eleven was lost.
        List<Conflict> found = detect(
                stamped("a.txt", "Published: Monday 16 September 2030, 21:40", "Eleven people were taken to "
                        + "hospital, according to the ambulance service."),
                stamped("b.txt", "Published: Wednesday 18 September 2030, 18:00", "The number of people who have "
                        + "needed hospital treatment since Monday's accident has risen to 15, the ambulance service "
                        + "said."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(found), found.toString());
        assertEquals("15", found.get(0).statements().get(1).value());
    }

    @Test
    void aCountsVerbAfterARelativeClauseOnItsNounSaysWhatHappened() {
        // A fresh user's hospital outbreak: "two patients who had the infection have died" was counted by nothing,
        // and the same morning's "Three patients have now died" stood uncontradicted.
        List<Conflict> found = detect(
                stamped("a.txt", "Published: Wednesday 15 March 2028, 08:30", "Three patients have now died after "
                        + "contracting the infection."),
                stamped("b.txt", "Published: Wednesday 15 March 2028, 10:00", "We are deeply saddened to confirm "
                        + "that two patients who had the infection have died."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found),
                found.toString());
        // The relative clause's own verb is not what happened to them: these were hurt, and nobody died.
        assertEquals(List.of(), detect(
                stamped("a.txt", "Published: Wednesday 15 March 2028, 08:30", "Three workers were injured."),
                stamped("b.txt", "Published: Wednesday 15 March 2028, 10:00", "Two workers who were injured in "
                        + "the blast have been named.")).stream().filter(c -> c.topic().contains("injured")).toList());
    }

    @Test
    void aLaterReportsStateOfANamedDayIsThatDaysNews() {
        // A fresh user's flood: Thursday's "remained closed throughout Wednesday" is Wednesday's news, at odds with
        // Wednesday's "reopened at 7am this morning", not a change since.
        List<Conflict> found = detect(
                stamped("a.txt", "Published: Wednesday 15 November 2028, 17:00", "Millrace Bridge (A719) reopened "
                        + "to traffic at 7am this morning following overnight checks."),
                stamped("b.txt", "Published: Thursday 16 November 2028, 07:30", "Millrace Bridge, the main road "
                        + "crossing on the A719, remained closed throughout Wednesday."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found),
                found.toString());
        List<Conflict> later = detect(
                stamped("a.txt", "Published: Wednesday 15 November 2028, 17:00", "Millrace Bridge (A719) reopened "
                        + "to traffic at 7am this morning following overnight checks."),
                stamped("b.txt", "Published: Thursday 16 November 2028, 07:30", "Millrace Bridge, the main road "
                        + "crossing on the A719, has been closed again since early on Thursday."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(later),
                "a day after \"since\" is when the state began, and Thursday's report tells how it went on");
    }

    @Test
    void whatTheVerbRightBeforeACountWasDoneToIsCountedByIt() {
        // Fresh users' airline strike and election: "had received around 1,200 compensation claims" on Friday and
        // "has received 4,700 compensation claims" on Sunday were each compared only within their own report.
        List<Conflict> found = detect(
                stamped("a.txt", "Published: Friday 14 March 2031, 19:00", "By Friday evening the airline had "
                        + "received around 1,200 compensation claims."),
                stamped("b.txt", "Published: Sunday 16 March 2031, 12:00", "The airline has received 4,700 "
                        + "compensation claims since the strike started."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(found), found.toString());
        List<Conflict> joint = detect(
                doc("a.txt", "Despite Barkley's three missed penalties in the defeat, he is expected to keep his "
                        + "place."),
                doc("b.txt", "But Hodgson and Barkley missed six penalties between them."));
        assertEquals(List.of(), joint, "a count several make together is none of one's");
    }

    @Test
    void aSumGivenAsItsSubjectsValueIsOfTheUseTheSubjectNames() {
        // A fresh user's flood: the council's £12 million and the £18m the trade press quoted were no sums at all,
        // their use cut off by a list's and a relative clause's commas.
        List<Conflict> found = detect(
                doc("a.txt", "The estimate excludes damage to public infrastructure, which the council's own "
                        + "assessment puts at £18m."),
                doc("b.txt", "Our initial estimate of the cost of damage to roads, bridges and council buildings is "
                        + "£12 million."));
        assertEquals(1, found.size(), found.toString());
        assertEquals("amount in pounds in damage overall", found.get(0).topic());
    }

    @Test
    void aRisingFigureIsAnUpdate() {
        List<Conflict> found = detect(
                doc("a.txt", "Fifteen people were killed by the storm, officials said."),
                doc("b.txt", "The death toll from the storm rose to 17 on Tuesday."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.UPDATE, found.get(0).kind());
        assertEquals("b.txt", found.get(0).statements().get(1).source(), "the revising report comes last");
    }

    @Test
    void aCountRisenUpFromAnEarlierFigureIsAnUpdateThoughAClauseComesBetween() {
        // "since" opens a clause of its own; the "up from 38" after it still revises the 57.
        List<Conflict> found = detect(
                doc("a.txt", "Thirty-eight patients had been transferred to other hospitals, officials said."),
                doc("b.txt", "Officials said 57 patients had been transferred to other hospitals since the storm "
                        + "began, up from 38."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.UPDATE, found.get(0).kind());
        assertEquals("patients transferred to other hospitals overall", found.get(0).topic(),
                "an unfamiliar count is named as the report writes it");
    }

    @Test
    void aRunningTotalHigherInALaterReportIsAnUpdate() {
        // "Rescued" is no event of the lexicon, but "by mid-morning" and "now … since" word a running total: a
        // fresh user's 60 and 183 had been called a contradiction.
        List<Conflict> found = detect(
                doc("a.txt", "Crews had rescued 60 people by mid-morning, officials said."),
                doc("b.txt", "Crews have now rescued 183 people since the flooding began, officials said on Tuesday."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.UPDATE, found.get(0).kind());
    }

    @Test
    void aCountWhoseSubjectIsCutByAfterIsStillUpdatedByALaterReport() {
        // "after" breaks the subject from its verb: what was counted and what happened to them are in the subject.
        List<Conflict> found = detect(
                doc("a.txt", "Forty-one people have been treated in hospital since the storm, officials said."),
                doc("b.txt", "The number of people treated in hospital after last week's storm has risen to 57, "
                        + "officials said on Tuesday."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.UPDATE, found.get(0).kind());
        assertEquals(List.of("a.txt", "b.txt"), found.get(0).statements().stream()
                .map(Conflict.Statement::source).toList(), "\"last week's storm\" dates the storm, not the count");
    }

    @Test
    void aCountThatHasClimbedPastAFigureIsOfWhatItsSubjectCounts() {
        // A fresh user's sewage spill: "The number of dead fish … has climbed past 6,000" had been people killed.
        List<Conflict> found = detect(
                stamped("a.txt", "Monday 14 July 2031, 09:00", "Around 800 dead fish have been found along the "
                        + "river so far."),
                stamped("b.txt", "Wednesday 16 July 2031, 09:00", "The number of dead fish recovered from the river "
                        + "has climbed past 6,000, the regulator said on Wednesday."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(found), found.toString());
        assertEquals("fish killed overall", found.get(0).topic());
    }

    @Test
    void aCountOfWhatHappenedOnADayIsNotAMonthsFigure() {
        // A fresh user's nightclub fire: "the number of people who lost their lives in the fire … in the early hours
        // of Saturday 14 June has risen to 11" had been a figure of June, apart from the nine, and "14 June" a count
        // of people killed.
        List<Conflict> found = detect(
                stamped("a.txt", "Saturday 14 June 2031, 09:00", "At least nine people were killed when fire swept "
                        + "through a crowded nightclub."),
                stamped("b.txt", "Sunday 15 June 2031, 09:00", "The council confirmed that the number of people "
                        + "who lost their lives in the fire at the club in the early hours of Saturday 14 June has "
                        + "risen to 11."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(found), found.toString());
        assertEquals(List.of("At least nine people", "11"), found.get(0).statements().stream()
                .map(Conflict.Statement::value).toList());
    }

    @Test
    void aPartIsWhatHappenedPastItsWholesOwnWords() {
        // A fresh user's trawler: "The body of one of the two fishermen missing since the trawler sank … has been
        // recovered" had been one missing, against the two.
        assertEquals(List.of(), detect(
                stamped("a.txt", "Tuesday 14 October 2031, 09:00", "Two fishermen are missing after a trawler sank "
                        + "in heavy seas."),
                stamped("b.txt", "Tuesday 14 October 2031, 19:00", "The body of one of the two fishermen missing since "
                        + "the trawler sank off Halvick has been recovered, the coastguard said.")));
    }

    @Test
    void peopleAboardAreOnBoard() {
        // A fresh user's air ambulance crash: "Four people were on board" and "Five people were aboard the
        // helicopter" had been two counts.
        List<Conflict> found = detect(
                stamped("a.txt", "Tuesday 13 November 2029, 22:00", "Four people were on board: the pilot, a doctor, "
                        + "a paramedic and the patient."),
                stamped("b.txt", "Tuesday 13 November 2029, 22:00", "Five people were aboard the air ambulance "
                        + "helicopter when it came down, according to the ambulance service."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
    }

    @Test
    void peopleWhoFeltUnwellAreIll() {
        // A fresh user's sewage spill: "six people have felt unwell after entering the water" had been a count of
        // feeling, apart from those who fell ill.
        List<Conflict> found = detect(
                stamped("a.txt", "Tuesday 15 July 2031, 09:00", "Fourteen people have fallen ill after swimming near "
                        + "Brackwater, health officials said."),
                stamped("b.txt", "Tuesday 15 July 2031, 09:00", "We are aware of reports that six people have felt "
                        + "unwell after swimming near Brackwater."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
    }

    @Test
    void someOfAKindOfThingCountThatThingNotPeople() {
        // A fresh user's algae bloom: "He found 32 of his sheep dead" had been 32 people killed, against the 21
        // cattle deaths of another day.
        assertEquals(List.of(), detect(
                stamped("a.txt", "Tuesday 15 July 2031, 09:00", "He found 32 of his sheep dead in a waterside field "
                        + "on Sunday."),
                stamped("b.txt", "Tuesday 15 July 2031, 09:00", "Fifteen people have died after drinking from the "
                        + "lake, officials said.")));
    }

    @Test
    void aCountASentenceOpensAmongIsAPartNotATotal() {
        // A fresh user's hospital fire: "Among those moved during the night were six patients from the critical care
        // unit" had contradicted the 84 patients moved in total.
        assertEquals(List.of(), detect(
                stamped("a.txt", "Tuesday 14 October 2031, 18:00", "In total, 84 patients were safely moved from "
                        + "four wards in the Ashby Wing."),
                stamped("b.txt", "Tuesday 14 October 2031, 18:00", "Among those moved during the night were six "
                        + "patients from the critical care unit.")));
    }

    @Test
    void aRunningTotalsWordsAfterAFiguresPhraseDoNotMakeItRun() {
        // A fresh user's medicine recall: "Tarnley, some 45 miles from Ashcombe, makes … products, and production
        // there has been halted since the recall began" had "updated" Monday's 30 miles.
        List<Conflict> found = detect(
                stamped("a.txt", "Monday 9 March 2026, 09:00", "The syrup is made at a factory in Tarnley, 30 miles "
                        + "north of Ashcombe, which employs around 600 people."),
                stamped("b.txt", "Wednesday 11 March 2026, 09:00", "Tarnley, some 45 miles from Ashcombe, makes "
                        + "around 30 liquid products, and production there has been halted since the recall began."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
    }

    @Test
    void peopleForcedOutOfTheirHomesWereEvacuated() {
        List<Conflict> found = detect(
                doc("a.txt", "About 2,000 residents were evacuated on Monday, officials said."),
                doc("b.txt", "Some 3,500 people were forced out of their homes on Monday, officials said."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
    }

    @Test
    void aFigureTiedToThePlaceEveryReportLeadsWithIsTheOverallFigure() {
        // Every report leads with Riverton (see STORY): its toll there is the toll the other report gives untied.
        List<Conflict> found = detect(
                doc("a.txt", "Fifteen people were killed by the storm, officials said."),
                doc("b.txt", "The storm has killed 17 people in Riverton, officials said on Tuesday."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.UPDATE, found.get(0).kind());
    }

    @Test
    void aReportLeadingWithNoPlaceLeavesThePlaceTheOthersLeadWithTheOverall() {
        // A fresh user's tram collision: the operator's statement named only the stop, and its 33 injured stayed
        // apart from the 27 the other reports tied to the city they all lead with.
        Document a = titled("a.txt", "Trams collide in Caldonbridge rush hour", "CALDONBRIDGE, Oct 14 (MPA) - Two "
                + "trams collided in Caldonbridge on Tuesday morning, Caldon Light Transit said. Twenty-seven people "
                + "were injured in Caldonbridge, the ambulance service said.");
        Document b = titled("b.txt", "Caldonbridge tram crash: network shut", "Caldonbridge's tram network is "
                + "closed after the Corrin Square collision, Caldon Light Transit said. Officials said 27 people were "
                + "injured in Caldonbridge.");
        Document c = titled("c.txt", "Statement from Caldon Light Transit", "It is with sadness that Caldon Light "
                + "Transit confirms a second passenger has died after the Corrin Square collision. A total of 33 "
                + "people have now been injured, after six more passengers came forward overnight.");
        List<Conflict> found = detect(a, b, c);
        assertEquals(1, found.stream().filter(k -> k.topic().startsWith("people injured")).count(), found.toString());
        Conflict injured = found.stream().filter(k -> k.topic().startsWith("people injured")).findFirst().orElseThrow();
        assertEquals(List.of("a.txt", "b.txt", "c.txt"), injured.statements().stream().map(Conflict.Statement::source)
                .sorted().toList(), injured.toString());
    }

    /** A report whose text is its headline, a blank line and its body. */
    private static Document titled(String id, String title, String body) {
        String text = title + "\n\n" + body;
        return new Document(id, title, text, Integer.toHexString(text.hashCode()), SentenceSplitter.split(id, text));
    }

    @Test
    void anArrestAfterThatAndADenialPastARelativeClauseAreReadAndMeet() {
        // A fresh user's tram collision: "that they had arrested the driver" and "the driver …, who is 47, had not
        // been arrested" were both unread.
        List<Conflict> found = detect(
                stamped("a.txt", "Tuesday 14 October 2025, 21:05", "Police this evening confirmed that they had "
                        + "arrested the driver of the Line 2 tram, aged 43, on suspicion of endangering passengers."),
                stamped("b.txt", "Wednesday 15 October 2025, 22:30", "Police said on Wednesday that the driver of the "
                        + "Line 2 tram, who is 47, had not been arrested."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
    }

    @Test
    void aPaymentPromisedIsASumToCompareButACostForecastIsNot() {
        // A fresh user's metro crash: "will receive a goodwill payment of €500" and "will be offered a payment of €350"
        // had been read as forecasts, as "will cost about £1.4 million" is.
        List<Conflict> found = detect(
                stamped("a.txt", "Wednesday 15 October 2025, 10:00", "Every passenger who was on board will receive a "
                        + "goodwill payment of €500, the operator said."),
                stamped("b.txt", "Wednesday 15 October 2025, 10:00", "Each passenger on board the two trains will be "
                        + "offered a payment of €350, the operator confirmed."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertEquals(List.of(), detect(
                stamped("a.txt", "Monday 16 June 2025, 10:00", "Refunding all ticket holders will cost the promoter "
                        + "about £1.4 million."),
                stamped("b.txt", "Monday 16 June 2025, 10:00", "Refunding every ticket holder will cost the promoter "
                        + "around £2.1 million.")), "a cost to come is an estimate");
    }

    @Test
    void aSideQuotesTheTextThatTiesItsHeadlinesFigureToAPlace() {
        // The headline gives the toll untied, the text ties the same toll to a region the other report does not lead
        // with: one figure, and the side quotes the text, which says when and where.
        Document b = titled("b.txt", "Storm death toll rises to 17", "Governor Anna Berg of the Norland region and "
                + "Mayor Tom Hale spoke in Riverton on Monday, Reuters reported. The number of people killed by the "
                + "storm in eastern Westland rose to 17 on Tuesday evening.");
        List<Conflict> found = detect(doc("a.txt", "Fifteen people were killed by the storm, officials said."), b);
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.UPDATE, found.get(0).kind());
        assertEquals("The number of people killed by the storm in eastern Westland rose to 17 on Tuesday evening.",
                found.get(0).statements().get(1).quote());
    }

    /** A report of the story with a date line under its headline, as outlets print one. */
    private static Document stamped(String id, String stamp, String body) {
        String text = "Storm hits Norland\n" + stamp + "\n\n" + STORY.substring(STORY.indexOf("Governor")) + body;
        return new Document(id, "Storm hits Norland", text, Integer.toHexString(text.hashCode()),
                SentenceSplitter.split(id, text));
    }

    @Test
    void aRunningCountsHigherBoundHoursLaterIsAnUpdate() {
        // "At least" of a toll is what has been confirmed by then: 23 in the evening and 26 late at night is the
        // count rising, not two estimates that differ.
        List<Conflict> found = detect(
                stamped("a.txt", "Tuesday 14 October 2031, 19:05", "At least 23 people were killed by the storm, "
                        + "officials said."),
                stamped("b.txt", "14.10.2031 — 22:10", "At least 26 people have been killed by the storm, officials "
                        + "said."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.UPDATE, found.get(0).kind());
        assertEquals(List.of("a.txt", "b.txt"), found.get(0).statements().stream()
                .map(Conflict.Statement::source).toList());
    }

    @Test
    void theNumberOfSomethingThatHasRisenCountsItWithItsReportsOtherCounts() {
        // A fresh user's story: the Friday report's "has risen to 38" had been left out, and the night's seven
        // arrests it also gave were set against the running totals as a contradiction.
        List<Conflict> found = detect(
                stamped("a.txt", "Wednesday 14 May 2031, 18:00", "Police said 31 people had been arrested in "
                        + "Riverton since the protests began."),
                stamped("b.txt", "Friday 16 May 2031, 09:00", "The number of people arrested in Riverton since the "
                        + "protests began has risen to 38, up from 31, police said. Seven people were arrested in "
                        + "Riverton overnight, most of them for throwing stones."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.UPDATE, found.get(0).kind());
        assertTrue(found.get(0).statements().stream().anyMatch(st -> st.value().equals("38")), found.toString());
    }

    @Test
    void theNumberOfCancelledOperationsHavingRisenCountsOperationsCancelled() {
        // A fresh strike story's "the number of cancelled operations having risen to 610" had been operations that
        // rose, and "The hospital group says 340 planned operations have been cancelled" operations hospitalised:
        // its update from 340 went unreported.
        List<Conflict> found = detect(
                stamped("a.txt", "Tuesday 11 March 2031, 08:05", "The group said 340 operations had been cancelled "
                        + "in Harwick for Tuesday alone."),
                stamped("b.txt", "Tuesday 11 March 2031, 12:40", "The hospital group says 340 planned operations "
                        + "have been cancelled in Harwick today."),
                stamped("c.txt", "Wednesday 12 March 2031, 07:30", "The strike enters its second day in Harwick, "
                        + "with the number of cancelled operations having risen to 610, up from 340 on Tuesday."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(found), found.toString());
        assertEquals(List.of("a.txt", "b.txt", "c.txt"), found.get(0).statements().stream()
                .map(Conflict.Statement::source).sorted().toList(), found.toString());
    }

    @Test
    void aShareBeforeItsNounOrAfterAtOrOfIsThatNounsValue() {
        // A fresh strike story's turnouts ("a 68% turnout", "with turnout at just 52%", "a turnout of 61%") and pay
        // offers ("a 4.5% pay rise", "a measly 3% pay rise") had gone unreported.
        List<Conflict> found = detect(
                stamped("a.txt", "Tuesday 11 March 2031, 08:05", "Ballot figures show a 68% turnout among the "
                        + "eligible members in Harwick."),
                stamped("b.txt", "Tuesday 11 March 2031, 09:30", "Barely half of members bothered to vote in Harwick, "
                        + "with turnout at just 52%."),
                stamped("c.txt", "Tuesday 11 March 2031, 12:40", "The Harwick ballot recorded a turnout of 61%."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found),
                found.toString());
        assertEquals(List.of("52%", "61%", "68%"), found.get(0).statements().stream().map(Conflict.Statement::value)
                .sorted().toList());
        List<Conflict> pay = detect(
                stamped("a.txt", "Tuesday 11 March 2031, 08:05", "The group's latest offer in Harwick is a 4.5% pay "
                        + "rise for the current year."),
                stamped("b.txt", "Tuesday 11 March 2031, 09:30", "Bosses in Harwick are offering staff a measly 3% "
                        + "pay rise."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(pay), pay.toString());
    }

    @Test
    void aWordAfterAnArticleOrAPrepositionIsNoVerb() {
        // "on the rocks" is no rocking: 40 seabirds found on the rocks and 90 seabirds "rocked" in a gale are not
        // one count.
        assertEquals(List.of(), detect(
                doc("a.txt", "Some 40 seabirds on the rocks in Riverton were covered in oil."),
                doc("b.txt", "Some 90 seabirds rocked on the waves in Riverton during the gale.")));
    }

    @Test
    void aRoundedBoundAgreesWithTheFigureItRoundsButNotWithALaterCount() {
        Document before = stamped("a.txt", "Monday 13 October 2031, 18:00", "More than 40 people were injured by the "
                + "storm, officials said.");
        assertEquals(List.of(), detect(before, stamped("b.txt", "Tuesday 14 October 2031, 09:00", "A total of 43 "
                + "people were injured by the storm, officials said.")));
        List<Conflict> found = detect(before, stamped("b.txt", "Tuesday 14 October 2031, 09:00", "A total of 57 "
                + "people were injured by the storm, officials said."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.UPDATE, found.get(0).kind());
    }

    @Test
    void aCountAlreadyRisingThatEveningGoesOnRisingLaterThatNight() {
        List<Conflict> found = detect(
                stamped("a.txt", "Tuesday 14 October 2031, 18:30", "The number of people killed by the storm has "
                        + "risen to 23, officials said."),
                stamped("b.txt", "Tuesday 14 October 2031, 22:10", "Officials said 26 people have been killed by "
                        + "the storm."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(found), found.toString());
    }

    @Test
    void aLowerCountHoursAfterARevisionThatDayContradictsIt() {
        // 41 "up from 23" at 09:00 and 38 at 13:00: the revision is no update of a count given after it.
        List<Conflict> found = detect(
                stamped("a.txt", "Monday 9 March 2026, 18:00", "Twenty-three people were taken to hospital after the "
                        + "storm, officials said."),
                stamped("b.txt", "Tuesday 10 March 2026, 09:00", "The number of people taken to hospital after the "
                        + "storm has risen to 41, up from 23, officials said."),
                stamped("c.txt", "Updated: 10 March 2026, 13:00", "Thirty-eight people have been taken to hospital "
                        + "since the storm, officials said."));
        Conflict contradiction = found.stream().filter(c -> c.kind() == Conflict.Kind.CONTRADICTION).findFirst()
                .orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals(java.util.Set.of("b.txt", "c.txt"), contradiction.statements().stream()
                .map(Conflict.Statement::source).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void peopleCountedInAStateTheirAdjectiveSaysAreOneCountHoweverWorded() {
        // A fresh user's recall story: "14 people reported ill" and "left 21 people ill" were no count at all, and
        // "fell sick" is the same state in other words.
        List<Conflict> found = detect(
                doc("a.txt", "The firm recalled the batch on Tuesday, with 14 people reported ill so far."),
                doc("b.txt", "A bug-ridden batch of houmous left 21 people ill, including a little girl."),
                doc("c.txt", "At least 18 people fell sick after eating the houmous, officials said."));
        assertEquals(1, found.size(), found.toString());
        assertEquals("people ill overall", found.get(0).topic());
        assertEquals(3, found.get(0).statements().size(), found.toString());
    }

    @Test
    void anAdjectiveBeforeANounOrAnInfinitiveSaysNoState() {
        assertEquals(List.of(), detect(
                doc("a.txt", "Some 200 people were able to leave the building before the fire spread."),
                doc("b.txt", "About 300 people were able to leave the building, firefighters said.")));
        // A fresh user's march had been headed "people finished": "through" has a rare adjective sense (finished),
        // but is used mostly as an adverb. What the marchers did is their verb's.
        List<Conflict> marched = detect(
                doc("a.txt", "About 40,000 people marched through central Kestrelbridge on Saturday."),
                doc("b.txt", "Thousands of people have marched through Kestrelbridge today, police said."));
        assertTrue(marched.stream().noneMatch(c -> c.topic().contains("finished")), marched.toString());
        // A verb of its own between the counted and an adjective is what happened to them: trapped underground is
        // no count of those underground.
        assertEquals(List.of(), detect(
                doc("a.txt", "Twenty-three coal miners were trapped underground on Monday, the operator said."),
                doc("b.txt", "Of the 112 miners underground on Monday morning, 89 escaped on their own.")));
    }

    @Test
    void anUnfamiliarCountThatIsWhatItsVerbSaysHappenedIsComparedAcrossReports() {
        // "Cars" is no word of the lexicon, but "Fourteen tanker cars derailed" and "Eleven cars derailed" count what
        // happened, which a fresh operator's two reports gave differently: never compared before.
        List<Conflict> found = detect(
                doc("a.txt", "Fourteen tanker cars derailed when the train left the track, officials said."),
                doc("b.txt", "Eleven cars derailed, the railway said in a statement."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
        assertEquals("cars derailed overall", found.get(0).topic());
    }

    @Test
    void aRateOrACountThatIsNotTheVerbsSubjectIsNoCountOfWhatHappened() {
        assertEquals(List.of(), detect(
                doc("a.txt", "Between midnight and midnight, 133 million text messages were sent."),
                doc("b.txt", "Every day 78 million messages are sent, officials said.")));
        assertEquals(List.of(), detect(
                doc("a.txt", "Campese, a veteran of 101 international caps, said the side would win."),
                doc("b.txt", "Castaignede, a veteran of 43 international caps, admitted the side would lose.")));
        assertEquals(List.of(), detect(
                doc("a.txt", "The striker scored six goals in nine games and won the cup."),
                doc("b.txt", "His rival scored four goals in nine games and won the league.")));
    }

    @Test
    void aHeadlineTyingItsReportsFigureToAPlaceTakesPartInTheConflictItsTextDoes() {
        // "Three killed in Portaskel blast" is tied to Portaskel; the text's untied "Three people were killed" is the
        // side quoted. An answer quoting the headline had shown no conflict.
        Document a = titled("a.txt", "Three killed in Portaskel blast", "Three people were killed when a "
                + "warehouse exploded on Saturday night, police said. Governor Anna Berg of the Norland region and "
                + "Mayor Tom Hale spoke in Riverton on Monday, Reuters reported.");
        Document b = doc("b.txt", "Two people died when a warehouse exploded on Saturday night, the fire service said.");
        ConflictDetector detector = ConflictDetector.of(new Corpus(Path.of("."), List.of(a, b), List.of()));
        assertEquals(1, detector.conflicts().size(), detector.conflicts().toString());
        assertEquals(detector.conflicts(), detector.about("a.txt", 0), "the headline's conflict");
    }

    @Test
    void oneFineInTwoSumsContradictsButTwoFinesOfOthersDoNot() {
        List<Conflict> found = detect(
                stamped("a.txt", "Monday 10 March 2025, 09:00", "The company paid a penalty of 45,000 crowns in 2022 "
                        + "after an inspection found drums of chemicals beside fuel tanks."),
                stamped("b.txt", "Tuesday 11 March 2025, 09:00", "The company was fined 180,000 crowns in 2022 after "
                        + "inspectors found drums of chemicals stacked beside fuel tanks."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found),
                "a fine is set once: a later report's other sum contradicts it, " + found);
        List<Conflict> dated = detect(
                doc("a.txt", "Records show the company was fined £45,000 in 2029 for storing fireworks in the shed."),
                doc("b.txt", "The company was fined £75,000 in 2029 for storing fireworks beyond its licence."));
        assertEquals(1, dated.size(), "\"in 2029\" after a sum is its year, not a ratio like \"one in four\"");
        assertEquals(List.of(), detect(
                doc("a.txt", "The current maximum fine stands at $32,500, the regulator said."),
                doc("b.txt", "Viacom has five days to pay the $3.5m fine, according to the agreement.")),
                "whose fine it is, the clauses' other words tell");
    }

    @Test
    void aSumKnownByItsNounIsThatNounsAndRevisedOnALaterDay() {
        // Fresh users' manhunt and ransomware stories: a reward and a recovery cost, which no lexicon event names.
        List<Conflict> reward = detect(
                stamped("a.txt", "Monday 10 March 2025, 09:00", "The department is offering a reward of $25,000 for "
                        + "information leading to the arrest of the men still at large."),
                stamped("b.txt", "Monday 10 March 2025, 09:00", "The department has put up a $20,000 reward for "
                        + "information leading to the recapture of the remaining fugitives."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(reward), reward.toString());
        List<Conflict> cost = detect(
                stamped("a.txt", "Wednesday 12 March 2025, 09:00", "Early estimates put the cost of recovery at "
                        + "£3 million, a figure that excludes lost income."),
                stamped("b.txt", "Thursday 13 March 2025, 09:00", "The council now estimates the cost of the attack "
                        + "at £6.8 million, including replacement hardware and staff overtime."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(cost), "an estimate is made again: " + cost);
        List<Conflict> refunded = detect(
                stamped("a.txt", "Wednesday 12 March 2025, 09:00", "It has refunded £180,000 to customers so far."),
                stamped("b.txt", "Thursday 13 March 2025, 09:00", "The bank has refunded £640,000 to customers to "
                        + "date."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(refunded), "a verb whose noun is a sum: " + refunded);
        assertEquals(List.of(), detect(
                doc("a.txt", "A Series of Unfortunate Events took $30.2m in its debut weekend at the box office."),
                doc("b.txt", "The film took $22.7m in its first three days of release at the box office.")),
                "a verb used mostly as one names no sum: two films' takings");
        assertEquals(List.of(), detect(
                doc("a.txt", "Against the yen the dollar was trading down at $103.05."),
                doc("b.txt", "The dollar was trading at $1.3652 versus the euro on Friday morning.")),
                "a currency is no sum's noun");
    }

    @Test
    void aCountAVerbRightBeforeTakesIsThatVerbsPastAHedgeAndWhateverFollows() {
        // A fresh user's bank outage: "centres" and "relating" after the complaints had keyed them as two things.
        List<Conflict> found = detect(
                stamped("a.txt", "Monday 9 March 2026, 11:40", "By late morning the bank had received more than 4,000 "
                        + "complaints through its call centres and social media, a spokesperson said."),
                stamped("b.txt", "Tuesday 10 March 2026, 18:00", "The bank has received 11,500 complaints relating to "
                        + "the disruption and is working to respond to each of them."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(found), found.toString());
    }

    @Test
    void countsOfWhatTwoNamedDoersDidAreTheirsButAnUnnamedDoerMayBeEither() {
        assertEquals(List.of(), detect(
                doc("a.txt", "Adriano has scored 14 goals in 20 Serie A appearances this season."),
                doc("b.txt", "Mutu scored six goals in his first five games after arriving at Stamford Bridge.")),
                "two players' goals (a BBC false alarm)");
        List<Conflict> recalled = detect(
                stamped("a.txt", "Monday 14 April 2025, 09:00", "Veltrane Pharmaceuticals has recalled 14 batches of "
                        + "its Palinex tablets after a solvent was found in the medicine."),
                stamped("b.txt", "Monday 14 April 2025, 09:00", "The company recalled a dozen batches of its Palinex "
                        + "tablets after a cleaning solvent was detected in the pills."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(recalled), recalled.toString());
    }

    @Test
    void aFineIsWhoeverTheClauseSayingWhatItWasForNames() {
        // A fresh user's sewage spill: "the company was fined £850,000 after sewage escaped from a storm overflow at
        // Eastfield" and "it received a £1.2m penalty after a storm overflow at Eastfield discharged" had been two
        // fines, their subjects "the company" and "it" sharing no word.
        List<Conflict> found = detect(
                doc("a.txt", "In 2028 the company was fined £850,000 after sewage escaped from a storm overflow at "
                        + "Eastfield and polluted a tributary of the Lenner."),
                doc("b.txt", "In 2028 it received a £1.2m penalty after a storm overflow at Eastfield discharged into "
                        + "a Lenner tributary in dry weather."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertEquals(List.of(), detect(
                doc("a.txt", "In 2028 the company was fined £850,000 after sewage escaped from a storm overflow at "
                        + "Eastfield and polluted a tributary of the Lenner."),
                doc("b.txt", "In 2028 it received a £1.2m penalty after chlorine leaked from tanks at its Marsh Road "
                        + "works.")), "another offence's fine");
    }

    @Test
    void aPrisonTermInYearsOrMonthsIsOneMeasureOfWhoeverServesIt() {
        // A fresh fraud story's "jailed for nine years" beside a tabloid's "caged for ten years" had gone unreported:
        // durations were all taken for times.
        List<Conflict> found = detect(
                doc("a.txt", "Local businessman Elliot Marchbank has been jailed for nine years over the investment "
                        + "scandal at Dunmarrow Crown Court."),
                doc("b.txt", "Fraudster Elliot Marchbank was caged for ten years today after fleecing pensioners."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertEquals("prison term (years)", found.get(0).topic());
        assertEquals(List.of(), detect(
                doc("a.txt", "Elliot Marchbank was sentenced to 18 months in prison for contempt of court."),
                doc("b.txt", "Elliot Marchbank was jailed for a year and a half for contempt of court.")),
                "18 months is a year and a half");
        assertEquals(List.of(), detect(
                doc("a.txt", "Elliot Marchbank was jailed for nine years over the investment scandal."),
                doc("b.txt", "Carla Dunne was jailed for four years over a separate pension scandal.")),
                "another prisoner's term");
        assertEquals(List.of(), detect(
                doc("a.txt", "Elliot Marchbank was jailed on Tuesday, nine years after the investment scandal began."),
                doc("b.txt", "Elliot Marchbank was jailed on Tuesday, eight years after the investment scandal began.")),
                "a time since is no term");
    }

    @Test
    void aPrisonTermIsOfTheNamesItsSentenceGivesBeforeItAndOfItsMonthsToo() {
        // A fresh user's corruption trial: Renick's four years against "three years and six months'" was read as
        // three years, and beside them came Orvell's seven, his name said before the clause of his sentence.
        List<Conflict> found = detect(
                doc("a.txt", "Tobias Renick, owner of the contractor Kestrel Baysworks, was sentenced to four years in "
                        + "prison for paying the bribes."),
                doc("b.txt", "The second defendant, Tobias Renick, was sentenced to three years and six months' "
                        + "imprisonment for active bribery."),
                doc("c.txt", "The council voted to strip Lucian Orvell of the mayoralty, two days after the suspended "
                        + "mayor was sentenced to seven years in prison for corruption."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertEquals(2, found.get(0).statements().size(), "Orvell's term is not Renick's: " + found);
        assertTrue(found.get(0).statements().stream().anyMatch(st -> st.value().equals("three years and six months")),
                found.toString());
        assertEquals(List.of(), detect(
                doc("a.txt", "Tobias Renick was sentenced to three years and six months in prison."),
                doc("b.txt", "Tobias Renick was sentenced to three and a half years in prison.")),
                "three years and six months are three and a half years");
    }

    @Test
    void theDayATermWasGivenIsNoPrisoner() {
        // A fresh user's fraud trial: a term "on Wednesday" was Wednesday's, incomparable with Tredgold's.
        List<Conflict> found = detect(
                doc("a.txt", "Malcolm Tredgold, the trust's former chief executive, was sentenced to six years and "
                        + "nine months on Wednesday."),
                doc("b.txt", "Mr Malcolm Tredgold was jailed for seven and a half years."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
    }

    @Test
    void aNumeralAfterACommonNounNamesWhichOneAndCountsNothing() {
        // A fresh user's snowstorm: "the driver who was found dead in his cab near junction 23" was set against the
        // toll of two as 23 killed.
        assertEquals(List.of(), detect(
                doc("a.txt", "The driver was found dead in his cab near junction 23 on Monday morning."),
                doc("b.txt", "Two people have died in the storm, police said on Monday.")));
        // A figure written oddly ("$110,00") is read with the rest of its sentence, not lost with it.
        List<Conflict> odd = detect(
                doc("a.txt", "Two people were killed on Monday, and suits sold for $110,00 (£59,000) at auction."),
                doc("b.txt", "Three people were killed in the storm on Monday, police said."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(odd), odd.toString());
        // After a preposition a numeral still counts, though WordNet has "at" as a noun (astatine).
        List<Conflict> found = detect(
                doc("a.txt", "The number of people killed in the storm stands at 3, police said on Monday."),
                doc("b.txt", "Two people have died in the storm, police said on Monday."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
    }

    @Test
    void aStateInAQuestionAReportTellsOfIsNoStatement() {
        // A fresh user's snowstorm: "Some drivers questioned why the road had not been closed earlier" had been read
        // as the road open, against "The motorway itself remains shut".
        assertEquals(List.of(), detect(
                doc("a.txt", "Some drivers questioned on Monday why the road had not been closed earlier."),
                doc("b.txt", "The road remains shut on Monday, the highways agency said.")));
        // Past the question's clause, the sentence states again.
        List<Conflict> found = detect(
                doc("a.txt", "Asked whether it was safe, the agency said on Monday the road had reopened."),
                doc("b.txt", "The road remains shut on Monday, the highways agency said."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
    }

    @Test
    void whatASumMovedByIsNotTheSum() {
        // A fresh user's council budget: "The council's funding from central government has fallen by £21 million"
        // had been set against "a package of £38.5 million in savings" as one sum of aid.
        assertEquals(List.of(), detect(
                doc("a.txt", "Councillors approved a package of £38.5 million in savings on Monday."),
                doc("b.txt", "The council's funding from central government has fallen by £21 million, officials said "
                        + "on Monday.")));
        List<Conflict> found = detect(
                doc("a.txt", "Councillors approved a package of £38.5 million in savings on Monday."),
                doc("b.txt", "Councillors approved a package of £42.5 million in savings on Monday, officials said."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
    }

    @Test
    void peopleAVerbWasDoneToAffirmWhatNoneOfTheirKindDenies() {
        // A fresh user's prison riot: "No prisoner has been charged" against "Three prisoners were charged" had not
        // met, the one singular and the other plural.
        List<Conflict> found = detect(
                doc("a.txt", "Three prisoners were charged on Monday with violent disorder."),
                doc("b.txt", "No prisoner has been charged in connection with the disturbance on Monday."));
        assertEquals(List.of("whether the prisoner was charged"), found.stream().map(Conflict::topic).toList(),
                found.toString());
        assertEquals(List.of(), detect(
                doc("a.txt", "Three guards were charged on Monday with misconduct."),
                doc("b.txt", "No prisoner has been charged in connection with the disturbance on Monday.")),
                "guards are not prisoners");
    }

    @Test
    void peopleCountedAsWhoSaidItCountNothingTheySay() {
        // A fresh user's prison riot: "…, two officers on duty that night said" had been set against "only 11
        // officers were on duty" as a second count of those on duty.
        assertEquals(List.of(), detect(
                doc("a.txt", "Its branch chairman said only 11 officers were on duty across the wing on Monday."),
                doc("b.txt", "No member of staff was taken hostage at any point on Monday, two officers on duty that "
                        + "night said.")));
        // A count the sentence goes on about is still one.
        List<Conflict> found = detect(
                doc("a.txt", "Its branch chairman said only 11 officers were on duty across the wing on Monday."),
                doc("b.txt", "On Monday, two officers were on duty across the wing, the union said."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
    }

    @Test
    void butOneOfThemIsOneSingledOutNotACount() {
        // A fresh user's prison riot: "Most of their injuries were minor, but one officer sustained a head injury"
        // had been an update of the injured from six officers to one.
        assertEquals(List.of(), detect(
                stamped("a.txt", "Monday 15 June 2026, 09:00", "Six officers were injured, the authority said."),
                stamped("b.txt", "Tuesday 16 June 2026, 09:00", "Nine members of staff were injured. Most of their "
                        + "injuries were minor, but one officer sustained a head injury and remains in hospital.")));
        List<Conflict> found = detect(
                stamped("a.txt", "Monday 15 June 2026, 09:00", "Six officers were injured, the authority said."),
                stamped("b.txt", "Tuesday 16 June 2026, 09:00", "Nine officers were injured, the authority said."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(found), found.toString());
    }

    @Test
    void theClockTimesOfOneEventToldWithOneVerbOnOneDayAreCompared() {
        // Fresh users' stories planted times that disagree in nearly every story: "The collision happened at 8.14am"
        // against "The crash happened at 8.27am", polls that "closed at 8 p.m." and "at 9 p.m." the same Tuesday.
        List<Conflict> found = detect(
                stamped("a.txt", "Monday 15 June 2026, 09:00", "The ferry capsized shortly after 4.15pm, the "
                        + "coastguard said."),
                stamped("b.txt", "Monday 15 June 2026, 21:00", "The ferry capsized at about 5.40pm with 91 people on "
                        + "board."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertEquals("time capsized", found.get(0).topic());
        // Times that may both be right agree: "shortly after 11am" and "approximately 11:05".
        assertEquals(List.of(), detect(
                stamped("a.txt", "Monday 15 June 2026, 09:00", "The ferry capsized shortly after 11am."),
                stamped("b.txt", "Monday 15 June 2026, 21:00", "The ferry capsized at approximately 11:05.")));
        // Two reopenings of two days, or of two things, are not two times of one.
        assertEquals(List.of(), detect(
                stamped("a.txt", "Tuesday 16 June 2026, 09:00", "The airport reopened at 6 a.m. for departures."),
                stamped("b.txt", "Wednesday 17 June 2026, 21:00", "The airport reopened at 7am on Wednesday.")));
        assertEquals(List.of(), detect(
                stamped("a.txt", "Tuesday 16 June 2026, 09:00", "The rail line reopened at 4 p.m. on Tuesday."),
                stamped("b.txt", "Tuesday 16 June 2026, 21:00", "Route 9 reopened at 6 a.m. on Tuesday.")));
        // A plan, or when something was said, is no time of the event.
        assertEquals(List.of(), detect(
                stamped("a.txt", "Monday 15 June 2026, 09:00", "The motorway will reopen at 6am, the agency said."),
                stamped("b.txt", "Monday 15 June 2026, 21:00", "The motorway will reopen at 9am, officials said.")));
        assertEquals(List.of(), detect(
                stamped("a.txt", "Monday 15 June 2026, 09:00", "The police said at 6pm that the ferry had capsized."),
                stamped("b.txt", "Monday 15 June 2026, 21:00", "The police said at 9pm that two people had died.")));
        // A fresh user's coalition deal: WordNet files "signed" as a verb of communication, but it dates an event.
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(detect(
                stamped("a.txt", "Tuesday 16 June 2026, 13:00", "The agreement was signed at 10:30 in the Guildhall."),
                stamped("b.txt", "Tuesday 16 June 2026, 15:00", "The agreement was signed at 11:15 in the Guildhall, "
                        + "officials said."))));
    }

    @Test
    void aCountAVerbTakesIsThatVerbsNotTheNextCoordinatedOnes() {
        // A fresh user's council budget: "closes seven branch libraries and cuts 420 jobs" had the libraries read as
        // what "cuts" did, compared only within their report.
        List<Conflict> found = detect(
                stamped("a.txt", "Tuesday 10 March 2026, 23:00", "The budget closes seven branch libraries and cuts "
                        + "420 jobs."),
                stamped("b.txt", "Tuesday 10 March 2026, 23:30", "The council closed nine branch libraries and axed "
                        + "420 jobs."));
        assertEquals(List.of("libraries closes overall"), found.stream().map(Conflict::topic).toList(), found.toString());
    }

    @Test
    void sumsPerPersonAreComparedOnlyWhenTheyAreTheSameThing() {
        // A fresh user's cruise outbreak: an average fare of $3,200 per person had been set against a cruise credit
        // of $570 per person.
        assertEquals(List.of(), detect(
                stamped("a.txt", "Tuesday 15 April 2025, 09:00", "The average fare for the two-week voyage was "
                        + "around $3,200 per person, the representative said."),
                stamped("b.txt", "Tuesday 15 April 2025, 18:00", "Halcyra has given guests a future cruise credit "
                        + "of $570 per person.")));
        // Two credits differ; a sum that does not say what it is may be either (the rail corpus's compensation).
        List<Conflict> found = detect(
                stamped("a.txt", "Tuesday 15 April 2025, 09:00", "Guests were offered a future cruise credit of "
                        + "$750 per person."),
                stamped("b.txt", "Tuesday 15 April 2025, 18:00", "Halcyra has given guests a future cruise credit "
                        + "of $570 per person."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        found = detect(
                stamped("a.txt", "Tuesday 15 April 2025, 09:00", "Grenrail chief executive Viktor Amsel said the "
                        + "company would pay €25,000 for each bereaved family."),
                stamped("b.txt", "Tuesday 15 April 2025, 18:00", "Grenrail has offered compensation of 10,000 euros "
                        + "per family."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
    }

    @Test
    void aJourneysLengthIsHowFarNotAThingsSize() {
        // Fresh users' hospital cyberattack and council budget: "a 52-mile journey from Kestleford" against "some 38
        // miles from Kestleford", "a two-mile bus ride away" against "almost five miles away".
        List<Conflict> found = detect(
                stamped("a.txt", "Wednesday 15 October 2025, 09:00", "Patients are taken to Orrinford General "
                        + "Hospital, some 38 miles from Kestleford."),
                stamped("b.txt", "Wednesday 15 October 2025, 18:00", "Most were diverted to Orrinford General "
                        + "Hospital, a 52-mile journey from Kestleford."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        found = detect(
                stamped("a.txt", "Wednesday 11 March 2026, 09:00", "The nearest branch will be Kingsmere Central "
                        + "Library, a two-mile bus ride away."),
                stamped("b.txt", "Wednesday 11 March 2026, 18:00", "The nearest remaining branch will be Kingsmere "
                        + "Central Library in the city centre, almost five miles away."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        // A thing's own size is still its own: a 40-metre crane is no distance.
        assertEquals(List.of(), detect(
                stamped("a.txt", "Wednesday 15 October 2025, 09:00", "The 40-metre crane toppled near the station."),
                stamped("b.txt", "Wednesday 15 October 2025, 18:00", "The site is some 300 metres from the station.")));
    }

    @Test
    void aReportsOwnCountOfATallyIsItsHighestNotOneItLooksBackOn() {
        // A fresh user's budget protest: Wednesday's report said five had now been arrested and that "two people were
        // arrested on the night itself"; read as two, it was no update of Tuesday's two.
        List<Conflict> found = detect(
                stamped("a.txt", "Tuesday 10 March 2026, 23:00", "Police said two people had been arrested in "
                        + "Corporation Square."),
                stamped("b.txt", "Wednesday 11 March 2026, 12:00", "Two people were arrested on the night itself. "
                        + "The five people arrested have been released on bail."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(found), found.toString());
        assertTrue(found.get(0).statements().stream().anyMatch(st -> st.value().equals("five people")),
                found.toString());
    }

    @Test
    void clockTimesToldWithVerbsOfOneSenseAreOneEventsTimes() {
        // Earlier stories planted "the eruption began shortly after 3.40am" against "started at about 4.15am", and
        // "happened shortly after 6.40am" against "occurred at 6.12am": times are keyed by the verb's usual sense,
        // as counts are.
        List<Conflict> found = detect(
                stamped("a.txt", "Sunday 14 June 2026, 09:00", "The observatory said the eruption began shortly after "
                        + "3.40am local time."),
                stamped("b.txt", "Sunday 14 June 2026, 21:00", "The eruption started at about 4.15am, according to "
                        + "the observatory."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        found = detect(
                stamped("a.txt", "Monday 9 March 2026, 09:00", "The blast, which happened shortly after 6.40am, "
                        + "brought down the block."),
                stamped("b.txt", "Monday 9 March 2026, 21:00", "The explosion, which occurred at 6.12am, destroyed "
                        + "the block."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
    }

    @Test
    void aClockTimeToldWithoutItsDayTheMorningAfterMayBeOfTheDayBefore() {
        // An unseen marathon: Sunday's "stopped the race at 12.40pm" against Monday's "the race was stopped at
        // 12.15pm", which names no day, had been keyed to Monday and never compared.
        List<Conflict> found = detect(
                stamped("a.txt", "Sunday 14 June 2026, 18:00", "Organisers stopped the race at 12.40pm."),
                stamped("b.txt", "Monday 15 June 2026, 09:00", "The race was stopped at 12.15pm on the instruction "
                        + "of the medical officer."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertEquals("time stopped", found.get(0).topic());
        // A time whose sentence names its day is of that day; a state comes and goes, so a day-less reopening is
        // its report's own.
        assertEquals(List.of(), detect(
                stamped("a.txt", "Sunday 14 June 2026, 18:00", "Organisers stopped the race at 12.40pm."),
                stamped("b.txt", "Monday 15 June 2026, 09:00", "The race was stopped at 9.15am on Monday.")));
        assertEquals(List.of(), detect(
                stamped("a.txt", "Tuesday 16 June 2026, 09:00", "The airport reopened at 6 a.m. for departures."),
                stamped("b.txt", "Wednesday 17 June 2026, 21:00", "The airport reopened at 7am for departures.")));
        // Two reports of one day whose times name no day meet once, as that day's, not again as the day before's.
        found = detect(
                stamped("a.txt", "Monday 15 June 2026, 09:00", "The ferry capsized shortly after 4.15pm."),
                stamped("b.txt", "Monday 15 June 2026, 21:00", "The ferry capsized at about 5.40pm."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
    }

    @Test
    void releasedWithoutChargeDeniesTheChargeOfWhoeverWasReleased() {
        // A fresh user's bird flu outbreak: "the man arrested … had been released without charge" against "a
        // 52-year-old man … was charged" the same day had not been compared.
        List<Conflict> found = detect(
                doc("a.txt", "Police said the man arrested on Monday over the movement of ducks had been released "
                        + "without charge late on Monday night."),
                doc("b.txt", "Police said a 52-year-old man was charged late on Monday with moving poultry."));
        assertEquals(List.of("whether the man was charged"), found.stream().map(Conflict::topic).toList(),
                found.toString());
        // "Neither man has been charged" denies it too, and is no affirmation beside another denial.
        assertEquals(List.of(), detect(
                doc("a.txt", "Neither man has been charged, police said on Monday."),
                doc("b.txt", "Both men were released without charge late on Monday.")));
    }

    @Test
    void aFineSaidLastYearIsTheFineOfThatYearAnotherReportDates() {
        // A fresh mining story's "€95,000 fine last year" and "In 2024 … fined Braskel €410,000" had been two fines.
        List<Conflict> found = detect(
                stamped("a.txt", "Wednesday 15 October 2025, 09:00", "Braskel was hit with a €95,000 fine last year "
                        + "after inspectors found broken methane alarms in the mine."),
                stamped("b.txt", "Wednesday 15 October 2025, 11:00", "In 2024 the inspectorate fined Braskel €410,000 "
                        + "after finding that methane detectors had not been calibrated."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertEquals(List.of(), detect(
                stamped("a.txt", "Wednesday 15 October 2025, 09:00", "Braskel was hit with a €95,000 fine last year "
                        + "after inspectors found broken methane alarms in the mine."),
                stamped("b.txt", "Wednesday 15 October 2025, 11:00", "In 2023 the inspectorate fined Braskel €410,000 "
                        + "after finding that methane detectors had not been calibrated.")),
                "last year, said in 2025, is 2024, not 2023");
    }

    @Test
    void aSumKnownByItsUseIsOneWhateverNounItIsWrittenBefore() {
        // "a €12 million emergency package" and a package "worth €25 million" are one aid, not a package and an aid.
        List<Conflict> found = detect(
                stamped("a.txt", "Wednesday 15 October 2025, 09:00", "The government has announced a €12 million "
                        + "emergency package for families hit by the flood."),
                stamped("b.txt", "Wednesday 15 October 2025, 11:00", "The emergency package announced by the prime "
                        + "minister on Wednesday is worth €25 million, officials said."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
    }

    @Test
    void aYearInAClauseAfterTheFigureIsNotTheFiguresYear() {
        // A fresh user's trial story: "fined … £3.8 million after the firm was convicted of polluting the river in
        // August 2025" is the fine of the day, which another report of that day puts at £4.5 million.
        List<Conflict> found = detect(
                stamped("a.txt", "Friday 20 March 2026, 09:00", "A regional water company has been fined £4.5 million "
                        + "after the worst river pollution incident in a generation."),
                stamped("b.txt", "Friday 20 March 2026, 11:00", "The judge fined Westmere Water £3.8 million after the "
                        + "firm was convicted of polluting the river in August 2025."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
    }

    @Test
    void aShareThatIsItsSubjectsValueIsComparedWithinOneDay() {
        // A fresh user's election story: "Turnout was 34.2 per cent" and "Turnout across the city was 38 per cent",
        // both of the count's morning, had not been set against each other (shares were compared only as a lexicon
        // event's).
        List<Conflict> found = detect(
                stamped("a.txt", "Friday 8 May 2026, 07:00", "Turnout was 34.2 per cent, slightly up on 2022."),
                stamped("b.txt", "Friday 8 May 2026, 09:40", "Turnout across the city was 38 per cent, according "
                        + "to figures given to candidates."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertEquals("turnout (percent) overall", found.get(0).topic());
        assertEquals(List.of(), detect(
                stamped("a.txt", "Friday 8 May 2026, 07:00", "Inflation was 3.1 per cent, the statistics office said."),
                stamped("b.txt", "Monday 11 May 2026, 07:00", "Inflation was 2.8 per cent, the statistics office "
                        + "said.")), "a share moves from day to day, as a price does");
        assertEquals(List.of(), detect(
                stamped("a.txt", "Friday 8 May 2026, 07:00", "Officials said 34 per cent of ballots were counted."),
                stamped("b.txt", "Friday 8 May 2026, 09:40", "Officials said 38 per cent of ballots were counted.")),
                "a share with no subject before its linking verb is no subject's value");
    }

    @Test
    void aShareGivenInThePassiveIsItsSubjectsValue() {
        // A fresh user's by-election: "Turnout was confirmed at 48.9 per cent" had been no claim beside another
        // report's "Turnout was 52.4 per cent" of the same day.
        List<Conflict> found = detect(
                stamped("a.txt", "Friday 13 March 2026, 04:35", "Turnout was 52.4 per cent, the council said."),
                stamped("b.txt", "Friday 13 March 2026, 09:10", "Turnout was confirmed at 48.9 per cent, a figure "
                        + "election observers described as healthy for a by-election held in March."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertEquals("turnout (percent) overall", found.get(0).topic());
    }

    @Test
    void aNamedDoersDenialWithNoObjectMeetsTheAffirmationOfTheSameDoersVerb() {
        // A fresh user's election story: "Ms Okafor had not conceded" had been read as about nothing, beside "Helen
        // Okafor has conceded defeat" of the same morning.
        List<Conflict> found = detect(
                stamped("a.txt", "Friday 8 May 2026, 07:00", "Ms Okafor had not conceded when the result was "
                        + "announced."),
                stamped("b.txt", "Friday 8 May 2026, 09:40", "Independent candidate Helen Okafor has conceded defeat "
                        + "after losing by 212 votes."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertEquals("whether Okafor did concede", found.get(0).topic());
        assertEquals(List.of(), detect(
                stamped("a.txt", "Friday 8 May 2026, 07:00", "Mr Pryce had not conceded when the result was "
                        + "announced."),
                stamped("b.txt", "Friday 8 May 2026, 09:40", "Independent candidate Helen Okafor has conceded defeat "
                        + "after losing by 212 votes.")), "another doer's conceding is another claim");
        Document affirmed = stamped("b.txt", "Friday 8 May 2026, 09:40", "Independent candidate Helen Okafor has "
                + "conceded defeat after losing by 212 votes.");
        ConflictDetector detector = ConflictDetector.of(new Corpus(Path.of("."), List.of(affirmed), List.of()));
        List<Conflict> changed = detector.update(List.of(stamped("a.txt", "Friday 8 May 2026, 07:00",
                "Ms Okafor had not conceded when the result was announced.")), List.of());
        assertEquals(1, changed.size(), "a denial arriving later finds the affirmation by its doer's name: " + changed);
    }

    @Test
    void aCompoundIsWhatItsLastPartIsAndAnUnreadObjectMakesNoDoer() {
        // A fresh user's airline story: "has not ruled out a cyber-attack" had been read as about nothing.
        List<Conflict> found = detect(
                stamped("a.txt", "Tuesday 3 February 2026, 10:00", "Police have ruled out a cyber-attack."),
                stamped("b.txt", "Tuesday 3 February 2026, 18:00", "Police have not ruled out a cyber-attack."));
        assertEquals(List.of("whether ruling out cyber-attack stands"), found.stream().map(Conflict::topic).toList());
        assertEquals(List.of(), detect(
                stamped("a.txt", "Tuesday 3 February 2026, 10:00", "Quillan has ruled out a takeover."),
                stamped("b.txt", "Tuesday 3 February 2026, 18:00", "Quillan has not ruled out a Zorblax deal.")),
                "a verb with an object not read as one is not about its doer");
    }

    @Test
    void aPastTenseAfterANameAffirmsWhatAnotherReportOfTheDaySaysTheyRefused() {
        // A fresh user's airline story: "Quillan apologised to passengers" against "Marta Quillan refused to
        // apologise", both of the Monday.
        List<Conflict> found = detect(
                stamped("a.txt", "Monday 2 February 2026, 14:05", "Quillan apologised to passengers and said the "
                        + "airline would cover hotel costs."),
                stamped("b.txt", "Monday 2 February 2026, 21:30", "And tonight the airline's chief Marta Quillan "
                        + "refused to apologise, insisting the airline was the victim."));
        assertEquals(List.of("whether Quillan did apologise"), found.stream().map(Conflict::topic).toList());
        assertEquals(List.of(), detect(
                stamped("a.txt", "Monday 2 February 2026, 14:05", "The banned drug was found in the car."),
                stamped("b.txt", "Monday 2 February 2026, 21:30", "Police have not banned the drug.")),
                "a bare participle after no name is read as before: an adjective as often as a verb");
    }

    @Test
    void aParticipleBeforeTheCountedSaysWhatHappenedToThemAndAnAdjectivesPhraseIsNoComplement() {
        // A fresh user's airline story: "1,240 cancelled flights, up from 1,030" had said nothing happened, and
        // "cancelled in total" and "affected so far" had been keyed as cancelling a total and affecting far.
        List<Conflict> flights = detect(
                stamped("a.txt", "Tuesday 3 February 2026, 18:40", "The carrier says 1,030 flights have been cancelled "
                        + "in total since the system crashed."),
                stamped("b.txt", "Wednesday 4 February 2026, 10:00", "The failure has now led to 1,240 cancelled "
                        + "flights, up from 1,030 reported on Tuesday."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(flights), flights.toString());
        List<Conflict> passengers = detect(
                stamped("a.txt", "Tuesday 3 February 2026, 18:40", "Some 140,000 passengers have been affected so "
                        + "far, the company said."),
                stamped("b.txt", "Wednesday 4 February 2026, 10:00", "More than 190,000 passengers have now been "
                        + "affected since Monday, the company said."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(passengers),
                passengers.toString());
        List<Conflict> ill = detect(
                stamped("a.txt", "Tuesday 3 February 2026, 10:00", "Nine swimmers fell ill after the spill, the "
                        + "agency said."),
                stamped("b.txt", "Tuesday 3 February 2026, 18:00", "Twelve swimmers fell ill after the spill, the "
                        + "council said."));
        assertTrue(ill.size() == 1 && ill.get(0).topic().contains(" ill "),
                "an adjective right after the verb completes it: " + ill);
    }

    @Test
    void peopleAVerbSaysSomethingHappenedToRiseInLaterReportsButPeopleOnBoardDoNot() {
        // A fresh user's trial story: 63 ill on the 2nd and 87 on the 20th had been called a contradiction.
        List<Conflict> ill = detect(
                stamped("a.txt", "Monday 2 March 2026, 09:00", "Downstream, 63 people reported falling ill after "
                        + "swimming, the court heard."),
                stamped("b.txt", "Friday 20 March 2026, 18:00", "The court heard that 87 people fell ill after "
                        + "swimming at the beach."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(ill), ill.toString());
        List<Conflict> aboard = detect(
                stamped("a.txt", "Monday 2 March 2026, 09:00", "Exactly 300 people were on board the ferry, the "
                        + "operator said."),
                stamped("b.txt", "Wednesday 4 March 2026, 18:00", "Exactly 350 people were on board the ferry, the "
                        + "coastguard said."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(aboard),
                "where the counted were is a fixed fact: " + aboard);
    }

    @Test
    void aCountJoinedToAnotherByAndSharesItsPredicate() {
        // A fresh user's runway accident: "with 71 passengers and four crew on board" counted the crew on board and
        // the passengers by nothing; "operating SK2207 from Tarrow with 68 passengers on board" counted them by the
        // verb before "with", whose object they are not. The 71 and the 68 were never set side by side.
        List<Conflict> found = detect(
                stamped("a.txt", "Tuesday 17 September 2030, 07:30", "The Skelvin Air service, with 71 passengers "
                        + "and four crew on board, landed in a downpour."),
                stamped("b.txt", "Wednesday 18 September 2030, 10:00", "The aircraft was operating SK2207 with 68 "
                        + "passengers on board when it landed in heavy rain."));
        assertEquals(List.of("people on board"), found.stream().map(Conflict::topic).map(t -> t.replace(" overall", ""))
                .toList(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
        // A participle right before the figure takes it as its object: the plane carrying them overshot, they did not.
        List<Conflict> carried = detect(
                stamped("a.txt", "Monday 16 September 2030, 21:40", "A turboprop carrying 68 passengers and four crew "
                        + "overshot the runway."),
                stamped("b.txt", "Tuesday 17 September 2030, 13:15", "About 90 passengers overshot the runway."));
        assertEquals(List.of(), carried, "carried is not overshot: " + carried);
    }

    @Test
    void aKindOfHospitalIsAHospitalAndSomeOfTheInjuredAreNoCountOfTheInjured() {
        // A fresh user's stadium story: "Twelve of the injured were taken to Brackenford Royal Infirmary" had been
        // counted as injured, and "Fourteen were rushed to Brackenford Royal Infirmary" as nothing.
        List<Conflict> found = detect(
                stamped("a.txt", "Saturday 11 April 2026, 22:15", "Thirty-one people were injured in the crush. "
                        + "Twelve of the injured were taken to the Royal Infirmary, the ambulance service said."),
                stamped("b.txt", "Saturday 11 April 2026, 23:40", "Fourteen were rushed to the Royal Infirmary in a "
                        + "fleet of ambulances."));
        assertEquals(List.of("people hospitalised overall"), found.stream().map(Conflict::topic).toList(),
                found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
    }

    @Test
    void aShareOfANounIsOfWhatBefellThatNounNotPartOfAGroupTheEventNames() {
        // A fresh user's eruption: "about 45 per cent of households lost power" had been read as part of a group,
        // as "Twelve of the injured" is, and so as nothing.
        List<Conflict> found = detect(
                stamped("a.txt", "Tuesday 15 October 2024, 08:30", "Some 60 per cent of homes on the island were "
                        + "left without power on Monday night."),
                stamped("b.txt", "Tuesday 15 October 2024, 11:00", "Across the island, 45 per cent of "
                        + "households lost power on Monday night, engineers said."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
    }

    @Test
    void publishedDatesOrderReportsTheirTextDoesNotAndEachSideKeepsItsOrigin() {
        Origin later = new Origin("https://example.org/storm-2", "Example News", Instant.parse("2026-12-02T08:00:00Z"));
        Origin earlier = new Origin("https://wire.example/storm", "Wire", Instant.parse("2026-12-01T18:00:00Z"));
        String a = STORY + "Seventeen people were killed by the storm, officials said.";
        String b = STORY + "Fifteen people were killed by the storm, officials said.";
        // Both texts say only "on Monday": without their published dates they are of one day and contradict.
        List<Conflict> found = detect(
                new Document("a.md", "Storm", a, "a", SentenceSplitter.split("a.md", a), null, later),
                new Document("b.md", "Storm", b, "b", SentenceSplitter.split("b.md", b), null, earlier));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.UPDATE, found.get(0).kind());
        List<Conflict.Statement> sides = found.get(0).statements();
        assertEquals(List.of("b.md", "a.md"), sides.stream().map(Conflict.Statement::source).toList());
        assertEquals(List.of(earlier, later), sides.stream().map(Conflict.Statement::origin).toList());
    }

    @Test
    void aRegionsTollIsNotComparedWithTheNationalToll() {
        assertEquals(List.of(), detect(
                doc("a.txt", "At least 20 people were killed across the country."),
                doc("b.txt", "Three people were killed in the Norland region.")));
    }

    @Test
    void differentMeasuresSharingANumberAreNotAConflict() {
        assertEquals(List.of(), detect(
                doc("a.txt", "Some 40,000 residents were evacuated from Riverton."),
                doc("b.txt", "Power was restored to all but 40,000 homes in Riverton."),
                doc("c.txt", "About 30,000 homes were left without power in the Norland region.")));
    }

    @Test
    void anIntactFacilityAndACrackedOneContradict() {
        List<Conflict> found = detect(
                doc("a.txt", "The dam is intact, the ministry said after engineers inspected it."),
                doc("b.txt", "An engineer at the site said the dam was cracked and should be drained."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
        assertEquals("whether the dam is damaged", found.get(0).topic());
        assertEquals(List.of(), detect(
                doc("a.txt", "The dam is intact, the ministry said after engineers inspected it."),
                doc("b.txt", "Engineers said the dam was not damaged by the storm.")), "the same state in other words");
    }

    @Test
    void aRoadStillClosedHoursAfterAReportItReopenedContradictsIt() {
        // Every report of the day counts: the night's closure is updated by the reopening, but the later "remained
        // closed" is at odds with it (a fresh user's Harbour Road had been an update, its sides out of order).
        List<Conflict> found = detect(
                stamped("a.txt", "Sunday 9 May 2032, 01:20", "Police have closed the Riverton road to traffic."),
                stamped("b.txt", "9 May 2032 · 09:30", "The Riverton road reopened at 7am after engineers checked it."),
                stamped("c.txt", "9 May 2032 — 10:15", "The Riverton road remained closed on Sunday morning."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION, Conflict.Kind.UPDATE),
                kinds(found), found.toString());
        assertEquals(List.of("b.txt", "c.txt"), sources(found.get(0)));
        assertEquals(List.of("a.txt", "b.txt"), sources(found.get(1)), "the night's closure, then the reopening");
    }

    private static List<Conflict.Kind> kinds(List<Conflict> found) {
        return found.stream().map(Conflict::kind).toList();
    }

    private static List<String> sources(Conflict c) {
        return c.statements().stream().map(Conflict.Statement::source).toList();
    }

    @Test
    void emergencyFundsAndFundingAreAidAndACurrencysCodeIsQuotedWithItsSum() {
        // Fresh users' landslide, wildfire and earthquake: "released EUR 2.5 million in emergency funds" had been no
        // aid, and missed the "EUR 4 million emergency package" of the same day.
        List<Conflict> found = detect(
                published("a.txt", "2031-10-15T09:00:00Z", "The provincial government released EUR 2.5 million in "
                        + "emergency funds for rescue operations."),
                published("b.txt", "2031-10-15T18:00:00Z", "A EUR 4 million emergency package announced on "
                        + "Wednesday is intended to cover the rescue operation."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found),
                found.toString());
        assertEquals(List.of("EUR 2.5 million", "EUR 4 million emergency"),
                found.get(0).statements().stream().map(Conflict.Statement::value).toList());
    }

    @Test
    void aPlaceAfterTheVerbWithItsArticleDoesNotCompleteIt() {
        // A fresh user's warehouse collapse: "twelve fire engines were sent to the site" had been keyed "sent site",
        // apart from "had sent more than 20 fire engines to the scene"; a prison escape's staff suspended "pending
        // the outcome" apart from those suspended "while the circumstances are investigated".
        List<Conflict> engines = detect(
                published("a.txt", "2029-10-16T14:30:00Z", "The fire service said it had sent more than 20 fire "
                        + "engines to the scene."),
                published("b.txt", "2029-10-16T19:45:00Z", "In all, twelve fire engines were sent to the site, the "
                        + "fire service confirmed."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(engines),
                engines.toString());
        // A bare noun still completes its verb: "taken to hospital" is not "taken".
        List<Conflict> hospital = detect(
                published("a.txt", "2029-10-16T14:30:00Z", "Nine people were taken to hospital."),
                published("b.txt", "2029-10-16T19:45:00Z", "Twelve people were taken to the stadium."));
        assertEquals(List.of(), hospital, hospital.toString());
    }

    @Test
    void aPhrasePlacingTheCountedBeforeTheirVerbKeepsThemItsSubject() {
        // A fresh user's oil spill: "Nine beaches along the Carrowick coast are now closed" had been compared only
        // within its report, and missed Tuesday's six as an update.
        List<Conflict> found = detect(
                published("a.txt", "2030-10-15T16:00:00Z", "Six beaches are now closed to the public."),
                published("b.txt", "2030-10-16T14:00:00Z", "Nine beaches along the Carrowick coast are now closed, "
                        + "and oil has reached 45 kilometres of shoreline."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(found), found.toString());
        // A phrase with a figure in it is no place of the counted: "six goals in nine games" is not the subject of
        // what follows.
        assertEquals(List.of(), detect(
                published("a.txt", "2030-10-15T16:00:00Z", "Six goals in nine games were scored by Varga."),
                published("b.txt", "2030-10-16T14:00:00Z", "Eight goals were scored by Varga.")));
    }

    @Test
    void theNumberOfThoseWhoHadSomethingHappenAndACountBroughtToItsValueAreCounts() {
        // A fresh user's cruise ship: "The number of passengers who have fallen ill has now reached 263" had been no
        // count, so Monday's count had nothing to be updated by.
        List<Conflict> ill = detect(
                stamped("a.txt", "Monday 16 June 2031, 18:05", "The number of passengers who have fallen ill has "
                        + "risen to 186."),
                stamped("b.txt", "Wednesday 18 June 2031, 09:00", "The number of passengers who have fallen ill has "
                        + "now reached 263, health officials said."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(ill), ill.toString());
        // An earlier fresh user's data breach: "bringing the number of people arrested so far to two" had been none.
        List<Conflict> arrested = detect(
                stamped("a.txt", "Wednesday 12 March 2031, 10:00", "The man held since Monday night is still being "
                        + "questioned, bringing the number of people arrested so far to two."),
                stamped("b.txt", "Thursday 13 March 2031, 10:00", "Police can confirm that three people have now been "
                        + "arrested in connection with the incident."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(arrested),
                arrested.toString());
    }

    @Test
    void aPastTenseAfterTheSubjectAndATimeAffirms() {
        // A fresh user's flash flood: "prosecutors on Monday charged Pinecrest" had not been read against "No charges
        // have been brought against the operator" the same day.
        List<Conflict> found = detect(
                published("a.txt", "2029-07-17T09:00:00Z", "Ostmark County prosecutors on Monday charged Pinecrest "
                        + "with two counts of breaching the safety code."),
                published("b.txt", "2029-07-17T18:00:00Z", "No charges have been brought against the operator, a "
                        + "spokesman for the prosecutor's office confirmed on Tuesday."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found),
                found.toString());
    }

    @Test
    void aReporterDenyingWithItAndASubjectPastItsRelativeClauseAreRead() {
        // A fresh user's stadium crush: the council "has suspended the ground's safety certificate" at 10:00 and
        // "said on Monday afternoon that it had not suspended Ferris Lane's safety certificate" at 16:30.
        List<Conflict> found = detect(
                stamped("a.txt", "Monday 9 November 2026, 10:00", "Brackwater Borough Council, which issues the "
                        + "ground's general safety certificate, has suspended the ground's safety certificate pending "
                        + "a full inspection."),
                stamped("b.txt", "Monday 9 November 2026, 16:30", "Brackwater Borough Council said on Monday "
                        + "afternoon that it had not suspended Ferris Lane's safety certificate."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found),
                found.toString());
        assertTrue(found.get(0).topic().contains("certificate"), found.toString());
        // A fresh user's tower fire: "confirmed", though WordNet's first sense of it is no saying, opens the clause of
        // its subject's "they".
        List<Conflict> arrested = detect(
                doc("a.txt", "Harrowmere Police confirmed they had arrested a 34-year-old man on suspicion of arson."),
                doc("b.txt", "Harrowmere Police stressed that no one has been arrested."));
        assertEquals(List.of("whether anyone was arrested"), arrested.stream().map(Conflict::topic).toList());
    }

    @Test
    void aStateThatHasHeldSinceAnEarlierDayDidNotBeginInTheOtherReportsAfternoon() {
        // A fresh user's landslide: "has been open to four-wheel-drive emergency vehicles since Tuesday afternoon"
        // (13:30 on Wednesday) had been no state, then read as a change after the 09:00 "remains closed".
        List<Conflict> found = detect(
                stamped("a.txt", "Wednesday 15 October 2031, 09:00", "The Pellin Pass forestry track remains closed "
                        + "to all traffic."),
                stamped("b.txt", "Wednesday 15 October 2031, 13:30", "The old forestry track over the Pellin Pass has "
                        + "been open to four-wheel-drive emergency vehicles since Tuesday afternoon."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found),
                found.toString());
    }

    @Test
    void whatAVerbKeepsOpenAndWhatAreOpenNowAreStates() {
        // A fresh user's bank outage: "kept its flagship branch … open" had been no state, and the "shut" branch
        // contradicted nothing; a tornado's "All … roads in the county are open" on Thursday updates Wednesday's.
        List<Conflict> kept = detect(
                doc("a.txt", "The bank kept its flagship branch on Harle Street open on Tuesday."),
                doc("b.txt", "The bank's main branch on Harle Street was shut on Tuesday morning."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(kept),
                kept.toString());
        assertTrue(kept.get(0).topic().contains("branch"), "the branch was kept open, not the bank: " + kept);
        List<Conflict> roads = detect(
                stamped("a.txt", "Wednesday 15 May 2030, 08:10", "The highway remained closed between Pellham Cross "
                        + "and Marlow Bend."),
                stamped("b.txt", "Thursday 16 May 2030, 09:00", "All state and county roads in the county are "
                        + "open."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(roads), roads.toString());
    }

    @Test
    void wasOpenIsAStateButNotInAClauseOfTime() {
        // A fresh user's hospital hack: "was closed on Tuesday" and "was open as normal" on the same Tuesday had
        // not met, "was open" being read as no state.
        List<Conflict> found = detect(
                doc("a.txt", "The minor injuries unit at Pellingford Community Hospital was closed on Tuesday."),
                doc("b.txt", "The minor injuries unit at Pellingford Community Hospital was open as normal on "
                        + "Tuesday."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        List<Conflict> polls = detect(
                doc("a.txt", "Queues formed at the Harle Street polling station while the station was open."),
                doc("b.txt", "The Harle Street polling station was closed on Thursday after a flood."));
        assertEquals(List.of(), polls, "while it was open says when, not whether: " + polls);
        // A fresh user's exchange outage: "the cost of hedging positions while the market was closed" had made the
        // market's reopening an update from open to closed.
        List<Conflict> market = detect(
                doc("a.txt", "The Tallen market reopened at 2.15pm on Tuesday, the exchange said."),
                doc("b.txt", "Brokers put the cost of hedging positions while the Tallen market was closed at 40 "
                        + "million crowns, analysts said on Tuesday."));
        assertEquals(List.of(), market, "while it was closed says when, not whether: " + market);
    }

    @Test
    void aStatesSubjectIsPastAPhraseOpeningTheSentenceAndTheHeadOfTwoJoinedModifiers() {
        // A fresh user's hospital hack had "Despite the disruption, the accident and emergency department … stayed
        // open" as the disruption's state, and "was shut" as the accident's: the department's both.
        List<Conflict> found = detect(
                doc("a.txt", "Despite the disruption, the accident and emergency department at Halvercombe Royal "
                        + "Infirmary stayed open throughout Monday, a spokesperson said."),
                doc("b.txt", "The accident and emergency department at Halvercombe Royal Infirmary was shut to new "
                        + "arrivals for most of Monday."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertTrue(found.get(0).topic().contains("department"), found.get(0).topic());
    }

    @Test
    void powerCutOrKnockedOutToHomesOrPropertiesIsACountOfThoseLeftWithoutIt() {
        // A fresh user's balloon crash: "knocked out electricity to about 1,200 homes" and "cut electricity to some
        // 3,400 properties" the same morning had been a count of homes "knocked" and no count at all.
        List<Conflict> found = detect(
                doc("a.txt", "The collision knocked out electricity to about 1,200 homes in Brennock on Saturday."),
                doc("b.txt", "Westhallow Grid said the strike cut electricity to some 3,400 properties in Brennock on "
                        + "Saturday."));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).topic().contains("without power"), found.get(0).topic());
    }

    @Test
    void homesStillWithoutPowerAreNoCountOfThoseThatLostIt() {
        // A fresh user's blackout: "Some 64,000 homes were still without power at 6am on Tuesday" had contradicted
        // "At the peak of the outage, nearly 240,000 homes … lost power".
        List<Conflict> found = detect(
                doc("a.txt", "Some 64,000 homes in Carrowford were still without power at 6am on Tuesday."),
                doc("b.txt", "At the peak of the outage on Tuesday, nearly 240,000 homes in Carrowford lost power."),
                doc("c.txt", "About 12,000 homes in Carrowford remained without power on Tuesday."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertTrue(found.get(0).statements().stream().noneMatch(s -> s.source().equals("b.txt")), found.toString());
    }

    @Test
    void thoseWhoLeftHospitalAndOneOfTheWorstAreNoCountOfTheHospitalised() {
        // A fresh user's coach crash had "19 of the injured have now left hospital" update "three people were flown
        // to hospital", and a hospital hack its "one of the most disruptive cyber incidents to hit a regional hospital
        // group" contradict a count of patients taken to hospital.
        List<Conflict> found = detect(
                stamped("a.txt", "Tuesday 16 September 2031, 22:15", "Three people were flown by helicopter to the "
                        + "hospital in Calvath after the crash."),
                stamped("b.txt", "Thursday 18 September 2031, 09:00", "In Calvath, 19 of the injured have now left "
                        + "hospital, a spokeswoman said."),
                stamped("c.txt", "Wednesday 17 September 2031, 10:00", "The crash in Calvath is one of the most "
                        + "serious accidents to hit a regional hospital service in years."));
        assertEquals(List.of(), found, found.toString());
    }

    @Test
    void aCountDescribedByAParticipleIsCountedByTheVerbAfterIt() {
        // A fresh user's hospital hack: "About 120 operations scheduled for Monday were called off" had counted
        // operations scheduled, never meeting "More than 200 planned operations were cancelled on Monday".
        List<Conflict> found = detect(
                doc("a.txt", "More than 200 planned operations were cancelled in Halvercombe on Monday."),
                doc("b.txt", "About 120 operations scheduled in Halvercombe for Monday were called off, a source "
                        + "said."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
    }

    @Test
    void aStateReportedByAFacilityIsItsReportedSubjects() {
        // A fresh user's blackout: "St Brendan's General Hospital said its emergency department stayed open" had been
        // the hospital's state, never meeting "The hospital closed its emergency department to new patients".
        List<Conflict> found = detect(
                stamped("a.txt", "Tuesday 18 November 2031, 07:30", "The hospital in Carrowford closed its emergency "
                        + "department to new patients for around five hours overnight."),
                stamped("b.txt", "Tuesday 18 November 2031, 15:10", "St Brendan's General Hospital in Carrowford said "
                        + "its emergency department stayed open throughout the night."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertTrue(found.get(0).topic().contains("department"), found.get(0).topic());
    }

    @Test
    void whatIsKnownToHaveHappenedIsCountedByWhatHappened() {
        // A fresh user's hospital hack: "112,000 patients are now known to have been stolen" had counted patients
        // "known", never meeting the day before's patients whose details were stolen.
        List<Conflict> found = detect(
                stamped("a.txt", "Tuesday 7 September 2027, 18:00", "The personal details of around 40,000 patients "
                        + "in Lenford Vale were stolen, the partnership said."),
                stamped("b.txt", "Wednesday 8 September 2027, 11:00", "The personal details of about 112,000 patients "
                        + "in Lenford Vale are now known to have been stolen."));
        assertEquals(1, found.size(), found.toString());
    }

    @Test
    void shuttingSomethingIsAStateOfItsObject() {
        // A fresh user's airline outage: "took the unusual step of shutting Terminal 2 to departing passengers" had
        // been no state, and "Terminal 2 … remained open on Monday evening" met nothing.
        List<Conflict> found = detect(
                stamped("a.txt", "Monday 11 March 2030, 21:00", "Terminal 2 at Penhallow remained open on Monday "
                        + "evening."),
                stamped("b.txt", "Monday 11 March 2030, 22:45", "Airport bosses in Penhallow took the unusual step "
                        + "of shutting Terminal 2 to departing passengers on Monday evening."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertTrue(found.get(0).topic().contains("Terminal 2"), found.get(0).topic());
    }

    @Test
    void aCodeOpeningTheClauseAfterAColonIsTheSubjectPastItsAside() {
        // A fresh user's chemical blast: "…for commuters: the A614 ring road, closed since early on Tuesday, reopened
        // to traffic at 6am today" had been a road's state, never meeting "The A614 remains closed" that day.
        List<Conflict> found = detect(
                stamped("a.txt", "Wednesday 16 October 2030, 08:15", "There was some relief for commuters: the A614 "
                        + "ring road, closed since early on Tuesday, reopened to traffic at 6am today, police said."),
                stamped("b.txt", "Wednesday 16 October 2030, 11:00", "The A614 remains closed between the Fenwick "
                        + "roundabout and Mill Lane."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertTrue(found.get(0).topic().contains("A614"), found.get(0).topic());
    }

    @Test
    void aFacilityNamedByWhatItIsOfIsTheNamedFacility() {
        // A fresh user's oil spill: "Port Heddra harbour was shut" and "The port of Port Heddra remained open" on one
        // Tuesday had been two facilities.
        List<Conflict> found = detect(
                published("a.txt", "2030-10-15T09:00:00Z", "Port Heddra harbour was shut to all commercial traffic "
                        + "on Tuesday, the harbour master confirmed."),
                published("b.txt", "2030-10-15T18:00:00Z", "The port of Port Heddra remained open to traffic on "
                        + "Tuesday, a port spokesman said."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found),
                found.toString());
    }

    @Test
    void aNameHoldingAPlaceIsItsKindOfFacilityThere() {
        // A fresh user's boil-water notice: "Linthorpe Academy" holds the place Linthorpe, and its state had been
        // read as nothing's, so the school closed at lunchtime and reopened that morning went unreported.
        List<Conflict> found = detect(
                stamped("a.txt", "Wednesday 7 October 2026, 13:05", "In Linthorpe, where several pupils fell ill, "
                        + "Linthorpe Academy remained closed on Wednesday."),
                stamped("b.txt", "Wednesday 7 October 2026, 18:00", "Following a review with head teachers in "
                        + "Linthorpe, Linthorpe Academy reopened to pupils this morning."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertTrue(found.get(0).topic().contains("Linthorpe"), found.get(0).topic());
    }

    @Test
    void aTotalSinceAPastPointRisesBetweenReports() {
        // A fresh user's boil-water notice: bottled water handed out "since the notice was issued" is a running total,
        // so a higher one the next day is an update; a "since the" of another phrase makes nothing running.
        List<Conflict> water = detect(
                stamped("a.txt", "Wednesday 7 October 2026, 18:00", "Since the notice was issued, 480,000 litres of "
                        + "bottled water have been distributed."),
                stamped("b.txt", "Thursday 8 October 2026, 15:20", "The company said it had handed out more than "
                        + "900,000 litres of bottled water since the boil-water notice was issued on Monday night."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(water), water.toString());
        List<Conflict> age = detect(
                stamped("a.txt", "Monday 15 October 2029, 18:00", "Margaret Oyelaran, 67, was found in her flat."),
                stamped("b.txt", "Tuesday 16 October 2029, 12:00", "Among the dead is Margaret Oyelaran, 71, who had "
                        + "lived in the block since the 1990s."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(age), age.toString());
    }

    @Test
    void aServiceSuspendedIsClosedButAPersonSuspendedIsNoState() {
        // A fresh user's metro collision: "Line 5 … remained suspended throughout Wednesday" against the operator's
        // "Line 5 reopened at the start of service this morning" had been no state; the suspended driver is none.
        List<Conflict> found = detect(
                stamped("a.txt", "Wednesday 11 March 2026, 10:00", "Line 5 reopened at the start of service this "
                        + "morning. The driver involved has been suspended from duty."),
                stamped("b.txt", "Wednesday 11 March 2026, 19:00", "Line 5, which shares a stretch of tunnel with "
                        + "Line 2, remained suspended throughout Wednesday. The driver has been suspended on full pay."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertEquals("whether Line 5 is open", found.get(0).topic());
    }

    @Test
    void aNameAfterACommaOpensItsClause() {
        // A fresh user's tower fire: "…overnight, Kestrel Road reopened" had been any road's, and updated the morning's
        // "several neighbouring streets were closed" rather than meeting "Kestrel Road remains closed".
        List<Conflict> found = detect(
                stamped("a.txt", "Monday 15 October 2029, 09:40", "Several neighbouring streets were closed to "
                        + "traffic during the morning rush hour."),
                stamped("b.txt", "Tuesday 16 October 2029, 12:00", "Following an assessment by structural engineers "
                        + "overnight, Kestrel Road reopened to traffic at 6am this morning."),
                stamped("c.txt", "Tuesday 16 October 2029, 18:30", "Kestrel Road remains closed in both directions."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found),
                found.toString());
        assertEquals("whether Kestrel Road is open", found.get(0).topic());
    }

    @Test
    void aStatesSubjectIsReadPastAPhraseOfTimeOpeningTheSentence() {
        // A fresh user's tornado: "As of Wednesday morning the highway remained closed" had given no state at all.
        List<Conflict> found = detect(
                stamped("a.txt", "Wednesday 15 May 2030, 08:10", "As of Wednesday morning the highway remained closed "
                        + "between Pellham Cross and Marlow Bend while crews cleared debris."),
                stamped("b.txt", "Wednesday 15 May 2030, 18:30", "The highway between Pellham Cross and Marlow Bend "
                        + "reopened to traffic at around 5 a.m. Wednesday."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found),
                found.toString());
    }

    @Test
    void aFigureConvertedFromAnotherUnitMeetsABoundItRoundsTo() {
        // A fresh user's storm: "gusts of 78mph" (125.5 km/h) had been set against "gusts of up to 125 km/h".
        assertEquals(List.of(), detect(
                doc("a.txt", "Storm Ilsa brought gusts of 78mph to parts of Eastmere overnight."),
                doc("b.txt", "Gusts of up to 125 km/h were recorded in Eastmere overnight.")));
        assertEquals(1, detect(
                doc("a.txt", "Storm Ilsa brought gusts of 90mph to parts of Eastmere overnight."),
                doc("b.txt", "Gusts of up to 125 km/h were recorded in Eastmere overnight.")).size(),
                "145 km/h is no rounding of a bound of 125");
    }

    @Test
    void figuresOfClausesTellingOneDeedInOtherVerbsAreCompared() {
        // A fresh user's derailment: the train "was moving at about 40 mph" and "was travelling at 57 mph" had not
        // been compared, their clauses sharing no word; WordNet's usual sense of both verbs is travelling.
        List<Conflict> found = detect(
                published("a.txt", "2025-10-14T07:00:00Z", "It was moving at about 40 mph when it derailed, a source "
                        + "said."),
                published("b.txt", "2025-10-16T10:00:00Z", "The train was travelling at 57 mph at the time."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertEquals(List.of(), detect(
                published("a.txt", "2025-10-14T07:00:00Z", "It was moving at about 40 mph when it derailed."),
                published("b.txt", "2025-10-16T10:00:00Z", "Gusts were blowing at 57 mph at the time.")),
                "what blew is not what moved");
    }

    @Test
    void aYearInARelativeClauseBeforeTheFiguresClauseDoesNotDateTheFigure() {
        // A fresh user's bank outage: the year Lowick lost its branch had kept the distance apart from the other's.
        List<Conflict> found = detect(
                doc("a.txt", "In Lowick, which lost its last bank branch in 2024, the nearest working cash machine "
                        + "was at a supermarket in Dunmere, 14 miles away."),
                doc("b.txt", "For people in Lowick the nearest working machine was in Dunmere, some 40 miles away."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found),
                found.toString());
        List<Conflict> inIt = detect(
                doc("a.txt", "The train was carrying about 300 passengers, according to the operator."),
                doc("b.txt", "The line, which opened in 1962 and carries about 2,500 passengers on an ordinary "
                        + "weekday, is the only railway into the valleys."));
        assertEquals(List.of(), inIt, "a figure in the relative clause is of that clause's year");
        // A fresh user's retailer: "founded in 1962" had dated its staff count.
        List<Conflict> founded = detect(
                doc("a.txt", "The chain, founded in 1962 in the town, operates 214 stores and employs 6,300 people."),
                doc("b.txt", "The chain employs 7,100 people across its stores."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(founded), "nor a past participle's phrase: " + founded);
    }

    @Test
    void statesOfOneDaySaidOfHoursOneAfterTheOtherAreAnUpdate() {
        // A fresh user's cruise ship: open "on Monday morning" in the report of 11:20, closed "this afternoon" in the
        // one of 18:05, had been a contradiction.
        List<Conflict> found = detect(
                stamped("a.txt", "Monday 16 June 2031, 11:20", "The Ostravik cruise terminal stayed open on Monday "
                        + "morning, and shops around the harbour were trading normally."),
                stamped("b.txt", "Monday 16 June 2031, 18:05", "The Ostravik cruise terminal was closed to all "
                        + "passenger traffic this afternoon."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(found), found.toString());
        assertEquals(List.of("a.txt", "b.txt"), sources(found.get(0)), "the morning's state first");

        List<Conflict> persisting = detect(
                stamped("a.txt", "Monday 16 June 2031, 11:20", "The Ostravik cruise terminal stayed open on Monday "
                        + "morning."),
                stamped("b.txt", "Monday 16 June 2031, 18:05", "The Ostravik cruise terminal remained closed this "
                        + "afternoon."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(persisting),
                "closed all along is at odds with the morning's open: " + persisting);

        List<Conflict> denied = detect(
                stamped("a.txt", "Monday 16 June 2031, 11:20", "Chief Inspector Dana Kovaly said officers had ruled "
                        + "out sabotage."),
                stamped("b.txt", "Monday 16 June 2031, 18:05", "And tonight police have not ruled out sabotage."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(denied),
                "a denial is of an act, not a state that went on: " + denied);
    }

    @Test
    void aStateStillSoOnADayAfterTheChangeFromItContradictsItAndTheStateBeforeTheChangeIsAnUpdate() {
        // A fresh user's warehouse collapse: the road "remains closed" at 08:15 on Wednesday, "reopened to traffic late
        // on Wednesday" (Thursday's report) and "was still closed on Thursday morning" (another of Thursday's).
        List<Conflict> found = detect(
                stamped("a.txt", "Wednesday 17 October 2029, 08:15", "Kestle Road remains closed between the Ferris "
                        + "roundabout and Upton Lane."),
                stamped("b.txt", "Thursday 18 October 2029", "Kestle Road reopened to traffic late on Wednesday "
                        + "after engineers judged the structure stable."),
                stamped("c.txt", "Thursday 18 October 2029", "Kestle Road was still closed on Thursday morning, "
                        + "forcing hauliers on a detour."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION, Conflict.Kind.UPDATE),
                kinds(found), found.toString());
        assertEquals(List.of("b.txt", "c.txt"), sources(found.get(0)));
        assertEquals(List.of("a.txt", "b.txt"), sources(found.get(1)));

        List<Conflict> closedAgain = detect(
                stamped("a.txt", "Wednesday 17 October 2029", "Kestle Road reopened to traffic on Wednesday."),
                stamped("b.txt", "Thursday 18 October 2029", "Kestle Road was closed again on Thursday after a "
                        + "second collapse."),
                stamped("c.txt", "Friday 19 October 2029", "Kestle Road was still closed on Friday."));
        assertTrue(closedAgain.stream().noneMatch(c -> c.kind() == Conflict.Kind.CONTRADICTION),
                "a closure between the reopening and the report it persists is what persisted: " + closedAgain);
    }

    @Test
    void oppositeStatesContradictAndALaterReversalIsAnUpdate() {
        List<Conflict> bridge = detect(
                doc("a.txt", "The old Riverton bridge collapsed during the night."),
                doc("b.txt", "The old Riverton bridge is still standing, engineers said."));
        assertEquals(1, bridge.size(), bridge.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, bridge.get(0).kind());

        List<Conflict> plant = detect(
                doc("a.txt", "The Riverton power plant was cut off from the grid and runs on diesel generators."),
                doc("b.txt", "The Riverton power plant was later reconnected to the grid."));
        assertEquals(1, plant.size(), plant.toString());
        assertEquals(Conflict.Kind.UPDATE, plant.get(0).kind());
    }

    @Test
    void aNegatedStateIsItsOpposite() {
        List<Conflict> road = detect(
                doc("a.txt", "The Riverton road was not open on Monday morning, police said."),
                doc("b.txt", "The Riverton road was open on Monday morning, police said."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(road), road.toString());
        // A fresh user's sewage spill had pumps that did not restart read as a station back on the grid.
        assertEquals(List.of(), detect(
                doc("a.txt", "The Hollins Lane pumping station lost power during a fault on the local grid."),
                doc("b.txt", "All three pumps at the Hollins Lane station tripped when a grid fault cut the supply, "
                        + "and none of them restarted once the standby generator picked up the load.")));
    }

    @Test
    void aFacilityNamedShortIsTheOneItsReportNamesInFull() {
        // Fresh users' art heist and air traffic strike: "The Vennholt remained closed", "Drummond Field … remained
        // open" had no facility word, though their reports named the Vennholt Museum of Art and Drummond Field
        // airport.
        List<Conflict> found = detect(
                stamped("a.txt", "Monday 15 October 2029, 18:00", "Police searched the Vennholt Museum of Art on "
                        + "Sunday. The Vennholt remained closed to the public on Monday, with police still inside."),
                stamped("b.txt", "Monday 15 October 2029, 18:00", "Despite the theft at the Vennholt Museum of Art, "
                        + "the Vennholt reopened to visitors on Monday morning."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertEquals("whether the Vennholt is open", found.get(0).topic());
        assertEquals(List.of(), detect(
                stamped("a.txt", "Monday 15 October 2029, 18:00", "Police searched the museum on Sunday. Halvard "
                        + "remained closed to the public on Monday."),
                stamped("b.txt", "Monday 15 October 2029, 18:00", "Halvard reopened to visitors on Monday morning.")),
                "a name its reports never write as a facility's");
        List<Conflict> line = detect(
                stamped("a.txt", "Sunday 12 May 2030, 18:00", "Trains to Kessling station are suspended, officials "
                        + "in Kessling said. The line between Aldenmoor and Kessling was still shut on Sunday "
                        + "evening."),
                stamped("b.txt", "Sunday 12 May 2030, 18:00", "The line between Aldenmoor and Kessling reopened on "
                        + "Sunday, officials in Aldenmoor said."));
        assertEquals(1, line.size(), "a place's name is the place, not its station: " + line);
        assertEquals("whether the Aldenmoor and Kessling line is open", line.get(0).topic());
    }

    @Test
    void reportsOfDifferentStoriesAreNotCompared() {
        Document a = new Document("a.txt", "Flood", "Flood in Lowtown\n\nSix people were killed in the flood.",
                "1", SentenceSplitter.split("a.txt", "Flood in Lowtown\n\nSix people were killed in the flood."));
        Document b = new Document("b.txt", "Fire", "Fire at Westmill\n\nNine people were killed in the fire.",
                "2", SentenceSplitter.split("b.txt", "Fire at Westmill\n\nNine people were killed in the fire."));
        assertEquals(List.of(), detect(a, b));
    }

    @Test
    void quotesAreVerbatimSentencesOfTheirSources() {
        Document a = doc("a.txt", "At least nine civilians were killed across the country, officials said.");
        Document b = doc("b.txt", "The storm has killed at least six people across the country.");
        for (Conflict c : detect(a, b)) {
            for (Conflict.Statement s : c.statements()) {
                String text = (s.source().equals("a.txt") ? a : b).text();
                assertTrue(text.contains(s.quote()), s.quote());
            }
        }
    }

    @Test
    void anArticleAddedLaterFindsWhatReadingItWithTheOthersFinds() {
        // A fresh user's eighth report named "Storm Edda" after "from", which taught the gazetteer a place the
        // others lead with: read with them it updated the toll, added while the bot ran it raised nothing.
        Document three = headed("a.txt", "Three dead as Storm Edda floods Ostbury", "Wednesday 17 November 2027, 07:30",
                "Three people have died in the flooding, police in Ostbury confirmed this morning.");
        Document five = headed("b.txt", "FIVE DEAD AS STORM SMASHES OSTBURY", "Wednesday 17 November 2027, 09:10",
                "FIVE people have been killed as monster Storm Edda turned the town of Ostbury into a disaster zone.");
        Document seven = headed("c.txt", "DEATH TOLL RISES TO SEVEN", "Thursday 18 November 2027, 19:30",
                "The death toll from Storm Edda has risen to seven after two bodies were found near Ostbury.");
        List<Conflict> together = ConflictDetector.of(new Corpus(Path.of("."), List.of(three, five, seven), List.of()))
                .conflicts();
        ConflictDetector detector = ConflictDetector.of(new Corpus(Path.of("."), List.of(three, five), List.of()));
        detector.update(List.of(seven), List.of());
        assertTrue(together.stream().anyMatch(c -> c.kind() == Conflict.Kind.UPDATE), together.toString());
        assertEquals(together, detector.conflicts());
    }

    private static Document headed(String id, String headline, String stamp, String body) {
        String text = headline + "\n" + stamp + "\n\n" + body;
        return new Document(id, headline, text, Integer.toHexString(text.hashCode()), SentenceSplitter.split(id, text));
    }

    @Test
    void aNewArticleIsCheckedAgainstTheRestAndIdsAreStable() {
        Document a = doc("a.txt", "At least nine civilians were killed across the country, officials said.");
        Document b = doc("b.txt", "The bridge in Riverton is still standing.");
        ConflictDetector detector = ConflictDetector.of(new Corpus(Path.of("."), List.of(a, b), List.of()));
        assertEquals(List.of(), detector.conflicts());
        Document c = doc("c.txt", "The storm has killed at least six people across the country.");
        List<Conflict> changed = detector.update(List.of(c), List.of());
        assertEquals(1, changed.size());
        List<Conflict> fresh = detect(a, b, c);
        assertEquals(fresh.get(0).id(), changed.get(0).id(), "the same conflict has the same id however found");
        assertEquals(List.of(), detector.update(List.of(c), List.of()), "re-reading an unchanged article changes nothing");
        List<Conflict> afterRemoval = new ArrayList<>(detector.update(List.of(), List.of("c.txt")));
        assertEquals(List.of(changed.get(0).resolved()), afterRemoval, "the conflict the removal ended, resolved");
        assertEquals(List.of(), detector.conflicts());
    }

    @Test
    void aLaterLowerFigureContradictsWhileTheRiseBeforeItIsAnUpdate() {
        // Monday morning four, Monday evening "risen to six", Tuesday seven, Wednesday six again with no revision.
        List<Conflict> found = detect(
                doc("a.txt", "By Monday noon the death toll in Riverton stood at four."),
                doc("b.txt", "On Monday evening officials said the death toll in Riverton has risen to six, up from four."),
                doc("c.txt", "On Tuesday police said seven people were killed in Riverton."),
                doc("d.txt", "On Wednesday the mayor said six people were killed in Riverton."));
        Conflict contradiction = found.stream().filter(c -> c.kind() == Conflict.Kind.CONTRADICTION).findFirst()
                .orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals(List.of("b.txt", "c.txt", "d.txt"), contradiction.statements().stream()
                .map(Conflict.Statement::source).sorted().toList());
        Conflict update = found.stream().filter(c -> c.kind() == Conflict.Kind.UPDATE).findFirst()
                .orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals("a.txt", update.statements().get(0).source(), "the timeline starts with the earliest report");
        assertTrue(update.statements().stream().anyMatch(s -> s.source().equals("c.txt")), update.toString());
    }

    @Test
    void aFigureWithinAnotherOpenBoundAgreesWithIt() {
        assertEquals(List.of(), detect(
                doc("a.txt", "The hospital in Riverton said it had received more than 40 injured people."),
                doc("b.txt", "The hospital in Riverton said it had treated 43 injured people.")));
    }

    @Test
    void anUpdateStartsFromTheFiguresFirstHourThoughAnotherSourceRepeatsItLater() {
        // A heatwave's three dead at 09:10 had dated from the 11:00 statement repeating it, after a tabloid's five
        // at 10:40, and fell out of the update to seven as a fall.
        List<Conflict> found = detect(
                stamped("a.txt", "Tuesday 15 July 2031, 11:00", "Three people have died in Riverton in the heat, "
                        + "the authority said."),
                stamped("b.txt", "Tuesday 15 July 2031, 09:10", "Three people have died in Riverton as the heatwave "
                        + "tightened its grip."),
                stamped("c.txt", "Tuesday 15 July 2031, 10:40", "Five people have died in Riverton in the heat."),
                stamped("d.txt", "Thursday 17 July 2031, 07:45", "The number of deaths in Riverton has risen to "
                        + "seven, up from three on Tuesday."));
        Conflict update = found.stream().filter(c -> c.kind() == Conflict.Kind.UPDATE).findFirst().orElseThrow();
        assertEquals(List.of("Three people", "Five people", "seven"),
                update.sides().stream().map(side -> side.get(0).value()).toList(), update.toString());
    }

    @Test
    void aTemperatureIsAPlacesOnADayWhateverVerbGivesIt() {
        // A fresh heatwave story's 41.3C against a tabloid's 42.1C for Kelmar on Monday had gone unreported.
        List<Conflict> found = detect(
                doc("a.txt", "The temperature at Kelmar reached 41.3C on Monday afternoon, the met office said."),
                doc("b.txt", "The mercury hit a scorching 42.1C in Kelmar on Monday, smashing the record."),
                doc("c.txt", "Kelmar broke its record again on Wednesday afternoon, reaching 42.6C in the town."),
                doc("d.txt", "Temperatures topped 44C on Monday, the hottest day of the year."));
        assertEquals(1, found.size(), found.toString());
        assertEquals("temperature (°C) in Kelmar", found.get(0).topic());
        assertEquals(List.of("a.txt", "b.txt"), found.get(0).statements().stream().map(Conflict.Statement::source)
                .toList(), "Wednesday's is another day's, and a temperature of no place is compared with none");
    }

    @Test
    void aCountOfANightThatHadNotComeWhenAnotherReportWasWrittenIsAnotherNightsCount() {
        // A fresh election story's "six people were detained on Friday night", in Saturday's report, had been shown
        // as an update of the three arrested on Thursday night that Friday morning's report gave.
        List<Conflict> found = detect(
                stamped("a.txt", "Friday 7 March 2031, 08:15", "About 300 protesters gathered outside the town hall in "
                        + "Merrowbridge late on Thursday. Police arrested three people in Merrowbridge after bottles "
                        + "were thrown."),
                stamped("b.txt", "Saturday 8 March 2031, 07:00", "A police spokesman said six people were arrested in "
                        + "Merrowbridge on Friday night."));
        assertEquals(List.of(), found, "Friday night had not come when Friday morning's report was written");
        List<Conflict> said = detect(
                stamped("a.txt", "Friday 7 March 2031, 08:15", "Police arrested three people in Merrowbridge after "
                        + "bottles were thrown."),
                stamped("b.txt", "Sunday 9 March 2031, 07:00", "In all, six people were arrested in Merrowbridge, "
                        + "police confirmed on Sunday."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(said),
                "the day a figure was said is not the day it counts: " + said);
        // A fresh user's tram crash: Wednesday's notice of the speed at impact was read as Wednesday's speed.
        List<Conflict> issued = detect(
                stamped("a.txt", "Tuesday 14 October 2031, 18:30", "The tram was travelling at around 24 km/h in "
                        + "Merrowbridge at the moment of impact."),
                stamped("b.txt", "Thursday 16 October 2031, 10:15", "In an interim notice issued on Wednesday evening, "
                        + "investigators said the tram was travelling at 16 km/h in Merrowbridge when it struck."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(issued), "the day a notice was issued: " + issued);
        // A file's time says when it was saved, not when its report was written: it tells no night that had not come.
        List<Conflict> saved = detect(
                saved("a.txt", "2031-03-06T09:00:00Z", "Police arrested three people in Merrowbridge after bottles "
                        + "were thrown."),
                stamped("b.txt", "Saturday 8 March 2031, 07:00", "A police spokesman said six people were arrested "
                        + "in Merrowbridge on Friday night."));
        assertEquals(1, saved.size(), "the first report's file, saved on Thursday, is compared as before: " + saved);
    }

    /** A document naming no day of its own, read from a file saved at {@code instant}. */
    private static Document saved(String id, String instant, String body) {
        String text = STORY.replace(" on Monday", "") + body;
        return new Document(id, "Storm hits Norland", text, Integer.toHexString(text.hashCode()),
                SentenceSplitter.split(id, text), java.time.Instant.parse(instant));
    }

    @Test
    void aStateAtOddsOnOneDayAndChangedOnALaterOneIsAContradictionAndAnUpdate() {
        // A fresh user's port, open and closed on Tuesday and reopened on Wednesday, had Wednesday's reports listed
        // as contradicting Tuesday's.
        List<Conflict> found = detect(
                stamped("a.txt", "Tuesday 9 September 2031, 09:15", "The port of Haldenport remained open on "
                        + "Tuesday, the authority said."),
                stamped("b.txt", "Tuesday 9 September 2031, 09:50", "The port of Haldenport has been closed to all "
                        + "shipping."),
                stamped("c.txt", "Wednesday 10 September 2031, 07:30", "The port of Haldenport reopened at 06:00 on "
                        + "Wednesday."));
        Conflict contradiction = found.stream().filter(c -> c.kind() == Conflict.Kind.CONTRADICTION).findFirst()
                .orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals(List.of("a.txt", "b.txt"), contradiction.statements().stream().map(Conflict.Statement::source)
                .sorted().toList());
        Conflict update = found.stream().filter(c -> c.kind() == Conflict.Kind.UPDATE).findFirst()
                .orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals(List.of("b.txt", "c.txt"), update.statements().stream().map(Conflict.Statement::source)
                .toList(), "closed, then reopened");
    }

    @Test
    void aVagueFigureSaysHowManyThereWereAtLeast() {
        // A fresh heatwave wire's "thousands of homes" had been set against its own "about 18,000 homes".
        assertEquals(List.of(), detect(
                doc("a.txt", "Thousands of homes in Riverton lost power on Tuesday, officials said."),
                doc("b.txt", "About 18,000 homes in Riverton lost power on Tuesday, the network operator said.")));
        List<Conflict> found = detect(
                doc("a.txt", "Hundreds of homes in Riverton lost power on Tuesday, officials said."),
                doc("b.txt", "About 40 homes in Riverton lost power on Tuesday, the network operator said."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found),
                "fewer than hundreds: " + found);
    }

    @Test
    void deathsAreACountOfPeopleKilledAndOtherDeathsAPartOfIt() {
        // A fresh heatwave story's "The number of deaths … has risen to seven" had been no update of its three dead.
        List<Conflict> found = detect(
                stamped("a.txt", "Tuesday 15 July 2031, 09:00", "Three people have died in Riverton as the heatwave "
                        + "tightened its grip."),
                stamped("b.txt", "Thursday 17 July 2031, 07:45", "The number of deaths linked to the heatwave in "
                        + "Riverton has risen to seven, the emergency authority said."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(found), found.toString());
        assertEquals(List.of(), detect(
                doc("a.txt", "Three people have died in Riverton as the heatwave tightened its grip."),
                doc("b.txt", "Doctors in Riverton are also looking into five other deaths in the heatwave.")),
                "five deaths beyond others are no toll");
    }

    @Test
    void speedsInOtherUnitsAreOneMeasureAndNotALength() {
        List<Conflict> found = detect(
                doc("a.txt", "The train was travelling at about 90 km/h near Riverton, the operator said."),
                doc("b.txt", "The train was travelling at roughly 140 kilometres per hour near Riverton."),
                doc("c.txt", "The train was travelling at 56 mph near Riverton, a witness said."),
                doc("d.txt", "The 120-km line near Riverton is the only railway in the region."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
        assertEquals(2, found.get(0).sides().size(), "56 mph and about 90 km/h are one side: " + found);
        assertTrue(found.get(0).statements().stream().noneMatch(s -> s.source().equals("d.txt")));
    }

    @Test
    void aDistanceSetOffAfterANameIsThatNamesDistance() {
        // Fresh users' hospital hacks: "Kestrel Bay General Hospital, 28 miles away" and "…, some 45 miles along the
        // coast road" had shared no word of their clauses, and were never compared.
        List<Conflict> found = detect(
                doc("a.txt", "Paramedics took the most seriously ill to Kestrel Bay General Hospital, 28 miles away, "
                        + "on Monday."),
                doc("b.txt", "The critically ill were sent to Kestrel Bay General Hospital, some 45 miles along the "
                        + "coast road, on Monday."),
                doc("c.txt", "Relatives drove to Dunmere Infirmary, 12 miles away, on Monday."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertTrue(found.get(0).statements().stream().noneMatch(s -> s.source().equals("c.txt")), found.toString());
    }

    @Test
    void aThingsSizeIsItsNounsHeadsWhateverTheVerbAndWhereverItsOfStands() {
        // Fresh users' prison escape ("scaling a 5.2-metre perimeter fence", "clambering over the jail's four-metre
        // outer fence") and gas blast ("A 200-metre cordon", "A cordon of approximately 100 metres remains") had
        // each pair apart: a perimeter's against a fence's, a cordon's against a "remains"'s.
        List<Conflict> fence = detect(
                doc("a.txt", "The men escaped by scaling a 5.2-metre perimeter fence in Carrowby on Monday."),
                doc("b.txt", "The men escaped by clambering over the jail's four-metre outer fence in Carrowby on "
                        + "Monday."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(fence), fence.toString());
        assertTrue(fence.get(0).topic().contains("fence"), fence.get(0).topic());
        List<Conflict> cordon = detect(
                doc("a.txt", "A 200-metre cordon remains in place around the site in Carrowby on Monday."),
                doc("b.txt", "A cordon of approximately 100 metres remains in place around the site in Carrowby on "
                        + "Monday."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(cordon), cordon.toString());
        assertTrue(cordon.get(0).topic().contains("cordon"), cordon.get(0).topic());
        // A crane's crash: "crane" is mostly a verb by WordNet's counts, but after a measure joined to its unit it
        // is the noun; "luffing-jib" a hyphened modifier before it.
        List<Conflict> crane = detect(
                doc("a.txt", "The 62-metre crane in Carrowby had been lifting steel onto the upper floors."),
                doc("b.txt", "The 54-metre luffing-jib crane in Carrowby failed at mid-mast on Tuesday morning."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(crane), crane.toString());
        assertTrue(crane.get(0).topic().contains("crane"), crane.get(0).topic());
    }

    @Test
    void aDistanceWithADirectionIsHowFarFromWhereItPoints() {
        // A fresh user's prison escape: "about 12 miles south-east of the prison" and "some eight miles from the
        // prison" had been apart by the direction; and a derailment's "1.5 miles east of the town centre" is not
        // "20 miles west of the crash site".
        List<Conflict> found = detect(
                doc("a.txt", "Versh was detained at a farm near Elderby, about 12 miles south-east of the prison."),
                doc("b.txt", "Versh was found in a barn near Elderby, some eight miles from the prison."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertEquals(List.of(), detect(
                doc("a.txt", "The derailment happened about 1.5 miles east of the town centre on Monday."),
                doc("b.txt", "The train passed a detector about 20 miles west of the crash site on Monday.")));
    }

    @Test
    void hedgedDistancesInOtherUnitsThatConvertAlikeAgree() {
        // A fresh user's prison escape had "about 30 miles" against "some 48 kilometres" as a contradiction.
        List<Conflict> found = detect(
                doc("a.txt", "Kestrelmoor, a category B jail about 30 miles north of Carrowby, holds adult men."),
                doc("b.txt", "Kestrelmoor, which sits some 48 kilometres north of Carrowby, was built in the 1970s."),
                doc("c.txt", "The jail at Halden, about 30 miles south of Carrowby, is older."),
                doc("d.txt", "Halden, some 60 kilometres south of Carrowby, is older."));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).statements().stream().noneMatch(s -> s.source().equals("a.txt")), found.toString());
    }

    @Test
    void lengthsInOtherUnitsAreComparedInOneAndAConversionsRoundingAgrees() {
        List<Conflict> found = detect(
                doc("a.txt", "Police set up a 500-metre cordon around the depot after the blast."),
                doc("b.txt", "Officers set up a one-kilometre cordon around the depot on Saturday."),
                doc("c.txt", "The flames burned 2 hectares of the pine plantation, rangers said."),
                doc("d.txt", "Rangers said the flames burned five acres of the pine plantation."));
        assertEquals(1, found.size(), "five acres is 2 hectares, rounded: " + found);
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
        assertTrue(found.get(0).topic().startsWith("distance (km) of cordon"), found.get(0).topic());
    }

    @Test
    void aFigureAddedToAnEarlierOneIsNoTotal() {
        assertEquals(List.of(), detect(
                doc("a.txt", "Nearly four inches of rain fell on Riverton overnight, forecasters said."),
                doc("b.txt", "A further 45 mm of rain fell on Riverton during the day, forecasters said."),
                doc("c.txt", "Rescuers said another 12 people were evacuated in Riverton."),
                doc("d.txt", "Some 300 people were evacuated in Riverton, rescuers said.")));
    }

    @Test
    void aMeasureDoneByAVerbOfAnotherSenseIsAnotherMeasure() {
        // Oil a tanker carries and oil that has leaked from it are two measures of one thing; two reports of
        // what leaked are one, whatever else their sentences share.
        List<Conflict> found = detect(
                doc("a.txt", "The tanker, carrying about 80,000 tonnes of crude oil, struck the reef near the port."),
                doc("b.txt", "About 3,500 tonnes of crude oil have leaked from the tanker near the port."),
                doc("c.txt", "Some 1,200 tonnes of crude oil have leaked from the tanker, officials said."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Set.of("b.txt", "c.txt"), found.get(0).statements().stream().map(s -> s.source())
                .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void moneyInSymbolsAndWordsIsOneMeasurePerWhatItIsPaidFor() {
        List<Conflict> found = detect(
                doc("a.txt", "The operator said it would pay €25,000 for each bereaved family in Riverton."),
                doc("b.txt", "The operator has offered compensation of 10,000 euros per family in Riverton."),
                doc("c.txt", "The operator offered EUR 10,000 per family in Riverton."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(2, found.get(0).sides().size(), found.toString());
        assertTrue(found.get(0).statements().stream().anyMatch(s -> s.value().startsWith("€25,000")), found.toString());
    }

    @Test
    void sourcesOneReportQuotesAgainstEachOtherConflict() {
        List<Conflict> found = detect(doc("a.txt", "According to the operator, five carriages derailed. "
                + "Teodor Lisk, general secretary of the rail union, said that eight carriages had derailed."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
        assertEquals(List.of("the operator", "Teodor Lisk"), found.get(0).statements().stream()
                .map(Conflict.Statement::saidBy).toList());
    }

    @Test
    void aStateSaidToPersistContradictsAChangeReportedTheSameDay() {
        List<Conflict> found = detect(
                doc("a.txt", "The Riverton line reopened on Monday afternoon, the operator said."),
                doc("b.txt", "The line through Riverton was still shut on Monday evening and will stay closed for weeks."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
    }

    @Test
    void aStateSaidOnALaterDayToHaveGoneOnContradictsAnEarlierDaysOppositeUnlessThatDayChangedItBack() {
        // A fresh user's medicine recall: the plant "suspended" on Tuesday and "still running on Wednesday" had been
        // an update, as if it had reopened.
        Document suspended = stamped("a.txt", "Tuesday 15 April 2025, 18:45", "Production at the Ashbury plant has "
                + "been suspended while investigators examine cleaning records.");
        Document running = stamped("c.txt", "Wednesday 16 April 2025, 10:15", "The plant, which makes 23 products, "
                + "was still running on Wednesday, a company spokesperson said.");
        List<Conflict> found = detect(suspended, running);
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        List<Conflict> resumed = detect(suspended, stamped("b.txt", "Tuesday 15 April 2025, 21:30", "Production at "
                + "the Ashbury plant resumed this evening, the company said."), running);
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(resumed), "it changed back that day: " + resumed);
    }

    @Test
    void aRoadReopenedAndStillShutTheSameDayContradictThoughItWasClosedTheDayBefore() {
        List<Conflict> found = detect(
                published("a.txt", "2026-12-01T18:00:00Z",
                        "Police closed Route 9, the coast road into the port, on Monday afternoon."),
                published("b.txt", "2026-12-02T11:00:00Z", "Route 9, the coast road between the port and Riverton, "
                        + "reopened to traffic this morning, although officers remain at the Dock Lane junction."),
                published("c.txt", "2026-12-02T19:00:00Z", "Route 9, the coast road between the port and Riverton, "
                        + "has stayed shut since Monday, and police turned drivers back at the Harrowgate "
                        + "roundabout."));
        assertEquals(2, found.size(), found.toString());
        assertEquals("whether Route 9 is open", found.get(0).topic(),
                "the road is Route 9, and the port is where it goes, behind a preposition, not what reopened");
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind(),
                "Monday's closing does not settle which of Tuesday's reports is right");
        assertEquals(List.of("b.txt", "c.txt"), sources(found.get(0)));
        assertEquals(List.of("a.txt", "b.txt"), sources(found.get(1)), "Monday's closing, then the reopening");
    }

    @Test
    void aReportIsQuotedByItsTextRatherThanItsHeadlineForTheSameFigure() {
        String a = "Storm kills four in Riverton\n\nIn the Norland region, the storm hit Riverton on Monday, killing "
                + "four people in Riverton, Governor Anna Berg said. Mayor Tom Hale spoke to Reuters.";
        List<Conflict> found = detect(new Document("a.txt", "Storm kills four in Riverton", a, "a",
                SentenceSplitter.split("a.txt", a)), doc("b.txt", "Seven people were killed in Riverton on Monday."));
        assertEquals(1, found.size(), found.toString());
        String quoted = found.get(0).statements().stream().filter(st -> st.source().equals("a.txt")).findFirst()
                .orElseThrow().quote();
        assertTrue(quoted.contains("killing four people"), quoted);
    }

    @Test
    void aMotorwayIsARoadAndAHarbourAPortAsWordNetFilesThem() {
        List<Conflict> road = detect(
                doc("a.txt", "The motorway between Riverton and Port Salden reopened to traffic early on Monday."),
                doc("b.txt", "The motorway, closed since Sunday, remained shut throughout Monday, police said."));
        assertEquals(1, road.size(), road.toString());
        assertTrue(road.get(0).topic().endsWith("road is open"), "\"Port Salden\" is a town: " + road.get(0).topic());
        assertEquals(Conflict.Kind.CONTRADICTION, road.get(0).kind());
        List<Conflict> port = detect(
                doc("a.txt", "Riverton harbour has reopened to commercial traffic on Monday, the harbour master said."),
                doc("b.txt", "The port of Riverton remains closed to all commercial shipping on Monday. \"Every day "
                        + "the port is shut costs the island money,\" a trader said."));
        assertEquals(1, port.size(), port.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, port.get(0).kind(),
                "the report's \"remains closed\" speaks for it, not its later quote");
        assertTrue(port.get(0).statements().stream().anyMatch(st -> st.quote().contains("remains closed")),
                port.get(0).toString());
    }

    @Test
    void aStillMissingCountThatFallsByTheNextDayIsAnUpdate() {
        List<Conflict> found = detect(
                published("a.txt", "2026-12-01T18:00:00Z", "Seventeen people were still missing in Riverton."),
                published("b.txt", "2026-12-02T18:00:00Z", "13 people were still unaccounted for in Riverton."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.UPDATE, found.get(0).kind(), "the missing are found: a lower count later updates");
        List<Conflict> killed = detect(
                published("a.txt", "2026-12-01T18:00:00Z", "Seventeen people were killed in Riverton."),
                published("b.txt", "2026-12-02T18:00:00Z", "13 people were killed in Riverton."));
        assertEquals(Conflict.Kind.CONTRADICTION, killed.get(0).kind(), "a toll does not fall");
        List<Conflict> sameDay = detect(
                published("a.txt", "2026-12-02T06:00:00Z", "Four people were still missing in Riverton."),
                published("b.txt", "2026-12-02T19:45:00Z", "Two people remain missing in Riverton."));
        assertEquals(Conflict.Kind.UPDATE, sameDay.get(0).kind(), "of one day, the hours tell which came later");
        // A fresh user's earthquake: the 38 who "remain in a serious condition" are another clause's, not the 164's.
        List<Conflict> injured = detect(
                published("a.txt", "2026-12-02T13:00:00Z", "At least 210 people have been injured, the authority "
                        + "said."),
                published("b.txt", "2026-12-02T18:00:00Z", "A total of 164 people have been injured, of whom 38 "
                        + "remain in a serious condition in hospitals in Vessary."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(injured),
                injured.toString());
    }

    @Test
    void aDenialWhoseSubjectHasAModifierStillContradictsTheAffirmation() {
        // A fresh user's hospital story: "Detectives investigating the attack on the city's hospitals have not ruled
        // out an insider" had been read as no statement, its subject cut at the preposition.
        List<Conflict> found = detect(
                doc("a.txt", "Police have ruled out an insider, a spokesperson said on Monday."),
                doc("b.txt", "Detectives investigating the ransomware attack on Riverton's hospitals have not ruled "
                        + "out an insider, the Post said on Monday."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
    }

    @Test
    void countsSaidWithSynonymousVerbsAndAPlannedAdjectiveAreOneCount() {
        // The same user's operations: "120 planned operations have been cancelled today" had been read as a plan,
        // and "were called off" as another count than "have been cancelled".
        List<Conflict> found = detect(
                stamped("a.txt", "Monday 9 March 2026, 09:40", "Some 120 planned operations have been cancelled "
                        + "today, the trust said."),
                stamped("b.txt", "Tuesday 10 March 2026, 19:10", "Some 310 operations were called off, the trust "
                        + "said."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.UPDATE, found.get(0).kind());
        assertEquals(List.of("120", "310"), found.get(0).statements().stream()
                .map(st -> st.value().replaceAll("\\D", "")).toList());
    }

    @Test
    void workersHurtArePeopleInjuredNotJobs() {
        List<Conflict> found = detect(
                doc("a.txt", "Five workers were injured in a fire at the factory in Riverton on Monday. The plant "
                        + "employs 400 workers."),
                doc("b.txt", "Two workers were injured in the fire at the Riverton factory on Monday."));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).topic().startsWith("people injured"), found.get(0).topic());
    }

    @Test
    void offersPerShareOfOneDayContradictAndARaisedOneIsAnUpdate() {
        // A fresh user's takeover story: no price per share had been compared ("410p" was no figure, "420p a share"
        // no rate).
        List<Conflict> found = detect(
                published("a.txt", "2027-03-08T07:45:00Z", "Corvane is offering 410p per share in cash for Riverton "
                        + "Foods."),
                published("b.txt", "2027-03-08T12:10:00Z", "Corvane is offering 420p a share for Riverton Foods."),
                published("c.txt", "2027-03-10T07:30:00Z", "Corvane has raised its offer for Riverton Foods to 450p "
                        + "per share, up from 410p."));
        assertTrue(found.stream().anyMatch(c -> c.kind() == Conflict.Kind.CONTRADICTION
                && c.statements().stream().map(Conflict.Statement::value).toList().containsAll(List.of("410p",
                "420p"))), found.toString());
        assertTrue(found.stream().anyMatch(c -> c.kind() == Conflict.Kind.UPDATE
                && c.statements().stream().anyMatch(st -> st.value().equals("450p"))), found.toString());
        assertTrue(found.get(0).topic().startsWith("amount in pence per share"), found.get(0).topic());
    }

    @Test
    void pricesOfDifferentDaysAreNoContradictionButPaymentsPerFamilyStillAre() {
        List<Conflict> oil = detect(
                published("a.txt", "2027-03-08T07:45:00Z", "Crude oil cost $51.43 a barrel in Riverton."),
                published("b.txt", "2027-03-10T07:45:00Z", "Crude oil cost $54 a barrel in Riverton."));
        assertEquals(List.of(), oil, "a price moves from day to day");
        List<Conflict> paid = detect(
                published("a.txt", "2027-03-08T07:45:00Z", "The chief executive said the company would pay €25,000 "
                        + "for each bereaved family in Riverton."),
                published("b.txt", "2027-03-10T07:45:00Z", "The company has offered compensation of 10,000 euros per "
                        + "family in Riverton."));
        assertEquals(1, paid.size(), paid.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, paid.get(0).kind());
    }

    @Test
    void wherePeopleOrVehiclesWereSentIsNotWhereTheirCountHappened() {
        // A fresh user's 23 ambulances "diverted on Monday to hospitals in Harrowgate" had been Harrowgate's count,
        // never set against another report's 41 diverted.
        List<Conflict> found = detect(
                doc("a.txt", "Some 23 ambulances were diverted on Monday to hospitals in Harrowgate and Eastmoor, the "
                        + "Post understands."),
                doc("b.txt", "Forty-one ambulances were diverted on Monday, the ambulance service said."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
    }

    @Test
    void aSystemBackOnlineAndOneStillOfflineThatDayContradict() {
        // A fresh user's hospital story: "back online" had been read as a reconnection to the power grid, and
        // "remained offline" not at all.
        List<Conflict> found = detect(
                doc("a.txt", "The trust's email system was back online on Tuesday morning, a spokesperson said."),
                doc("b.txt", "The trust's email system has remained offline since Monday, a spokesperson said on "
                        + "Tuesday."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
        assertTrue(found.get(0).topic().contains("online"), found.get(0).topic());
    }

    @Test
    void anUpdatesStepsNeverFallAndTheLowerLaterFigureIsTheContradiction() {
        // A fresh user's outbreak: "first: One person; then: Three people; then: Two people" had been an update.
        List<Conflict> found = detect(
                published("a.txt", "2031-05-13T08:00:00Z", "One person has died in the outbreak in Riverton."),
                published("b.txt", "2031-05-14T09:00:00Z", "Three people have now died in the outbreak in Riverton."),
                published("c.txt", "2031-05-14T12:00:00Z", "Two people have died in the outbreak in Riverton, the "
                        + "agency said."));
        Conflict update = found.stream().filter(c -> c.kind() == Conflict.Kind.UPDATE).findFirst().orElseThrow();
        assertEquals(List.of("One person", "Three people"), update.statements().stream()
                .map(Conflict.Statement::value).toList(), update.toString());
        assertTrue(found.stream().anyMatch(c -> c.kind() == Conflict.Kind.CONTRADICTION
                && c.statements().stream().map(Conflict.Statement::value).toList()
                .containsAll(List.of("Three people", "Two people"))), found.toString());
    }

    @Test
    void whatIsRuledOutIsTheNounItsModifiersDescribe() {
        // A fresh user's outbreak: "the farm's irrigation water" and "contaminated irrigation water" had been read
        // as about nothing.
        List<Conflict> found = detect(
                doc("a.txt", "Inspectors have ruled out the farm's irrigation water, the agency said on Tuesday."),
                doc("b.txt", "Inspectors have not ruled out contaminated irrigation water, the agency said on "
                        + "Tuesday."));
        assertEquals(1, found.size(), found.toString());
        assertEquals("whether ruling out water stands", found.get(0).topic());
    }

    @Test
    void aWorksInOperationAgainstOneStillClosedThatDayContradict() {
        // A fresh user's salad factory: "production resumed" and "was still running" had been read as no state.
        List<Conflict> found = detect(
                doc("a.txt", "Production resumed at the Riverton plant on Wednesday morning, a spokesman said."),
                doc("b.txt", "The Riverton plant remains closed, the company said on Wednesday."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
        List<Conflict> monday = detect(
                doc("a.txt", "The Riverton plant was still running on Monday afternoon, a worker said."),
                doc("b.txt", "Production at the Riverton plant had been halted on Monday morning, the company said."));
        assertEquals(1, monday.size(), monday.toString());
    }

    @Test
    void aRailwayStationIsNoPlant() {
        // A fresh user's alert on a closed railway station read "whether the Tellbridge plant is open".
        List<Conflict> found = detect(
                doc("a.txt", "Riverton Central Station was closed all day on Monday, the operator said."),
                doc("b.txt", "Riverton Central Station remained open on Monday, the operator said."));
        assertEquals(1, found.size(), found.toString());
        assertEquals("whether the Riverton station is open", found.get(0).topic());
    }

    @Test
    void noneDoneContradictsItDoneThatDay() {
        // A fresh user's strike: "No talks were held on Tuesday" against "talks between the union and the operator
        // were held on Tuesday afternoon" had been read as no statements.
        List<Conflict> found = detect(
                published("a.txt", "2031-05-13T16:00:00Z", "In the capital, talks between the union and the "
                        + "operator were held on Tuesday afternoon in Riverton."),
                published("b.txt", "2031-05-13T21:30:00Z", "\"No talks were held on Tuesday,\" the official said "
                        + "in Riverton."));
        assertEquals(1, found.size(), found.toString());
        assertEquals("whether holding talks stands", found.get(0).topic());
    }

    @Test
    void whatIsDeniedOfAnyoneIsDeniedOfEveryDayBefore() {
        // Fresh users' tower fire, airport strike and flood: an arrest Monday's report tells and "no one has been
        // arrested" on Tuesday had not been compared, their days being two; nor Sunday's "no arrests had been made"
        // and Monday's arrest, a festival crush's planted update.
        List<Conflict> contradicted = detect(
                published("a.txt", "2029-10-15T18:00:00Z", "Harrowmere Police confirmed they had arrested a "
                        + "34-year-old man on suspicion of arson."),
                published("b.txt", "2029-10-16T18:00:00Z", "Harrowmere Police stressed that no one has been "
                        + "arrested in connection with the fire."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(contradicted),
                contradicted.toString());
        List<Conflict> followed = detect(
                published("a.txt", "2025-07-13T18:00:00Z", "The police chief told reporters that no arrests had been "
                        + "made."),
                published("b.txt", "2025-07-14T18:00:00Z", "A 41-year-old man was arrested on Monday morning on "
                        + "suspicion of manslaughter."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(followed),
                followed.toString());
        assertEquals("b.txt", followed.get(0).statements().get(followed.get(0).statements().size() - 1).source());
        // So is what is denied of one thing, which may be ruled out since: a later day's affirmation follows it.
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(detect(
                published("a.txt", "2025-07-13T18:00:00Z", "Police have not ruled out sabotage."),
                published("b.txt", "2025-07-14T18:00:00Z", "Police have ruled out sabotage."))));
    }

    @Test
    void aChargeBySubjectAfterATimeAndAnAdjectiveOfSomeoneDescribedMeetsNoCharges() {
        // A fresh user's cable car accident: "On Sunday evening the cantonal prosecutor charged the tramway's technical
        // director, Matthias Degen, with negligent homicide" had been unread against "no one had been charged".
        List<Conflict> found = detect(
                published("a.txt", "2033-02-06T20:00:00Z", "On Sunday evening the cantonal prosecutor in Brenzalp "
                        + "charged the tramway's technical director, Matthias Degen, with negligent homicide."),
                published("b.txt", "2033-02-07T17:30:00Z", "The prosecutor in Brenzalp stressed that no one had been "
                        + "charged."));
        assertEquals(List.of("whether anyone was charged"), found.stream().map(Conflict::topic).toList(),
                found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
    }

    @Test
    void aChargeOfMenDescribedByAParticipleAfterATimeMeetsNoCharges() {
        // A fresh user's bank siege: "This afternoon the three men arrested at the scene were charged with armed
        // robbery" had been unread against "No charges had been brought by Thursday evening".
        List<Conflict> found = detect(
                published("a.txt", "2031-10-16T17:00:00Z", "This afternoon the three men arrested at the scene were "
                        + "charged with armed robbery."),
                published("b.txt", "2031-10-16T19:30:00Z", "No charges had been brought by Thursday evening, a police "
                        + "spokesman said."));
        assertEquals(List.of("whether anyone was charged"), found.stream().map(Conflict::topic).toList(),
                found.toString());
    }

    @Test
    void anArrestOfSomeoneTheDayBeforeContradictsADenialThatHeHasBeenArrested() {
        // A fresh user's school bus crash: Tuesday's "The driver … was arrested at the scene" against Wednesday's
        // police statement "He has not been arrested" had not been compared, being of two days.
        List<Conflict> found = detect(
                published("a.txt", "2030-03-12T19:40:00Z", "The driver, a man in his sixties from Tarrick, was "
                        + "arrested at the scene on suspicion of dangerous driving."),
                published("b.txt", "2030-03-13T16:00:00Z", "The driver of the bus voluntarily attended an interview "
                        + "under caution on Tuesday afternoon. He has not been arrested."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        // Ruled out since: a later day's affirmation follows the denial.
        List<Conflict> later = detect(
                published("a.txt", "2030-03-12T19:40:00Z", "Police said the driver had not been arrested."),
                published("b.txt", "2030-03-13T16:00:00Z", "The driver was arrested on Wednesday morning at his "
                        + "home."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(later), later.toString());
        // Plans are not what was done: the BBC's copies, reworded, had "he would not create any tax commitments until
        // the manifesto" followed by "We will create commitments on tax at the time of the manifesto".
        assertEquals(List.of(), detect(
                published("a.txt", "2005-02-11T20:00:00Z", "On Friday night, Mr Brown confirmed he would not create "
                        + "any tax commitments until the Labour manifesto had been published."),
                published("b.txt", "2005-02-14T09:00:00Z", "On the tax questions, he remarked: \"We will create "
                        + "commitments on tax at the time of the manifesto.\"")));
    }

    @Test
    void anArrestALaterReportDatesBeforeADenialContradictsIt() {
        // A fresh user's bomb hoax: Wednesday's statement of an arrest "at approximately 11:05 on Tuesday" had been an
        // update of Tuesday night's "no arrests had been made", beside the contradiction Tuesday's own report made.
        List<Conflict> found = detect(
                published("a.txt", "2031-10-14T18:30:00Z", "A man was arrested in Castrelle shortly after 11am."),
                published("b.txt", "2031-10-14T23:10:00Z", "A police spokeswoman in Castrelle said no arrests had "
                        + "been made."),
                published("c.txt", "2031-10-15T11:00:00Z", "A 41-year-old man was arrested in Castrelle at "
                        + "approximately 11:05 on Tuesday."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertEquals(3, found.get(0).statements().size(), found.toString());
    }

    @Test
    void someoneDescribedByTheirAgeIsSomeoneAVerbWasDoneTo() {
        // A fresh user's school outbreak: "officers had arrested a 52-year-old man" went unread against "no arrests
        // have been made", the age ending the object at "year-old".
        List<Conflict> found = detect(
                doc("a.txt", "There has been no police involvement in this matter and no arrests have been made."),
                doc("b.txt", "Eastwold Constabulary said officers had arrested a 52-year-old man on suspicion of "
                        + "fraud."));
        assertEquals(1, found.size(), found.toString());
        assertEquals("whether anyone was arrested", found.get(0).topic());
    }

    @Test
    void anArrestToldByAPronounPastAnAdverbOrOfANamedAgedPersonMeetsNoArrests() {
        // Fresh users' gas blast ("Police also confirmed overnight that they had arrested a 47-year-old man…") and
        // balloon crash ("the pilot, Tobias Wrenfield, 61, had been arrested") had their arrests unread against
        // "No arrests have been made" the same day.
        for (String arrest : List.of("Police also confirmed overnight that they had arrested a 47-year-old man on "
                        + "suspicion of manslaughter.",
                "They had arrested a 47-year-old man on suspicion of manslaughter, police said on Monday.",
                "Police confirmed on Monday that the pilot, Tobias Wrenfield, 61, had been arrested.")) {
            List<Conflict> found = detect(
                    doc("a.txt", "No arrests have been made in connection with the incident on Monday."),
                    doc("b.txt", arrest));
            assertEquals(List.of("whether anyone was arrested"), found.stream().map(Conflict::topic).toList(),
                    arrest + " " + found);
        }
    }

    @Test
    void whatIsDeniedOfAnyoneIsAffirmedByItBeingDoneToSomeone() {
        // "No one", "nobody" or "no arrests … made": the verb denied of anyone, which any report naming someone it
        // was done to contradicts.
        List<Conflict> arrests = detect(
                doc("a.txt", "The constabulary can confirm that no arrests have been made in connection with the "
                        + "incident on Monday."),
                doc("b.txt", "Police said on Monday that officers had arrested the colliery's shift manager."));
        assertEquals(1, arrests.size(), arrests.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, arrests.get(0).kind());
        assertEquals("whether anyone was arrested", arrests.get(0).topic());
        List<Conflict> charged = detect(
                doc("a.txt", "No one has been charged at this stage, police said on Monday."),
                doc("b.txt", "A 24-year-old man was charged on Monday with offences under the Computer Misuse Act."));
        assertEquals(1, charged.size(), charged.toString());
        assertEquals("whether anyone was charged", charged.get(0).topic());
        // "No person" is anyone, as "no one" is (a fresh user's avalanche); a kind of person is not.
        List<Conflict> person = detect(
                doc("a.txt", "No person has been arrested in connection with the incident on Monday."),
                doc("b.txt", "Police have arrested a 29-year-old snowboarder on Monday."));
        assertEquals(List.of("whether anyone was arrested"), person.stream().map(Conflict::topic).toList());
        assertEquals(List.of(), detect(
                doc("a.txt", "No child has been arrested in connection with the incident on Monday."),
                doc("b.txt", "Police have arrested a 29-year-old snowboarder on Monday.")));
        // A past tense right after the noun the sentence opens with affirms as well, past a count of those it was
        // done to.
        List<Conflict> arrested = detect(
                doc("a.txt", "Police arrested two men after scuffles broke out at the terminal on Monday."),
                doc("b.txt", "Metropolitan Police said no arrests had been made during the protests on Monday."));
        assertEquals(1, arrested.size(), arrested.toString());
        assertEquals("whether anyone was arrested", arrested.get(0).topic());
        // Someone named, or named by whose they are: a fresh user's earthquake had "Police arrested Ferro-Lind's
        // managing director, Matthias Gorne" read as about nobody.
        for (String named : List.of("Police arrested Ferro-Lind's managing director, Matthias Gorne, at his home on "
                + "Wednesday evening.", "Police arrested Matthias Gorne at his home on Wednesday evening.")) {
            List<Conflict> gorne = detect(
                    doc("a.txt", named),
                    doc("b.txt", "No arrests have been made on Wednesday, the prosecutor Matthias Gorne added."));
            assertEquals(List.of("whether anyone was arrested"), gorne.stream().map(Conflict::topic).toList(), named);
        }
        // A fresh user's coach crash: "He" after a list's numbered item about the driver, whom WordNet files as an
        // operator, not a person, denies what "the driver, Emil Rassko, was arrested" says.
        List<Conflict> driver = detect(
                doc("a.txt", "The Herald has learned that the driver, Emil Rassko, was arrested on Monday at his "
                        + "hospital bedside in Upper Merrow."),
                doc("b.txt", "5. The driver of the coach, Emil Rassko, is receiving treatment for his injuries in "
                        + "Upper Merrow on Monday. He has not been arrested."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(driver),
                driver.toString());
        assertEquals("whether the driver was arrested", driver.get(0).topic(), "an operator is said of as a person is");
        // A capitalised word describing the noun after it is no name: nothing is said done to anyone.
        assertEquals(List.of(), detect(
                doc("a.txt", "Police arrested Russian hackers on Wednesday evening, Matthias Gorne said."),
                doc("b.txt", "No arrests have been made on Wednesday, the prosecutor Matthias Gorne added.")));
        // "He" opening a denial is the person the sentences before were about.
        List<Conflict> he = detect(
                doc("a.txt", "A 41-year-old man from the Brackwater area was arrested on Monday. He has since been "
                        + "released on bail. He has not been charged, police said on Monday."),
                doc("b.txt", "A man has been charged in connection with the crush on Monday, WRB News understands."));
        assertEquals(1, he.size(), he.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, he.get(0).kind());
        // …by the last noun of its subject: the colliery's shift manager is a manager, not a shift.
        List<Conflict> manager = detect(
                doc("a.txt", "The colliery's shift manager was arrested on Monday. He has not been charged, police "
                        + "said on Monday."),
                doc("b.txt", "The shift manager has been charged with gross negligence, police said on Monday."));
        assertEquals(1, manager.size(), manager.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, manager.get(0).kind());
        // Another verb done to someone affirms nothing denied.
        assertEquals(List.of(), detect(
                doc("a.txt", "Nobody was injured in the blaze on Monday, firefighters said."),
                doc("b.txt", "Police said on Monday that officers had arrested the colliery's shift manager.")));
    }

    @Test
    void aVerbPhraseJoinedByAndSharesTheSubjectTheSentenceOpensWith() {
        // A fresh user's dam failure: "A 29-year-old man was detained … and has since been charged with burglary"
        // against the police's "A man aged 29 was arrested … He has been released on bail … and has not been
        // charged" had been read as saying nothing of the man's charge on either side.
        List<Conflict> found = detect(
                doc("a.txt", "A 29-year-old man was detained in the early hours of Monday on Mill Lane, inside the "
                        + "cordon, and has since been charged with burglary, police said."),
                doc("b.txt", "A man aged 29 was arrested in the early hours of Monday on Mill Lane. He has been "
                        + "released on bail pending further enquiries and has not been charged."));
        assertEquals(List.of("whether the man was charged"), found.stream().map(Conflict::topic).toList(),
                found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
        // The joined phrase is the opening subject's, not the noun right before "and".
        assertEquals(List.of(), detect(
                doc("a.txt", "A 29-year-old man was detained on Monday near the bridge and has been charged."),
                doc("b.txt", "The bridge has not been charged on Monday, the council said.")));
        // "He" past an adjective after the noun: "A man aged 29" is a man.
        List<Conflict> aged = detect(
                doc("a.txt", "A man aged 29 was arrested on Monday. He has not been charged."),
                doc("b.txt", "A man has been charged in connection with the flooding on Monday, police said."));
        assertEquals(List.of("whether the man was charged"), aged.stream().map(Conflict::topic).toList(),
                aged.toString());
    }

    @Test
    void aCaptainArrestedIsSomeoneArrested() {
        // A fresh user's ferry capsizing: "River police confirmed that they had arrested the ferry's captain" against
        // the official "No arrests have been made" had not been compared, a captain not being someone to WordNet's
        // search of hypernyms.
        List<Conflict> found = detect(
                doc("a.txt", "River police confirmed that they had arrested the ferry's captain late on Monday."),
                doc("b.txt", "The River Police have interviewed the master of the vessel. No arrests have been made "
                        + "on Monday."));
        assertEquals(List.of("whether anyone was arrested"), found.stream().map(Conflict::topic).toList(),
                found.toString());
    }

    @Test
    void aDayEarlierSaysWhenNotWhatASumIsPer() {
        // "£5 million … a day earlier" is the fund's sum, told of the day before, not five million a day.
        List<Conflict> found = detect(
                doc("a.txt", "The government said its emergency fund held the £5 million announced a day earlier."),
                doc("b.txt", "The government said its emergency fund held £3 million."));
        assertEquals(1, found.size(), found.toString());
        assertFalse(found.get(0).topic().contains("day"), found.get(0).topic());
    }

    @Test
    void aPersonsAgeIsTheirsWithATitleBeforeTheNameOrWhatTheyAreBetweenAgeAndName() {
        // Fresh users' stories: "Captain Ilario Venturin, 61," had been another person than the "54-year-old Ilario
        // Venturin", and "20-year-old history student Tamsin Achebe-Reilly" the age of a "history".
        List<Conflict> captain = detect(
                published("a.txt", "2024-10-14T09:40:00Z", "The ship's master, 54-year-old Ilario Venturin, was "
                        + "questioned by police."),
                published("b.txt", "2024-10-15T15:30:00Z", "Captain Ilario Venturin, 61, has commanded tankers for "
                        + "two decades."));
        assertEquals(1, captain.size(), captain.toString());
        List<Conflict> student = detect(
                published("a.txt", "2026-03-10T09:00:00Z", "One of the organisers, 20-year-old history student Tamsin "
                        + "Achebe-Reilly, said the occupation was peaceful."),
                published("b.txt", "2026-03-10T18:00:00Z", "Tamsin Achebe-Reilly, 22, said the group would stay."));
        assertEquals(1, student.size(), student.toString());
        assertEquals("age of Tamsin Achebe-Reilly", student.get(0).topic());
        // A fresh user's hospital fire: "Dennis Okafor-Lyle, a 52-year-old porter" had been a porter's age, no one's.
        List<Conflict> porter = detect(
                published("a.txt", "2025-10-14T09:00:00Z", "Dennis Okafor-Lyle, a 52-year-old porter who has worked "
                        + "at the hospital for 19 years, was among the first to reach the ward."),
                published("b.txt", "2025-10-14T18:00:00Z", "Porter Dennis Okafor-Lyle, 47, helped push beds to "
                        + "safety."));
        assertEquals(List.of("age of Dennis Okafor-Lyle"), porter.stream().map(Conflict::topic).toList(),
                porter.toString());
        // "the" or an owner's possessive before the age, or the name after what the person is, set off by commas.
        List<Conflict> chief = detect(
                published("a.txt", "2025-03-03T09:00:00Z", "Oskar Vantreel, the 58-year-old chief executive who "
                        + "joined in 2021, has been criticised."),
                published("b.txt", "2025-03-03T18:00:00Z", "Chief executive Oskar Vantreel, 54, said sorry."));
        assertEquals(List.of("age of Oskar Vantreel"), chief.stream().map(Conflict::topic).toList(), chief.toString());
        List<Conflict> owned = detect(
                published("a.txt", "2025-03-03T09:00:00Z", "Helga Marrin, VMT's 58-year-old chief executive, told "
                        + "the Courier the trams would run."),
                published("b.txt", "2025-03-03T18:00:00Z", "Its 48-year-old chief executive, Helga Marrin, has "
                        + "apologised."));
        assertEquals(List.of("age of Helga Marrin"), owned.stream().map(Conflict::topic).toList(), owned.toString());
    }

    @Test
    void theAgeOfSomeoneNamedBeforeIsTheirs() {
        // "The 61-year-old, who …" after a sentence whose subject is a name; or later in that sentence.
        List<Conflict> resigned = detect(
                published("a.txt", "2025-03-03T09:00:00Z", "The chain's chief executive, Margaret Ollerenshaw, "
                        + "resigned late on Monday night. The 61-year-old, who joined five years ago, was not "
                        + "available for comment."),
                published("b.txt", "2025-03-03T18:00:00Z", "Margaret Ollerenshaw, 58, resigned on Monday."));
        assertEquals(List.of("age of Margaret Ollerenshaw"), resigned.stream().map(Conflict::topic).toList(),
                resigned.toString());
        List<Conflict> staying = detect(
                published("a.txt", "2025-03-03T09:00:00Z", "Henrik Falbrecht has no intention of resigning, his "
                        + "lawyer said, dismissing reports that the 61-year-old had stepped down."),
                published("b.txt", "2025-03-03T18:00:00Z", "Henrik Falbrecht, 58, was arrested on Tuesday."));
        assertEquals(List.of("age of Henrik Falbrecht"), staying.stream().map(Conflict::topic).toList(),
                staying.toString());
        // "The 52-year-old union leader": the compound's last noun says who.
        List<Conflict> leader = detect(
                published("a.txt", "2025-03-03T09:00:00Z", "Union leader Tamsin Brevik, speaking on the radio, said "
                        + "the strike would go on. The 52-year-old union leader, a former crane operator, said the "
                        + "members had been patient."),
                published("b.txt", "2025-03-03T18:00:00Z", "Tamsin Brevik, 47, told a rally the strike would go on."));
        assertEquals(List.of("age of Tamsin Brevik"), leader.stream().map(Conflict::topic).toList(),
                leader.toString());
        // Not someone else: a noun after the name ("New York police"), another sentence's subject when this one has
        // its own, a described person the sentence before does not describe, a thing's age.
        assertEquals(List.of(), detect(
                published("a.txt", "2025-03-03T09:00:00Z", "Oskar Vantreel visited the site. The 43-year-old driver "
                        + "was questioned by police. Oskar Vantreel said the 47-year-old had been calm. The "
                        + "Tarrow Viaduct was shut. The 47-year-old viaduct is closed."),
                published("b.txt", "2025-03-03T18:00:00Z", "Oskar Vantreel, 58, visited the Tarrow Viaduct, which "
                        + "is 55 years old.")));
        // Nor a place's phrase opening a sentence: "In Kessel, …" names no one (a held-out user's resignation had
        // "The 57-year-old" keyed to "In Kessel", where any other age said there would have met it).
        assertEquals(List.of(), detect(
                published("a.txt", "2025-03-03T09:00:00Z", "In Kessel, the resignation of Helena Varga-Osten has been "
                        + "greeted with anger. The 57-year-old, who represented Kessel East, was the town's best-known "
                        + "politician."),
                published("b.txt", "2025-03-03T18:00:00Z", "In Kessel, the 61-year-old was cheered by supporters.")));
    }

    @Test
    void onePersonsTwoAgesInReportsOfKnownDatesContradict() {
        // By name, whole (a father and a daughter share a surname), or by what happened to the one described.
        List<Conflict> named = detect(
                published("a.txt", "2029-06-11T09:00:00Z", "Casimir Vole, 44, has been charged with hostage-taking."),
                published("b.txt", "2029-06-11T18:00:00Z", "Casimir Vole, 41, appeared in court, Annika Vole, 38, "
                        + "said."));
        assertEquals(1, named.size(), named.toString());
        assertEquals("age of Casimir Vole", named.get(0).topic());
        List<Conflict> arrested = detect(
                published("a.txt", "2031-03-11T09:00:00Z", "Police arrested a 24-year-old man at an address in the "
                        + "Eastgate district late on Monday."),
                published("b.txt", "2031-03-11T18:00:00Z", "A 27-year-old man from the Eastgate area had been "
                        + "arrested, police said."));
        assertEquals(1, arrested.size(), arrested.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, arrested.get(0).kind());
        // People grow older: reports without a date of their own are not compared; and a name before a noun says
        // whose the noun is ("the 25-year-old Newcastle star"), not whose age.
        assertEquals(List.of(), detect(
                doc("a.txt", "Thanou, 29, won silver in the 100m."),
                doc("b.txt", "Thanou, 30, was provisionally suspended.")));
        assertEquals(List.of(), detect(
                published("a.txt", "2029-06-11T09:00:00Z", "He praised the 18-year-old Newcastle centre."),
                published("b.txt", "2029-06-11T18:00:00Z", "The 25-year-old Newcastle star takes over.")));
    }

    @Test
    void anAgeGivenWithATitleAndSurnameIsThePersonTheReportNamesInFull() {
        // News names a person in full, then by title and surname: "Mrs Dunsford, 39," is the report's Meg Dunsford.
        List<Conflict> found = detect(
                published("a.txt", "2025-03-14T09:00:00Z", "Meg Dunsford, 38, a former head teacher, was elected."),
                published("b.txt", "2025-03-14T18:00:00Z", "Unity's Meg Dunsford won the seat. Mrs Dunsford, 39, "
                        + "thanked her team."));
        assertEquals(1, found.size(), found.toString());
        assertEquals("age of Meg Dunsford", found.get(0).topic());
        // Two people of the surname in the report: whose the age is stays unknown, so nothing is compared.
        assertEquals(List.of(), detect(
                published("a.txt", "2025-03-14T09:00:00Z", "Meg Dunsford, 38, a former head teacher, was elected."),
                published("b.txt", "2025-03-14T18:00:00Z", "Meg Dunsford and Alan Dunsford voted. Mrs Dunsford, "
                        + "39, thanked her team.")));
    }

    @Test
    void aQuotedWeDeniesForTheSpeakerWhomTheQuoteIsAttributedTo() {
        List<Conflict> found = detect(
                doc("a.txt", "A spokesman said investigators had ruled out sabotage on Monday."),
                doc("b.txt", "Police chief Marek Dolan told reporters on Monday: \"We have not ruled out sabotage.\""));
        assertEquals(1, found.size(), found.toString());
        assertEquals(List.of(), detect(
                doc("a.txt", "A spokesman said investigators had ruled out sabotage on Monday."),
                doc("b.txt", "Police chief Marek Dolan said on Monday that we have not ruled out sabotage.")),
                "outside a quotation \"we\" may be anyone");
    }

    @Test
    void oneDisagreementTiedToTwoPlacesIsReportedOnce() {
        // A held-out user's wildfire: each report gave its count of evacuated villages in its headline and its lead,
        // which tie it to the park and to the region, and the disagreement came out once per place.
        List<Conflict> found = detect(
                headlined("a.txt", "Seven villages evacuated in Graymere as fire spreads", "VESTRAL - Authorities in "
                        + "Vestral evacuated seven villages on Monday."),
                headlined("b.txt", "Nine villages evacuated in Graymere", "Nine villages were evacuated in Vestral "
                        + "on Monday."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
    }

    private static Document headlined(String id, String headline, String body) {
        String text = headline + "\n\n" + body + "\n";
        return new Document(id, headline, text, id, SentenceSplitter.split(id, text), null,
                new Origin("https://example.org/" + id, "Example", Instant.parse("2025-07-14T18:00:00Z")));
    }

    private static Document published(String id, String instant, String body) {
        String text = STORY + body;
        return new Document(id, "Storm", text, id, SentenceSplitter.split(id, text), null,
                new Origin("https://example.org/" + id, "Example", Instant.parse(instant)));
    }

    @Test
    void aDenialAndAnAffirmationOfTheSameDayContradict() {
        List<Conflict> found = detect(
                doc("a.txt", "Police have ruled out sabotage, the chief investigator said on Monday."),
                doc("b.txt", "Police have not ruled out sabotage, officers said on Monday."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
        assertTrue(found.get(0).topic().contains("sabotage"), found.get(0).topic());
        assertEquals("whether ruling out sabotage stands", found.get(0).topic());
        List<Conflict> won = detect(
                doc("a.txt", "The club have won the cup, the manager said on Monday."),
                doc("b.txt", "The club have not won the cup, the manager said on Monday."));
        assertEquals("whether winning cup stands", won.get(0).topic());
    }

    @Test
    void aNameEndingInACommonNounIsThatThingForADenialOfAPassive() {
        // A fresh user's earthquake story: "Taldoran General Hospital has not been evacuated" against "was evacuated"
        // had been read as about nothing.
        List<Conflict> found = detect(
                doc("a.txt", "Taldoran General Hospital was evacuated after cracks appeared in its walls on Tuesday."),
                doc("b.txt", "Taldoran General Hospital has not been evacuated and is treating the injured as normal "
                        + "on Tuesday."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
        assertEquals("whether evacuating hospital stands", found.get(0).topic());
    }

    @Test
    void aMarketsCloseAndAPlannedClosureAreNoStateOfAPlant() {
        // A fresh user's results story: "shares had closed 19 per cent lower" and "will close by the end of 2032"
        // were set against "would stay open", about three different things.
        assertEquals(List.of(), detect(
                doc("a.txt", "The Marrowfield plant is expected to wind down over the next eighteen months and shut "
                        + "by the end of 2032."),
                doc("c.txt", "The Marrowfield plant remains open for now, the union said.")), "a plan");
        assertEquals(List.of(), detect(
                doc("b.txt", "The Marrowfield plant makes pumps. By the end of the day, Ardlow's shares had closed 19 "
                        + "per cent lower."),
                doc("c.txt", "The Marrowfield plant remains open for now, the union said.")), "a market's close");
        List<Conflict> shut = detect(
                doc("a.txt", "The Marrowfield plant was shut by the end of the day, the union said."),
                doc("b.txt", "The Marrowfield plant remains open for now, the company said."));
        assertEquals(1, shut.size(), "a plant's state is still read: " + shut);
    }

    @Test
    void aDenialReportedBySomeoneElseIsStillADenial() {
        // "said officers had ruled out": the verb of saying opens the reported clause as "that" would, and "officers"
        // (a verb too, to WordNet) is its subject.
        List<Conflict> found = detect(
                doc("a.txt", "Chief Inspector Lena Marsh said officers had ruled out sabotage on Monday."),
                doc("b.txt", "Chief Inspector Lena Marsh said officers had not ruled out sabotage on Monday."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
    }

    @Test
    void officersAndPoliceAreOneBodyAndAUnionAnother() {
        // WordNet has police officers as members of the police: their denial and the police's affirmation clash.
        List<Conflict> found = detect(
                doc("a.txt", "Officers have ruled out sabotage, the chief inspector said on Monday."),
                doc("b.txt", "Police have not ruled out sabotage, a spokeswoman said on Monday."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(List.of(), detect(
                doc("a.txt", "The union has ruled out a strike, its secretary said on Monday."),
                doc("b.txt", "Police have not ruled out a strike, a spokeswoman said on Monday.")));
    }

    @Test
    void peopleTakenToHospitalAndPeopleTreatedThereAreOneCountApartFromTheInjured() {
        List<Conflict> found = detect(
                doc("a.txt", "One worker was killed and eleven people were taken to hospital in Riverton on Monday."),
                doc("b.txt", "Seventeen people received hospital treatment in Riverton on Monday, officials said."));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).topic().contains("hospital"), found.get(0).topic());
        assertEquals(List.of(), detect(
                doc("a.txt", "Eleven people were taken to hospital in Riverton on Monday."),
                doc("b.txt", "Forty people were injured in Riverton on Monday, officials said.")),
                "the injured are not all taken to hospital");
        assertEquals(List.of(), detect(
                doc("a.txt", "A total of 23 people were taken to hospital in Riverton on Monday."),
                doc("b.txt", "Riverton General Hospital said eleven people were still being treated there on Monday.")),
                "those still in hospital are not how many were taken there");
    }

    @Test
    void refusingToRuleSomethingOutDeniesWhatAPassiveAffirms() {
        List<Conflict> found = detect(
                doc("a.txt", "Prosecutor Marek Dolan refused to rule out sabotage at a briefing on Monday."),
                doc("b.txt", "At a briefing on Monday, prosecutor Marek Dolan said sabotage had been ruled out."));
        assertEquals(1, found.size(), found.toString());
        assertEquals("whether ruling out sabotage stands", found.get(0).topic());
        assertEquals(List.of(), detect(
                doc("a.txt", "Prosecutor Marek Dolan agreed to rule out sabotage at a briefing on Monday."),
                doc("b.txt", "At a briefing on Monday, prosecutor Marek Dolan said sabotage had been ruled out.")),
                "an infinitive after another verb asserts nothing");
    }

    @Test
    void peopleTheLexiconDoesNotListAreCountedEachUnderItsOwnNoun() {
        // WordNet files survivors under persons: 23 and 41 treated are two accounts of one figure.
        List<Conflict> found = detect(
                doc("a.txt", "By 6pm, 23 survivors were being treated at Riverton General Hospital."),
                doc("b.txt", "By 6pm, Riverton General Hospital was treating 41 survivors, a spokeswoman said."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
        // A plural WordNet also has as a word of its own is still its singular's: men are people, not a workforce.
        List<Conflict> men = detect(
                doc("a.txt", "Four men had been brought out alive by Monday evening, rescuers said."),
                doc("b.txt", "Six men had been brought out alive by Monday evening, police said."));
        assertEquals(1, men.size(), men.toString());
        // Each under its own noun: firefighters treated are not the residents treated.
        assertEquals(List.of(), detect(
                doc("a.txt", "By 6pm, 12 firefighters were being treated at Riverton General Hospital."),
                doc("b.txt", "By 6pm, Riverton General Hospital was treating 40 residents, a spokeswoman said.")));
    }

    @Test
    void staffSomethingHappenedToBesidesTheirJobsAreCountedAsPeople() {
        // Suspended employees are no jobs cut or created: two accounts of how many were suspended.
        List<Conflict> found = detect(
                doc("a.txt", "Two employees in the bank's IT department have been suspended, NBX News understands."),
                doc("b.txt", "Three employees have been suspended while the investigation continues, the bank said."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
        assertTrue(found.get(0).topic().contains("employees"), found.get(0).topic());
        // Workers fired by a bank were dismissed, not launched as missiles are.
        assertEquals(List.of(), detect(
                doc("a.txt", "Russia fired 40 missiles at Kyiv on Monday."),
                doc("b.txt", "The bank fired 12 workers on Monday.")));
    }

    @Test
    void aStateIsAboutWhatItsVerbWasDoneToWhatWhichStandsForOrACodeNamingARoad() {
        // The object of "closed", not the "Carrick Bridge" after it, which is a town; the road's code names it.
        List<Conflict> road = detect(
                doc("a.txt", "Police have closed the A62 between Dunhallow and Carrick Bridge to keep the route clear."),
                doc("b.txt", "The A62 remains open to traffic, the council said."));
        assertEquals(1, road.size(), road.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, road.get(0).kind());
        assertEquals("whether the A62 is open", road.get(0).topic());
        // "which" stands for the shaft, not for the production the sentence opens with.
        List<Conflict> shaft = detect(
                doc("a.txt", "Coal production is continuing at the neighbouring No 2 shaft, which remains open, a "
                        + "spokesman said."),
                doc("b.txt", "Greyvane has closed the No 2 shaft and halted all production at the complex."));
        assertEquals(1, shaft.size(), shaft.toString());
        assertTrue(shaft.get(0).topic().contains("shaft"), shaft.get(0).topic());
        // A name and a number name a thing too, opening the sentence or the clause after an opening phrase.
        List<Conflict> terminal = detect(
                doc("a.txt", "Terminal 2, which handles most short-haul departures, was closed to passengers on "
                        + "Monday, staff said."),
                doc("b.txt", "Despite posts suggesting otherwise, Terminal 2 remained open throughout Monday, the "
                        + "airport operator said."));
        assertEquals(1, terminal.size(), terminal.toString());
        assertEquals("whether Terminal 2 is open", terminal.get(0).topic());
        // A time after the verb is no object: "closed the next day" says when.
        assertEquals(List.of(), detect(
                doc("a.txt", "The school closed the next day, the council said."),
                doc("b.txt", "The day remains open for bookings, organisers said.")));
    }

    @Test
    void aPartCountsWhatItsWholeCountsAndTheWholeOnlyWhatItsOwnWordsSay() {
        // "Twelve of the 40 passengers were taken to hospital": twelve taken, not forty; "Two of the five injured
        // died": two dead, five injured.
        List<Conflict> hospital = detect(
                doc("a.txt", "Twelve of the 40 passengers were taken to hospital on Monday, the operator said."),
                doc("b.txt", "Twelve people were taken to hospital on Monday, police said."));
        assertEquals(List.of(), hospital, "twelve and twelve agree; the forty on board were not all taken");
        List<Conflict> died = detect(
                doc("a.txt", "Two of the five injured died on Monday, the hospital said."),
                doc("b.txt", "Three people died on Monday, police said."));
        assertEquals(1, died.size(), died.toString());
        assertTrue(died.get(0).topic().startsWith("people killed"), died.get(0).topic());
        assertTrue(died.get(0).statements().stream().anyMatch(st -> st.value().equals("Two")), died.toString());
        // "Fifteen of the 23 survivors … brought out alive" counts those brought out, not those trapped.
        List<Conflict> rescued = detect(
                doc("a.txt", "Fifteen of the 23 survivors trapped by the roof fall had been brought out alive by "
                        + "Monday, rescuers said."),
                doc("b.txt", "Eleven survivors had been brought out alive by Monday, police said."));
        assertEquals(1, rescued.size(), rescued.toString());
        assertTrue(rescued.get(0).statements().stream().noneMatch(st -> st.value().startsWith("23")),
                rescued.toString());
    }

    @Test
    void anAndInsideTheSubjectBeforeItsVerbJoinsNoClauses() {
        // "across Riverton and the surrounding villages were without electricity": the "and" joins two places, so
        // the figure keeps its verb; "six were killed and 40 injured" still breaks after the first verb.
        List<Conflict> found = detect(
                doc("a.txt", "On Wednesday, 12,400 households across Riverton and the surrounding villages were without "
                        + "electricity, the operator said."),
                doc("b.txt", "On Wednesday about 21,000 households were without power, the operator said."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
    }

    @Test
    void aPredicateJoinedByAndTellsWhatHappenedToo() {
        // "were dragged from their beds and evacuated": the second verb is the figure's as well, and the lexicon's.
        List<Conflict> found = detect(
                doc("a.txt", "About 3,200 residents were evacuated overnight, officials said on Monday."),
                doc("b.txt", "Nearly 6,000 people were dragged from their beds and evacuated overnight on Monday."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
    }

    @Test
    void aDistanceOutFromAPlaceIsTheDistanceFromIt() {
        // "seven kilometres out from": "out" is no noun the distance is of, as "line" is in "a 120-km line".
        List<Conflict> found = detect(
                doc("a.txt", "The barge sank about 2.4 kilometres from Riverton harbour, officials said."),
                doc("b.txt", "The barge sank some seven kilometres out from Riverton harbour, officials said."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
    }

    @Test
    void anAffirmationInAnIrregularFormMeetsItsDenial() {
        // Affirmations are looked for only in sentences holding a form of a denied verb: "found" is find's.
        List<Conflict> found = detect(
                doc("a.txt", "Investigators have not found the flight recorder, officials said on Monday."),
                doc("b.txt", "Investigators have found the flight recorder, officials said on Monday."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found), found.toString());
        assertEquals(List.of(), detect(
                doc("a.txt", "Investigators have not found the flight recorder, officials said on Monday."),
                doc("b.txt", "Investigators have examined the flight recorder, officials said on Monday.")));
    }

    @Test
    void aDenialIsFollowedByALaterDaysAffirmationAndNotComparedWithABareParticiple() {
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(detect(
                doc("a.txt", "On Tuesday police said they have ruled out sabotage."),
                doc("b.txt", "Police have not ruled out sabotage, officers said on Monday."))));
        assertEquals(List.of(), detect(
                doc("a.txt", "She tested positive for a banned drug on Monday."),
                doc("b.txt", "The drug is not banned out of competition, officials said on Monday.")));
    }

    @Test
    void whatADenialIsAboutIsAThingNotACountOrAWordOnlyUsedOtherwise() {
        // "one" is a count and "there" has no noun sense in use: neither is something denied or affirmed.
        assertEquals(List.of(), detect(
                doc("a.txt", "The club have won one, the manager said on Monday."),
                doc("b.txt", "The club have not won one, the manager said on Monday.")));
        assertEquals(List.of(), detect(
                doc("a.txt", "Officials have visited there, the mayor said on Monday."),
                doc("b.txt", "Officials have not visited there, the mayor said on Monday.")));
    }

    @Test
    void aNewDenialFindsTheAffirmationInAnArticleReadBefore() {
        Document a = doc("a.txt", "Police have ruled out sabotage, the chief investigator said on Monday.");
        ConflictDetector detector = ConflictDetector.of(new Corpus(Path.of("."), List.of(a), List.of()));
        List<Conflict> changed = detector.update(List.of(
                doc("b.txt", "Police have not ruled out sabotage, officers said on Monday.")), List.of());
        assertEquals(1, changed.size(), changed.toString());
        assertEquals(List.of("a.txt", "b.txt"), changed.get(0).statements().stream().map(Conflict.Statement::source)
                .sorted().toList());
    }

    @Test
    void amountsInOtherFormatsAgreeAndApproximateFiguresFarApartContradict() {
        assertEquals(List.of(), detect(
                doc("a.txt", "The storm caused damage of €75m in Riverton, insurers said."),
                doc("b.txt", "The storm caused damage of 75 million euros in Riverton."),
                doc("c.txt", "The storm caused damage of EUR 75 million in Riverton.")));
        List<Conflict> found = detect(
                doc("a.txt", "About 5,000 residents were evacuated from Riverton."),
                doc("b.txt", "Some 9,000 residents were evacuated from Riverton."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
    }

    @Test
    void noOneKilledIsNoCountOfOne() {
        // A fresh user's chemical fire: "No one was killed." had been a toll of one against a count of dead fish.
        assertEquals(List.of(), detect(
                doc("a.txt", "No one was killed in Riverton, officials said."),
                doc("b.txt", "Two people were killed in Riverton, officials said.")).stream()
                .filter(c -> c.statements().stream().anyMatch(s -> s.value().equals("one"))).toList());
    }

    @Test
    void deadAnimalsAreCountedAsWhatTheyAreNotAsPeopleKilled() {
        // The same story's "around 200 dead fish" and "more than 1,500 dead fish" had been a toll of people; they are
        // a count of fish, which a later report raises.
        List<Conflict> found = detect(
                stamped("a.txt", "14 October 2031 16:00", "Officers have recovered around 200 dead fish from the "
                        + "river."),
                stamped("b.txt", "15 October 2031 07:30", "Officers have so far recovered more than 1,500 dead fish "
                        + "from the river."),
                stamped("c.txt", "14 October 2031 15:00", "Two people were killed in Riverton, officials said."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.UPDATE, found.get(0).kind());
        assertFalse(found.get(0).topic().contains("people"), found.get(0).topic());
    }

    @Test
    void doorsAndWindowsKeptClosedAreNoStateOfARoadOrASchool() {
        // The same story: advice to "keep doors and windows closed" had been set against "a rest centre is open" as
        // the state of a road (named in "Chapel Road") and of a school (named the sentence before).
        assertEquals(List.of(), detect(
                doc("a.txt", "The rest centre at the Leisure Centre, Chapel Road, remains open overnight."),
                doc("b.txt", "Traffic on the ring road was heavy. Anyone living downwind should continue to keep "
                        + "doors and windows closed.")), "a road");
        assertEquals(List.of(), detect(
                doc("a.txt", "The Academy is open, but pupils are being kept indoors at the school."),
                doc("b.txt", "Pupils were sent home from the school. Families for miles around have been warned to "
                        + "keep their doors and windows closed.")), "a school");
        // A fresh user's flood: "A rest centre is open at St Brannock's School" is no state of a school.
        assertEquals(List.of(), detect(
                doc("a.txt", "A rest centre is open at St Brannock's School in Oldfield for anyone who cannot stay "
                        + "with family."),
                doc("b.txt", "All schools in Harrowmere are closed today.")), "a school after \"is open\"");
    }

    @Test
    void aStateOfAllOfSomethingIsThatThingsState() {
        // A fresh user's council hack: "All 11 of the city's libraries are closed" and "All of the city's libraries
        // remain open as usual" had no subject (the quantifier's "of" ended the search), and "libraries" was filed as
        // "librarie".
        List<Conflict> found = detect(
                doc("a.txt", "All 11 of the city's libraries are closed until further notice, the council said."),
                doc("b.txt", "All of the city's libraries remain open as usual, the council said."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
        assertEquals("whether the library is open", found.get(0).topic());
    }

    @Test
    void aSubjectsHeadIsItsLastNounButNotAVerbEndingIt() {
        // "phone lines" are lines though "lines" is a verb too; "remains" in "the water intake remains closed" is
        // the verb, mostly, and ends the subject.
        List<Conflict> found = detect(
                doc("a.txt", "The water intake remains closed, the authority said on Monday."),
                doc("b.txt", "The water intake was reopened on Monday, the authority said."));
        assertEquals(1, found.size(), found.toString());
        assertEquals("whether the intake is open", found.get(0).topic());
    }

    @Test
    void aStateSaidToGoOnAgainstTheOppositeThatDayContradictsItThoughALaterDayChangedIt() {
        // The same libraries: Monday's "closed" and Monday's "remain open as usual" are at odds; Thursday's "fully
        // reopened" is an update beside them, not what makes Monday's reports a change.
        List<Conflict> found = detect(
                stamped("a.txt", "12 October 2026 11:20", "The city's libraries are closed until further notice."),
                stamped("b.txt", "12 October 2026 13:00", "The city's libraries remain open as usual."),
                stamped("c.txt", "15 October 2026 16:00", "The city's libraries have fully reopened."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION, Conflict.Kind.UPDATE),
                found.stream().map(Conflict::kind).sorted().toList(), found.toString());
    }

    @Test
    void aSumDemandedAndARansomAreOneDemand() {
        // A fresh user's council hack: "is demanding £1.8 million in cryptocurrency" against a tabloid's "HOLDS CITY
        // TO £4M RANSOM" had gone unreported, a sum being compared only under what the lexicon knows it is for.
        List<Conflict> found = detect(
                doc("a.txt", "A group calling itself Pale Lantern is demanding £1.8 million in cryptocurrency."),
                doc("b.txt", "The gang holds the council to a £4m ransom."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
    }

    @Test
    void aMeasureWrittenBeforeANameIsTheNamedThings() {
        // Two BBC robot reports: "the 1.3m (4.2ft) Emiew" is the Emiew's height, not a distance to set against how
        // far another robot walks.
        assertEquals(List.of(), detect(
                doc("a.txt", "The Asimo robot increased its walking speed from 1.6km/h to 2.5km, growing 10cm to "
                        + "130cm."),
                doc("b.txt", "Hitachi said the 1.3m (4.2ft) Emiew was the world's quickest-moving robot yet.")));
    }

    @Test
    void aNamesPossessiveAfterAPrepositionIsNoPlace() {
        // A fresh user's chemical fire: "Shares in Veltrane's parent company" had made Veltrane a place, and the
        // tabloid's "At least 17 people were hurt in the horror blaze at the Veltrane Chemicals site" its count, not
        // the story's, so it was set against no other.
        List<Conflict> found = detect(
                doc("a.txt", "Shares in Veltrane's parent company fell 6%. Eleven people were injured in the fire at "
                        + "the plant in Riverton."),
                doc("b.txt", "At least 17 people were hurt in the blaze at the Veltrane Chemicals site."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
    }

    @Test
    void infantsAndBabiesAreChildren() {
        // A fresh user's formula recall: "seven infants" and "nineteen babies" had been counts of two things. ("Tots",
        // to WordNet mostly a drink's measure, stay a word of their own.)
        List<Conflict> found = detect(
                doc("a.txt", "Three infants were admitted to hospital in Riverton, officials said."),
                doc("b.txt", "Five babies were rushed to hospital in Riverton, officials said."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
        assertTrue(found.get(0).topic().startsWith("children"), found.get(0).topic());
    }

    @Test
    void aNumberWordInCapitalsIsATabloidsEmphasisNotAName() {
        // A fresh user's doping story: "can reveal that FOUR riders have failed drugs tests" against the wire's two
        // was taken for a name ("Ocean's Twelve") and left out.
        List<Conflict> found = detect(
                doc("a.txt", "Two riders have failed drugs tests, the federation said."),
                doc("b.txt", "The Daily Flash can reveal that FOUR riders have failed drugs tests."));
        assertEquals(1, found.size(), found.toString());
        assertEquals(Conflict.Kind.CONTRADICTION, found.get(0).kind());
    }

    @Test
    void aStateThatWentOnOvernightIsFollowedByAChangeReportedLaterThatDay() {
        // A fresh user's siege: the road's reopening at 06:00, in a 09:00 statement, had been set against a 07:30
        // report that roads "remained closed overnight", and with it against every earlier day's closure.
        List<Conflict> found = detect(
                stamped("a.txt", "14 October 2031 13:50", "The Mill Road has been closed in both directions."),
                stamped("b.txt", "16 October 2031 07:30", "The Mill Road remained closed overnight while forensic "
                        + "officers examined the scene."),
                stamped("c.txt", "16 October 2031 09:00", "The Mill Road reopened at 06:00 on Thursday."));
        assertEquals(List.of(Conflict.Kind.UPDATE), kinds(found), found.toString());
    }

    @Test
    void aNamedPersonArrestedAndNotArrestedTheSameDayContradict() {
        // A fresh user's doping story: "Brask has not been arrested" against "Team doctor Teodor Brask was arrested"
        // had no subject (a passive's was looked for among common nouns only).
        List<Conflict> found = detect(
                stamped("a.txt", "10 June 2031 09:30", "Team doctor Teodor Brask was arrested at his home on Monday "
                        + "night, a police source said."),
                stamped("b.txt", "10 June 2031 10:40", "Contrary to reports circulating online, Brask has not been "
                        + "arrested."));
        assertEquals(List.of(Conflict.Kind.CONTRADICTION), kinds(found),
                found.toString());
    }
}
