package dev.crosscheck.discord;

import java.util.regex.Pattern;

/** Discord markdown for text that comes from articles or users, which must show as written. */
final class Markdown {
    /** Characters that start emphasis, code, spoilers or quotes anywhere in a line. */
    private static final Pattern INLINE = Pattern.compile("([\\\\*_~`|])");
    /** At a line start, "#" makes a heading, "-#" small text, ">" a quote and "-"/"1." a list. */
    private static final Pattern LINE_START = Pattern.compile("(?m)^(\\s*)([#>]|-(?=[#\\s])|\\d+(?=\\.\\s))");

    private Markdown() {
    }

    static String escape(String text) {
        String inline = INLINE.matcher(text).replaceAll("\\\\$1");
        return LINE_START.matcher(inline).replaceAll("$1\\\\$2");
    }

    static String bold(String text) {
        return "**" + escape(text) + "**";
    }

    /**
     * A masked link, "[text](url)", for already escaped {@code text}: brackets in the text and parentheses in the
     * address would end the link early, so they are escaped and percent-encoded (which a browser reads the same).
     */
    static String link(String escapedText, String url) {
        String text = escapedText.replace("[", "\\[").replace("]", "\\]");
        return "[" + text + "](" + url.replace("(", "%28").replace(")", "%29") + ")";
    }
}
