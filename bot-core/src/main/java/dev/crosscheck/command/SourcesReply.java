package dev.crosscheck.command;

import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.summary.Sources;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The /sources reply: every article by id and title. Once some articles name their outlet (fetched from feeds), they
 * are grouped by outlet, the files that name none last, each group newest first: a feed adds an article every few
 * hours, and the latest are the ones a reader looks for before a long list is cut.
 */
final class SourcesReply {
    static final String OTHER_FILES = "Other files";
    private static final int TITLE_CHARS = 90;
    /** More articles than a chat shows in a few messages: the reply says how to find one by its title. */
    private static final int LONG_LIST = 40;
    /** Newest first; undated articles after the dated ones, in id order (the corpus's own). */
    private static final Comparator<Document> NEWEST_FIRST = Comparator.comparing(
            (Document d) -> d.origin().published(), Comparator.nullsLast(Comparator.<Instant>reverseOrder()));

    private SourcesReply() {
    }

    /**
     * The articles whose id or title has all of {@code words} (all of them when blank). A folder too large for a
     * chat's messages says how to narrow it, first, since the platforms cut a long list.
     */
    static Reply of(Corpus corpus, String words) {
        List<Reply.Segment> segments = new ArrayList<>();
        List<Document> listed = Sources.listed(corpus, words);
        if (words.isBlank()) {
            segments.add(new Reply.Segment(Reply.Style.HEADING, "%d source%s in %s".formatted(corpus.size(),
                    corpus.size() == 1 ? "" : "s", corpus.root().getFileName())));
            if (corpus.size() > LONG_LIST) {
                segments.add(new Reply.Segment(Reply.Style.NOTE, "/sources WORDS lists those whose title or id has them."));
            }
        } else if (listed.isEmpty()) {
            return Reply.text("No source's title or id has \"" + words + "\". /sources lists them all.");
        } else {
            segments.add(new Reply.Segment(Reply.Style.HEADING, "%d of %d sources in %s with \"%s\"".formatted(
                    listed.size(), corpus.size(), corpus.root().getFileName(), words)));
        }
        Map<String, List<Document>> byOutlet = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<Document> others = new ArrayList<>();
        for (Document d : listed) {
            String outlet = d.origin().outlet();
            (outlet == null ? others : byOutlet.computeIfAbsent(outlet, o -> new ArrayList<>())).add(d);
        }
        if (byOutlet.isEmpty()) {
            // A folder of plain files reads as it always has: one list, in id order.
            others.forEach(d -> segments.add(item(d)));
        } else {
            byOutlet.forEach((outlet, docs) -> group(outlet, docs, segments));
            group(OTHER_FILES, others, segments);
        }
        return new Reply(segments, List.of(), List.of(), Set.of());
    }

    private static void group(String name, List<Document> docs, List<Reply.Segment> segments) {
        if (docs.isEmpty()) {
            return;
        }
        segments.add(new Reply.Segment(Reply.Style.HEADING, Byline.outlet(name) + " (" + docs.size() + ")"));
        // A stable sort: articles of the same time, and undated ones, keep the corpus's id order.
        docs.stream().sorted(NEWEST_FIRST).forEach(d -> segments.add(item(d)));
    }

    /** "id — title", with the date when the article has one (the outlet is the group's heading). */
    private static Reply.Segment item(Document d) {
        String dated = d.origin().published() == null ? "" : " (" + Byline.date(d.origin().published()) + ")";
        return new Reply.Segment(Reply.Style.ITEM, d.id() + " — " + Text.shorten(d.title(), TITLE_CHARS) + dated);
    }
}
