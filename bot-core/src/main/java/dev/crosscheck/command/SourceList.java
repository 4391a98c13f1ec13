package dev.crosscheck.command;

import dev.crosscheck.answer.Citation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * How a reply's numbered sources read on any platform: "[n] title (outlet, date) — “quote”", or for a brief list
 * (when the text is itself the quotes) "[n] id — title (outlet, date)", the title linking to the article's address
 * when it has one; each front end supplies only its markup.
 */
public final class SourceList {
    private static final int TITLE_CHARS = 80;
    private static final int BRIEF_TITLE_CHARS = 40;
    private static final int QUOTE_CHARS = 180;

    /**
     * A platform's markup: how text from the sources is escaped, how the [n] number is set off, and how an escaped
     * title links to an address (given as the front matter wrote it; the platform escapes it as its syntax needs).
     */
    public record Markup(UnaryOperator<String> escape, UnaryOperator<String> number, BinaryOperator<String> link) {
    }

    /** Plain text: nothing to escape or set off, and no links (a terminal shows the address on a line of its own). */
    public static final Markup PLAIN = new Markup(s -> s, s -> s, (title, url) -> title);

    private SourceList() {
    }

    public static List<String> lines(List<Citation> citations, boolean brief, Markup markup) {
        List<String> lines = new ArrayList<>();
        for (Citation c : citations) {
            String number = markup.number().apply("[" + c.n() + "]") + " ";
            lines.add(brief
                    ? number + markup.escape().apply(c.source()) + " — " + title(c, true, markup)
                    : number + title(c, false, markup) + " — “"
                            + markup.escape().apply(Text.quote(c.quote(), QUOTE_CHARS)) + "”");
        }
        return lines;
    }

    /**
     * A cited source's title, shortened (more in a brief list), as a link to the article when it has an address,
     * followed by its outlet and date when known: "Strikes hit Kyiv overnight (Example News, 1 Dec 2026)".
     */
    public static String title(Citation c, boolean brief, Markup markup) {
        String title = markup.escape().apply(Text.shorten(c.title(), brief ? BRIEF_TITLE_CHARS : TITLE_CHARS));
        String linked = c.origin().url() == null ? title : markup.link().apply(title, c.origin().url());
        String byline = Byline.of(c.origin());
        return byline.isEmpty() ? linked : linked + " (" + markup.escape().apply(byline) + ")";
    }

    /** The heading of the related passages: the nearest when nothing answered for certain, else further reading. */
    public static String seeAlsoHeading(Reply reply) {
        return reply.has(Reply.Flag.NOT_FOUND) ? "Nearest passages" : "See also";
    }
}
