package dev.crosscheck.summary;

import dev.crosscheck.answer.Citation;
import dev.crosscheck.answer.QuestionAnalysis;
import dev.crosscheck.answer.QuestionAnalyzer;
import dev.crosscheck.conflict.Conflict;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.Prose;
import dev.crosscheck.corpus.Sentence;
import dev.crosscheck.index.CosineBackground;
import dev.crosscheck.index.Embedder;
import dev.crosscheck.index.Hit;
import dev.crosscheck.index.Retriever;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Picks the sentences that best stand for a set of articles: central to what they say (near the centroid of their
 * embeddings), reported by several sources, early in their article (news puts the main facts first), and not
 * repeating one another (maximal marginal relevance). A fact several sources report is said once and cited to all.
 */
public final class ExtractiveSummarizer implements Summarizer {
    /** Two sentences this similar state the same fact. */
    static final float SAME_FACT = 0.78f;
    /** A candidate this similar to one already chosen would repeat it. */
    private static final float REDUNDANT = 0.72f;
    private static final double REDUNDANCY_WEIGHT = 0.6;
    /** Corpus briefings of large folders start from each article's opening sentences. */
    private static final int LEAD_SENTENCES = 4;
    private static final int MAX_CANDIDATES = 3_000;
    private static final int TOPIC_CANDIDATES = 60;
    /** A retrieved sentence is about the topic when it has most of its (rarity-weighted) words or related ones… */
    private static final double TOPIC_MIN_COVERAGE = 0.5;
    /** Sentences sampled from the corpus to know how close its sentences usually are to a topic. */
    private static final int BACKGROUND_SAMPLE = 512;
    /** Support (other sources saying the same) is computed among this many of the most central candidates. */
    private static final int SUPPORT_POOL = 600;
    private static final int MAX_SOURCES_PER_SENTENCE = 3;
    private static final int MAX_CONFLICTS_NAMED = 3;
    private static final Pattern WEAK_OPENING = Pattern.compile(
            "^[\"“‘']?(?:He|She|It|They|This|That|These|Those|His|Her|Its|Their|But|And|However|Also|Meanwhile)\\b");

    private final Retriever retriever;
    private final QuestionAnalyzer analyzer;
    private final Supplier<List<Conflict>> conflicts;
    /** Summaries of the current corpus; a new corpus snapshot starts a new cache. */
    private volatile Cache cache = new Cache(null);

    private record Cache(Corpus corpus, Map<SummaryRequest, Summary> entries, List<float[]> background) {
        Cache(Corpus corpus) {
            this(corpus, new ConcurrentHashMap<>(), new java.util.concurrent.CopyOnWriteArrayList<>());
        }
    }

    public ExtractiveSummarizer(Retriever retriever, Supplier<List<Conflict>> conflicts) {
        this.retriever = retriever;
        this.analyzer = new QuestionAnalyzer(retriever);
        this.conflicts = conflicts;
    }

    @Override
    public Summary summarize(SummaryRequest request) {
        Corpus corpus = retriever.corpus();
        Cache c = cache;
        if (c.corpus() != corpus) {
            c = new Cache(corpus);
            cache = c;
        }
        Summary cached = c.entries().get(request);
        if (cached != null) {
            return cached;
        }
        Summary s = compute(corpus, request, c);
        c.entries().put(request, s);
        return s;
    }

