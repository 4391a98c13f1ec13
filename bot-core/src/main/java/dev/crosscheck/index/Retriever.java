package dev.crosscheck.index;

import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.Sentence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.LevenshteinDistance;

/** Hybrid sentence retrieval over the current corpus: BM25 with name variants plus vector search, fused by rank. */
public final class Retriever {
    /** Question words carry no topic; left in, "how many" would rank every sentence with "many". */
    private static final Set<String> QUESTION_WORDS = Set.of("who", "whom", "whose", "what", "which", "when",
            "where", "why", "how", "many", "much", "did", "does", "do", "is", "are", "was", "were", "according",
            // The forms of "be" that help a verb ("were being held", "has been arrested") say nothing of a topic.
            "been", "being",
            // Politeness and filler: a verbose question should not look unanswerable because of them.
            "please", "tell", "me", "know", "exactly", "you", "can", "could", "would", "i", "want", "wondering",
            "anyone", "happen", "happened", "happens", "happening", "actually", "really",
            // "got hit", "get evacuated": chat's passive says no more than "were hit".
            "get", "gets", "got", "gotten", "getting",
            // "Were there any casualties?", "Has anyone been arrested?": indefinite pronouns, which no answer holds;
            // and the "about" of "what did she say about…", which WordNet reads as "roughly".
            "any", "anything", "anybody", "something", "someone", "somebody", "about",
            // Possessive determiners ("in its survey"), as the index's stop list already drops "their"; and personal
            // pronouns, as it drops "it" and "they": "why does she say she had to cheat" asks about no "she".
            "its", "his", "her", "my", "our", "your", "he", "she", "him", "them", "we");
    /** Auxiliaries that open a yes/no question ("Has the IAEA said anything?") and ask nothing themselves. */
    private static final Set<String> OPENING_AUXILIARIES = Set.of("has", "have", "had", "should", "shall", "might",
            "must");
    /** A word as the index reads it: letters and digits together are one ("3D", "MP3", "G8", "1960s"). */
    private static final Pattern WORD = Pattern.compile(
            "[\\p{L}\\p{M}][\\p{L}\\p{M}\\d'’\\-]*|\\d+(?:[,.]\\d+)*(?:\\p{L}[\\p{L}\\d]*)?");
    /** Bounds the query for very long input; Lucene also caps clauses at 1,024. */
    private static final int MAX_QUERY_WORDS = 48;
    private static final float CONTEXT_BOOST = 0.3f;
    /**
     * What a related word's match weighs in the search against the word's own. Chosen on the tune halves of
     * `../shared/eval` by `crosscheck bench eval` among 0.15, 0.3, 0.5, 0.7 and 1.0 (2026-12-04, sixteenth session;
     * docs/experiments.md): 0.5 answered the most there, two more than without related words.
     */
    private static final float RELATED_BOOST = 0.5f;

    private final SentenceIndex index;
    /** Whether a word is English to the lexicon; such a word is never taken for a misspelling. */
    private final Predicate<String> english;
    private final Function<Corpus, NameVariants> vocabulary;
    /** A word's irregular forms, the same word though the stemmer cannot see it (say: said). */
    private final Function<String, Set<String>> irregularForms;
    private volatile Snapshot snapshot;

