package dev.crosscheck.command;

import dev.crosscheck.answer.Citation;
import dev.crosscheck.conflict.Conflict;
import dev.crosscheck.corpus.Corpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Words a conflict for people: sides with equal values said once and cited to every source, an update as a
 * timeline ("first … then …"), and each quote as a numbered citation. Alerts and /conflicts share it.
 */
public final class ConflictText {
    private ConflictText() {
    }

    /** One conflict as a reply of its own (an alert). */
    public static Reply reply(Conflict conflict, Corpus corpus) {
        List<Citation> citations = new ArrayList<>();
        List<Reply.Segment> segments = new ArrayList<>();
        segments.add(new Reply.Segment(Reply.Style.HEADING, heading(conflict)));
        segments.add(new Reply.Segment(Reply.Style.TEXT, sides(conflict, corpus, citations)));
        return new Reply(segments, citations, List.of(), Set.of());
    }

    /** Several conflicts as one list, numbered citations running across them. */
    public static Reply list(List<Conflict> conflicts, Corpus corpus) {
        return list(conflicts, corpus, "");
    }

    /** {@link #list(List, Corpus)}, its heading opened by {@code lead} ("" for none). */
    static Reply list(List<Conflict> conflicts, Corpus corpus, String lead) {
        List<Citation> citations = new ArrayList<>();
        List<Reply.Segment> segments = new ArrayList<>();
        segments.add(new Reply.Segment(Reply.Style.HEADING, lead + listHeading(conflicts)));
        for (Conflict c : conflicts) {
            segments.add(new Reply.Segment(Reply.Style.ITEM, heading(c) + ": " + sides(c, corpus, citations)));
        }
        return new Reply(segments, citations, List.of(), Set.of());
    }

    /** How many places sources disagree and how many figures later reports update: an update is no disagreement. */
    static String listHeading(List<Conflict> conflicts) {
        long updates = conflicts.stream().filter(c -> c.kind() == Conflict.Kind.UPDATE).count();
        long disagreements = conflicts.size() - updates;
        String disagree = disagreements == 1 ? "1 place where sources disagree"
                : disagreements + " places where sources disagree";
        String update = updates == 1 ? "1 update by a later report" : updates + " updates by later reports";
        return updates == 0 ? disagree : disagreements == 0 ? update : disagree + ", and " + update;
    }

    static String heading(Conflict c) {
        return c.heading();
    }

    /** The conflict's own wording of its sides, each statement cited in {@code citations}. */
    static String sides(Conflict c, Corpus corpus, List<Citation> citations) {
        return c.sidesText(s -> {
            int n = citations.size() + 1;
            Citation cited = Citation.of(n, s.source(), s.quote(), corpus);
            // The statement's origin was taken when the conflict was found, and outlives the file.
            citations.add(s.origin().known()
                    ? new Citation(n, cited.source(), cited.title(), cited.quote(), s.origin()) : cited);
            return "[" + n + "]";
        });
    }
}