    private Summary compute(Corpus corpus, SummaryRequest request, Cache c) {
        Document source = null;
        if (request.source() != null) {
            List<Document> found = Sources.find(corpus, request.source());
            if (found.isEmpty()) {
                return Summary.none("No source matches \"" + request.source() + "\". /sources lists them.");
            }
            if (found.size() > 1) {
                return Summary.none("\"" + request.source() + "\" matches " + found.size() + " sources (for example "
                        + found.get(0).id() + " and " + found.get(1).id() + "); give its id.");
            }
            source = found.get(0);
        }
        List<Sentence> candidates;
        float[] focus = null;
        if (request.topic() != null) {
            focus = retriever.embedder().embedQuery(request.topic());
            candidates = topicSentences(request.topic(), focus, source, background(c));
            if (candidates.isEmpty()) {
                return Summary.none("Nothing in the sources covers \"" + request.topic() + "\"."
                        + (source == null ? "" : " (in " + source.id() + ")"));
            }
        } else if (source != null) {
            candidates = new ArrayList<>(source.sentences());
        } else {
            candidates = corpusSentences(corpus);
        }
        candidates.removeIf(s -> !usable(s));
        if (candidates.isEmpty() && request.topic() != null) {
            return Summary.none("Nothing in the sources covers \"" + request.topic() + "\" in full sentences.");
        }
        if (candidates.isEmpty()) {
            return Summary.none("There is nothing to summarise yet.");
        }
        Map<String, Map<Integer, float[]>> vectors = retriever.index().vectors(docIds(candidates));
        List<Candidate> scored = score(candidates, vectors, focus);
        List<Candidate> chosen = choose(scored, request.length());
        if (source != null && request.topic() == null) {
            // One article reads best in its own order.
            chosen.sort(Comparator.comparingInt(x -> x.sentence().ordinal()));
        }
        return write(chosen, corpus, relevantConflicts(request, source), conflicts.get());
    }

    /**
     * Sentences retrieved for the topic that are about it: they have most of its (rarity-weighted) words or related
     * ones, or are closer to it in meaning than chance explains: further above the corpus's usual closeness than
     * the closest of as many sentences drawn at random would be (about √(2 ln n) spreads for n sentences).
     */
    private List<Sentence> topicSentences(String topic, float[] focus, Document source, List<float[]> background) {
        TopicTerms terms = topicTerms(topic);
        CosineBackground usual = CosineBackground.of(background, focus);
        double beyondChance = Math.sqrt(2 * Math.log(Math.max(2, background.size())));
        List<Sentence> out = new ArrayList<>();
        for (Hit h : retriever.retrieve(topic, focus, TOPIC_CANDIDATES)) {
            if (source != null && !h.sentence().docId().equals(source.id())) {
                continue;
            }
            if (terms.coverage(h.sentence().text()) >= TOPIC_MIN_COVERAGE
                    || usual.standing(h.dense()) >= beyondChance) {
                out.add(h.sentence());
            }
        }
        return out;
    }

    /** The sample of the corpus's sentence vectors, read once per corpus snapshot. */
    private List<float[]> background(Cache c) {
        synchronized (c.background()) {
            if (c.background().isEmpty()) {
                c.background().addAll(retriever.index().sampleVectors(BACKGROUND_SAMPLE));
            }
        }
        return c.background();
    }

    /** A topic's words as the answer engine reads a question's: index terms, related stems, weights by rarity. */
    private record TopicTerms(List<QuestionAnalysis.Term> terms, Retriever retriever) {
        /**
         * The rarity-weighted share of the topic's words a text contains, related words at their share: "plant"
         * alone is not the Zaporizhzhia plant, "evacuated" is "evacuation".
         */
        double coverage(String text) {
            Set<String> stems = new HashSet<>(Retriever.analyze(retriever.index().analyzer(), text));
            double covered = 0;
            double total = 0;
            for (QuestionAnalysis.Term t : terms) {
                total += t.weight();
                double credit = t.stems().stream().anyMatch(stems::contains) ? 1 : 0;
                for (Map.Entry<String, Double> r : t.related().entrySet()) {
                    if (r.getValue() > credit && stems.contains(r.getKey())) {
                        credit = r.getValue();
                    }
                }
                covered += credit * t.weight();
            }
            return total == 0 ? 0 : covered / total;
        }
    }

    private TopicTerms topicTerms(String topic) {
        return new TopicTerms(analyzer.analyze(topic).terms(), retriever);
    }

    private static List<Sentence> corpusSentences(Corpus corpus) {
        List<Sentence> all = new ArrayList<>();
        boolean large = corpus.sentenceCount() > MAX_CANDIDATES;
        for (Document d : corpus.documents()) {
            List<Sentence> ss = d.sentences();
            all.addAll(large ? ss.subList(0, Math.min(LEAD_SENTENCES, ss.size())) : ss);
        }
        return all;
    }

