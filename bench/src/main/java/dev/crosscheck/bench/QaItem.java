package dev.crosscheck.bench;

import java.util.List;
import java.util.Objects;

/**
 * One question of a QA set in the dev format: regexes of which any ({@code expectAny}) or all ({@code expectAll})
 * must be found in the reply, and the document ids a correct reply may come from. A follow-up carries the questions
 * its conversation asked before it ({@code before}, asked first, not judged).
 */
public record QaItem(String id, String question, String kind, List<String> expectAny, List<String> expectAll,
                     List<String> sources, List<String> before) {
    public static final String FACTOID = "factoid";
    public static final String CONFLICT = "conflict";
    public static final String UNANSWERABLE = "unanswerable";

    public QaItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(kind, "kind");
        expectAny = List.copyOf(expectAny);
        expectAll = List.copyOf(expectAll);
        sources = List.copyOf(sources);
        before = List.copyOf(before);
    }

    /** A question on its own. */
    public QaItem(String id, String question, String kind, List<String> expectAny, List<String> expectAll,
                  List<String> sources) {
        this(id, question, kind, expectAny, expectAll, sources, List.of());
    }

    public boolean unanswerable() {
        return UNANSWERABLE.equals(kind);
    }
}
