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
}