    /**
     * Headlines, questions, fragments, run-on sentences and pieces of a quotation make poor summary sentences, and
     * so does one opening with a personal pronoun, whose person a summary quoting it alone never names ("It is the
     * largest employer in Calder County." stood orphaned in a fresh user's summary).
     */
    static boolean usable(Sentence s) {
        String t = s.text().strip();
        int words = t.split("\\s+").length;
        return words >= 6 && words <= 70 && !t.endsWith("?") && s.closes() && balancedQuotes(t)
                && !PRONOUN_OPENING.matcher(t).find() && PROSE_WORD.matcher(t).find();
    }

    /**
     * A word of prose, in lower case: an outlet's stamp line ("The Daily Clarion, Nov. 17, 2027 9:10 a.m."), which a
     * fresh user's summary had quoted as news, has none.
     */
    private static final Pattern PROSE_WORD = Pattern.compile("(?<![\\p{L}.])\\p{Ll}{3,}\\b");

    private static final Pattern PRONOUN_OPENING = Pattern.compile(
            "^[\"“‘']?(?:He|She|It|They|His|Her|Its|Their)\\b");

    private static boolean balancedQuotes(String t) {
        long straight = t.chars().filter(c -> c == '"').count();
        long open = t.chars().filter(c -> c == '“').count();
        long close = t.chars().filter(c -> c == '”').count();
        return straight % 2 == 0 && open == close;
    }

    private static Set<String> docIds(List<Sentence> sentences) {
        Set<String> ids = new HashSet<>();
        sentences.forEach(s -> ids.add(s.docId()));
        return ids;
    }

    /**
     * Two sentences alike in meaning state one fact only if their figures agree: "Fifty-seven patients have been
     * transferred" is no source for "A total of 38 patients had been transferred" (a fresh user's summary cited it
     * so).
     */
    static boolean sameFigures(Sentence a, Sentence b) {
        return !dev.crosscheck.quantity.SharedFigures.disagree(a.text(), b.text());
    }

    /** A scored candidate sentence with its vector and the other sources that state the same fact. */
    record Candidate(Sentence sentence, float[] vector, double score, List<Sentence> support) {
    }

