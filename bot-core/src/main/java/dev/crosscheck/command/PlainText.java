package dev.crosscheck.command;

import dev.crosscheck.answer.Citation;

/**
 * Renders a reply for a terminal: the text, then the numbered sources with their quotes, and under each the
 * article's address when it has one (a terminal has no links, but most make an address clickable).
 */
public final class PlainText {
    private static final int QUOTE_CHARS = 300;

    private PlainText() {
    }

    public static String render(Reply reply) {
        StringBuilder sb = new StringBuilder(reply.body());
        if (!reply.citations().isEmpty()) {
            sb.append("\n\nSources:");
            for (Citation c : reply.citations()) {
                if (reply.has(Reply.Flag.BRIEF_SOURCES)) {
                    sb.append("\n[").append(c.n()).append("] ").append(c.source()).append(" — ")
                            .append(SourceList.title(c, true, SourceList.PLAIN));
                    appendUrl(sb, c);
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
                .append(SourceList.title(c, false, SourceList.PLAIN))
                .append("\n    “").append(Text.quote(c.quote(), QUOTE_CHARS)).append('”');
        appendUrl(sb, c);
    }

    private static void appendUrl(StringBuilder sb, Citation c) {
        if (c.origin().url() != null) {
            sb.append("\n    ").append(c.origin().url());
        }
    }
}
