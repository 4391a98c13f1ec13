package dev.crosscheck.answer;

import dev.crosscheck.conflict.FigureClause;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.Sentence;
import dev.crosscheck.index.Demonyms;
import dev.crosscheck.index.Hit;
import dev.crosscheck.index.NameVariants;
import dev.crosscheck.index.Token;
import dev.crosscheck.lexicon.RelatedWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * Ranks retrieved sentences as answers: describes each by its {@link Feature}s, decides the passage a reply would
 * quote for it, and orders them by the scorer's probability that they answer the question.
 */
final class AnswerRanker {
    /** Neighbouring sentences and the headline support a sentence, but only half as much as its own words. */
    private static final double WINDOW_CREDIT = 0.5;
    /** The words right after a figure, where what it counts is written ("six passengers", "40 injured people"). */
    private static final Pattern WORDS_AFTER = Pattern.compile("^\\s+((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)");
    /** Names stay in force for a few sentences: "the plant" three sentences after "Zaporizhzhia" is still it. */
    private static final int NAME_LOOKBACK = 3;
    /**
     * A quoted passage longer than this is cut back to the sentence itself, and a longer sentence to an excerpt: a
     * 600-character reply less room for a "Sources differ." opening and its sources' markers.
     */
    static final int MAX_QUOTE = 560;
    /**
     * How long an excerpt of an overlong sentence may be: a 600-character reply keeps room for its ellipses, its
     * sources' markers and a "Sources differ." opening.
     */
    private static final int EXCERPT = 500;
    private static final int FRAGMENT_WORDS = 5;

    /** Articles whose stems are kept: more than any corpus this runs on has, at about a kilobyte each. */
    private static final int ARTICLES_KEPT = 50_000;

    private final SentenceTerms terms;
    private final Map<String, int[]> articles = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.function.Supplier<AnswerScorer> scorer;
    private final RelatedWords lexicon;

    AnswerRanker(Analyzer analyzer, java.util.function.Supplier<AnswerScorer> scorer, RelatedWords lexicon) {
        this.terms = new SentenceTerms(analyzer, lexicon);
        this.scorer = scorer;
        this.lexicon = lexicon;
    }

