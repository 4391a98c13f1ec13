package dev.crosscheck.answer;

import dev.crosscheck.conflict.Conflict;
import dev.crosscheck.conflict.FigureClause;
import dev.crosscheck.conflict.ReportOrder;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.Prose;
import dev.crosscheck.corpus.Sentence;
import dev.crosscheck.corpus.StoryNames;
import dev.crosscheck.index.Await;
import dev.crosscheck.index.Embedder;
import dev.crosscheck.index.Hit;
import dev.crosscheck.index.NameVariants;
import dev.crosscheck.index.Retriever;
import dev.crosscheck.lexicon.RelatedWords;
import dev.crosscheck.quantity.Quantity;
import dev.crosscheck.quantity.QuantityParser;
import dev.crosscheck.quantity.Units;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers with the sources' own sentences: the best answering sentence, cited to every source that says the same,
 * with differing figures from other sources shown beside it, or a plain "not found" with related passages.
 */
public final class ExtractiveComposer implements Composer {
    /**
     * How many sentences retrieval hands to the ranker. On the tune halves, the 25 best by fused rank hold the
     * answer for 97 % of the BBC questions and 99 % of the SQuAD ones that the best 40 answer (2 and 1 lost), and
     * ranking costs in proportion.
     */
    private static final int CANDIDATES = 25;
    /**
     * How deep a question for who did a deed or holds an office searches when its candidates name no one: four
     * times as deep, as measured for every question on 2026-12-03 (docs/experiments.md), where it answered more of
     * every kind, right and wrong; a name beside the question's own deed or office is rarely wrong.
     */
    private static final int NAMING_CANDIDATES = 4 * CANDIDATES;
    /** A word all in lowercase letters, as chats type names too, possessive or not ("klitschko's"). */
    private static final Pattern LOWERCASE_WORD = Pattern.compile(
            "(?<![\\p{L}'’-])\\p{Ll}{2,}(?=['’]s?(?!\\p{L})|(?![\\p{L}'’-]))");
    /** How a reply that shows other sources' differing figures opens. */
    private static final String SOURCES_DIFFER = "Sources differ. ";
    /** What opens a reply whose figures differ between reports of different days, the latest first. */
    static final String DATED_APART = "Reports of different days give different figures. ";
    private static final int SEE_ALSO = 2;
    private static final String NOT_FOUND = "The sources do not answer this question.";
    /**
     * Above the other sources' nearest passages when none plainly answers: a fresh user read "No other source answers
     * that plainly" as a denial of the opposite answer shown right below it.
     */
    static final String ELSEWHERE_NEAREST = "The other sources come closest in the passages below: weigh them, as "
            + "none answers it in so many words.";
    /**
     * Above the nearest passages when none answers plainly: fresh users read "The sources do not answer this
     * question" above a passage that did answer it as the bot's mistake, in every trial; the scorer's doubt is all
     * there is to say.
     */
    static final String NEAREST = "Nothing I found answers this for certain; the nearest passages are below.";
    static final String NO_ARTICLES = "There are no articles yet to answer from: articles added to the folder (or"
            + " fetched from its feeds) are read as they arrive.";
    /** What may stand before a question's first word: "¿", a quote, a bracket. */
    private static final Pattern OPENING = Pattern.compile("^\\P{L}+");

    private final Retriever retriever;
    private final QuestionAnalyzer analyzer;
    private final AnswerRanker ranker;
    /** Read in the background: parsing it is most of a restart's cost of the answer engine. */
    private final CompletableFuture<AnswerScorer> scorer;
    private final KnownConflicts conflicts;

    public ExtractiveComposer(Retriever retriever) {
        this(retriever, KnownConflicts.NONE);
    }

    /** A composer that shows both sides when its answer touches a known conflict. */
    public ExtractiveComposer(Retriever retriever, KnownConflicts conflicts) {
        this(retriever, conflicts, CompletableFuture.supplyAsync(() ->
                AnswerScorer.forModel(retriever.embedder().modelId())));
    }

    /** As above, with a given scorer (the bench fits and compares them). */
    public ExtractiveComposer(Retriever retriever, KnownConflicts conflicts, AnswerScorer scorer) {
        this(retriever, conflicts, CompletableFuture.completedFuture(scorer));
    }

    private ExtractiveComposer(Retriever retriever, KnownConflicts conflicts, CompletableFuture<AnswerScorer> scorer) {
        this.retriever = retriever;
        this.analyzer = new QuestionAnalyzer(retriever);
        this.ranker = new AnswerRanker(retriever.index().analyzer(), this::scorer, RelatedWords.wordNet());
        this.scorer = scorer;
        this.conflicts = conflicts;
    }

    @Override
    public Answer answer(String question, Story story) {
        return answer(question, story, List.of(), Story.NONE, NOT_FOUND);
    }

    @Override
    public Answer more(String question, Story story, List<Citation> shown) {
        return answer(question, story, shown, Story.NONE, NOTHING_MORE);
    }

    @Override
    public Answer elsewhere(String question, Story quoted) {
        Corpus corpus = retriever.corpus();
        if (corpus.size() > 0 && corpus.documents().stream().allMatch(d -> quoted.articles().contains(d.id()))) {
            // "No other source answers that" read as if the others had been asked: there were none left to ask.
            return new Answer(question, false, EVERY_SOURCE_QUOTED.formatted(corpus.size()), List.of(), List.of(), 0);
        }
        return answer(question, Story.NONE, List.of(), quoted, NOTHING_ELSEWHERE);
    }

    /** What "What do the other sources say?" is told when the answers so far quoted every article there is. */
    static final String EVERY_SOURCE_QUOTED = "All %d sources were quoted above already: there is no other to ask.";

