package dev.crosscheck.index;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** Folds a name into a transliteration-neutral form and decides whether two folded names are variants. */
final class Transliteration {

    /**
     * A name folded for comparison. {@code surface} is the lowercased word without possessive, {@code plain} the
     * same with diacritics and punctuation removed, {@code folded} the transliteration skeleton, {@code stem} the
     * folded form without a Slavic adjectival ending (null when it has none), {@code key}/{@code stemKey} the sorted
     * consonants used for blocking.
     */
    record Folded(String surface, String plain, String folded, String stem, Ending ending, String key, String stemKey) {
    }

    /** Slavic adjectival endings, classed only as far as gender distinguishes people (Zelensky vs Zelenska). */
    enum Ending { NONE, FEMININE, MASCULINE_OR_NEUTER, OBLIQUE }

    // Inflections after "sk" on the unfolded spelling; only a literal sk counts, so Italian -sca/-sco (Francesca) is
    // not mistaken for a Slavic adjective.
    private static final Map<String, Ending> ENDINGS = Map.ofEntries(
            Map.entry("aya", Ending.FEMININE), Map.entry("aja", Ending.FEMININE), Map.entry("aia", Ending.FEMININE),
            Map.entry("a", Ending.FEMININE),
            Map.entry("y", Ending.MASCULINE_OR_NEUTER), Map.entry("i", Ending.MASCULINE_OR_NEUTER),
            Map.entry("yi", Ending.MASCULINE_OR_NEUTER), Map.entry("yy", Ending.MASCULINE_OR_NEUTER),
            Map.entry("yj", Ending.MASCULINE_OR_NEUTER), Map.entry("iy", Ending.MASCULINE_OR_NEUTER),
            Map.entry("ii", Ending.MASCULINE_OR_NEUTER), Map.entry("ij", Ending.MASCULINE_OR_NEUTER),
            Map.entry("e", Ending.MASCULINE_OR_NEUTER), Map.entry("o", Ending.MASCULINE_OR_NEUTER),
            Map.entry("oho", Ending.OBLIQUE), Map.entry("ogo", Ending.OBLIQUE), Map.entry("omu", Ending.OBLIQUE),
            Map.entry("ykh", Ending.OBLIQUE), Map.entry("ikh", Ending.OBLIQUE), Map.entry("oi", Ending.OBLIQUE),
            Map.entry("oy", Ending.OBLIQUE), Map.entry("oj", Ending.OBLIQUE), Map.entry("im", Ending.OBLIQUE),
            Map.entry("ym", Ending.OBLIQUE));
    private static final int MIN_STEM = 5; // Starsky is not an adjective of Star
    // Three-letter capitalised tokens are mostly English function words and abbreviations (Had, Jan, Han) that the
    // folding would otherwise map onto names (Chad, Ian, Khan).
    private static final int MIN_LETTERS = 4;

    private Transliteration() {
    }

    static Folded fold(String word) {
        String surface = stripPossessive(word.strip().toLowerCase(Locale.ROOT));
        String plain = plain(surface);
        String folded = skeleton(plain);
        String stem = null;
        Ending ending = Ending.NONE;
        int sk = plain.lastIndexOf("sk");
        Ending found = sk > 0 && plain.length() - sk <= 5 ? ENDINGS.get(plain.substring(sk + 2)) : null;
        if (found != null) {
            String base = skeleton(plain.substring(0, sk));
            if (base.length() >= MIN_STEM) {
                stem = base;
                ending = found;
            }
        }
        return new Folded(surface, plain, folded, stem, ending, consonantKey(folded),
                stem == null ? null : consonantKey(stem));
    }

    static boolean variants(Folded a, Folded b) {
        if (a.plain.equals(b.plain)) {
            return !a.plain.isEmpty();
        }
        if (a.plain.length() < MIN_LETTERS || b.plain.length() < MIN_LETTERS) {
            return false;
        }
        boolean aSuffixed = a.stem != null;
        boolean bSuffixed = b.stem != null;
        if (aSuffixed && bSuffixed) {
            if (genderClash(a.ending, b.ending)) {
                return false;
            }
            return close(a.folded, a.key, b.folded, b.key) || close(a.stem, a.stemKey, b.stem, b.stemKey);
        }
        if (aSuffixed || bSuffixed) {
            // An adjective and its base noun: Sviatoshynskyi / Sviatoschin, Luhanska / Luhansk.
            Folded adjective = aSuffixed ? a : b;
            Folded base = aSuffixed ? b : a;
            return close(a.folded, a.key, b.folded, b.key)
                    || close(adjective.stem, adjective.stemKey, base.folded, base.key)
                    || close(adjective.stem + "sk", adjective.key, base.folded, base.key);
        }
        return close(a.folded, a.key, b.folded, b.key);
    }

