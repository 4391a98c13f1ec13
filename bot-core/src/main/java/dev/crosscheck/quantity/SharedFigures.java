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

    /** Both have figures and none of one's values is among the other's. */
    public static boolean disagree(String a, String b) {
        List<Quantity> fa = QuantityParser.parse(a);
        if (fa.isEmpty()) {
            return false;
        }
        List<Quantity> fb = QuantityParser.parse(b);
        return !fb.isEmpty() && fa.stream().noneMatch(x -> fb.stream().anyMatch(y -> x.value() == y.value()));
    }
}
