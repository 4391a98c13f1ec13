package dev.crosscheck.bench;

import java.util.regex.Pattern;

/**
 * Judges a reply against a QA item: an unanswerable question is right only when nothing is found; any other needs
 * a found reply whose text matches the expected patterns and at least one of whose sources is an expected source.
 */
public final class QaJudge {
    private QaJudge() {
    }

    /** The longest answer the development sets accept: a chat reply, not a page to search. */
    public static final int MAX_ANSWER_CHARS = 600;

    public static Verdict judge(QaItem item, Reply reply) {
        return judge(item, reply, Integer.MAX_VALUE);
    }

    /** As {@link #judge(QaItem, Reply)}, and an answer longer than {@code maxChars} is wrong. */
    public static Verdict judge(QaItem item, Reply reply, int maxChars) {
        if (item.unanswerable()) {
            return reply.found() ? Verdict.wrong("answered an unanswerable question") : Verdict.CORRECT;
        }
        if (!reply.found()) {
            return Verdict.wrong("not found");
        }
        if (reply.text().length() > maxChars) {
            return Verdict.wrong("answer longer than " + maxChars + " characters");
        }
        if (!item.expectAny().isEmpty() && item.expectAny().stream().noneMatch(re -> finds(re, reply.text()))) {
            return Verdict.wrong("no expected pattern in the answer");
        }
        for (String re : item.expectAll()) {
            if (!finds(re, reply.text())) {
                return Verdict.wrong("missing " + re);
            }
        }
        // The right words from the wrong article are a lucky guess, not an answer.
        if (!item.sources().isEmpty() && reply.sources().stream().noneMatch(item.sources()::contains)) {
            return Verdict.wrong("no citation from " + item.sources());
        }
        return Verdict.CORRECT;
    }

    private static boolean finds(String regex, String text) {
        return Pattern.compile(regex).matcher(text).find();
    }
}