    /**
     * The answer from the candidates whose sentence none of {@code shown} quotes and no article of {@code left}
     * holds; {@code nothing} says none does.
     */
    private Answer answer(String typed, Story story, List<Citation> shown, Story left, String nothing) {
        long start = System.nanoTime();
        // A typo is read as the word the articles have, by the embedding as by the search; the answer says so.
        String question = retriever.respelled(typed);
        Corpus corpus = retriever.corpus();
        if (corpus.size() == 0) {
            // "The sources do not answer" would say they were read: a folder with no articles yet is another case.
            return new Answer(question, false, NO_ARTICLES, List.of(), List.of(), millisSince(start),
                    Answer.Given.NOTHING, List.of());
        }
        String asked = QuestionAnalysis.closed(question);
        QuestionAnalysis analysis = analyzer.analyze(asked);
        List<RankedSentence> ranked = unshown(rank(asked, analysis, story, CANDIDATES), shown, left);
        Citations citations = new Citations(corpus);
        Optional<Function<RankedSentence, Optional<String>>> namer = namer(question);
        RankedSentence named = namer.flatMap(n -> firstNaming(ranked, n)).orElse(null);
        boolean unanswered = ranked.isEmpty() || ranked.get(0).probability() < scorer().threshold();
        if (named == null && unanswered && namer.isPresent()) {
            // The sentence naming the doer shares little with the question but its verb and thing, so retrieval may
            // rank it far down: "The vehicle, operated by the Kerrin-based firm Orbita Coachways, was descending…"
            // was 25th-odd for "Which company operated the coach?" among the coach's many sentences.
            named = firstNaming(unshown(rank(asked, analysis, story, NAMING_CANDIDATES), shown, left), namer.get())
                    .orElse(null);
        }
        if (named == null && unanswered) {
            return notFound(question, ranked, analysis, citations, start, nothing);
        }
        RankedSentence best = named != null ? named : overall(ranked.get(0), ranked, analysis);
        String text = compose(best, ranked, analysis, citations, shown);
        Answer.Given given = best.given().isEmpty() ? Answer.Given.NOTHING
                : new Answer.Given(best.given(), analysis.type());
        return new Answer(question, true, text, citations.list(), List.of(), millisSince(start), given,
                caveats(best, analysis));
    }

    /**
     * What to know before trusting a found answer: the question's names that no article mentions, and a figure of
     * another place than the one asked about, with that place nowhere near ("How many were killed in Kyiv?" and the
     * nearest toll is Lviv's).
     */
    private List<String> caveats(RankedSentence best, QuestionAnalysis analysis) {
        List<String> unmentioned = unmentionedCaveat(analysis, true);
        if (!unmentioned.isEmpty()) {
            return unmentioned;
        }
        // Unless the place asked about is named just before: Sviatoschin is Kyiv's, as the passage says.
        if (best.feature(Feature.NAMES_IN_SCOPE) != 0 || analysis.type() != AnswerType.QUANTITY
                || analysis.place().isEmpty()) {
            return List.of();
        }
        if (ofAnotherPlace(best, analysis)) {
            return List.of("The nearest figure is for " + best.scope() + ", not " + analysis.place() + ".");
        }
        // A figure tied to no place, in an article that never names the place asked about, is another place's or
        // the story's own: a fresh user's "How many people died in the Caldera region?" got the heatwave's toll in
        // the region beside it, unremarked.
        return best.scoped() || namesPlace(best.sentence().docId(), analysis.place()) ? List.of()
                : List.of("The nearest figure is not said to be " + analysis.place() + "'s.");
    }

    /** Whether the article names the place, as a word of its own in any case. */
    private boolean namesPlace(String docId, String place) {
        return retriever.corpus().document(docId).map(d -> Mentions.writes(d.text(), place)).orElse(true);
    }

    /** "No article mentions Paris", and above an answer found without it what that means; none when all are. */
    private List<String> unmentionedCaveat(QuestionAnalysis analysis, boolean found) {
        List<String> names = unmentioned(analysis);
        return names.isEmpty() ? List.of() : List.of("No article mentions " + listed(names)
                + (found ? ", so this may be about something else." : "."));
    }

