package dev.crosscheck.command;

import dev.crosscheck.answer.Citation;

/** Renders a reply for a terminal: the text, then the numbered sources with their quotes. */
public final class PlainText {
    private static final int QUOTE_CHARS = 300;
    private static final int BRIEF_TITLE_CHARS = 40;

    private PlainText() {
    }

    public static String render(Reply reply) {
        StringBuilder sb = new StringBuilder(reply.body());
        if (!reply.citations().isEmpty()) {
            sb.append("\n\nSources:");
            for (Citation c : reply.citations()) {
                if (reply.has(Reply.Flag.BRIEF_SOURCES)) {
                    sb.append("\n[").append(c.n()).append("] ").append(c.source()).append(" — ")
                            .append(Text.shorten(c.title(), BRIEF_TITLE_CHARS));
                } else {
                    appendCitation(sb, c);
                }
            }
        }
        if (!reply.seeAlso().isEmpty()) {
            sb.append("\n\nSee also:");
            for (Citation c : reply.seeAlso()) {
                appendCitation(sb, c);
            }
        }
        return sb.toString();
    }

    private static void appendCitation(StringBuilder sb, Citation c) {
        sb.append("\n[").append(c.n()).append("] ").append(c.source()).append(" — ")
                .append(Text.shorten(c.title(), 80))
                .append("\n    “").append(Text.shorten(c.quote(), QUOTE_CHARS)).append('”');
    }
}
