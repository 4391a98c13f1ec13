package dev.crosscheck.bench;

/** A question-answering system under comparison, already built over one corpus. */
public interface Contender extends AutoCloseable {
    String name();

    Reply ask(String question);

    /** Bytes its structures keep on disk outside the heap (a memory-mapped index); 0 when it keeps none. */
    default long diskBytes() {
        return 0;
    }

    @Override
    default void close() {
    }
}