    /** Every hit as a candidate answer, most probable first; {@code story}: the conversation's, if any. */
    List<RankedSentence> rank(QuestionAnalysis question, List<Hit> hits, Corpus corpus, NameVariants names,
                              Story story) {
        Question q = new Question(question, lexicon);
        Map<String, Integer> perArticle = new HashMap<>();
        hits.forEach(h -> perArticle.merge(h.sentence().docId(), 1, Integer::sum));
        Map<Hit, Integer> lexicalRank = ranks(hits, Hit::lexical, true);
        Map<Hit, Integer> denseRank = ranks(hits, Hit::dense, false);
        String topArticle = hits.stream().filter(h -> Integer.valueOf(0).equals(lexicalRank.get(h))).findFirst()
                .map(h -> h.sentence().docId()).orElse("");
        double bestDense = hits.stream().mapToDouble(Hit::dense).max().orElse(0);

        List<RankedSentence> out = new ArrayList<>(hits.size());
        // Several candidates come from one article: its coverage is worked out once per question.
        Map<String, double[]> articleCovers = new HashMap<>();
        for (Hit hit : hits) {
            double[] f = new double[Feature.values().length];
            Sentence s = hit.sentence();
            Optional<Document> doc = corpus.document(s.docId());
            if (doc.isEmpty()) {
                continue;
            }
            Context c = context(doc.get(), s);
            if (question.type() == AnswerType.QUANTITY
                    && FigureEvidence.countsOnlyOtherThanAsked(s.text(), c.own(), q.asked)) {
                continue;
            }
            double[] article = articleCovers.computeIfAbsent(doc.get().id(), id -> articleCover(q, doc.get()));
            f[Feature.ARTICLE_COVER.ordinal()] = article[0];
            f[Feature.ARTICLE_MISSING.ordinal()] = article[1];
            f[Feature.NAMES_IN_SCOPE.ordinal()] = namesInScope(q, c, doc.get(), s) ? 1 : 0;
            f[Feature.DENSE.ordinal()] = hit.dense();
            f[Feature.DENSE_WINDOW.ordinal()] = hit.window();
            f[Feature.DENSE_ASKED.ordinal()] = hit.asked();
            f[Feature.DENSE_GAP.ordinal()] = bestDense - hit.dense();
            Integer lr = lexicalRank.get(hit);
            f[Feature.LEXICAL_RANK.ordinal()] = lr == null ? 0 : 1.0 / (1 + lr);
            f[Feature.DENSE_RANK.ordinal()] = 1.0 / (1 + denseRank.get(hit));
            f[Feature.NOVELTY.ordinal()] = novelty(c.own(), q);
            f[Feature.LEAD.ordinal()] = 1.0 / (1 + s.ordinal());
            f[Feature.HEADLINE.ordinal()] = doc.get().isHeadline(s) ? 1 : 0;
            f[Feature.ARTICLE_HITS.ordinal()] = perArticle.get(s.docId()) / (double) hits.size();
            f[Feature.TOP_ARTICLE.ordinal()] = s.docId().equals(topArticle) ? 1 : 0;
            f[Feature.QUESTION_LIKE.ordinal()] = s.text().strip().endsWith("?") ? 1 : 0;
            f[Feature.IN_STORY.ordinal()] = story.articles().contains(s.docId()) ? 1 : 0;
            f[Feature.IN_CONVERSATION.ordinal()] = story.isEmpty() ? 0 : 1;
            f[Feature.FRAGMENT.ordinal()] = c.own().words().size() < FRAGMENT_WORDS ? 1 : 0;
            f[Feature.asks(question.type()).ordinal()] = 1;

            // A byline or a dateline line between the headline and the text ("Daily Courier, Tuesday 10 June 2025,
            // evening edition") says when and by whom a report was written, not what it reports: it answers nothing.
            Optional<AnswerEvidence.Found> evidence = Passages.isMasthead(s, doc.get()) ? Optional.empty()
                    : evidence(question.type(), s.text(), c.own(), q.asked, names, doc.get());
            Sentence quote = Passages.withAntecedent(s, doc.get());
            String evidenceText = s.text();
            SentenceTerms.Analysed evidenceTerms = c.own();
            int evidenceAt = s.start();
            boolean expanded = false;
            if (evidence.isEmpty() && quote.ordinal() < s.ordinal()) {
                // "He urged a limit…" is quoted with the sentence before it, which may name him.
                Sentence before = doc.get().sentences().get(quote.ordinal());
                evidence = evidence(question.type(), before.text(), c.previous(), q.asked, names,
                        doc.get());
                evidenceText = before.text();
                evidenceTerms = c.previous();
                evidenceAt = before.start();
            }
            if (evidence.isEmpty() && c.next() != null && Passages.runningText(c.nextSentence(), doc.get())) {
                // "The quake struck the island at dawn." then "It hit Indonesia's…": the answer is in the next one.
                Optional<AnswerEvidence.Found> next = evidence(question.type(), c.nextSentence().text(), c.next(),
                        q.asked, names, doc.get());
                // A headline or a byline is not read into the sentence after it ("…residents indoors Published: 10
                // June"): the answer's sentence is quoted alone.
                Sentence joined = Passages.runningText(quote, doc.get())
                        ? Passages.span(doc.get(), quote, c.nextSentence()) : c.nextSentence();
                if (next.isPresent() && joined.text().length() <= MAX_QUOTE) {
                    evidence = next;
                    quote = joined;
                    evidenceText = c.nextSentence().text();
                    evidenceTerms = c.next();
                    evidenceAt = c.nextSentence().start();
                    expanded = true;
                }
            }
            // The answer's words as written, for the kind test, and those the reply gives (Answer.given).
            String written = evidence.isEmpty() ? ""
                    : evidenceText.substring(evidence.get().start(), evidence.get().end());
            String given = evidence.isEmpty() ? ""
                    : evidenceText.substring(evidence.get().givenStart(), evidence.get().givenEnd());
            // What the sentence writes right after its answer ("six passengers"): what a figure counts.
            String after = evidence.isEmpty() ? "" : evidenceText.substring(evidence.get().end());
            Set<String> eventWords = evidence.isEmpty() ? Set.of() : eventWords(q, evidenceText, evidence.get());
            boolean called = q.kind != null && evidence.isPresent() && calledKind(evidenceTerms.tokens(),
                    evidenceText, evidence.get().start(), evidence.get().end(), q.kindStems);
            // The question's words the answer covers by being what they ask for count as covered (once read).
            Set<String> answered = new HashSet<>();
            evidence.ifPresent(e -> {
                f[Feature.TYPED.ordinal()] = 1;
                // A date is the "deadline" a time question asks for, and the day of "what day" when it names one.
                f[Feature.TYPED_KIND.ordinal()] = q.kind != null && (isKind(written, q.kind)
                        || question.type() == AnswerType.TIME
                        && (!q.unitAsked || AnswerEvidence.namesTimeUnit(written, q.kind)) || called) ? 1 : 0;
                answered.addAll(answeredWords(q, f[Feature.TYPED_KIND.ordinal()] == 1, after));
                answered.addAll(eventWords);
                f[Feature.TYPED_CUED.ordinal()] = e.cued() ? 1 : 0;
                f[Feature.TYPED_NEAR.ordinal()] = e.closeness() / (1 + e.closeness());
                Feature typed = Feature.typed(question.type());
                if (typed != null) {
                    f[typed.ordinal()] = 1;
                }
                f[Feature.SCOPED_FIGURE.ordinal()] = question.names().isEmpty() && e.scoped() ? 1 : 0;
            });
            cover(q, c, f, answered);
            f[Feature.TYPED_IN_SENTENCE.ordinal()] = evidence.isPresent() && !expanded ? 1 : 0;
            f[Feature.TYPED_COVER.ordinal()] = f[Feature.TYPED.ordinal()] * f[Feature.COVER_WINDOW.ordinal()];
            f[Feature.TYPED_DENSE.ordinal()] = f[Feature.TYPED.ordinal()] * f[Feature.DENSE.ordinal()];
            f[Feature.EXPANDED.ordinal()] = expanded ? 1 : 0;
            if (quote.text().length() > MAX_QUOTE) {
                int answerAt = evidence.isEmpty() ? -1 : evidenceAt + evidence.get().start();
                quote = Excerpt.of(doc.get(), quote, EXCERPT, answerAt,
                        evidence.isEmpty() ? -1 : evidenceAt + evidence.get().end(),
                        terms.tokensOf(quote.text()), q.asked.stems());
            }
            out.add(new RankedSentence(s, quote, Passages.around(doc.get(), quote), f, 0,
                    evidence.map(AnswerEvidence.Found::key).orElse(""),
                    given, evidence.isPresent(),
                    evidence.map(AnswerEvidence.Found::scope).orElse(""),
                    evidence.map(AnswerEvidence.Found::measure).orElse(Set.of())));
        }
        agreement(out);
        List<RankedSentence> scored = new ArrayList<>(out.size());
        AnswerScorer model = scorer.get();
        for (RankedSentence r : out) {
            scored.add(r.withProbability(model.probability(r.features())));
        }
        scored.sort(Comparator.comparingDouble(RankedSentence::probability).reversed());
        return scored;
    }

