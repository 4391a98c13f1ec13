package dev.crosscheck.corpus;

/** Text cut to a length at a word boundary, the cut marked with an ellipsis: a long title, a quote in a reply. */
public final class Ellipsis {
    private Ellipsis() {
    }

    /** The text itself when it fits {@code max} characters, else its start up to a word with "…" after it. */
    public static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        return s.substring(0, cut).stripTrailing() + "…";
    }
}
