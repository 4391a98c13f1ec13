package dev.crosscheck.corpus;

import java.util.regex.Pattern;

/** A passage of an article as a reply writes it: on one line, a headline or subheading still set apart. */
public final class Prose {
    /**
     * A paragraph break after a line that does not close as a sentence does (a headline, a byline, a subheading):
     * folded to a space, the two would read as one run-on sentence ("…enters second day The number of
     * operations…", two fresh users' replies).
     */
    private static final Pattern AFTER_OPEN_LINE = Pattern.compile(
            "(?U)(?<=[^.!?:;…\"'”’)\\]\\s])\\h*\\R\\s*\\R\\s*");
    private static final Pattern SPACE = Pattern.compile("(?U)\\s+");

    private Prose() {
    }

    /** The text on one line: a paragraph break after a line that is no sentence becomes " — ", all else one space. */
    public static String folded(String text) {
        return SPACE.matcher(AFTER_OPEN_LINE.matcher(text).replaceAll(" — ")).replaceAll(" ").strip();
    }
}
