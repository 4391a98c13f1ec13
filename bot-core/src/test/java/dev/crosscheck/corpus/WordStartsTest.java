package dev.crosscheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordStartsTest {
    private static List<String> all(String text, Pattern p, java.util.function.Predicate<String> word) {
        WordStarts starts = WordStarts.of(text);
        Matcher m = p.matcher(text);
        List<String> out = new ArrayList<>();
        for (int at = 0; word == null ? starts.find(m, at, text.length()) : starts.find(m, at, text.length(), word);
                at = m.end()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void findsWhatAPlainFindFindsForAPatternThatStartsAWord() {
        String text = "Four died; the dead, the diehards and 12 deaths (d_dead) were counted.";
        Pattern p = Pattern.compile("\\b(?:died|dead|deaths?)\\b");
        List<String> plain = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            plain.add(m.group());
        }
        assertEquals(plain, all(text, p, null));
        assertEquals(List.of("died", "dead", "deaths"), all(text, p, null));
    }

    @Test
    void lookbehindsSeeTheTextBeforeTheWord() {
        Pattern p = Pattern.compile("\\b(?<!not )far from the front\\b");
        assertEquals(List.of(), all("The town is not far from the front.", p, null));
        assertEquals(List.of("far from the front"), all("The town is far from the front.", p, null));
    }

    @Test
    void onlyWordsThatPassTheTestAreTried() {
        Pattern p = Pattern.compile("\\b\\w+");
        assertEquals(List.of("in", "at"), all("in Kyiv, at night", p, w -> w.length() == 2));
    }

    @Test
    void aPatternIsTriedOnlyAtTheCharactersItsMatchCanStartWith() {
        boolean[] may = WordStarts.initials(Pattern.compile("\\b(?:killed|died)\\b"));
        List<Character> initials = new ArrayList<>();
        for (char c = 0; c < may.length; c++) {
            if (may[c]) {
                initials.add(c);
            }
        }
        assertEquals(List.of('d', 'k'), initials);
    }

    @Test
    void skippingWordsThatCannotStartAMatchFindsWhatAPlainFindFinds() {
        String text = "About 40 were killed, some 1,200 hurt; Kyiv's mayor said the line was re-connected in Lviv "
                + "and not far from the front. Élise Durand, 12, and the 3rd unit were UNABLE to shoot 90% down.";
        List<Pattern> patterns = List.of(
                Pattern.compile("(?i)\\b(?:re-?connected|unable to (?:shoot|stop))\\b"),
                Pattern.compile("\\b(?:(?:about|some) )?\\d[\\d,]*(?: were)?"),
                Pattern.compile("\\b(?<!not )far from the front\\b"),
                Pattern.compile("(\\p{Lu}[\\p{L}\\p{M}\\-]++)(?:['’]s)?"),
                Pattern.compile("\\p{Lu}(?<=[\\p{L},;] \\p{Lu})\\p{L}{2,}"),
                Pattern.compile("\\b(?=[ms])(?:mayor|said)\\b|\\b\\d+%"));
        WordStarts starts = WordStarts.of(text);
        for (Pattern p : patterns) {
            List<String> plain = new ArrayList<>();
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (m.start() == 0 || !Character.isLetterOrDigit(text.charAt(m.start() - 1))) {
                    plain.add(m.group());
                }
            }
            assertEquals(plain, all(text, p, null), p.pattern());
        }
    }

    @Test
    void aMatchMustEndWithinTheRange() {
        String text = "death toll";
        WordStarts starts = WordStarts.of(text);
        Matcher m = Pattern.compile("\\bdeath toll\\b").matcher(text);
        assertFalse(starts.find(m, 0, 5));
        assertEquals(true, starts.find(m, 0, text.length()));
    }
}
