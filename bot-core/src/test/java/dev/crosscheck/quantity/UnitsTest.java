package dev.crosscheck.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitsTest {
    @Test
    void aSignOrCodeBeforeAFigureNamesItsCurrency() {
        assertEquals(Optional.of("pound"), Units.currencyBefore("priced at £4.50", 11));
        assertEquals(Optional.of("euro"), Units.currencyBefore("EUR 75 million", 4));
        assertEquals(Optional.of("dollar"), Units.currencyBefore("a US$5m deal", 5));
        assertEquals(Optional.of("Australian dollar"), Units.currencyBefore("a A$5m deal", 4),
                "an Australian dollar is not compared with a US one");
        assertTrue(Units.currencyBefore("fired 81 missiles", 6).isEmpty());
    }

    @Test
    void aCurrencyWordNamesItsCurrencyInTheSingular() {
        assertEquals(Optional.of("euro"), Units.currencyNamed("euros"));
        assertEquals(Optional.of("rouble"), Units.currencyNamed("Rubles"));
        assertTrue(Units.currencyNamed("missiles").isEmpty());
    }

    @Test
    void aSpeedIsReadInKilometresAnHour() {
        String mph = "travelling at 56 mph near Riverton";
        Units.Speed speed = Units.speedAfter(mph, mph.indexOf("56") + 2).orElseThrow();
        assertEquals(1.609344, speed.kmPerHour(), 1e-9);
        assertEquals(mph.indexOf(" near"), speed.end());
        assertEquals(1.0, Units.speedAfter("at 90 km/h", 5).orElseThrow().kmPerHour());
        assertEquals(3.6, Units.speedAfter("at 30 metres per second", 5).orElseThrow().kmPerHour(), 1e-9);
        assertTrue(Units.speedAfter("fired 81 missiles", 8).isEmpty());
    }
}
