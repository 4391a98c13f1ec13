package dev.crosscheck.command;

import dev.crosscheck.answer.Answer;
import dev.crosscheck.answer.AnswerType;
import dev.crosscheck.answer.Citation;
import dev.crosscheck.conflict.Attribution;
import dev.crosscheck.corpus.Sentence;
import dev.crosscheck.corpus.SentenceSplitter;
import dev.crosscheck.index.Retriever;
import dev.crosscheck.lexicon.RelatedWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * "Who said that?": whom each passage of the last answer gives its words to ("according to the governor",
 * "Energoatom said"), read from the passages themselves, with the passage cited again beside it.
 */
final class Speakers {
    /** A passage that names no one is the report's own word. */
    static final String OWN_WORDS = "The report itself: ";
    static final String NOTHING_SHOWN = "The last answer quoted no passage, so there is no one to name.";
    /** Below this a passage says too little to tell whose words it gives. */
    private static final int MIN_SHARE = 120;
    /** As many passages as fit a reply at their least share; a summary may have quoted more. */
    private static final int MAX_PASSAGES = Answer.MAX_TEXT_CHARS / MIN_SHARE;
    /** Stems the words a passage's sentence shares with the question it answered. */
    private static final Analyzer ANALYZER = new EnglishAnalyzer();

    private Speakers() {
    }

    /**
     * The speakers of the passages an answer cited; {@code given}, the words the answer gave, picks the sentence of
     * a passage that holds them, as "that" is the answer rather than the sentences around it, and when it gave none,
     * {@code asked}, the question the answer was to, picks the sentence nearest it.
     */
    static Answer of(String question, String asked, List<Citation> cited, Answer.Given given) {
        if (cited.isEmpty()) {
            return new Answer(question, false, NOTHING_SHOWN, List.of(), List.of(), 0);
        }
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        String first = "";
        // Each passage gets its share of a reply; a longer sentence is cut at a word, and its citation quotes it whole.
        int share = Math.max(MIN_SHARE, Answer.MAX_TEXT_CHARS / cited.size());
        for (Citation c : cited) {
            String sentence = sentenceOf(c.quote(), given.text(), asked);
            // A passage and the conflict note beside it often quote one sentence: its speaker is named once.
            if (citations.stream().anyMatch(k -> k.source().equals(c.source()) && k.quote().equals(sentence))) {
                continue;
            }
            if (citations.size() == MAX_PASSAGES) {
                text.append(" The answer quoted more passages than one reply names.");
                break;
            }
            String speaker = Attribution.speakerOf(sentence, RelatedWords.wordNet());
            first = first.isEmpty() ? speaker : first;
            int n = citations.size() + 1;
            citations.add(new Citation(n, c.source(), c.title(), sentence, c.origin()));
            text.append(text.isEmpty() ? "" : " ")
                    .append(speaker.isEmpty() ? OWN_WORDS : capitalised(speaker) + ": ")
                    .append("“").append(Text.shorten(sentence, share)).append("” [").append(n).append("]");
        }
        // The first speaker is the answer's person: "How old is he?" next asks about them.
        Answer.Given speaker = first.isEmpty() ? Answer.Given.NOTHING : new Answer.Given(first, AnswerType.PERSON);
        return new Answer(question, true, text.toString(), citations, List.of(), 0, speaker, List.of());
    }

    /**
     * The passage's sentence holding the answer's words, else of those that name a source the one sharing most words
     * with what was {@code asked} (the first of equals), else its first: "why did the tank fail?" was answered by the
     * inspector's "too early to say what caused the tank to fail", not by the police's sentence before it.
     */
    private static String sentenceOf(String quote, String answered, String asked) {
        List<Sentence> sentences = SentenceSplitter.split("", quote);
        if (sentences.isEmpty()) {
            return quote;
        }
        String words = answered.toLowerCase(Locale.ROOT);
        if (!words.isBlank()) {
            for (Sentence s : sentences) {
                if (s.text().toLowerCase(Locale.ROOT).contains(words)) {
                    return s.text();
                }
            }
        }
        Set<String> question = Set.copyOf(Retriever.analyze(ANALYZER, asked));
        String best = null;
        long bestShared = -1;
        for (Sentence s : sentences) {
            if (Attribution.of(s.text()).isEmpty()) {
                continue;
            }
            long shared = Retriever.analyze(ANALYZER, s.text()).stream().distinct().filter(question::contains).count();
            if (shared > bestShared) {
                best = s.text();
                bestShared = shared;
            }
        }
        return best != null ? best : sentences.get(0).text();
    }


    private static String capitalised(String speaker) {
        return Character.toUpperCase(speaker.charAt(0)) + speaker.substring(1);
    }
}
