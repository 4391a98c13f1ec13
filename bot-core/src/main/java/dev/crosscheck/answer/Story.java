package dev.crosscheck.answer;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a conversation is about: the articles its latest answer cited. A follow-up rarely repeats the story's own
 * words ("How much will it cost in the UK?"), so it is looked for in those articles as well.
 */
public record Story(Set<String> articles) {
    /** No story: a question on its own. */
    public static final Story NONE = new Story(Set.of());

    public Story {
        articles = Set.copyOf(articles);
    }

    /** The story an answer told, by the articles it cited. */
    public static Story of(List<Citation> citations) {
        return new Story(citations.stream().map(Citation::source).collect(Collectors.toSet()));
    }

    public boolean isEmpty() {
        return articles.isEmpty();
    }
}
