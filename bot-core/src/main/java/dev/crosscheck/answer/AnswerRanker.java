package dev.crosscheck.answer;

import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.Sentence;
import dev.crosscheck.index.Demonyms;
import dev.crosscheck.index.Hit;
import dev.crosscheck.index.Retriever;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/** Re-ranks retrieved sentences as answers: question coverage, answer type, names, and semantic similarity. */
final class AnswerRanker {
    /** Neighbouring sentences and the title support a sentence, but only half as much as its own words. */
    private static final double WINDOW_CREDIT = 0.5;
    /** Names stay in force for a few sentences: "the plant" three sentences after "Zaporizhzhia" is still it. */
    private static final int NAME_LOOKBACK = 3;
    /** Longer first lines are opening paragraphs of untitled articles, not headlines. */
    private static final int MAX_HEADLINE = 200;
    private static final double SCOPED_PENALTY = 0.9;

    private final Analyzer analyzer;
    private final SentenceTerms terms;

    AnswerRanker(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.terms = new SentenceTerms(analyzer);
    }

    List<RankedSentence> rank(QuestionAnalysis question, List<Hit> hits, Corpus corpus) {
        Set<String> questionStems = new HashSet<>();
        question.terms().forEach(t -> questionStems.addAll(t.stems()));
        double total = question.totalWeight();
        double bestFusion = hits.isEmpty() ? 1 : hits.get(0).score();
        List<RankedSentence> out = new ArrayList<>(hits.size());
        for (Hit hit : hits) {
            Sentence s = hit.sentence();
            SentenceTerms.Analysed own = terms.of(s);
            List<SentenceTerms.Analysed> around = window(corpus, s, 1, 1);
            List<SentenceTerms.Analysed> mentioned = window(corpus, s, NAME_LOOKBACK, 1);
            List<String> context = null;
            double covered = 0;
            boolean names = true;
            for (QuestionAnalysis.Term t : question.terms()) {
                boolean inSentence = intersects(own.stems(), t.stems()) || t.name() && namedIn(t.word(), own.words());
                boolean inWindow = inSentence || intersectsAny(around, t.stems());
                covered += inSentence ? t.weight() : inWindow ? t.weight() * WINDOW_CREDIT : 0;
                if (t.name() && !inWindow && !intersectsAny(mentioned, t.stems())) {
                    // Joined only when needed: most names are found by their stems before this slower check.
                    context = context == null ? mentioned.stream().flatMap(a -> a.words().stream()).toList() : context;
                    names &= namedIn(t.word(), context);
                }
            }
            double coverage = total == 0 ? 0 : covered / total;
            Optional<AnswerEvidence.Found> evidence = AnswerEvidence.find(question.type(), s.text(), own,
                    question, questionStems);
            double score = 0.5 * coverage + 0.3 * Math.max(0, hit.dense()) + (evidence.isPresent() ? 0.15 : 0)
                    + 0.05 * hit.score() / bestFusion;
            score *= shapePenalty(s.text(), own.words().size());
            if (question.names().isEmpty() && evidence.isPresent() && evidence.get().scoped()) {
                // An unscoped question ("how many were killed?") is best answered by an unscoped figure, not by
                // one region's toll.
                score *= SCOPED_PENALTY;
            }
            out.add(new RankedSentence(s, score, coverage, hit.dense(), evidence.isPresent(),
                    evidence.map(AnswerEvidence.Found::key).orElse(""), names,
                    evidence.map(AnswerEvidence.Found::scoped).orElse(false),
                    evidence.map(AnswerEvidence.Found::measure).orElse(Set.of())));
        }
        out.sort(Comparator.comparingDouble(RankedSentence::score).reversed());
        return out;
    }

    /** Questions, fragments and datelines rarely answer anything. */
    private static double shapePenalty(String text, int words) {
        if (text.strip().endsWith("?")) {
            return 0.7;
        }
        return words < 5 ? 0.75 : 1.0;
    }

    /** The analysed sentences around s (not s itself), and its article's headline when it is a real one. */
    private List<SentenceTerms.Analysed> window(Corpus corpus, Sentence s, int before, int after) {
        List<SentenceTerms.Analysed> out = new ArrayList<>();
        Optional<Document> doc = corpus.document(s.docId());
        if (doc.isEmpty()) {
            return out;
        }
        List<Sentence> all = doc.get().sentences();
        if (doc.get().title().length() <= MAX_HEADLINE) {
            out.add(terms.of(s.docId(), doc.get().title()));
        }
        for (int i = Math.max(0, s.ordinal() - before); i <= Math.min(all.size() - 1, s.ordinal() + after); i++) {
            if (i != s.ordinal()) {
                out.add(terms.of(all.get(i)));
            }
        }
        return out;
    }

    /** A name counts as mentioned when the words have it as an acronym's expansion or as its demonym. */
    private static boolean namedIn(String name, List<String> words) {
        if (acronymIn(name, words)) {
            return true;
        }
        for (String word : words) {
            if (Character.isUpperCase(word.charAt(0)) && Demonyms.related(name, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean intersectsAny(List<SentenceTerms.Analysed> sentences, Set<String> b) {
        for (SentenceTerms.Analysed a : sentences) {
            if (intersects(a.stems(), b)) {
                return true;
            }
        }
        return false;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : b) {
            if (a.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** "EU" is written out as "European Union": an all-capitals word matches the initials of a capitalised run. */
    static boolean acronymIn(String word, List<String> tokens) {
        if (word.length() < 2 || word.length() > 6 || !word.equals(word.toUpperCase(Locale.ROOT))
                || !word.chars().allMatch(Character::isLetter)) {
            return false;
        }
        outer:
        for (int i = 0; i + word.length() <= tokens.size(); i++) {
            for (int j = 0; j < word.length(); j++) {
                if (tokens.get(i + j).charAt(0) != word.charAt(j)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
