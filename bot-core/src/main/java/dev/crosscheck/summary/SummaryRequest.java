package dev.crosscheck.summary;

/** What to summarise: the whole corpus, one source (an id or words of its title), or a topic; and how long. */
public record SummaryRequest(String source, String topic, Length length) {
    public SummaryRequest {
        source = source == null || source.isBlank() ? null : source.strip();
        topic = topic == null || topic.isBlank() ? null : topic.strip();
        length = length == null ? Length.NORMAL : length;
    }

    public static SummaryRequest corpus(Length length) {
        return new SummaryRequest(null, null, length);
    }
}
