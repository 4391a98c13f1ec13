package dev.crosscheck.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void saysNothingWhenTheSentenceDoesNot() {
        assertEquals("", Attribution.of("Around 150,000 households were left without power."));
    }
}
