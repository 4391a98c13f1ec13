package dev.crosscheck.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class LexiconTest {
    @Test
    void eventsAreFoundInLowerCasedText() {
        String[][] cases = {{"Six people were killed.", "killed"}, {"Seven people lost their lives.", "killed"},
            {"Power outages hit 300 homes.", "left without power"},
            {"Electricity was restored to 40,000 homes.", "power restored"},
            {"Some 26,000 households lost electricity this afternoon.", "left without power"},
            {"Five were neutralised.", "intercepted"}, {"The cost of the repairs is £2m.", "in damage"}};
        for (String[] c : cases) {
            String lower = dev.crosscheck.quantity.QuantityParser.lowerCased(c[0]);
            Matcher m = Lexicon.EVENT_PHRASE.matcher(lower);
            assertEquals(true, m.find(), c[0]);
            assertEquals(c[1], Lexicon.eventOf(m).name(), c[0]);
        }
    }

    @Test
    void aWordOnlyStartingLikeAnEventIsNone() {
        assertFalse(Lexicon.EVENT_PHRASE.matcher("the killers and the diehards").find());
    }
}
