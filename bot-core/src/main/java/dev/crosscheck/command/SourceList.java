package dev.crosscheck.command;

import dev.crosscheck.answer.Citation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * How a reply's numbered sources read on any platform: "[n] title — “quote”", or for a brief list (when the text
 * is itself the quotes) "[n] id — title"; each front end supplies only its markup.
 */
public final class SourceList {
    private static final int TITLE_CHARS = 80;
    private static final int BRIEF_TITLE_CHARS = 40;
    private static final int QUOTE_CHARS = 180;

    /** A platform's markup: how text from the sources is escaped and how the [n] number is set off. */
    public record Markup(UnaryOperator<String> escape, UnaryOperator<String> number) {
    }

    private SourceList() {
    }

    public static List<String> lines(List<Citation> citations, boolean brief, Markup markup) {
        List<String> lines = new ArrayList<>();
        for (Citation c : citations) {
            String number = markup.number().apply("[" + c.n() + "]") + " ";
            lines.add(brief
                    ? number + markup.escape().apply(c.source()) + " — "
                            + markup.escape().apply(Text.shorten(c.title(), BRIEF_TITLE_CHARS))
                    : number + markup.escape().apply(Text.shorten(c.title(), TITLE_CHARS)) + " — “"
                            + markup.escape().apply(Text.shorten(c.quote(), QUOTE_CHARS)) + "”");
        }
        return lines;
    }

    /** The heading of the related passages: they are offered because nothing answered, or as further reading. */
    public static String seeAlsoHeading(Reply reply) {
        return reply.has(Reply.Flag.NOT_FOUND) ? "Related passages (they do not answer it)" : "See also";
    }
}