    /**
     * The question's words an answer covers by being what they ask for: "Germany", of the kind asked, covers the
     * "country" of "Which country…?"; "140 kilometres per hour", in the measure asked, the "fast" of "How fast…?";
     * "six passengers", of what is counted, the "people" of "How many people…?".
     */
    private Set<String> answeredWords(Question q, boolean ofKind, String after) {
        Set<String> out = new HashSet<>();
        if (ofKind) {
            q.analysis.terms().stream().filter(QuestionAnalysis.Term::focus)
                    .forEach(t -> out.add(t.word().toLowerCase(Locale.ROOT)));
        }
        if (!q.measuring.isEmpty()) {
            out.add(q.measuring);
        }
        if (!q.counted.isEmpty()) {
            Matcher words = WORDS_AFTER.matcher(after);
            if (words.find() && Arrays.stream(words.group(1).split("\\s+"))
                    .anyMatch(w -> lexicon.countsAs(w, q.counted))) {
                out.add(q.counted);
            }
        }
        return out;
    }

    /**
     * The question's words naming what happened to what it counts ("died"), and the people it counts, when its figure
     * is said to be of that ("The death toll … has risen to 58" for "How many people died?"): the news lexicon's
     * words for one event are one, and what happens to people counts them.
     */
    private Set<String> eventWords(Question q, String sentence, AnswerEvidence.Found e) {
        Set<String> out = new HashSet<>(FigureEvidence.eventWords(q.asked, sentence, e.start(), e.end()));
        if (!out.isEmpty() && !q.counted.isEmpty() && lexicon.countsAs(q.counted, "people")) {
            out.add(q.counted);
        }
        return out;
    }

