package dev.crosscheck.summary;

import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the article a user means: its exact id, or the one whose id and headline hold all the given words. An
 * untitled article's opening paragraph is no headline: "Klitschko" named the seed that mentions him first.
 */
public final class Sources {
    private Sources() {
    }

    /**
     * Every document when {@code words} are blank, else those whose id or title, as the list shows it, has them all:
     * what /sources lists. An untitled article is listed under its opening words, so they find it here.
     */
    public static List<Document> listed(Corpus corpus, String words) {
        return words.isBlank() ? corpus.documents() : matching(corpus, words, true);
    }

    /** The matching documents: one when the reference is clear, several when ambiguous, none when unknown. */
    public static List<Document> find(Corpus corpus, String reference) {
        return matching(corpus, reference, false);
    }

    private static List<Document> matching(Corpus corpus, String reference, boolean openingWords) {
        String ref = reference.strip();
        var exact = corpus.document(ref);
        if (exact.isPresent()) {
            return List.of(exact.get());
        }
        String[] words = ref.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\d]+");
        List<Document> out = new ArrayList<>();
        for (Document d : corpus.documents()) {
            String hay = (d.hasHeadline() || openingWords ? d.id() + " " + d.title() : d.id()).toLowerCase(Locale.ROOT);
            boolean all = words.length > 0;
            for (String w : words) {
                if (!w.isEmpty() && !hay.contains(w)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                out.add(d);
            }
        }
        return out;
    }
}
