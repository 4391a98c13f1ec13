package dev.crosscheck.corpus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameShapeTest {
    @Test
    void aNameOpensWithACapitalOrHasOneAmongItsFirstThreeLetters() {
        for (String name : new String[] {"Kyiv", "iPod", "eBay", "eDonkey", "UK"}) {
            assertTrue(NameShape.isName(name), name);
        }
        for (String word : new String[] {"ipod", "", "missiles", "ordinaryWord"}) {
            assertFalse(NameShape.isName(word), word);
        }
    }
}