    /** Text between a kind and the name it calls so: "a drugs charity, Addaction", "the charity Addaction". */
    private static final Pattern CALLED_BEFORE = Pattern.compile("^[\\s,:]*$");
    /** Text between a name and a kind that says what it is: "Addaction, a drugs charity", "Honeynet - a group of". */
    private static final Pattern CALLED_AFTER = Pattern.compile(
            "^(?:\\s+\\p{Lu}\\S*)*\\s*(?:,|\\(|\\s[-–—])\\s*(?:a|an|the)\\s[^,.;:()\"“”]*$");

    /**
     * The sentence itself says its answer is a kind of what is asked, by apposition: the kind right before the span
     * ("a drugs charity, Addaction"; "BT's own engine, Tara") or after it behind a comma, dash or bracket and an
     * article ("Addaction, a drugs charity"), as WordNet cannot for names it does not know.
     */
    static boolean calledKind(List<Token> tokens, String text, int start, int end, Set<String> kindStems) {
        if (kindStems.isEmpty()) {
            return false;
        }
        Token before = null;
        int wordsAfter = 0;
        for (Token t : tokens) {
            if (t.end() <= start) {
                before = t;
            } else if (t.start() >= end && wordsAfter++ < WORDS_TO_KIND) {
                if (kindStems.contains(t.stem()) && CALLED_AFTER.matcher(text.substring(end, t.start())).find()) {
                    return true;
                }
            }
        }
        return before != null && kindStems.contains(before.stem())
                && CALLED_BEFORE.matcher(text.substring(before.end(), start)).find();
    }

    /** How many words after a name its kind may stand: "a group of security researchers", "a drugs charity". */
    private static final int WORDS_TO_KIND = 3;

    /** The span, or its last word ("Chancellor Gerhard Schroeder" → Schroeder), is a kind of {@code kind}. */
    private boolean isKind(String span, String kind) {
        String[] words = span.split("\\s+");
        String last = words[words.length - 1];
        // WordNet writes abbreviations with their point: "Halloway Skyrides Ltd" is a company as "Ltd." is.
        return lexicon.isKindOf(span, kind) || words.length > 1 && (lexicon.isKindOf(last, kind)
                || !last.endsWith(".") && lexicon.isKindOf(last + ".", kind));
    }

    /** The question as answers are looked for, its related stems and its heaviest word, computed once per question. */
    private static final class Question {
        final QuestionAnalysis analysis;
        final Set<String> relatedStems = new HashSet<>();
        final double total;
        final double heaviest;
        /** The question as {@link AnswerEvidence} looks for answers. */
        final AnswerEvidence.Asked asked;
        /** The noun a "which country" question asks for, when it asks for a named thing. */
        final String kind;
        /** The index stems of {@link #kind}. */
        final Set<String> kindStems;
        /**
         * The question asks for a date of some unit ("what day", "which year"): the unit's word in a sentence ("for
         * most of the day") is no date, and only a date of that unit covers it.
         */
        final boolean unitAsked;
        /** The word naming the measure asked for ("fast"), which a figure in that measure answers; else empty. */
        final String measuring;
        /** The noun a "how many" question counts ("people"), which a figure counting its kind answers; else empty. */
        final String counted;
        /** The question's names of more than one word ("John Craig"), as their terms in order. */
        final List<List<QuestionAnalysis.Term>> fullNames;
        /**
         * Whether a sentence names a question's name in another form (acronym, demonym), by name and sentence:
         * neighbouring candidates share most of their scope.
         */
        private final Map<QuestionAnalysis.Term, Map<SentenceTerms.Analysed, Boolean>> named = new HashMap<>();

