package dev.crosscheck.quantity;

import java.util.List;

/**
 * Whether two passages alike in meaning can state one fact by their figures: "Fifty-seven patients have been
 * transferred" does not say what "A total of 38 patients had been transferred" says, nor "peaked at 4.7 metres" what
 * "rose to 5.2 metres" says. Passages without a figure, or only one of them with any, are left to their meaning.
 */
public final class SharedFigures {
    private SharedFigures() {
    }

    /**
     * Both have figures and each has a value the other lacks: "employs 6,200 people and runs eleven sites" and "has
     * 5,400 staff and 11 plants" share the eleven but not the staff (a fresh user's summary cited one for the other);
     * one giving a figure more than the other ("5 killed on 9 March", "five were killed") can still state its fact.
     */
    public static boolean disagree(String a, String b) {
        List<Quantity> fa = QuantityParser.parse(a);
        if (fa.isEmpty()) {
            return false;
        }
        List<Quantity> fb = QuantityParser.parse(b);
        return !fb.isEmpty() && !within(fa, fb) && !within(fb, fa);
    }

    /** Every value of {@code some} is among {@code all}'s. */
    private static boolean within(List<Quantity> some, List<Quantity> all) {
        return some.stream().allMatch(x -> all.stream().anyMatch(y -> x.value() == y.value()));
    }
}