    /** A corpus with its name vocabulary and the index terms of the words asked about it so far. */
    private record Snapshot(Corpus corpus, NameVariants names, int sentences, Map<String, Set<String>> terms,
                            Map<String, Integer> docFreqs) {
        Snapshot(Corpus corpus, NameVariants names) {
            this(corpus, names, corpus.sentenceCount(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }
    }

    /** Words whose index terms are kept per corpus snapshot; past this the cache starts afresh. */
    private static final int TERMS_KEPT = 20_000;

    /**
     * {@code english}: whether the lexicon knows a word, so that an unseen English word is not "corrected";
     * {@code vocabulary}: the names' vocabulary of a corpus ({@link NameVariants#of}, or kept in a {@link NamesFile});
     * {@code irregularForms}: a word's other forms that stemming does not reach ("said" for "say").
     */
    public Retriever(SentenceIndex index, Corpus corpus, Predicate<String> english,
                     Function<Corpus, NameVariants> vocabulary, Function<String, Set<String>> irregularForms) {
        this.index = index;
        this.english = english;
        this.vocabulary = vocabulary;
        this.irregularForms = irregularForms;
        update(corpus);
    }

    /** Makes a new corpus (already synced into the index) the one answers are drawn from. */
    public void update(Corpus corpus) {
        snapshot = new Snapshot(corpus, vocabulary.apply(corpus));
    }

    public Corpus corpus() {
        return snapshot.corpus();
    }

    public NameVariants names() {
        return snapshot.names();
    }

    public Embedder embedder() {
        return index.embedder();
    }

    /** The k best sentences for the text, best first. */
    public List<Hit> retrieve(String text, int k) {
        return retrieve(text, index.embedder().embedQuery(text), k);
    }

    /** As {@link #retrieve(String, int)}, with the query's embedding computed by the caller. */
    public List<Hit> retrieve(String text, float[] vector, int k) {
        return retrieve(text, vector, null, k, Set.of());
    }

    /**
     * As above, from the sentences of the articles {@code within} only, unless it is empty, each hit also scored
     * against {@code asked} when it is not null (it does not choose the hits).
     */
    public List<Hit> retrieve(String text, float[] vector, float[] asked, int k, Set<String> within) {
        return retrieve(text, Map.of(), vector, asked, k, within);
    }

    /**
     * As above, the search also finding each word's {@code related} index terms (by word as {@link #queryWords}
     * gives them: "boss" finds "chief"), at {@link #RELATED_BOOST} of the word's own.
     */
    public List<Hit> retrieve(String text, Map<String, Set<String>> related, float[] vector, float[] asked, int k,
                              Set<String> within) {
        Snapshot s = snapshot;
        List<Candidate> candidates = index.candidates(lexicalQuery(text, s.names(), related), vector, asked, k,
                within);
        List<Hit> hits = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            Optional<Sentence> sentence = s.corpus().sentence(c.docId(), c.ordinal());
            sentence.ifPresent(value -> hits.add(new Hit(value, RankFusion.score(c), c.lexical(), c.cosine(),
                    c.windowCosine(), c.askedCosine())));
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed());
        return hits.size() > k ? hits.subList(0, k) : hits;
    }

    /** The words of a query that carry its topic: no question words, no stop words, at most a few dozen. */
    public static List<String> queryWords(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        for (boolean opening = true; m.find() && words.size() < MAX_QUERY_WORDS; opening = false) {
            // "Poland's president" is about Poland, "the sprinters' coach" about sprinters.
            String w = m.group().replaceAll("['’]s$|(?<=s)['’]$", "");
            String lower = w.toLowerCase(Locale.ROOT);
            if (!w.isEmpty() && !QUESTION_WORDS.contains(lower) && !(opening && OPENING_AUXILIARIES.contains(lower))) {
                words.add(w);
            }
        }
        return new ArrayList<>(words);
    }

    Query lexicalQuery(String text, NameVariants names) {
        return lexicalQuery(text, names, Map.of());
    }

    private Query lexicalQuery(String text, NameVariants names, Map<String, Set<String>> related) {
        // One flat disjunction scores as the text and context disjunctions added up, and lets BM25's dynamic
        // pruning see every clause: a third faster than nesting them, with the same hits.
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : queryWords(text)) {
            Set<String> terms = termsOf(word, names);
            if (terms.isEmpty()) {
                continue;
            }
            query.add(termsQuery(SentenceIndex.TEXT, terms), BooleanClause.Occur.SHOULD);
            query.add(new BoostQuery(termsQuery(SentenceIndex.CONTEXT, terms), CONTEXT_BOOST),
                    BooleanClause.Occur.SHOULD);
            Set<String> others = new LinkedHashSet<>(related.getOrDefault(word, Set.of()));
            others.removeAll(terms);
            if (!others.isEmpty()) {
                query.add(new BoostQuery(termsQuery(SentenceIndex.TEXT, others), RELATED_BOOST),
                        BooleanClause.Occur.SHOULD);
            }
            clauses++;
        }
        return clauses == 0 ? null : query.build();
    }

    /** The index terms that count as this word: its own stem, its name variants' and its other spellings'. */
    public Set<String> termsOf(String word, NameVariants names) {
        Snapshot s = snapshot;
        if (names != s.names()) {
            return computeTermsOf(word, names);
        }
        if (s.terms().size() > TERMS_KEPT) {
            s.terms().clear();
        }
        // Every question analyses its words twice (its query, its coverage) and chats repeat words.
        return s.terms().computeIfAbsent(word, w -> Collections.unmodifiableSet(computeTermsOf(w, names)));
    }

    private Set<String> computeTermsOf(String word, NameVariants names) {
        Set<String> terms = new LinkedHashSet<>(analyze(index.analyzer(), word));
        if (terms.isEmpty()) {
            return terms;
        }
        for (String variant : names.variantsOf(word)) {
            terms.addAll(analyze(index.analyzer(), variant));
        }
        for (String variant : Spelling.alternates(word)) {
            terms.addAll(analyze(index.analyzer(), variant));
        }
        // "What did Zelensky say?" is answered by "Mr Zelenskyy said"; Porter's rules stem the two apart. Only forms
        // the articles use: a word is as rare as its rarest form, and one no article has would make it unseen.
        if (Character.isLowerCase(word.charAt(0))) {
            for (String form : irregularForms.apply(word)) {
                analyze(index.analyzer(), form).stream().filter(t -> docFreq(t) > 0).forEach(terms::add);
            }
        }
        if (misspelt(word, terms)) {
            // "purhcased" is read as the nearest indexed term; one with no near term stays unseen (unanswerable).
            Set<String> corrected = new LinkedHashSet<>();
            terms.forEach(t -> corrected.add(index.correction(t).orElse(t)));
            return corrected;
        }
        return terms;
    }