        /** The places a name of the question pertains to, each as its words ("American": [US], [United, States]…). */
        private final Map<String, List<List<String>>> places = new HashMap<>();

        boolean namedIn(QuestionAnalysis.Term name, SentenceTerms.Analysed sentence) {
            return named.computeIfAbsent(name, k -> new java.util.IdentityHashMap<>())
                    .computeIfAbsent(sentence, a -> namedIn(name.word(), a.words()));
        }

        /** The sentence's words name the question's name in another form: acronym, demonym, its place's names. */
        boolean namedIn(String name, List<String> words) {
            return AnswerRanker.namedIn(name, words)
                    || places.getOrDefault(name, List.of()).stream().anyMatch(p -> holds(words, p));
        }

        Question(QuestionAnalysis analysis, RelatedWords lexicon) {
            this.analysis = analysis;
            boolean named = analysis.type() == AnswerType.PERSON || analysis.type() == AnswerType.ENTITY
                    || analysis.type() == AnswerType.PLACE || analysis.type() == AnswerType.TIME;
            this.kind = named ? analysis.terms().stream().filter(t -> t.focus() && !t.name())
                    .map(QuestionAnalysis.Term::word).findFirst().orElse(null) : null;
            this.kindStems = kind == null ? Set.of() : analysis.terms().stream().filter(t -> t.word().equals(kind))
                    .findFirst().map(QuestionAnalysis.Term::stems).orElse(Set.of());
            this.unitAsked = kind != null && analysis.type() == AnswerType.TIME && AnswerEvidence.isTimeUnit(kind);
            this.measuring = analysis.type() == AnswerType.QUANTITY
                    ? Dimension.measuringWord(QuestionAnalyzer.typedBy(QuestionAnalyzer.uncontracted(analysis.text())),
                    lexicon)
                    .orElse("") : "";
            this.counted = analysis.type() != AnswerType.QUANTITY ? "" : analysis.terms().stream()
                    .filter(t -> t.focus() && !t.name() && lexicon.isUsedAsNoun(t.word()))
                    .map(t -> t.word().toLowerCase(Locale.ROOT)).reduce((a, b) -> b).orElse("");
            analysis.terms().forEach(t -> relatedStems.addAll(t.related().keySet()));
            this.fullNames = fullNames(analysis);
            this.asked = AnswerEvidence.Asked.of(analysis, lexicon);
            for (QuestionAnalysis.Term t : analysis.terms()) {
                if (t.name()) {
                    places.put(t.word(), lexicon.placesOf(t.word()).stream().map(AnswerRanker::letterRuns)
                            .filter(p -> !p.isEmpty()).toList());
                }
            }
            this.total = analysis.totalWeight();
            this.heaviest = analysis.terms().stream().mapToDouble(QuestionAnalysis.Term::weight).max().orElse(0);
        }
    }

