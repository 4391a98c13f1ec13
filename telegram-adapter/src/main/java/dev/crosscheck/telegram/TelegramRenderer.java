package dev.crosscheck.telegram;

import dev.crosscheck.answer.Citation;
import dev.crosscheck.command.Reply;
import dev.crosscheck.command.SourceList;
import dev.crosscheck.command.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders command replies as Telegram HTML messages: the text with its [n] markers, then the numbered sources, in
 * messages under 4,096 characters split at sentence ends. Every line is complete HTML on its own, so a message
 * boundary never falls inside a tag.
 */
final class TelegramRenderer {
    /** Below Telegram's 4,096 so that a split never lands on the limit itself. */
    static final int LIMIT = 4_000;
    /** A reply longer than this many messages (a very large /sources) is cut with a note rather than flooding. */
    static final int MAX_MESSAGES = Text.MAX_MESSAGES;
    static final String CUT_NOTE = "\n<i>" + Text.CUT_NOTE + "</i>";
    private static final SourceList.Markup MARKUP = new SourceList.Markup(Html::escape, n -> "<b>" + n + "</b>",
            Html::link);

    private TelegramRenderer() {
    }

    /** The messages of one reply, in order. */
    static List<String> render(Reply reply) {
        return render(reply, MAX_MESSAGES);
    }

    /** An alert: the conflict as one message, since a half-delivered alert could not be retried cleanly. */
    static String alert(Reply conflict) {
        List<Reply.Segment> segments = new ArrayList<>();
        segments.add(new Reply.Segment(Reply.Style.NOTE, "Crosscheck alert: sources disagree (/conflicts lists them all)"));
        segments.addAll(conflict.segments());
        Reply withNote = new Reply(segments, conflict.citations(), conflict.seeAlso(), conflict.flags());
        return render(withNote, 1).get(0);
    }

    static List<String> render(Reply reply, int maxMessages) {
        List<String> lines = new ArrayList<>();
        for (Reply.Segment s : reply.segments()) {
            switch (s.style()) {
                case HEADING -> lines.add(Html.bold(s.text()));
                case TEXT -> lines.addAll(escapedPieces(s.text()));
                case ITEM -> lines.addAll(escapedPieces("• " + s.text()));
                case NOTE -> lines.add(Html.italic(Text.shorten(s.text(), LIMIT / 2)));
            }
        }
        List<String> sources = sourceLines(reply.citations(), reply.has(Reply.Flag.BRIEF_SOURCES));
        if (!sources.isEmpty()) {
            lines.add("");
            lines.add("<b>Sources</b>");
            lines.addAll(sources);
        }
        List<String> related = sourceLines(reply.seeAlso(), false);
        if (!related.isEmpty()) {
            lines.add("");
            lines.add(Html.bold(SourceList.seeAlsoHeading(reply)));
            lines.addAll(related);
        }
        List<String> messages = pack(lines);
        if (messages.isEmpty()) {
            return List.of("(nothing to show)");
        }
        messages = Text.cap(messages, maxMessages, CUT_NOTE, LIMIT);
        return messages;
    }

    /** The numbered sources in Telegram HTML. */
    static List<String> sourceLines(List<Citation> citations, boolean brief) {
        return SourceList.lines(citations, brief, MARKUP);
    }

    /** Text split at sentence ends so that each piece still fits once escaped (escaping makes it longer). */
    private static List<String> escapedPieces(String text) {
        int max = LIMIT;
        while (true) {
            List<String> pieces = new ArrayList<>();
            boolean fits = true;
            for (String piece : Text.split(text, max)) {
                String html = Html.escape(piece);
                fits &= html.length() <= LIMIT;
                pieces.add(html);
            }
            if (fits || max < 100) {
                return pieces;
            }
            max = max * 3 / 4;
        }
    }

    private static List<String> pack(List<String> lines) {
        List<String> messages = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (current.length() > 0 && current.length() + 1 + line.length() > LIMIT) {
                messages.add(current.toString().strip());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append('\n');
            }
            current.append(line);
        }
        if (!current.toString().isBlank()) {
            messages.add(current.toString().strip());
        }
        return messages;
    }
}
