package dev.crosscheck.answer;

import dev.crosscheck.conflict.Conflict;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.Sentence;
import dev.crosscheck.index.Hit;
import dev.crosscheck.index.Retriever;
import dev.crosscheck.quantity.QuantityParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Answers with the sources' own sentences: the best answering sentence, cited to every source that says the same,
 * with differing figures from other sources shown beside it, or a plain "not found" with related passages.
 */
public final class ExtractiveComposer implements Composer {
    /** How many sentences retrieval hands to the ranker. */
    private static final int CANDIDATES = 40;
    /** Below this share of the question's (rarity-weighted) words, a sentence does not answer it. */
    static final double MIN_COVERAGE = 0.5;
    private static final int MAX_ANSWER_CHARS = 600;
    private static final int SEE_ALSO = 2;
    private static final Pattern STARTS_WITH_PRONOUN = Pattern.compile(
            "^[\"“‘']?(It|He|She|They|This|That|These|Those|His|Her|Its|Their|The company|The ministry)\\b");

    private final Retriever retriever;
    private final QuestionAnalyzer analyzer;
    private final AnswerRanker ranker;
    private final KnownConflicts conflicts;

    public ExtractiveComposer(Retriever retriever) {
        this(retriever, KnownConflicts.NONE);
    }

    /** A composer that shows both sides when its answer touches a known conflict. */
    public ExtractiveComposer(Retriever retriever, KnownConflicts conflicts) {
        this.retriever = retriever;
        this.analyzer = new QuestionAnalyzer(retriever);
        this.ranker = new AnswerRanker(retriever.index().analyzer());
        this.conflicts = conflicts;
    }

    @Override
    public Answer answer(String question) {
        long start = System.nanoTime();
        Corpus corpus = retriever.corpus();
        QuestionAnalysis analysis = analyzer.analyze(question);
        List<Hit> hits = retriever.retrieve(question, CANDIDATES);
        List<RankedSentence> ranked = ranker.rank(analysis, hits, corpus);
        Citations citations = new Citations(corpus);
        Optional<RankedSentence> best = ranked.stream().filter(r -> r.answers(MIN_COVERAGE)).findFirst();
        if (best.isEmpty()) {
            List<Citation> seeAlso = new ArrayList<>();
            for (RankedSentence r : ranked.subList(0, Math.min(SEE_ALSO, ranked.size()))) {
                seeAlso.add(citations.seeAlso(seeAlso.size() + 1, r.sentence()));
            }
            return new Answer(question, false, "The sources do not answer this question.", List.of(), seeAlso,
                    millisSince(start));
        }
        String text = compose(best.get(), ranked, analysis, citations, corpus);
        return new Answer(question, true, text, citations.list(), List.of(), millisSince(start));
    }

    private String compose(RankedSentence best, List<RankedSentence> ranked, QuestionAnalysis analysis,
                           Citations citations, Corpus corpus) {
        List<RankedSentence> agreeing = new ArrayList<>();
        Map<String, List<RankedSentence>> differing = new LinkedHashMap<>();
        for (RankedSentence r : ranked) {
            if (r == best || r.sentence().docId().equals(best.sentence().docId()) || !r.answers(MIN_COVERAGE)) {
                continue;
            }
            if (agrees(best, r, analysis.type())) {
                if (agreeing.stream().noneMatch(a -> a.sentence().docId().equals(r.sentence().docId()))) {
                    agreeing.add(r);
                }
            } else if (differs(best, r, analysis.type())) {
                differing.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
            }
        }
        List<RankedSentence> cited = new ArrayList<>(agreeing);
        cited.add(best);
        differing.values().forEach(cited::addAll);
        Optional<Conflict> known = touchedConflict(cited).filter(c -> relevant(c, analysis));
        if (known.isPresent()) {
            // A known conflict says more than figures that merely differ: show its sides instead.
            return citedSentence(best, agreeing, citations, corpus) + " " + conflictLine(known.get(), citations, corpus);
        }
        StringBuilder text = new StringBuilder();
        if (!differing.isEmpty()) {
            text.append("Sources differ. ");
        }
        text.append(citedSentence(best, agreeing, citations, corpus));
        for (List<RankedSentence> group : differing.values()) {
            if (text.length() > MAX_ANSWER_CHARS) {
                break;
            }
            RankedSentence head = group.get(0);
            List<RankedSentence> others = new ArrayList<>();
            for (RankedSentence r : group.subList(1, group.size())) {
                if (others.stream().noneMatch(o -> o.sentence().docId().equals(r.sentence().docId()))
                        && !r.sentence().docId().equals(head.sentence().docId())) {
                    others.add(r);
                }
            }
            text.append(' ').append(citedSentence(head, others, citations, corpus));
        }
        return text.toString();
    }