    /** The question's runs of two or more name words, each as the terms of its words. */
    private static List<List<QuestionAnalysis.Term>> fullNames(QuestionAnalysis analysis) {
        Map<String, QuestionAnalysis.Term> names = new HashMap<>();
        analysis.terms().stream().filter(QuestionAnalysis.Term::name)
                .forEach(t -> names.putIfAbsent(t.word().toLowerCase(Locale.ROOT), t));
        List<List<QuestionAnalysis.Term>> out = new ArrayList<>();
        for (AnswerEvidence.NameRun run : AnswerEvidence.spans(analysis.text()).names()) {
            List<QuestionAnalysis.Term> terms = new ArrayList<>();
            for (AnswerEvidence.Span word : run.words()) {
                QuestionAnalysis.Term t = names.get(word.lower());
                if (t != null) {
                    terms.add(t);
                }
            }
            if (terms.size() >= 2 && terms.size() == run.words().size()) {
                out.add(List.copyOf(terms));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The question's name words that the sentence holds only inside other names: "John" and "Craig" of "Who is John
     * Craig?" in "saving superbly from Craig Bellamy and John Hartson" name two other men. A word alone ("Craig
     * said"), after a title ("Mr Craig") or a run holding the whole name still names the one asked about.
     */
    private static Set<QuestionAnalysis.Term> namedOtherwise(Question q, SentenceTerms.Analysed sentence) {
        if (q.fullNames.isEmpty()) {
            return Set.of();
        }
        Map<Integer, String> stemAt = new HashMap<>();
        sentence.tokens().forEach(t -> stemAt.put(t.start(), t.stem()));
        Set<QuestionAnalysis.Term> elsewhere = new HashSet<>();
        Set<QuestionAnalysis.Term> asAsked = new HashSet<>();
        for (List<QuestionAnalysis.Term> name : q.fullNames) {
            for (AnswerEvidence.NameRun run : sentence.spans().names()) {
                boolean other = false;
                Set<QuestionAnalysis.Term> held = new HashSet<>();
                for (AnswerEvidence.Span word : run.words()) {
                    String stem = stemAt.get(word.start());
                    Optional<QuestionAnalysis.Term> t = name.stream()
                            .filter(n -> stem != null && n.stems().contains(stem)).findFirst();
                    t.ifPresent(held::add);
                    other |= t.isEmpty() && !AnswerEvidence.isTitle(word.lower());
                }
                // "Los Angeles County" still holds Los Angeles; "Craig Bellamy" holds a Craig who is not John Craig.
                (other && held.size() < name.size() ? elsewhere : asAsked).addAll(held);
            }
        }
        elsewhere.removeAll(asAsked);
        return elsewhere;
    }

    /** A sentence's analysis with its neighbours' and its headline's (null where there is none). */
    private record Context(SentenceTerms.Analysed own, SentenceTerms.Analysed previous, SentenceTerms.Analysed next,
                           Sentence nextSentence, SentenceTerms.Analysed title) {
    }

    private Context context(Document doc, Sentence s) {
        List<Sentence> all = doc.sentences();
        int i = s.ordinal();
        SentenceTerms.Analysed previous = i > 0 ? terms.of(all.get(i - 1)) : null;
        Sentence nextSentence = i + 1 < all.size() ? all.get(i + 1) : null;
        SentenceTerms.Analysed next = nextSentence == null ? null : terms.of(nextSentence);
        SentenceTerms.Analysed title = doc.hasHeadline() ? terms.of(doc.id(), doc.title()) : null;
        return new Context(terms.of(s), previous, next, nextSentence, title);
    }

    /**
     * The coverage features: the question's weight found in the sentence, with related words, around it, in the
     * headline; {@code answered}: the question's words (in lower case) that the sentence's answer covers by being
     * what they ask for ({@link #answeredWords}).
     */
    private static void cover(Question q, Context c, double[] f, Set<String> answered) {
        double own = 0;
        double related = 0;
        double window = 0;
        double title = 0;
        double missing = 0;
        boolean focus = false;
        Set<QuestionAnalysis.Term> others = namedOtherwise(q, c.own());
        for (QuestionAnalysis.Term t : q.analysis.terms()) {
            // The word of the unit asked for ("the day") and a name word standing in another name ("Craig Bellamy")
            // are no mention of what is asked: only an answer may cover them.
            boolean ruledOut = q.unitAsked && t.focus() || others.contains(t);
            boolean inSentence = !ruledOut && (intersects(c.own().stems(), t.stems())
                    || t.name() && q.namedIn(t.word(), c.own().words()));
            inSentence |= answered.contains(t.word().toLowerCase(Locale.ROOT));
            double credit = inSentence ? 1 : ruledOut ? 0 : relatedCredit(c.own(), t);
            double around = 0;
            for (SentenceTerms.Analysed a : new SentenceTerms.Analysed[] {c.previous(), c.next(), c.title()}) {
                if (a != null && !ruledOut) {
                    around = Math.max(around, intersects(a.stems(), t.stems()) ? 1 : relatedCredit(a, t));
                }
            }
            double inWindow = Math.max(credit, WINDOW_CREDIT * around);
            own += inSentence ? t.weight() : 0;
            related += credit * t.weight();
            window += inWindow * t.weight();
            if (c.title() != null && !ruledOut && intersects(c.title().stems(), t.stems())) {
                title += t.weight();
            }
            if (inWindow == 0) {
                missing = Math.max(missing, t.weight());
            }
            focus |= t.focus() && credit > 0;
        }
        double total = q.total == 0 ? 1 : q.total;
        f[Feature.COVER.ordinal()] = own / total;
        f[Feature.COVER_RELATED.ordinal()] = related / total;
        f[Feature.COVER_WINDOW.ordinal()] = window / total;
        f[Feature.COVER_TITLE.ordinal()] = title / total;
        f[Feature.MISSING.ordinal()] = q.heaviest == 0 ? 0 : missing / q.heaviest;
        f[Feature.FOCUS.ordinal()] = focus ? 1 : 0;
    }

    /**
     * The share of the question's weight found anywhere in the article (related words at their share), and the
     * weight of its rarest word found nowhere in it, over the heaviest.
     */
    private double[] articleCover(Question q, Document doc) {
        int[] article = articleStems(doc);
        double found = 0;
        double missing = 0;
        for (QuestionAnalysis.Term t : q.analysis.terms()) {
            // Whether an article dates what it reports is known only sentence by sentence; the word a figure
            // answers by being one ("toll" in "What is the death toll?") is no word an article must write.
            boolean answeredByFigure = !q.measuring.isEmpty() && t.word().equalsIgnoreCase(q.measuring);
            double credit = q.unitAsked && t.focus() || answeredByFigure ? 1 : 0;
            for (String stem : t.stems()) {
                if (Arrays.binarySearch(article, stem.hashCode()) >= 0) {
                    credit = 1;
                    break;
                }
            }
            for (Map.Entry<String, Double> r : t.related().entrySet()) {
                if (credit < r.getValue() && Arrays.binarySearch(article, r.getKey().hashCode()) >= 0) {
                    credit = r.getValue();
                }
            }
            found += credit * t.weight();
            if (credit == 0) {
                missing = Math.max(missing, t.weight());
            }
        }
        return new double[] {q.total == 0 ? 0 : found / q.total, q.heaviest == 0 ? 0 : missing / q.heaviest};
    }

    /**
     * The hash codes of an article's stems, headline included, sorted: a kilobyte or so an article, so every article
     * a question touches stays known (a hash collision can only credit a word the article lacks, rarely).
     */
    private int[] articleStems(Document doc) {
        if (articles.size() > ARTICLES_KEPT) {
            articles.clear();
        }
        return articles.computeIfAbsent(doc.id() + "#" + doc.hash(), k -> {
            Set<String> stems = new HashSet<>(terms.of(doc.id(), doc.title()).stems());
            doc.sentences().forEach(x -> stems.addAll(terms.stemsOf(x)));
            return stems.stream().mapToInt(String::hashCode).sorted().distinct().toArray();
        });
    }

    /** The best share of a word's weight that one of its related words in the sentence earns (0 when none is there). */
    private static double relatedCredit(SentenceTerms.Analysed a, QuestionAnalysis.Term t) {
        double best = 0;
        // A common word has hundreds of relatives and a sentence a score of stems: the smaller side is walked.
        if (a.stems().size() < t.related().size()) {
            for (String stem : a.stems()) {
                Double credit = t.related().get(stem);
                if (credit != null && credit > best) {
                    best = credit;
                }
            }
            return best;
        }
        for (Map.Entry<String, Double> r : t.related().entrySet()) {
            if (r.getValue() > best && a.stems().contains(r.getKey())) {
                best = r.getValue();
            }
        }
        return best;
    }

    /**
     * Every name of the question is in the sentence, its neighbours, its headline or the few sentences before; those
     * are read only for a name the nearer ones lack, as most candidates have every name nearer.
     */
    private boolean namesInScope(Question q, Context c, Document doc, Sentence s) {
        List<SentenceTerms.Analysed> earlier = null;
        for (QuestionAnalysis.Term t : q.analysis.terms()) {
            if (!t.name() || names(q, t, c.own()) || names(q, t, c.previous()) || names(q, t, c.next())
                    || names(q, t, c.title())) {
                continue;
            }
            if (earlier == null) {
                earlier = new ArrayList<>();
                List<Sentence> all = doc.sentences();
                for (int j = Math.max(0, s.ordinal() - NAME_LOOKBACK); j < s.ordinal() - 1; j++) {
                    earlier.add(terms.of(all.get(j)));
                }
            }
            if (earlier.stream().noneMatch(a -> names(q, t, a))) {
                return false;
            }
        }
        return true;
    }

    private static boolean names(Question q, QuestionAnalysis.Term t, SentenceTerms.Analysed a) {
        return a != null && (intersects(a.stems(), t.stems()) || q.namedIn(t, a));
    }

    /** The answer a sentence of a report gives, if any; never the report's own outlet ({@link #ownOutlet}). */
    private static Optional<AnswerEvidence.Found> evidence(AnswerType type, String text, SentenceTerms.Analysed terms,
                                                           AnswerEvidence.Asked asked, NameVariants names,
                                                           Document doc) {
        return AnswerEvidence.find(type, text, terms, asked, names).filter(found -> !ownOutlet(found, doc));
    }

    /**
     * Whether a name found is the report's own outlet speaking of itself ("Northvale understands he is the night
     * operations manager", in a Northvale Television News report): it tells who knows, never who is asked about (a
     * fresh user's chemical fire had it as the managing director).
     */
    private static boolean ownOutlet(AnswerEvidence.Found found, Document doc) {
        String outlet = doc.origin().outlet();
        return outlet != null && Arrays.asList(NON_WORD.split(outlet.toLowerCase(Locale.ROOT))).contains(found.key());
    }

    /** What parts the words of an outlet's name, compiled once: every candidate of a report asks. */
    private static final Pattern NON_WORD = Pattern.compile("\\W+");

    private static double novelty(SentenceTerms.Analysed own, Question q) {
        if (own.tokens().isEmpty()) {
            return 0;
        }
        int fresh = 0;
        for (Token t : own.tokens()) {
            if (!q.asked.stems().contains(t.stem()) && !q.relatedStems.contains(t.stem())) {
                fresh++;
            }
        }
        return fresh / (double) own.tokens().size();
    }

    /** How many other articles' candidates give the same answer. */
    private static void agreement(List<RankedSentence> candidates) {
        Map<String, Set<String>> articlesByKey = new HashMap<>();
        for (RankedSentence r : candidates) {
            if (r.typed() && !r.key().isEmpty()) {
                articlesByKey.computeIfAbsent(r.key(), k -> new HashSet<>()).add(r.sentence().docId());
            }
        }
        for (RankedSentence r : candidates) {
            Set<String> articles = r.typed() && !r.key().isEmpty() ? articlesByKey.get(r.key()) : Set.of();
            int others = articles.size() - (articles.contains(r.sentence().docId()) ? 1 : 0);
            r.features()[Feature.AGREEMENT.ordinal()] = Math.log1p(others);
        }
    }

    /** Each hit's rank by a signal, best first; hits without the signal (BM25 score 0) are left out when asked. */
    private static Map<Hit, Integer> ranks(List<Hit> hits, java.util.function.ToDoubleFunction<Hit> signal,
                                           boolean presentOnly) {
        List<Hit> ordered = new ArrayList<>(hits);
        if (presentOnly) {
            ordered.removeIf(h -> signal.applyAsDouble(h) <= 0);
        }
        ordered.sort(Comparator.comparingDouble(signal).reversed());
        Map<Hit, Integer> out = new java.util.IdentityHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            out.put(ordered.get(i), i);
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

    /** The words hold {@code run} in a row, as written ("U.S." is [U, S]; "us" is no "US"). */
    private static boolean holds(List<String> words, List<String> run) {
        for (int i = 0; i + run.size() <= words.size(); i++) {
            if (words.subList(i, i + run.size()).equals(run)) {
                return true;
            }
        }
        return false;
    }

    /** A name's runs of letters: "U.S." is [U, S], "United States" [United, States]. */
    private static List<String> letterRuns(String name) {
        return java.util.Arrays.stream(name.split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).toList();
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
        if (word.length() < 2 || word.length() > 6) {
            return false;
        }
        // Checked letter by letter: this runs for every name of the question against every sentence in its scope.
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i)) || Character.isLowerCase(word.charAt(i))) {
                return false;
            }
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
