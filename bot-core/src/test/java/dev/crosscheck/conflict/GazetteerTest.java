package dev.crosscheck.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    @Test
    void aNameLookedUpBeforeItWasLearntIsFoundOnceItIs() {
        Gazetteer places = new Gazetteer();
        assertEquals(List.of(), places.placesIn("Sirens sounded over Kharkiv"));
        places.learn("Missiles struck the city of Kharkiv at dawn.");
        assertEquals(List.of("kharkiv"), places.placesIn("Sirens sounded over Kharkiv"));
    }

    @Test
    void aCodeIsNoPlace() {
        // A fresh user's tornado: "put the tornado at EF-3" made "EF-" a place, the wind speeds' scope.
        Gazetteer places = new Gazetteer();
        places.learn("The survey put the tornado at EF-3, with peak winds close to 160 mph.");
        assertEquals(List.of(), places.placesIn("The tornado was rated EF-3 by the survey team."));
        // A fresh user's landslide: "put at EUR 11 million" made the euro's code a place.
        places.learn("Repairs to the road have been put at EUR 11 million by the roads authority.");
        assertEquals(List.of(), places.placesIn("The government released EUR 2.5 million in emergency funds."));
    }

    @Test
    void aNumberIsNoPlace() {
        // A held-out user's wildfire: the headline "Nine villages emptied" made "Nine" a place (a name before an area
        // word), which then placed the nine villages' count in Nine.
        Gazetteer places = new Gazetteer();
        places.learn("Nine villages emptied as Graymere blaze advances");
        places.learn("Residents of Stenby village were told to leave.");
        assertEquals(List.of("stenby"), places.placesIn("Nine villages near Stenby were cleared."));
    }

    @Test
    void aNameWithAnArticleBeforeItsPossessiveIsNoPlace() {
        // "Production at the Pellicott's factory": a fresh user's ill count was put "in Pellicott".
        Gazetteer places = new Gazetteer();
        places.learn("Production at the Pellicott's factory has been halted.");
        places.learn("Sirens sounded at Kharkiv's main station and in Kharkiv.");
        assertEquals(List.of(), places.placesIn("Pellicott's houmous left 21 people ill"));
        assertEquals(List.of("kharkiv"), places.placesIn("Sirens sounded over Kharkiv"));
    }

    @Test
    void aNamesPossessiveAfterAPrepositionIsNoPlace() {
        // What follows a possessive is owned by a firm as often as by a place: a fresh user's "Shares in Veltrane's
        // parent company" had made the chemical firm a place. Places are learnt from their other mentions.
        Gazetteer places = new Gazetteer();
        places.learn("Shares in Veltrane's parent company fell 6% in early trading.");
        places.learn("Sirens sounded at Kharkiv's main station.");
        assertEquals(List.of(), places.placesIn("At least 17 people were hurt at the Veltrane site"));
        assertEquals(List.of(), places.placesIn("Sirens sounded over Kharkiv"));
    }

    @Test
    void anInstitutionOfAPlaceIsNoPlaceButAGulfOfOneIs() {
        // A fresh user's campus gas leak learnt "University" from "at the University of Dunmarrow".
        Gazetteer places = new Gazetteer();
        places.learn("Staff at the University of Dunmarrow were sent home.");
        places.learn("The tanker sank in the Gulf of Tarsa.");
        assertEquals(List.of(), places.placesIn("The University said lectures would resume"));
        assertEquals(List.of("gulf"), places.placesIn("Oil reached the Gulf overnight"));
    }

    @Test
    void theFirstWordOfALongerNameIsNoPlace() {
        // A fresh election story learnt "Chief" and "City" as places, and tied its counts to them.
        Gazetteer places = new Gazetteer();
        places.learn("Statement from the Chief Returning Officer on the recount.");
        places.learn("About 300 protesters gathered outside City Hall late on Thursday.");
        places.learn("Five people died in Lviv Oblast and two in Selmet.");
        assertEquals(List.of(), places.placesIn("Chief Returning Officer Gideon Pell said six scanners broke down"));
        assertEquals(List.of(), places.placesIn("A scuffle broke out on the steps of City Hall"));
        assertEquals(List.of("lviv", "selmet"), places.placesIn("Sirens sounded over Lviv and Selmet"),
                "a name before an area's word is the place");
    }

    @Test
    void theLastWordOfALongerNameInAnAreaIsNoPlace() {
        // A fresh user's gas explosion learnt "Lane" from "Quarry Lane in the Vennick district", and tied the
        // street's cordon to it, apart from the same cordon elsewhere.
        Gazetteer places = new Gazetteer();
        places.learn("Merriton House is a nine-storey block on Quarry Lane in the Vennick district.");
        places.learn("Shelling hit Solochiv in the Lviv region.");
        assertEquals(List.of(), places.placesIn("Police have closed Quarry Lane"));
        assertEquals(List.of("solochiv"), places.placesIn("Sirens sounded over Solochiv"),
                "a name after a lower-case word is the place");
    }

    @Test
    void aStormsNameIsNoPlace() {
        // A fresh user's storm: "damage from Odalys" made the storm a place, and split its death toll into one count
        // "overall" and one "in Odalys", each updated apart.
        Gazetteer places = new Gazetteer();
        places.learn("Storm Odalys made landfall near Sallow Point on Monday.");
        places.learn("Clean-up crews cleared debris from Odalys across Port Callery.");
        places.learn("Families sheltered in Kestrin overnight.");
        assertEquals(List.of("kestrin"), places.placesIn("Odalys left seven dead in Kestrin"));
    }

    @Test
    void aSpellingVariantIsTheFirstSpellingsPlace() {
        Gazetteer places = new Gazetteer();
        places.learn("Shelling continued in Kharkiv overnight.");
        places.learn("Shelling continued in Kharkov overnight.");
        assertEquals(List.of("kharkiv"), places.placesIn("Power was cut in Kharkov and Kharkiv"));
    }

    @Test
    void aPlaceNamedByItsPartIsTheStorysSettingNotOneOfItsPlaces() {
        Gazetteer places = new Gazetteer();
        places.learn("The quake struck the mountains of northern Kestria before dawn.");
        places.learn("Five people died in the western Lviv region and two in Selmet.");
        assertEquals(java.util.Set.of("selmet"), places.scope(List.of("kestria", "selmet")), "Kestria is the setting");
        assertEquals(java.util.Set.of("lviv"), places.scope(List.of("lviv")), "the Lviv region is a place of its own");
    }
}