    /**
     * Same consonants (as a multiset, so a swapped pair survives) and a cheap vowel-level difference. Short folded
     * forms (under six letters) must be identical: any one-letter change there hits another real name (Hall/Hill,
     * Bush/Bash, Dave/Davey). Longer ones must agree on the first two (below eight letters) and the last letter,
     * which is where English names differ (Rivers/Rovers, Melton/Milton, Albert/Alberto, Britain/Brittany) and where
     * a feminine -a marks a
     * different person (Ivanov/Ivanova, Mario/Maria), and differ only by edits that transliteration makes: see
     * {@link #weightedDistance}.
     */
    private static boolean close(String a, String aKey, String b, String bKey) {
        if (!aKey.equals(bKey)) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 6 || a.charAt(0) != b.charAt(0) || (a.charAt(1) != b.charAt(1) && shorter < 8)
                || a.charAt(a.length() - 1) != b.charAt(b.length() - 1)) {
            return false;
        }
        return weightedDistance(a, b) <= (shorter >= 9 ? 2 : 1);
    }

    private static boolean genderClash(Ending a, Ending b) {
        return (a == Ending.FEMININE && b == Ending.MASCULINE_OR_NEUTER)
                || (b == Ending.FEMININE && a == Ending.MASCULINE_OR_NEUTER);
    }

    /**
     * Optimal string alignment distance where the edits transliteration makes cost 1 and everything else 2: o/i in
     * the last syllable (Russian -ov/-ev against Ukrainian -iv: Kharkov/Kharkiv), i/e in names of eight letters or
     * more (Ukrainian ie/e: Synjehubow/Synehubov; in shorter names it separates Golden/Goldin) and a swap of adjacent
     * letters (the Andrezj/Andrzej and Zelenksy typos).
     */
    static int weightedDistance(String a, String b) {
        int n = a.length();
        int m = b.length();
        boolean longNames = Math.min(n, m) >= 8;
        int aLastVowel = lastVowel(a);
        int bLastVowel = lastVowel(b);
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = 2 * i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = 2 * j;
        }
        for (int i = 1; i <= n; i++) {
            char x = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char y = b.charAt(j - 1);
                int sub;
                if (x == y) {
                    sub = 0;
                } else if (isPair(x, y, 'i', 'o')) {
                    sub = i - 1 == aLastVowel && j - 1 == bLastVowel ? 1 : 2;
                } else if (isPair(x, y, 'i', 'e')) {
                    sub = longNames ? 1 : 2;
                } else {
                    sub = 2;
                }
                int v = Math.min(Math.min(d[i - 1][j] + 2, d[i][j - 1] + 2), d[i - 1][j - 1] + sub);
                // h is what g, kh and ch fold to, so a swap next to it is a different spelling, not a slip of the
                // keyboard (Behrmann/Bergman, Coghlan/Colgan).
                if (i > 1 && j > 1 && x == b.charAt(j - 2) && a.charAt(i - 2) == y && x != 'h' && y != 'h') {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[n][m];
    }

    private static boolean isPair(char x, char y, char p, char q) {
        return (x == p && y == q) || (x == q && y == p);
    }

    private static int lastVowel(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (isVowel(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static String stripPossessive(String lower) {
        int n = lower.length();
        if (n > 2 && lower.charAt(n - 1) == 's' && isApostrophe(lower.charAt(n - 2))) {
            return lower.substring(0, n - 2);
        }
        if (n > 1 && isApostrophe(lower.charAt(n - 1))) {
            return lower.substring(0, n - 1);
        }
        return lower;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '`' || c == '\u2018';
    }

    /** Lowercase ASCII letters only: Cyrillic romanised, diacritics and punctuation dropped. */
    static String plain(String lower) {
        StringBuilder latin = new StringBuilder(lower.length() + 4);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String cyr = cyrillic(c);
            if (cyr != null) {
                latin.append(cyr);
            } else {
                latin.append(c);
            }
        }
        String s = latin.toString();
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (!ascii) {
            s = Normalizer.normalize(s, Normalizer.Form.NFD);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            } else if (c >= 128) {
                switch (c) {
                    case 'ł' -> out.append('l');
                    case 'ø' -> out.append('o');
                    case 'đ', 'ð' -> out.append('d');
                    case 'ß' -> out.append("ss");
                    case 'æ' -> out.append("ae");
                    case 'œ' -> out.append("oe");
                    case 'þ' -> out.append("th");
                    case 'ı' -> out.append('i');
                    default -> {
                        // combining marks, apostrophes, other scripts: dropped
                    }
                }
            }
        }
        return out.toString();
    }

    /** The transliteration skeleton of plain lowercase ASCII letters. */
    static String skeleton(String s) {
        int n = s.length();
        StringBuilder out = new StringBuilder(n + 4);
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : ' ';
            int used = 1;
            switch (c) {
                case 's' -> {
                    if (s.startsWith("schtsch", i)) {
                        out.append("sh");
                        used = 7;
                    } else if (s.startsWith("shch", i) || s.startsWith("sch", i)) {
                        out.append("sh");
                        used = next == 'h' ? 4 : 3;
                    } else if (next == 'z') {
                        out.append("sh");
                        used = 2;
                    } else {
                        out.append('s');
                    }
                }
                case 't' -> {
                    if (s.startsWith("tsch", i)) {
                        used = 4;
                        appendCh(out, i, i + used == n);
                    } else if (next == 'z') {
                        out.append("ts");
                        used = 2;
                    } else {
                        out.append('t');
                    }
                }
                case 'c' -> {
                    if (next == 'h' || next == 'z') {
                        used = 2;
                        appendCh(out, i, i + used == n);
                    } else if (next == 'k') {
                        out.append('k');
                        used = 2;
                    } else {
                        // Hard c is k (Mark/Marc, Viktor/Victor); soft c stays apart from s (Rice/Rise).
                        out.append(next == 'e' || next == 'i' || next == 'y' ? 'c' : 'k');
                    }
                }
                case 'k' -> {
                    out.append(next == 'h' ? 'h' : 'k');
                    used = next == 'h' ? 2 : 1;
                }
                case 'z' -> {
                    out.append('z');
                    used = next == 'h' ? 2 : 1;
                }
                case 'p' -> {
                    out.append(next == 'h' ? 'f' : 'p');
                    used = next == 'h' ? 2 : 1;
                }
                case 'y' -> {
                    if (i == 0 && next == 'e') {
                        out.append('e'); // Yelena/Elena, Yevhen/Evgeny
                        used = 2;
                    } else {
                        out.append('i');
                    }
                }
                case 'j' -> out.append('i');
                case 'x' -> out.append("ks");
                case 'q' -> out.append('k');
                case 'w' -> out.append('v');
                // Ukrainian г is h (Oleh, Luhansk, Hlib) where Russian and older spellings have g. An initial g before
                // a vowel stays, since English names start with G all the time (Gill/Hill), and so do the g of
                // English -ng (Being, Young) and a doubled g (Rogge/Roche).
                case 'g' -> {
                    if (next == 'g') {
                        out.append('g');
                        used = 2;
                    } else {
                        out.append((i == 0 && next != 'r' && next != 'l') || (i > 0 && s.charAt(i - 1) == 'n') ? 'g' : 'h');
                    }
                }
                default -> out.append(c);
            }
            i += used;
        }
        // Russian-era ie against Ukrainian i inside a word (Kiev/Kyiv, Kiew/Kyjiw; not at the edges, where it
        // separates English names: Jerry/Jiri, Marie/Mary, Julie/July), then doubled consonants (Odessa/Odesa) and
        // doubled i (Zelenskyy, Holosiiv). Other doubled vowels make different English names (Moore/More).
        StringBuilder collapsed = new StringBuilder(out.length());
        for (int k = 0; k < out.length(); k++) {
            char c = out.charAt(k);
            int last = collapsed.length() - 1;
            if (last >= 0 && collapsed.charAt(last) == c && (c == 'i' || !isVowel(c))) {
                continue;
            }
            if (c == 'e' && k > 1 && k + 1 < out.length() && out.charAt(k - 1) == 'i' && !isVowel(out.charAt(k + 1))) {
                continue;
            }
            collapsed.append(c);
        }
        return collapsed.toString();
    }

    // English initial Ch- (Charlie, Chad, Chan) and final -ch (Rich, Lynch) are far more common in news than German
    // Ch- for Kh- (Charkiw), so those stay ch; inside a word German/Polish ch and English ch/kh all fold to h
    // (Bachmut/Bakhmut).
    private static void appendCh(StringBuilder out, int position, boolean atEnd) {
        out.append(position == 0 || atEnd ? "ch" : "h");
    }

    static String consonantKey(String folded) {
        char[] cs = new char[folded.length()];
        int n = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!isVowel(c)) {
                cs[n++] = c;
            }
        }
        Arrays.sort(cs, 0, n);
        return new String(cs, 0, n);
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static String cyrillic(char c) {
        return switch (c) {
            case 'а' -> "a";
            case 'б' -> "b";
            case 'в' -> "v";
            case 'г' -> "g";
            case 'ґ' -> "g";
            case 'д' -> "d";
            case 'е', 'э', 'ё' -> "e";
            case 'є' -> "ie";
            case 'ж' -> "zh";
            case 'з' -> "z";
            case 'и' -> "y";
            case 'і', 'ї', 'й' -> "i";
            case 'к' -> "k";
            case 'л' -> "l";
            case 'м' -> "m";
            case 'н' -> "n";
            case 'о' -> "o";
            case 'п' -> "p";
            case 'р' -> "r";
            case 'с' -> "s";
            case 'т' -> "t";
            case 'у' -> "u";
            case 'ф' -> "f";
            case 'х' -> "kh";
            case 'ц' -> "ts";
            case 'ч' -> "ch";
            case 'ш' -> "sh";
            case 'щ' -> "shch";
            case 'ь', 'ъ' -> "";
            case 'ы' -> "y";
            case 'ю' -> "iu";
            case 'я' -> "ia";
            default -> null;
        };
    }
}
