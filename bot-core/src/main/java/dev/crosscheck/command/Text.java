package dev.crosscheck.command;

/** Small text chores every front end needs the same way: cleaning user input and shortening quotes. */
public final class Text {
    private Text() {
    }

    /** Removes control characters (keeping line breaks as spaces) and trims; user text is never trusted as-is. */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                sb.append(' ');
            } else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) {
                sb.append(c);
            }
        }
        return sb.toString().replaceAll("\\s{2,}", " ").strip();
    }

    /** Drops @mentions and platform mention tokens, which name people in the chat, not things in the news. */
    public static String withoutMentions(String s) {
        return s.replaceAll("<[@#][!&]?\\d+>|(?<![\\p{L}\\d])@[\\p{L}\\d_.]+", " ").replaceAll("\\s{2,}", " ").strip();
    }

    /** Cuts at a word boundary and marks the cut with an ellipsis. */
    public static String shorten(String s, int max) {
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