    private static List<Candidate> score(List<Sentence> sentences, Map<String, Map<Integer, float[]>> vectors,
                                         float[] focus) {
        List<Sentence> kept = new ArrayList<>();
        List<float[]> vs = new ArrayList<>();
        for (Sentence s : sentences) {
            float[] v = vectors.getOrDefault(s.docId(), Map.of()).get(s.ordinal());
            if (v != null) {
                kept.add(s);
                vs.add(v);
            }
        }
        float[] centroid = centroid(vs);
        if (focus != null) {
            for (int i = 0; i < centroid.length; i++) {
                centroid[i] = (centroid[i] + focus[i]) / 2;
            }
        }
        double[] base = new double[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            double centrality = Embedder.dot(vs.get(i), centroid);
            double lead = 1.0 / (1 + kept.get(i).ordinal() / 4.0);
            base[i] = 0.55 * centrality + 0.2 * lead;
        }
        // Comparing every pair is quadratic: only the most central few hundred compete for support.
        List<Integer> pool = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            pool.add(i);
        }
        pool.sort(Comparator.comparingDouble((Integer i) -> base[i]).reversed());
        if (pool.size() > SUPPORT_POOL) {
            pool = pool.subList(0, SUPPORT_POOL);
        }
        List<Candidate> out = new ArrayList<>(pool.size());
        for (int i : pool) {
            Sentence s = kept.get(i);
            List<Sentence> support = new ArrayList<>();
            Set<String> seen = new HashSet<>(Set.of(s.docId()));
            for (int j : pool) {
                Sentence o = kept.get(j);
                if (!seen.contains(o.docId()) && Embedder.dot(vs.get(i), vs.get(j)) >= SAME_FACT
                        && sameFigures(s, o)) {
                    seen.add(o.docId());
                    support.add(o);
                }
            }
            double reported = Math.min(support.size(), 3) / 3.0;
            double score = base[i] + 0.25 * reported;
            if (WEAK_OPENING.matcher(s.text()).find()) {
                // "He said…", "It was…": meaningless without the sentence before.
                score *= 0.6;
            }
            out.add(new Candidate(s, vs.get(i), score, support));
        }
        return out;
    }

    private static float[] centroid(List<float[]> vectors) {
        float[] c = new float[vectors.isEmpty() ? 0 : vectors.get(0).length];
        for (float[] v : vectors) {
            for (int i = 0; i < c.length; i++) {
                c[i] += v[i];
            }
        }
        double norm = 0;
        for (float x : c) {
            norm += x * x;
        }
        if (norm > 0) {
            float inv = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < c.length; i++) {
                c[i] *= inv;
            }
        }
        return c;
    }

    /** Maximal marginal relevance: the best remaining sentence, discounted by its likeness to those already chosen. */
    private static List<Candidate> choose(List<Candidate> scored, Length length) {
        List<Candidate> pool = new ArrayList<>(scored);
        List<Candidate> chosen = new ArrayList<>();
        int chars = 0;
        while (chosen.size() < length.sentences() && !pool.isEmpty()) {
            Candidate best = null;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (Candidate c : pool) {
                double similar = 0;
                for (Candidate x : chosen) {
                    similar = Math.max(similar, Embedder.dot(c.vector(), x.vector()));
                }
                if (similar >= REDUNDANT || isSupportOf(c, chosen)) {
                    continue;
                }
                double value = c.score() - REDUNDANCY_WEIGHT * similar;
                if (value > bestValue) {
                    bestValue = value;
                    best = c;
                }
            }
            if (best == null) {
                break;
            }
            pool.remove(best);
            int len = best.sentence().text().length() + 8;
            if (chars + len > length.maxChars()) {
                continue;
            }
            chars += len;
            chosen.add(best);
        }
        return chosen;
    }

    private static boolean isSupportOf(Candidate c, List<Candidate> chosen) {
        for (Candidate x : chosen) {
            if (x.support().contains(c.sentence())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a conflict quotes the two sentences on different sides. */
    private static boolean opposed(Sentence a, Sentence b, List<Conflict> known) {
        for (Conflict c : known) {
            int sideA = sideOf(c, a);
            int sideB = sideOf(c, b);
            if (sideA != Integer.MIN_VALUE && sideB != Integer.MIN_VALUE && sideA != sideB) {
                return true;
            }
        }
        return false;
    }

    /** The side of the conflict quoting the sentence, or {@code Integer.MIN_VALUE} when none does. */
    private static int sideOf(Conflict c, Sentence s) {
        for (Conflict.Statement st : c.statements()) {
            if (st.quotes(s.docId(), s.text())) {
                return st.side();
            }
        }
        return Integer.MIN_VALUE;
    }

    private List<Conflict> relevantConflicts(SummaryRequest request, Document source) {
        List<Conflict> all = conflicts.get();
        List<Conflict> out = new ArrayList<>();
        for (Conflict c : all) {
            boolean fromSource = source == null || c.statements().stream().anyMatch(s -> s.source().equals(source.id()));
            boolean onTopic = request.topic() == null || mentionsTopic(c, request.topic());
            if (fromSource && onTopic) {
                out.add(c);
            }
        }
        return out;
    }

    private boolean mentionsTopic(Conflict c, String topic) {
        return topicTerms(topic).coverage(c.topic()) >= TOPIC_MIN_COVERAGE;
    }

    /**
     * The summary's text and citations; a sentence is cited to the other sources saying the same, but never to one
     * that a known conflict sets against it ("killing three people" is not supported by "Seven people were killed",
     * however alike they read).
     */
    private static Summary write(List<Candidate> chosen, Corpus corpus, List<Conflict> disputes,
                                 List<Conflict> known) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<Citation> citations = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Set<String> updatesNamed = new HashSet<>();
        for (Candidate c : chosen) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(Prose.folded(c.sentence().text())).append(' ');
            List<Sentence> sources = new ArrayList<>();
            sources.add(c.sentence());
            c.support().stream().filter(o -> !opposed(c.sentence(), o, known))
                    .limit(MAX_SOURCES_PER_SENTENCE - 1).forEach(sources::add);
            for (Sentence s : sources) {
                text.append(marker(s.docId(), s.text(), numbers, citations, corpus));
            }
            disputing(c.sentence(), known, chosen).ifPresent(d -> text.append(" (other reports: ")
                    .append(otherSides(d, c.sentence(), numbers, citations, corpus)).append(')'));
            outdated(c.sentence(), known, chosen).filter(u -> updatesNamed.add(u.id())).ifPresent(u -> {
                List<Conflict.Statement> latest = u.sides().get(u.sides().size() - 1);
                text.append(" (a later report: ").append(latest.get(0).value()).append(' ');
                latest.forEach(st -> text.append(marker(st.source(), st.quote(), numbers, citations, corpus)));
                text.append(')');
            });
        }
        // A later report revising a figure is no disagreement, and is named apart; a measure that was updated and is
        // also contradicted is two conflicts on one topic, named once, as disputed.
        List<String> disputed = disputes.stream().filter(d -> d.kind() != Conflict.Kind.UPDATE).map(Conflict::topic)
                .distinct().toList();
        List<String> updated = disputes.stream().filter(d -> d.kind() == Conflict.Kind.UPDATE).map(Conflict::topic)
                .filter(topic -> !disputed.contains(topic)).distinct().toList();
        named(text, " Sources disagree on ", disputed);
        named(text, updated.size() == 1 ? " A later report updates " : " Later reports update ", updated);
        return new Summary(true, text.toString(), citations);
    }

    /** The citation marker of a quoted sentence, numbered the first time it is cited. */
    private static String marker(String docId, String text, Map<String, Integer> numbers, List<Citation> citations,
                                 Corpus corpus) {
        Integer n = numbers.get(docId + "#" + text);
        if (n == null) {
            n = citations.size() + 1;
            numbers.put(docId + "#" + text, n);
            citations.add(Citation.of(n, docId, text, corpus));
        }
        return "[" + n + "]";
    }

    /**
     * A known contradiction that quotes the sentence on one of its sides, when the summary quotes no other side: a
     * summary that states one side ("Three people were killed") says at once what the others give, not only in its
     * closing line.
     */
    private static java.util.Optional<Conflict> disputing(Sentence s, List<Conflict> known, List<Candidate> chosen) {
        return known.stream().filter(c -> c.kind() == Conflict.Kind.CONTRADICTION && sideOf(c, s) != Integer.MIN_VALUE
                && chosen.stream().noneMatch(o -> sideOf(c, o.sentence()) != Integer.MIN_VALUE
                && sideOf(c, o.sentence()) != sideOf(c, s))).findFirst();
    }

    /**
     * A known update whose earlier side the sentence states, when the summary quotes none of its latest: a summary
     * quoting "14 people reported ill so far" says at once that a later report gives 31 (a fresh user's summary led
     * with the stale figure and never gave the latest).
     */
    private static java.util.Optional<Conflict> outdated(Sentence s, List<Conflict> known, List<Candidate> chosen) {
        return known.stream().filter(c -> c.kind() == Conflict.Kind.UPDATE).filter(c -> {
            int own = sideOf(c, s);
            List<List<Conflict.Statement>> sides = c.sides();
            int latest = sides.get(sides.size() - 1).get(0).side();
            return own != Integer.MIN_VALUE && own != latest
                    && chosen.stream().noneMatch(o -> sideOf(c, o.sentence()) == latest);
        }).findFirst();
    }

    /** The conflict's other sides than the sentence's, each value said once with its citations: "Two people [5][6]". */
    private static String otherSides(Conflict c, Sentence s, Map<String, Integer> numbers, List<Citation> citations,
                                     Corpus corpus) {
        int own = sideOf(c, s);
        List<String> parts = new ArrayList<>();
        for (List<Conflict.Statement> side : c.sides()) {
            if (side.get(0).side() == own) {
                continue;
            }
            StringBuilder part = new StringBuilder(side.get(0).value()).append(' ');
            side.forEach(st -> part.append(marker(st.source(), st.quote(), numbers, citations, corpus)));
            parts.add(part.toString());
        }
        return String.join("; ", parts);
    }

    /** One closing line naming the first few topics after {@code opening}, and how many more /conflicts lists. */
    private static void named(StringBuilder text, String opening, List<String> topics) {
        if (topics.isEmpty()) {
            return;
        }
        List<String> named = topics.subList(0, Math.min(MAX_CONFLICTS_NAMED, topics.size()));
        int more = topics.size() - named.size();
        text.append(opening).append(String.join("; ", named))
                .append(more > 0 ? " and " + more + " more (/conflicts)" : "").append('.');
    }
}