    /**
     * A conflict is worth showing when it is about what was asked: it shares a topic word with the question, and a
     * "how many" question is only answered with a disagreement about figures.
     */
    private boolean relevant(Conflict c, QuestionAnalysis question) {
        if (question.type() == AnswerType.QUANTITY
                && c.statements().stream().allMatch(s -> QuantityParser.parse(s.value()).isEmpty())) {
            return false;
        }
        java.util.Set<String> topic = new java.util.HashSet<>(Retriever.analyze(retriever.index().analyzer(), c.topic()));
        return question.terms().stream().anyMatch(t -> t.stems().stream().anyMatch(topic::contains));
    }

    /** The first known conflict that one of the cited sentences takes part in. */
    private Optional<Conflict> touchedConflict(List<RankedSentence> cited) {
        for (RankedSentence r : cited) {
            Optional<Conflict> c = conflicts.about(r.sentence());
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    /** "Sources differ on people killed: at least nine [2][3]; at least six [1]." with every side cited. */
    private static String conflictLine(Conflict c, Citations citations, Corpus corpus) {
        List<String> sides = new ArrayList<>();
        List<List<Conflict.Statement>> grouped = c.sides();
        for (int i = 0; i < grouped.size(); i++) {
            StringBuilder markers = new StringBuilder();
            for (Conflict.Statement st : grouped.get(i)) {
                corpus.document(st.source()).flatMap(d -> d.sentences().stream()
                        .filter(x -> x.text().equals(st.quote())).findFirst())
                        .ifPresent(s -> markers.append(citations.marker(s)));
            }
            String when = c.kind() == Conflict.Kind.UPDATE ? (i == 0 ? "first " : "then ") : "";
            sides.add(when + grouped.get(i).get(0).value() + " " + markers);
        }
        String lead = c.kind() == Conflict.Kind.UPDATE ? "Reports changed over time on " : "Sources differ on ";
        return lead + c.topic() + ": " + String.join("; ", sides) + ".";
    }

    /** Another source's figure for the same measure, with the same scope, that ranks nearly as well. */
    private static boolean differs(RankedSentence best, RankedSentence other, AnswerType type) {
        return type == AnswerType.QUANTITY && other.score() >= 0.85 * best.score()
                && other.coverage() >= best.coverage() - 0.1 && other.scoped() == best.scoped()
                && other.measure().stream().anyMatch(best.measure()::contains);
    }

    private static boolean agrees(RankedSentence best, RankedSentence other, AnswerType type) {
        if (type == AnswerType.DESCRIPTION) {
            return other.score() >= 0.9 * best.score() && other.cosine() >= best.cosine() - 0.05
                    && other.coverage() >= best.coverage();
        }
        return best.key().equals(other.key());
    }

    /** The sentence (with the one before it when it opens with a pronoun) and a marker for each source saying it. */
    private static String citedSentence(RankedSentence main, List<RankedSentence> agreeing, Citations citations,
                                        Corpus corpus) {
        Sentence s = withAntecedent(main.sentence(), corpus);
        // The quote keeps the source's spacing; the answer reads better with it folded.
        StringBuilder sb = new StringBuilder(s.text().replaceAll("(?U)\\s+", " ").strip());
        sb.append(' ').append(citations.marker(s));
        for (RankedSentence a : agreeing) {
            sb.append(citations.marker(withAntecedent(a.sentence(), corpus)));
        }
        return sb.toString();
    }

    /** A sentence opening with "It" or "He" means little alone; quote it together with the sentence before. */
    private static Sentence withAntecedent(Sentence s, Corpus corpus) {
        if (s.ordinal() == 0 || !STARTS_WITH_PRONOUN.matcher(s.text()).find()) {
            return s;
        }
        Optional<Document> doc = corpus.document(s.docId());
        if (doc.isEmpty()) {
            return s;
        }
        Sentence previous = doc.get().sentences().get(s.ordinal() - 1);
        String text = doc.get().text().substring(previous.start(), s.end());
        return new Sentence(s.docId(), previous.ordinal(), previous.start(), s.end(), text);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Numbers quotes in order of first use; the same quote cited twice keeps its number. */
    private static final class Citations {
        private final Corpus corpus;
        private final Map<String, Citation> byKey = new LinkedHashMap<>();

        Citations(Corpus corpus) {
            this.corpus = corpus;
        }

        String marker(Sentence s) {
            String key = s.docId() + "#" + s.start() + "-" + s.end();
            Citation c = byKey.computeIfAbsent(key, k -> cite(byKey.size() + 1, s));
            return "[" + c.n() + "]";
        }

        Citation seeAlso(int n, Sentence s) {
            return cite(n, s);
        }

        private Citation cite(int n, Sentence s) {
            String title = corpus.document(s.docId()).map(Document::title).orElse(s.docId());
            return new Citation(n, s.docId(), title, s.text());
        }

        List<Citation> list() {
            return new ArrayList<>(byKey.values());
        }
    }
}
