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

    @Test
    void aLengthAreaVolumeOrWeightIsReadInItsKindsBaseUnit() {
        String cordon = "a 500-metre cordon";
        Units.Measure metres = Units.measureAfter(cordon, cordon.indexOf("500") + 3).orElseThrow();
        assertEquals(Units.Measure.Kind.LENGTH, metres.kind());
        assertEquals(0.001, metres.perBase(), 1e-12);
        assertEquals(cordon.indexOf(" cordon"), metres.end());
        assertEquals(1.609344, Units.measureAfter("3 miles", 1).orElseThrow().perBase(), 1e-9);
        Units.Measure acres = Units.measureAfter("five acres", 4).orElseThrow();
        assertEquals(Units.Measure.Kind.AREA, acres.kind());
        assertEquals(0.4047, acres.perBase(), 1e-4);
        assertEquals(100, Units.measureAfter("12 square kilometres", 2).orElseThrow().perBase(), 1e-9);
        assertEquals(Units.Measure.Kind.VOLUME, Units.measureAfter("3.5 million litres", 11).orElseThrow().kind());
        assertEquals(158.987, Units.measureAfter("1,200 barrels", 5).orElseThrow().perBase(), 1e-3);
        assertEquals(Units.Measure.Kind.WEIGHT, Units.measureAfter("40 tonnes", 2).orElseThrow().kind());
        assertEquals(0.001, Units.measureAfter("500kg", 3).orElseThrow().perBase(), 1e-12);
        assertTrue(Units.measureAfter("5m people", 1).isEmpty(), "5m is five million");
        assertTrue(Units.measureAfter("40 tonnesque", 2).isEmpty());
        assertTrue(Units.measureAfter("fired 81 missiles", 8).isEmpty());
        for (String unit : new String[] {"square km", "sq. miles", "km2", "m²", "hectares", "acres", "cubic metres",
            "m3", "litres", "liters", "millilitres", "ml", "gallons", "barrels", "tonnes", "metric tons", "tons", "kg",
            "kilograms", "kilos", "grams", "lbs", "ounces", "oz", "nautical miles", "km", "kilometres", "miles",
            "metres", "meters", "cm", "centimetres", "mm", "millimetres", "feet", "foot", "ft", "yards", "inches"}) {
            assertTrue(Units.measureAfter("12 " + unit, 2).isPresent(), unit);
        }
    }
}
