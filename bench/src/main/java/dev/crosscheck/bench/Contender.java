package dev.crosscheck.bench;

/** A question-answering system under comparison, already built over one corpus. */
public interface Contender extends AutoCloseable {
    String name();

    Reply ask(String question);

    /**
     * A follow-up, asked after the earlier questions of its conversation. A contender with no conversations answers
     * it on its own words, as it would in a chat.
     */
    default Reply ask(String question, java.util.List<String> before) {
        return ask(question);
    }

    /**
     * The longest reply the development sets accept from it: 600 characters for a chat answer; a peer that replies
     * with whole passages by design is judged on what they contain.
     */
    default int maxReplyChars() {
        return QaJudge.MAX_ANSWER_CHARS;
    }

    /** Bytes its structures keep on disk outside the heap (a memory-mapped index); 0 when it keeps none. */
    default long diskBytes() {
        return 0;
    }

    @Override
    default void close() {
    }
}
