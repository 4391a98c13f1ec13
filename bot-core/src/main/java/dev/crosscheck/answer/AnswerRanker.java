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
            List<Token> tokens = terms.tokens(s);
            Set<String> own = terms.stems(tokens);
            Set<String> around = windowStems(corpus, s, 1, 1, false);
            String context = window(corpus, s, NAME_LOOKBACK, 1, true);
            Set<String> mentioned = windowStems(corpus, s, NAME_LOOKBACK, 1, true);
            double covered = 0;
            boolean names = true;
            for (QuestionAnalysis.Term t : question.terms()) {
                boolean inSentence = intersects(own, t.stems()) || t.name() && namedIn(t.word(), s.text());
                boolean inWindow = inSentence || intersects(around, t.stems());
                covered += inSentence ? t.weight() : inWindow ? t.weight() * WINDOW_CREDIT : 0;
                if (t.name() && !inWindow && !intersects(mentioned, t.stems()) && !namedIn(t.word(), context)) {
                    names = false;
                }
            }
            double coverage = total == 0 ? 0 : covered / total;
            Optional<AnswerEvidence.Found> evidence = AnswerEvidence.find(question.type(), s.text(), tokens,
                    question, questionStems);
            double score = 0.5 * coverage + 0.3 * Math.max(0, hit.dense()) + (evidence.isPresent() ? 0.15 : 0)
                    + 0.05 * hit.score() / bestFusion;
            score *= shapePenalty(s.text());
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
    private static double shapePenalty(String text) {
        String t = text.strip();
        if (t.endsWith("?")) {
            return 0.7;
        }
        return t.split("\\s+").length < 5 ? 0.75 : 1.0;
    }

    /** The analysed words of the sentences around s (and of a real headline), from the cache. */
    private Set<String> windowStems(Corpus corpus, Sentence s, int before, int after, boolean title) {
        Set<String> out = new HashSet<>();
        Optional<Document> doc = corpus.document(s.docId());
        if (doc.isEmpty()) {
            return out;
        }
        List<Sentence> all = doc.get().sentences();
        if (title && doc.get().title().length() <= MAX_HEADLINE) {
            out.addAll(terms.stems(terms.tokens(s.docId(), doc.get().title())));
        }
        for (int i = Math.max(0, s.ordinal() - before); i <= Math.min(all.size() - 1, s.ordinal() + after); i++) {
            if (i != s.ordinal()) {
                out.addAll(terms.stems(terms.tokens(all.get(i))));
            }
        }
        return out;
    }

    /** The sentences around s (not s itself), and the title when it is a real headline rather than a first paragraph. */
    private static String window(Corpus corpus, Sentence s, int before, int after, boolean title) {
        Optional<Document> doc = corpus.document(s.docId());
        if (doc.isEmpty()) {
            return "";
        }
        List<Sentence> all = doc.get().sentences();
        StringBuilder sb = new StringBuilder();
        if (title && doc.get().title().length() <= MAX_HEADLINE) {
            sb.append(doc.get().title()).append(' ');
        }
        for (int i = Math.max(0, s.ordinal() - before); i <= Math.min(all.size() - 1, s.ordinal() + after); i++) {
            if (i != s.ordinal()) {
                sb.append(all.get(i).text()).append(' ');
            }
        }
        return sb.toString();
    }

    /** A name counts as mentioned when the text has it as an acronym's expansion or as its demonym. */
    private static boolean namedIn(String name, String text) {
        if (acronymIn(name, text)) {
            return true;
        }
        for (String word : text.split("[^\\p{L}]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && Demonyms.related(name, word)) {
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
    static boolean acronymIn(String word, String text) {
        if (word.length() < 2 || word.length() > 6 || !word.equals(word.toUpperCase(Locale.ROOT))
                || !word.chars().allMatch(Character::isLetter)) {
            return false;
        }
        String[] tokens = text.split("[^\\p{L}]+");
        outer:
        for (int i = 0; i + word.length() <= tokens.length; i++) {
            for (int j = 0; j < word.length(); j++) {
                String tok = tokens[i + j];
                if (tok.isEmpty() || tok.charAt(0) != word.charAt(j)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