    /** "Paris", "Paris or Narnia", "Paris, Narnia or Oz". */
    private static String listed(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /**
     * The question's names that no sentence of the corpus holds in any of their spellings, nor as a demonym
     * ("Poland" is in "Polish jets"). An acronym is never said to be missing: the corpus may spell it out.
     */
    private List<String> unmentioned(QuestionAnalysis analysis) {
        List<String> questions = QuestionAnalysis.questions(analysis.text());
        return analysis.terms().stream()
                // A question's first word is capitalised anyway ("Outside of livestock, what…"), and so is that of
                // each question a follow-up carries ("Summarise the story").
                .filter(t -> t.name() && questions.stream().noneMatch(q -> opensWith(q, t.word()))
                        && !t.word().equals(t.word().toUpperCase(Locale.ROOT))
                        && t.stems().stream().allMatch(stem -> retriever.docFreq(stem) == 0)
                        && !retriever.names().hasDemonymOf(t.word()))
                .map(QuestionAnalysis.Term::word).distinct().toList();
    }

    /** The question's first word, behind any "¿", quote or bracket, is {@code word}. */
    private static boolean opensWith(String question, String word) {
        return OPENING.matcher(question).replaceFirst("").startsWith(word);
    }

    private Answer notFound(String question, List<RankedSentence> ranked, QuestionAnalysis analysis,
                            Citations citations, long start, String nothing) {
        List<Citation> seeAlso = new ArrayList<>();
        for (RankedSentence r : ranked.subList(0, Math.min(SEE_ALSO, ranked.size()))) {
            seeAlso.add(citations.seeAlso(seeAlso.size() + 1, r.quote()));
        }
        // Other sources' nearest passages may well bear on the answer (another figure, another name): "no other
        // source answers that" alone above them would read as if none challenged it.
        // A question naming what no article mentions ("No article mentions Peru.") is plainly not answered.
        List<String> caveat = unmentionedCaveat(analysis, false);
        String text = seeAlso.isEmpty() ? nothing : nothing.equals(NOTHING_ELSEWHERE) ? ELSEWHERE_NEAREST
                : nothing.equals(NOT_FOUND) && caveat.isEmpty() ? NEAREST : nothing;
        return new Answer(question, false, text, List.of(), seeAlso, millisSince(start), Answer.Given.NOTHING,
                caveat);
    }

    /**
     * How to find, in a candidate, the name a question asks for beside what it asks about, if it asks one: who holds
     * an office ("Who is the managing director of Orvane Chemicals?": "Orvane's managing director, Henrik Salvesen,
     * said…", {@link RoleHolder}) or who did a deed to a thing ("Which company operated the coach?": "The vehicle,
     * operated by the Kerrin-based firm Orbita Coachways", {@link Doer}). The scorer rates such a sentence by how
     * much of the question it covers, which the name adds nothing to: fresh users' stories had them under the
     * threshold, the answer listed among the nearest passages. So with a person's age ("how old is Priya Halloran?":
     * "Priya Halloran, 46, the trust's former finance director, was found guilty…", {@link AskedAge}), and with whether
     * anyone underwent an event ("any deaths?": "There have been no fatalities.", {@link WhetherAny}).
     */
    private Optional<Function<RankedSentence, Optional<String>>> namer(String question) {
        Optional<RoleHolder> office = RoleHolder.asked(question);
        if (office.isPresent()) {
            // What the office is of may be named anywhere in the article: "the ship's captain, Dmitar Orlenko" in a
            // report on the Aurelian Crest (see RoleHolder.in).
            return Optional.of(r -> office.get().in(r.quote().text(), r.passage(1).text(), article(r)));
        }
        Optional<AskedAge> age = AskedAge.asked(question);
        if (age.isPresent()) {
            return Optional.of(r -> age.get().in(r.quote().text()));
        }
        Optional<WhetherAny> whether = WhetherAny.asked(QuestionAnalysis.closed(question));
        if (whether.isPresent()) {
            return Optional.of(r -> whether.get().in(r.quote().text()));
        }
        RelatedWords lexicon = RelatedWords.wordNet();
        return Doer.asked(question, lexicon).map(doer -> {
            // "who leads the dockers' union?" is asked of its leader as well: "Union leader Tamsin Brevik".
            List<RoleHolder> holders = lexicon.agentNouns(doer.verb()).stream()
                    .map(noun -> new RoleHolder(noun, List.of(doer.thing()))).toList();
            return r -> doer.in(r.quote().text(), r.passage(1).text(), article(r), lexicon)
                    .or(() -> holders.stream().map(h -> h.in(r.quote().text(), r.passage(1).text(), article(r)))
                            .flatMap(Optional::stream).findFirst());
        });
    }

    /** The candidates whose sentence none of {@code shown} quotes and no article of {@code left} holds. */
    private static List<RankedSentence> unshown(List<RankedSentence> ranked, List<Citation> shown, Story left) {
        if (shown.isEmpty() && left.isEmpty()) {
            return ranked;
        }
        // A headline's candidate quotes the sentence after it: that sentence shown is that candidate shown.
        return ranked.stream().filter(r -> !quotedIn(r.sentence(), shown) && !quotedIn(r.quote(), shown)
                && !left.articles().contains(r.sentence().docId())).toList();
    }

    private String article(RankedSentence r) {
        return retriever.corpus().document(r.sentence().docId()).map(Document::text).orElse("");
    }

    /** The first candidate {@code names} finds a name in, rated near the best when the best is found. */
    private Optional<RankedSentence> firstNaming(List<RankedSentence> ranked,
                                                Function<RankedSentence, Optional<String>> names) {
        // Over a found answer only when rated near it: "IAEA chief Rafael Grossi" answers "Who is the head of the UN
        // nuclear watchdog?" as well as a "head" would, and better than another article's.
        double floor = ranked.isEmpty() || ranked.get(0).probability() < scorer().threshold() ? 0
                : ranked.get(0).probability() * scorer().secondRatio();
        for (RankedSentence r : ranked) {
            if (r.probability() < floor) {
                break;
            }
            if (names.apply(r).isPresent()) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** A citation already shown quotes the sentence, or the part of it an excerpt showed. */
    private static boolean quotedIn(Sentence sentence, List<Citation> shown) {
        String text = sentence.text().strip();
        return shown.stream().anyMatch(c -> c.source().equals(sentence.docId())
                && (c.quote().contains(text) || text.contains(c.quote().strip())));
    }

    /** The question asks a figure of a place ("killed in Kyiv") and the best figure is another place's. */
    private static boolean ofAnotherPlace(RankedSentence best, QuestionAnalysis analysis) {
        return analysis.type() == AnswerType.QUANTITY && best.scoped() && !analysis.place().isEmpty()
                && !Places.samePlace(best.scope(), analysis.place());
    }

    /**
     * A question that names no place ("how many were killed?") asks for the overall figure, and one that names no
     * year asks about the story's own time: when the best figure is one place's, or another year's ("the last quake,
     * in 1987, killed 12"), a figure of the same measure tied to neither, in a sentence covering the question as
     * well, is the answer instead: one of the same article, or one the scorer answers with on its own (another
     * article's figure that merely shares the question's words is no answer to it).
     */
    private RankedSentence overall(RankedSentence best, List<RankedSentence> ranked, QuestionAnalysis analysis) {
        if (ofAnotherPlace(best, analysis)) {
            // "How many died in Kharkiv?": a figure tied to another place (Solochiv) answers another question, and
            // one tied to Kharkiv, for the same measure and near enough to the best, answers this one.
            for (RankedSentence r : ranked) {
                if (r.typed() && r.scoped() && Places.samePlace(r.scope(), analysis.place())
                        && r.measure().stream().anyMatch(best.measure()::contains)
                        && (answers(r) || r.probability() >= best.probability() * scorer().secondRatio())) {
                    return r;
                }
            }
        }
        boolean placed = best.scoped() && analysis.names().isEmpty();
        boolean otherTime = best.ofAnotherTimeThan(analysis.text());
        if (analysis.type() != AnswerType.QUANTITY || !placed && !otherTime) {
            return best;
        }
        for (RankedSentence r : ranked) {
            // Covering the question as well, or counting all the best counts and answering on its own: "Corrigan's
            // 312 stores" for "how many stores does corrigan have", over "eight Corrigan stores in the Brennmouth
            // area" (a fresh user's retailer), whose sentence covers more of the question's words.
            boolean asWell = r.feature(Feature.COVER_RELATED) >= best.feature(Feature.COVER_RELATED)
                    || answers(r) && r.measure().containsAll(best.measure());
            if (r.typed() && !r.scoped() && !r.dated() && r.measure().stream().anyMatch(best.measure()::contains)
                    && asWell && (r.sentence().docId().equals(best.sentence().docId()) || answers(r))) {
                return r;
            }
        }
        return best;
    }

    @Override
    public Optional<java.time.DayOfWeek> reportDay(String source) {
        return retriever.corpus().document(source).flatMap(ReportOrder::weekday);
    }

    @Override
    public boolean isAbout(String question, Story story) {
        return storyShare(question, story) >= scorer().storyShare();
    }

    @Override
    public double[] likeness(String thing, List<String> words) {
        Embedder embedder = retriever.embedder();
        float[] vector = embedder.embed(thing);
        double[] out = new double[words.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Embedder.dot(vector, embedder.embed(words.get(i))) - scorer().wordChance();
        }
        return out;
    }

    @Override
    public Optional<Meaning> meaning(String text) {
        Embedder embedder = retriever.embedder();
        return Optional.of(new Meaning(embedder.embed(text), embedder.modelId()));
    }

    @Override
    public String withNamesCapitalised(String text) {
        NameVariants names = retriever.names();
        Matcher m = LOWERCASE_WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String w = m.group();
            // The folder's capitals alone can mislead in a small folder ("Mayor Solvang" and no other "mayor").
            boolean name = names.writesOnlyAsName(w) && !RelatedWords.wordNet().isOrdinaryWord(w);
            String cased = name ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w;
            m.appendReplacement(out, cased);
        }
        return m.appendTail(out).toString();
    }

    @Override
    public boolean isRole(String word) {
        // "Federal" is first of all a person as a noun (a Union soldier) but mostly said as an adjective.
        RelatedWords lexicon = RelatedWords.wordNet();
        return lexicon.isRole(word) && !lexicon.isMostlyAdjective(word);
    }

    @Override
    public boolean isPerson(String name) {
        String[] words = name.strip().split("\\s+");
        String last = words[words.length - 1];
        NameVariants names = retriever.names();
        return names.isPerson(last) || names.variantsOf(last).stream().anyMatch(names::isPerson);
    }

    /**
     * How near the story's sentences come to the question against the whole folder's: the embedding's best cosine
     * among the story's candidates over its best among the folder's (0 without a story). A question on another
     * topic finds its nearest sentences elsewhere.
     */
    public double storyShare(String question, Story story) {
        if (story.isEmpty()) {
            return 0;
        }
        float[] vector = retriever.embedder().embedQuery(question);
        double anywhere = nearest(retriever.retrieve(question, vector, null, CANDIDATES, Set.of()));
        double inStory = nearest(retriever.retrieve(question, vector, null, CANDIDATES, story.articles()));
        return anywhere <= 0 ? 0 : inStory / anywhere;
    }

    private static double nearest(List<Hit> hits) {
        return hits.stream().mapToDouble(Hit::dense).max().orElse(0);
    }

    /** Every candidate answer to the question with its features and probability, most probable first. */
    public List<RankedSentence> candidates(String question, Story story) {
        String asked = QuestionAnalysis.closed(question);
        return rank(asked, analyzer.analyze(asked), story, CANDIDATES);
    }

    private List<RankedSentence> rank(String question, QuestionAnalysis analysis, Story story, int depth) {
        float[] vector = retriever.embedder().embedQuery(question);
        List<RankedSentence> ranked = ranker.rank(analysis, retrieve(question, vector, analysis, story, depth),
                retriever.corpus(), retriever.names(), story);
        return AnswerEvidence.asksIdentity(question) ? closeToRole(vector, ranked) : ranked;
    }

    /**
     * For "Who is Paul Dergarabedian?", a candidate's closeness in meaning is that of what it says he is ("Paul
     * Dergarabedian, president of … Exhibitor Relations"), not of its whole sentence, which is mostly about something
     * else: the question is only his name.
     */
    private List<RankedSentence> closeToRole(float[] asked, List<RankedSentence> ranked) {
        List<RankedSentence> out = new ArrayList<>(ranked.size());
        for (RankedSentence r : ranked) {
            if (!r.typed() || r.key().isEmpty() || r.given().isEmpty() || r.feature(Feature.TYPED_CUED) == 0) {
                out.add(r);
                continue;
            }
            double closeness = Embedder.dot(asked, retriever.embedder().embed(r.given() + ", " + r.key()));
            if (closeness <= r.feature(Feature.DENSE)) {
                out.add(r);
                continue;
            }
            double[] f = r.features().clone();
            f[Feature.DENSE.ordinal()] = closeness;
            f[Feature.TYPED_DENSE.ordinal()] = closeness;
            out.add(r.withFeatures(f, scorer().probability(f)));
        }
        out.sort(Comparator.comparingDouble(RankedSentence::probability).reversed());
        return out;
    }

    /**
     * The best sentences of the whole corpus and, in a conversation, those of its story as well: "How much will it
     * cost in the UK?" rarely shares a word with the article the conversation is about.
     */
    private List<Hit> retrieve(String question, float[] vector, QuestionAnalysis analysis, Story story, int depth) {
        // A follow-up's own words, apart from those it carries from the questions before, say what it asks now.
        float[] asked = analysis.carriesContext()
                ? retriever.embedder().embedQuery(QuestionAnalysis.asked(question)) : null;
        Map<String, Set<String>> related = new HashMap<>();
        analysis.terms().forEach(t -> related.put(t.word(), t.related().keySet()));
        String searched = QuestionAnalysis.searched(question);
        List<Hit> hits = new ArrayList<>(retriever.retrieve(searched, related, vector, asked, depth, Set.of()));
        if (!story.isEmpty()) {
            Set<Sentence> seen = new HashSet<>();
            hits.forEach(h -> seen.add(h.sentence()));
            retriever.retrieve(searched, related, vector, asked, depth, story.articles()).stream()
                    .filter(h -> seen.add(h.sentence())).forEach(hits::add);
        }
        return hits;
    }

    private AnswerScorer scorer() {
        return Await.result(scorer);
    }

    private boolean answers(RankedSentence r) {
        return r.probability() >= scorer().threshold();
    }

    /**
     * Another source gives the same answer about the same thing: the same name or figure, with the question's names
     * in scope and the thing asked about ("mayor") as present as in the best passage.
     */
    private static boolean confirms(RankedSentence r, RankedSentence best, AnswerType type) {
        return type != AnswerType.DESCRIPTION && type != AnswerType.REASON && r.feature(Feature.NAMES_IN_SCOPE) == 1
                && r.feature(Feature.FOCUS) >= best.feature(Feature.FOCUS);
    }

    /**
     * Another source's passage answers alike when the scorer says it answers, or when it holds an answer of the
     * asked type and covers the question at least as well as the best one: how other sources put the same figure.
     */
    private boolean answersLike(RankedSentence r, RankedSentence best) {
        return answers(r) || r.typed() && r.feature(Feature.COVER_RELATED) >= best.feature(Feature.COVER_RELATED);
    }

    private String compose(RankedSentence best, List<RankedSentence> ranked, QuestionAnalysis analysis,
                           Citations citations, List<Citation> shown) {
        List<RankedSentence> agreeing = new ArrayList<>();
        Map<String, List<RankedSentence>> differing = new LinkedHashMap<>();
        for (RankedSentence r : ranked) {
            if (r == best || r.sentence().docId().equals(best.sentence().docId())) {
                continue;
            }
            if (agrees(best, r, analysis) && (answersLike(r, best) || confirms(r, best, analysis.type()))) {
                if (agreeing.stream().noneMatch(a -> a.sentence().docId().equals(r.sentence().docId()))) {
                    agreeing.add(r);
                }
            } else if (answersLike(r, best) && differs(best, r, analysis.type())) {
                differing.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
            }
        }
        // A source a known contradiction sets against what the reply quotes says the opposite, however alike it
        // reads: "was evacuated" is no source for "has not been evacuated" (a fresh user's reply cited it so).
        String quotedText = shown(best).text();
        agreeing.removeIf(r -> contradicts(r, best.sentence().docId(), quotedText));
        // A source that gives the best's figure as well gives its other figure for something else ("$80m from DVD
        // sales" and "its $74m box office total"): it does not differ from the best.
        differing.values().forEach(group -> group.removeIf(r -> agreeing.stream()
                .anyMatch(a -> a.sentence().docId().equals(r.sentence().docId()))));
        differing.values().removeIf(List::isEmpty);
        List<RankedSentence> cited = new ArrayList<>(agreeing);
        cited.add(best);
        differing.values().forEach(cited::addAll);
        // "Tell me more" shows a conflict whose every side it has shown already no more.
        Optional<Conflict> known = touchedConflict(cited, analysis, best).filter(c -> !shownAlready(c, shown));
        if (known.isPresent()) {
            // A known conflict says more than figures that merely differ: show its sides instead, after as much of
            // the passage around the answer as leaves them room, else after the answer's own sentence. Of an update,
            // the answer is the latest figure: its passage opens the reply, before the timeline. Not of an update of
            // something else than the answer's figure, unless it is of what the question asks happened: a fresh
            // user's "How many people were on the boat?" had its 92 on board replaced by the latest count of those
            // rescued, while "How many people have died…?" answered by a recall's count of cars wants the toll's.
            boolean ofTheAnswer = best.key().isEmpty() || givesFigure(known.get(), best.key())
                    || namesAskedEvent(known.get(), askedEvents(analysis));
            Optional<RankedSentence> latest = known.get().kind() == Conflict.Kind.UPDATE && !namesATime(analysis)
                    && ofTheAnswer ? latestSide(known.get(), best, ranked) : Optional.empty();
            RankedSentence lead = latest.orElse(best);
            List<RankedSentence> alike = latest.isPresent() ? List.of() : agreeing;
            Sentence quoted = roomFor(lead, alike, 0, citations,
                    trial -> conflictLine(known.get(), trial, retriever.corpus()), lead.quote());
            return citedSentence(quoted, alike, citations) + " " + conflictLine(known.get(), citations,
                    retriever.corpus());
        }
        // What follows the best: other sources' figures, or else a runner-up saying something else.
        List<Beside> beside = new ArrayList<>();
        for (List<RankedSentence> group : differing.values()) {
            RankedSentence head = group.get(0);
            List<RankedSentence> others = new ArrayList<>();
            for (RankedSentence r : group.subList(1, group.size())) {
                if (others.stream().noneMatch(o -> o.sentence().docId().equals(r.sentence().docId()))
                        && !r.sentence().docId().equals(head.sentence().docId())) {
                    others.add(r);
                }
            }
            beside.add(new Beside(head, others));
        }
        if (differing.isEmpty()) {
            secondOpinion(best, ranked, agreeing, analysis).ifPresent(r -> beside.add(new Beside(r, List.of())));
        }
        Beside lead = new Beside(best, agreeing);
        // Another source's figure is shown whenever it answers alike, but said to differ only when the scorer rates
        // it near the answer: a figure it rates far below is as likely of something else ("Three separate fans sent
        // us phone footage" beside "The ground holds 32,000 people", a fresh user's false "Sources differ.").
        boolean disputed = differing.values().stream().flatMap(List::stream)
                .anyMatch(r -> r.probability() >= best.probability() * scorer().secondRatio());
        String opening = disputed ? SOURCES_DIFFER : "";
        if (disputed && datedApart(best, beside)) {
            // Figures of reports of different days may be a count that rose, not sources that disagree (two fresh
            // users' "Sources differ." over a stake raised day by day): said as such, the latest first unless the
            // question names its day.
            opening = DATED_APART;
            if (!namesATime(analysis)) {
                beside.add(0, lead);
                Beside latest = latest(beside);
                beside.remove(latest);
                lead = latest;
            }
        }
        StringBuilder text = new StringBuilder(opening);
        // When not even the answer's own sentence leaves room, what follows is left out and the passage stays whole.
        Sentence quoted = beside.isEmpty() ? shown(lead.head()) : roomFor(lead.head(), lead.others(), text.length(),
                citations, trial -> citedSentence(beside.get(0).head().quote(), beside.get(0).others(), trial),
                shown(lead.head()));
        text.append(citedSentence(quoted, lead.others(), citations));
        boolean besideShown = false;
        for (Beside b : beside) {
            if (!appendWithin(text, citations, b.head(), b.others())) {
                break;
            }
            besideShown = true;
        }
        if (disputed && !besideShown) {
            // The other sources' figures did not fit beside the answer: no "Sources differ." without them.
            text.delete(0, opening.length());
        }
        return text.toString();
    }

    /**
     * The question names a time ("on Monday", "in March", "by the evening"): the figure of then is asked, not the
     * latest. "Today" and "this week" ask for the latest.
     */
    private static boolean namesATime(QuestionAnalysis analysis) {
        if (PART_OF_DAY.matcher(analysis.text()).find()) {
            return true;
        }
        Matcher m = AnswerEvidence.TIME.matcher(analysis.text());
        while (m.find()) {
            if (!NOW.matcher(m.group()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern NOW = Pattern.compile("(?i)today|tonight|this (?:week|month|year)");
    /** A part of a day after a preposition: "by the evening", "in the morning", "overnight". */
    private static final Pattern PART_OF_DAY = Pattern.compile("(?i)\\b(?:(?:by|in|on|during|at|until|before|after)"
            + " (?:the )?(?:morning|afternoon|evening|night|midday|noon|nightfall|dawn)|overnight)\\b");

    /** Every other figure shown beside the best is from a report of another day than the best's, all dated. */
    private boolean datedApart(RankedSentence best, List<Beside> beside) {
        return beside.stream().allMatch(b -> {
            Integer order = dayOrder(b.head(), best);
            return order != null && order != 0;
        });
    }

    /** The passage from the report of the latest day, the first of them on a tie or where days do not tell. */
    private Beside latest(List<Beside> passages) {
        Beside latest = passages.get(0);
        for (Beside b : passages.subList(1, passages.size())) {
            Integer order = dayOrder(b.head(), latest.head());
            if (order != null && order > 0) {
                latest = b;
            }
        }
        return latest;
    }

    /** {@link ReportOrder#byDay} of two candidates' reports. */
    private Integer dayOrder(RankedSentence a, RankedSentence b) {
        return ofReports(a, b, ReportOrder::byDay, null);
    }

    /** What {@code of} says of two candidates' reports, or {@code otherwise} when one is no longer in the corpus. */
    private <T> T ofReports(RankedSentence a, RankedSentence b, java.util.function.BiFunction<Document, Document, T> of,
                            T otherwise) {
        Corpus corpus = retriever.corpus();
        Optional<Document> x = corpus.document(a.sentence().docId());
        Optional<Document> y = corpus.document(b.sentence().docId());
        return x.isPresent() && y.isPresent() ? of.apply(x.get(), y.get()) : otherwise;
    }

    /** A passage shown after the best answer, cited to the other sources that say the same. */
    private record Beside(RankedSentence head, List<RankedSentence> others) {
    }

    /**
     * What the reply quotes for the best when {@code next} is to follow it: its showing, with a passage narrowed a
     * sentence at a time, down to the best's own quote, until both fit a chat reply after {@code opening}
     * characters; {@code otherwise} when nothing leaves room. What follows (another answer, a conflict's sides)
     * tells more than the passage's last sentences, and the showing rules were fitted on replies that hold both.
     */
    private Sentence roomFor(RankedSentence best, List<RankedSentence> agreeing, int opening, Citations citations,
                             Function<Citations, String> next, Sentence otherwise) {
        Sentence shown = shown(best);
        if (shown == best.quote()) {
            return fits(shown, agreeing, opening, citations, next) ? shown : otherwise;
        }
        for (int after = scorer().passageAfter(); after >= 0; after--) {
            Sentence quoted = after >= 1 ? best.passage(after) : best.quote();
            if (fits(quoted, agreeing, opening, citations, next)) {
                return quoted;
            }
        }
        return otherwise;
    }

    /**
     * Whether {@code quoted}, cited, then what {@code next} writes, fit a chat reply after {@code opening} characters;
     * measured on a copy of the citations, so that nothing is numbered yet.
     */
    private static boolean fits(Sentence quoted, List<RankedSentence> agreeing, int opening, Citations citations,
                                Function<Citations, String> next) {
        Citations trial = citations.copy();
        return opening + citedSentence(quoted, agreeing, trial).length() + 1 + next.apply(trial).length()
                <= Answer.MAX_TEXT_CHARS;
    }

    /**
     * When the runner-up is nearly as likely and says something else (another passage, another answer), it is
     * shown too rather than guessed away; but not a figure of another year than the question's, which is no other
     * account of it (see {@link #overall}).
     */
    private Optional<RankedSentence> secondOpinion(RankedSentence best, List<RankedSentence> ranked,
                                                   List<RankedSentence> agreeing, QuestionAnalysis analysis) {
        boolean ownTime = analysis.type() == AnswerType.QUANTITY && !best.ofAnotherTimeThan(analysis.text());
        for (RankedSentence r : ranked) {
            if (r == best || agreeing.contains(r) || overlaps(r.quote(), shown(best))
                    || headlineOf(r, best)
                    || ownTime && r.ofAnotherTimeThan(analysis.text())
                    || ofAnotherPlace(r, analysis) && r.feature(Feature.NAMES_IN_SCOPE) == 0) {
                // Lviv's toll is no second answer to "How many died in Kharkiv?".
                continue;
            }
            boolean close = answers(r) && r.probability() >= best.probability() * scorer().secondRatio();
            boolean other = !r.typed() || !best.typed() || r.key().isEmpty()
                    || !r.key().equals(best.key()) && !sameAmount(best, r);
            return close && other ? Optional.of(r) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The candidate is the headline of the best's own article, which announces what its passage says: no second
     * opinion (a fresh user's oil spill had its lead's headline pasted after it as one).
     */
    private static boolean headlineOf(RankedSentence r, RankedSentence best) {
        return r.feature(Feature.HEADLINE) > 0 && r.sentence().docId().equals(best.sentence().docId());
    }

    private static boolean overlaps(Sentence a, Sentence b) {
        return a.docId().equals(b.docId()) && a.start() < b.end() && b.start() < a.end();
    }

    /** Appends a cited passage unless the answer would outgrow a chat reply; says whether it fitted. */
    private boolean appendWithin(StringBuilder text, Citations citations, RankedSentence head,
                                 List<RankedSentence> others) {
        Citations trial = citations.copy();
        String part = citedSentence(head.quote(), others, trial);
        if (text.length() + 1 + part.length() > Answer.MAX_TEXT_CHARS) {
            return false;
        }
        text.append(' ').append(citedSentence(head.quote(), others, citations));
        return true;
    }

    /**
     * A conflict is worth showing when it is about what was asked: it shares a topic word with the question or names
     * an event of {@code askedEvents} (what the question's own words say happened), and a "how many" question is only
     * answered with a disagreement about figures.
     */
    private boolean relevant(Conflict c, QuestionAnalysis question, java.util.Set<String> askedEvents) {
        if (question.type() == AnswerType.QUANTITY
                && c.statements().stream().allMatch(s -> QuantityParser.parse(s.value()).isEmpty())) {
            return false;
        }
        java.util.Set<String> topic = new java.util.HashSet<>(Retriever.analyze(retriever.index().analyzer(), c.topic()));
        // Or it names what happened in other words: "What is the death toll?" asks about "people killed".
        return question.terms().stream().anyMatch(t -> t.stems().stream().anyMatch(topic::contains))
                || namesAskedEvent(c, askedEvents);
    }

    /** The conflict's topic names, in its words, what the question says happened ("people killed" for "died"). */
    private static boolean namesAskedEvent(Conflict c, java.util.Set<String> askedEvents) {
        return !java.util.Collections.disjoint(askedEvents, FigureClause.events(c.topic()));
    }

    /**
     * The known conflict a reply shows: of those the cited sentences take part in, the first about what was asked
     * ({@link #relevant}), and of those, one with a side giving the answer's own figure when there is one ("six
     * passengers were killed and around 40 injured" is in the toll's conflict and the injured's; a toll of six asks
     * for the first).
     */
    private Optional<Conflict> touchedConflict(List<RankedSentence> cited, QuestionAnalysis analysis,
                                               RankedSentence best) {
        List<Conflict> touched = new ArrayList<>();
        java.util.Set<String> askedEvents = askedEvents(analysis);
        for (RankedSentence r : cited) {
            for (Conflict c : conflicts.about(r.sentence())) {
                if (!touched.contains(c) && relevant(c, analysis, askedEvents)) {
                    touched.add(c);
                }
            }
        }
        // Of a measure both updated and contradicted, the update leads unless the question names a time: the latest
        // figure answers "how many", and its timeline holds the contradicted figures too (a fresh user's "how many
        // people died?" led with a morning's 31 against 23, never giving the 61 two reports later).
        // A "how many" answered by a sentence giving no conflict's figure (a lead with none, in a fresh user's recall
        // story: it was shown three against four, never the five of two days later) is so answered as well.
        List<Conflict> giving = touched.stream().filter(c -> givesFigure(c, best.key())).toList();
        List<Conflict> about = giving.isEmpty() && analysis.type() == AnswerType.QUANTITY ? touched : giving;
        Optional<Conflict> update = namesATime(analysis) ? Optional.empty()
                : about.stream().filter(c -> c.kind() == Conflict.Kind.UPDATE).findFirst();
        return update.or(() -> giving.stream().findFirst()).or(() -> touched.stream().findFirst());
    }

    /** What the question's own words say happened ("died": killed), as conflicts' topics name it. */
    private static java.util.Set<String> askedEvents(QuestionAnalysis analysis) {
        return FigureClause.events(QuestionAnalysis.asked(analysis.text()));
    }

    /**
     * The candidate quoting the latest side of an update, when the best one quotes an earlier side: "How many were
     * taken to hospital?" is answered with the 41 of the later report, not the 23 it revised.
     */
    private static Optional<RankedSentence> latestSide(Conflict update, RankedSentence best,
                                                       List<RankedSentence> ranked) {
        int last = update.statements().stream().mapToInt(Conflict.Statement::side).max().orElse(-1);
        List<Conflict.Statement> latest = update.statements().stream().filter(st -> st.side() == last).toList();
        if (latest.stream().anyMatch(st -> st.quotes(best.sentence().docId(), best.sentence().text()))) {
            return Optional.empty();
        }
        return ranked.stream().filter(r -> latest.stream()
                .anyMatch(st -> st.quotes(r.sentence().docId(), r.sentence().text()))).findFirst();
    }

    /** A known contradiction puts the candidate on another side than a sentence of {@code text} in {@code docId}. */
    private boolean contradicts(RankedSentence r, String docId, String text) {
        for (Conflict c : conflicts.about(r.sentence())) {
            if (c.kind() != Conflict.Kind.CONTRADICTION) {
                continue;
            }
            Optional<Conflict.Statement> own = c.statements().stream()
                    .filter(st -> st.quotes(r.sentence().docId(), r.sentence().text())).findFirst();
            if (own.isPresent() && c.statements().stream().anyMatch(st -> st.side() != own.get().side()
                    && st.source().equals(docId) && text.contains(st.quote()))) {
                return true;
            }
        }
        return false;
    }

    /** Every side of the conflict has been quoted to the conversation already. */
    private static boolean shownAlready(Conflict c, List<Citation> shown) {
        return !shown.isEmpty() && c.statements().stream().allMatch(st -> shown.stream()
                .anyMatch(x -> x.source().equals(st.source()) && x.quote().contains(st.quote())));
    }

    /** A side of the conflict states the figure keyed {@code key} ("6" for "six passengers"). */
    private static boolean givesFigure(Conflict c, String key) {
        return !key.isEmpty() && c.statements().stream().anyMatch(st -> QuantityParser.parse(st.value()).stream()
                .anyMatch(q -> FigureEvidence.key(q).equals(key)));
    }

    /** The conflict in its own words ("Sources give different figures for …: at least nine [2][3]; …"), cited here. */
    private static String conflictLine(Conflict c, Citations citations, Corpus corpus) {
        return c.heading() + ": " + c.sidesText(st -> corpus.document(st.source())
                .flatMap(d -> d.sentences().stream().filter(x -> x.text().equals(st.quote())).findFirst())
                .map(citations::marker).orElse(""));
    }

    /**
     * Another source's figure for the same measure, tied to the same place or to none, of the same time, in a report
     * of the same story: a toll from an earlier year, another town's, or BP's quarterly profit beside Deutsche
     * Telekom's is not another account of this one.
     */
    private boolean differs(RankedSentence best, RankedSentence other, AnswerType type) {
        return type == AnswerType.QUANTITY && (best.scoped() ? other.scoped()
                && Places.samePlace(best.scope(), other.scope()) : !other.scoped())
                && other.dated() == best.dated()
                && other.measure().stream().anyMatch(best.measure()::contains)
                && !FigureEvidence.countsBeyondOthers(best.quote().text(), best.key())
                && !FigureEvidence.countsBeyondOthers(other.quote().text(), other.key())
                // Parsed again only for a figure that may differ, not for each of the ranked candidates.
                && dimension(best).equals(dimension(other))
                && !apart(best, other);
    }

    /**
     * What the candidate's figure measures (a sum, a share, a count…), by the unit written with it: a 19.9 per cent
     * stake and a £180 million offer are no two accounts of one figure (a fresh user's "Sources differ." set them
     * side by side); empty when its figure is not found again in its quote.
     */
    private static Optional<Dimension> dimension(RankedSentence r) {
        String text = r.quote().text();
        return QuantityParser.parse(text).stream().filter(q -> FigureEvidence.key(q).equals(r.key())).findFirst()
                .map(q -> Dimension.of(text, q));
    }

    /** Whether the two candidates' articles are reports of different stories ({@link StoryNames#apart}). */
    private boolean apart(RankedSentence a, RankedSentence b) {
        return ofReports(a, b, StoryNames::apart, false);
    }

    /** A word that denies, and the two words after it: "no shots have", "not been fired". */
    private static final java.util.regex.Pattern DENIAL = java.util.regex.Pattern.compile(
            "(?i)(?:\\b(?:no|not|never|none|nobody|nothing|neither|nor)\\b|n[’']t\\b)((?:\\W+[\\p{L}’']+){1,2})");

    /**
     * Whether the sentence denies something the question asks about: a word of denial right before one of its words
     * ("No shots have been fired" for "Were any shots fired?"), not before another ("no reports of casualties").
     */
    private static boolean denies(String sentence, QuestionAnalysis question) {
        java.util.regex.Matcher m = DENIAL.matcher(sentence);
        while (m.find()) {
            for (String word : m.group(1).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (question.terms().stream().flatMap(t -> t.stems().stream())
                        .anyMatch(stem -> stem.length() >= 3 && word.startsWith(stem))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Another source says the same: the same answer for typed questions (none when the best gives none); for
     * descriptions, a passage the scorer rates as likely as the best, as close in meaning and covering as much of
     * the question, and denying it no more and no less.
     */
    private boolean agrees(RankedSentence best, RankedSentence other, QuestionAnalysis analysis) {
        AnswerType type = analysis.type();
        if (type == AnswerType.DESCRIPTION || type == AnswerType.REASON) {
            // One sentence denying what the other says is no second source for it: "No shots have been fired" had
            // been cited beside "at least one shot was fired" for "Were any shots fired?" (a fresh user's siege).
            return other.probability() >= best.probability() * scorer().secondRatio()
                    && other.feature(Feature.DENSE) >= best.feature(Feature.DENSE) - 0.05
                    && other.feature(Feature.COVER_RELATED) >= best.feature(Feature.COVER_RELATED)
                    && denies(best.sentence().text(), analysis) == denies(other.sentence().text(), analysis);
        }
        // A best passage that gives nothing of the asked type ("speeds greater than the speed of sound" for "how
        // fast") gives no answer another source could give too. The same figure of something else is no agreement
        // either: "three of its power stations" does not say what "three people were killed" says.
        // Nor does one that names the same river at another height: "rose to 5.2 metres" and "peaked at 4.7 metres"
        // both give "Senna" for "What was the highest river level?", but not one fact (a fresh user's reply cited
        // both).
        return !best.key().isEmpty() && (best.key().equals(other.key()) || sameAmount(best, other)
                || sameMeasure(best, other))
                && (type != AnswerType.QUANTITY || best.measure().isEmpty()
                || other.measure().stream().anyMatch(best.measure()::contains))
                && (type == AnswerType.QUANTITY
                || !dev.crosscheck.quantity.SharedFigures.disagree(best.quote().text(), other.quote().text()));
    }

    /**
     * Both give one speed, length, area, volume or weight, the same in one unit within a written conversion's
     * rounding: "80 km/h" and "50mph" (a fresh user's "Sources differ." had set them apart).
     */
    private static boolean sameMeasure(RankedSentence a, RankedSentence b) {
        Optional<Map.Entry<String, Double>> x = inBaseUnit(a);
        if (x.isEmpty()) {
            return false; // most figures have no unit: the other's is not read
        }
        Optional<Map.Entry<String, Double>> y = inBaseUnit(b);
        return y.isPresent() && x.get().getKey().equals(y.get().getKey())
                && Math.abs(x.get().getValue() - y.get().getValue())
                <= Units.CONVERSION * Math.max(x.get().getValue(), y.get().getValue());
    }

    /** The candidate's figure as its kind and its value in the kind's base unit (km/h, km…), when it has a unit. */
    private static Optional<Map.Entry<String, Double>> inBaseUnit(RankedSentence r) {
        String text = r.quote().text();
        for (Quantity q : QuantityParser.parse(text)) {
            if (FigureEvidence.key(q).equals(r.key())) {
                Optional<Units.Speed> speed = Units.speedAfter(text, q.end());
                if (speed.isPresent()) {
                    return Optional.of(Map.entry("speed", q.value() * speed.get().kmPerHour()));
                }
                return Units.measureAfter(text, q.end())
                        .map(m -> Map.entry(m.kind().name(), q.value() * m.perBase()));
            }
        }
        return Optional.empty();
    }

    /** One gives the other's figure beside its own in a bracket, in another currency or unit. */
    private static boolean sameAmount(RankedSentence a, RankedSentence b) {
        return !a.key().isEmpty() && !b.key().isEmpty()
                && (FigureEvidence.restates(a.quote().text(), a.key(), b.key())
                || FigureEvidence.restates(b.quote().text(), b.key(), a.key()));
    }

    /**
     * What the reply quotes for the best candidate: its sentence, or, when the scorer is unsure of it, the passage
     * around it, since an answer the scorer misses is most often next to what it found.
     */
    private Sentence shown(RankedSentence best) {
        return best.probability() < scorer().passageBelow() ? best.passage(scorer().passageAfter()) : best.quote();
    }

    /** A quoted passage and a marker for each source saying it. */
    private static String citedSentence(Sentence s, List<RankedSentence> agreeing, Citations citations) {
        // The quote keeps the source's spacing; the answer reads better with it folded.
        StringBuilder sb = new StringBuilder(Prose.folded(s.text()));
        // An excerpt of a sentence too long for a reply says where it was cut.
        Optional<Document> doc = citations.corpus.document(s.docId());
        if (doc.isPresent() && Excerpt.cutBefore(doc.get(), s)) {
            sb.insert(0, "… ");
        }
        if (doc.isPresent() && Excerpt.cutAfter(doc.get(), s)) {
            sb.append(" …");
        }
        sb.append(' ').append(citations.marker(s));
        for (RankedSentence a : agreeing) {
            sb.append(citations.marker(a.quote()));
        }
        return sb.toString();
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

        /** A copy to try a passage on without numbering it for real. */
        Citations copy() {
            Citations c = new Citations(corpus);
            c.byKey.putAll(byKey);
            return c;
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
            return Citation.of(n, s.docId(), s.text(), corpus);
        }

        List<Citation> list() {
            return new ArrayList<>(byKey.values());
        }
    }
}
