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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Stems the words a passage's sentence shares with the question it answered. */
    private static final Analyzer ANALYZER = new EnglishAnalyzer();
    /** What stands between a subject and its verb: "had", "has also", "would". */
    private static final Pattern AUXILIARIES = Pattern.compile("(?:\\s+(?:had|has|have|would|will|also|later|then|"
            + "previously|earlier))+\\s*$");
    /** A determiner right before a word: "a barrage", "the report", "its statement", "whose records". */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)\\b(?:a|an|the|this|that|its|their|his|her|"
            + "whose|our|your|my)\\s+$");
    /** "explosions were reported": the subject is what was said, not who said it. */
    private static final Pattern PASSIVE = Pattern.compile("\\b(?:was|were|is|are|been|being|be)\\s*$");
    private static final Pattern PRONOUN = Pattern.compile("(?i)he|she|it|they|we|i|you|this|that|who|which");
    /** Longer runs before a verb are more than its subject. */
    private static final int MAX_SUBJECT = 8;
    /**
     * "according to a person familiar with the download,": whoever a sentence names so, as far as its clause goes
     * or a relative clause describing them begins ("according to two employees who saw it").
     */
    private static final Pattern ACCORDING_TO = Pattern.compile(
            "(?i)\\baccording to ((?:[\\p{L}\\d’'\\-]+\\s+){0,11}?[\\p{L}\\d’'\\-]+)\\s*(?=[,.;:]|$|"
                    + "(?<=\\s)(?:who|which|that|whose)\\b)");

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
            String speaker = speakerOf(sentence, RelatedWords.wordNet());
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

    /**
     * Whom the sentence gives its words to: as the conflict notes read it, else whoever it says "according to", else
     * the subject of its first verb of saying as WordNet files verbs ("officials in the region had described…").
     */
    static String speakerOf(String sentence, RelatedWords lexicon) {
        String named = Attribution.of(sentence);
        if (!named.isEmpty()) {
            return named;
        }
        Matcher according = ACCORDING_TO.matcher(sentence);
        return according.find() ? according.group(1) : subjectOfSaying(sentence, lexicon);
    }

    /** A clause's words before its verb of saying, auxiliaries dropped; "" for a pronoun or a passive. */
    private static String subjectOfSaying(String sentence, RelatedWords lexicon) {
        Matcher word = WORD.matcher(sentence);
        while (word.find()) {
            if (!Character.isLowerCase(word.group().charAt(0))
                    || !lexicon.isSaying(word.group()) && !Attribution.isSayingVerb(word.group())) {
                continue;
            }
            if (DETERMINER_BEFORE.matcher(sentence).region(0, word.start()).find() || word.group().endsWith("ing")) {
                // "A barrage of missiles…": after a determiner the word is a noun, whatever WordNet's verbs say; and
                // "A hacker group calling itself Grey Lantern" names the group, it says nothing.
                continue;
            }
            int clause = Math.max(0, Math.max(sentence.lastIndexOf(',', word.start()),
                    Math.max(sentence.lastIndexOf(';', word.start()), sentence.lastIndexOf('“', word.start()))));
            String before = sentence.substring(clause, word.start()).replaceAll("^[\\s,;“\"]+", "");
            Matcher auxiliaries = AUXILIARIES.matcher(before);
            String subject = auxiliaries.find() ? before.substring(0, auxiliaries.start()) : before.strip();
            subject = Attribution.subject(subject);
            if (PASSIVE.matcher(before).find() || subject.isEmpty() || subject.split("\\s+").length > MAX_SUBJECT
                    || PRONOUN.matcher(subject).matches()) {
                return "";
            }
            return subject.strip();
        }
        return "";
    }

    private static String capitalised(String speaker) {
        return Character.toUpperCase(speaker.charAt(0)) + speaker.substring(1);
    }
}