    /**
     * The text with each typo ({@link #misspelt}) written as the articles write the word it is read as: "How many
     * missles were fired?" becomes "How many missiles were fired?", so the embedding reads it as BM25 does. The text
     * itself when it has none, or none with a near word.
     */
    public String respelled(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(text);
        int at = 0;
        // As far as the search reads: a typo past its words would be read for nothing.
        for (int words = 0; words < MAX_QUERY_WORDS && m.find(); words++) {
            Optional<String> written = writtenAs(m.group());
            if (written.isPresent()) {
                out.append(text, at, m.start()).append(written.get());
                at = m.end();
            }
        }
        return at == 0 ? text : out.append(text.substring(at)).toString();
    }

    /** A typo's nearest word as the articles write it, lower case; empty for no typo or none one edit away. */
    private Optional<String> writtenAs(String word) {
        if (!word.chars().allMatch(Character::isLowerCase)) {
            return Optional.empty();
        }
        List<String> own = analyze(index.analyzer(), word);
        if (own.size() != 1 || docFreq(own.get(0)) > 0) {
            return Optional.empty();
        }
        // As the search reads it: corrected only when it is a typo with a near term.
        Set<String> read = termsOf(word, names());
        if (read.isEmpty() || read.contains(own.get(0))) {
            return Optional.empty();
        }
        String term = read.iterator().next();
        Corpus corpus = snapshot.corpus();
        // Of the forms the articles write it in ("missile", "missiles"), the one nearest what was typed ("missles"),
        // if one edit away: most typos are a single letter wrong, missing, extra or swapped (Damerau 1964), while
        // the search's two-edit reading of a stem can be another word ("rebranded" read as "redlands"), which the
        // embedding, left with the typed word, still reads rightly.
        LevenshteinDistance distance = new LevenshteinDistance();
        return index.sentencesWith(term, WRITTEN_FORMS_READ).stream()
                .flatMap(at -> corpus.sentence(at.getKey(), at.getValue()).stream())
                .flatMap(sentence -> wordOf(sentence.text(), term).stream())
                .max(Comparator.comparingDouble(written -> distance.getDistance(word, written)))
                .filter(written -> edits(distance, word, written) <= 1);
    }

    /** Edits between two words, from Lucene's similarity (1 minus edits over the longer word's length). */
    private static long edits(LevenshteinDistance distance, String a, String b) {
        return Math.round((1 - distance.getDistance(a, b)) * Math.max(a.length(), b.length()));
    }

    /** How many sentences holding a corrected term are read for the form it is written in. */
    private static final int WRITTEN_FORMS_READ = 8;

    /** The word of the text that the analyzer reads as {@code term}, lower case. */
    private Optional<String> wordOf(String text, String term) {
        return Token.of(index.analyzer(), text).stream().filter(t -> t.stem().equals(term)).findFirst()
                .map(t -> text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT));
    }

    /**
     * A word typed in lower case that no sentence has in any form and that is not English: a typo. Capitalised
     * words are names, which a corpus may simply not hold, and their spellings are {@link NameVariants}' job.
     */
    private boolean misspelt(String word, Set<String> terms) {
        if (!word.chars().allMatch(Character::isLowerCase)) {
            return false;
        }
        for (String t : terms) {
            if (docFreq(t) > 0) {
                return false;
            }
        }
        return !english.test(word);
    }

    public SentenceIndex index() {
        return index;
    }

    /** In how many sentences of the current corpus the (analysed) term occurs; remembered until the corpus changes. */
    public int docFreq(String term) {
        Map<String, Integer> cache = snapshot.docFreqs();
        if (cache.size() > TERMS_KEPT) {
            cache.clear();
        }
        return cache.computeIfAbsent(term, index::docFreq);
    }

    /** How many sentences the current corpus has. */
    public int sentenceCount() {
        return snapshot.sentences();
    }

    private static Query termsQuery(String field, Set<String> terms) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.iterator().next()));
        }
        // Variants of one word count as that word once, not as extra matches.
        SynonymQuery.Builder b = new SynonymQuery.Builder(field);
        for (String t : terms) {
            b.addTerm(new Term(field, t));
        }
        return b.build();
    }

    /** The index's analysis of a piece of text: lowercased, stemmed, stop words removed. */
    public static List<String> analyze(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(SentenceIndex.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
