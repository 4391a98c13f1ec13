package dev.crosscheck.answer;

import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.NameShape;
import dev.crosscheck.index.NameVariants;
import dev.crosscheck.lexicon.RelatedWords;
import dev.crosscheck.index.Retriever;
import dev.crosscheck.quantity.QuantityParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads a question: what type of answer it wants, which words carry its topic, and which names it is about. */
public final class QuestionAnalyzer {
    private static final Pattern QUANTITY = Pattern.compile("(?i)\\b(how (many|much|long|far|old|big|large|often|"
            + "high|fast|deep|tall)|what (number|part)|"
            + "(number|percentage|share|proportion|amount) of|what (?:is|was|are|were|will be) the (?:[\\w'’]+ ){0,2}?"
            + "(number|total|toll|death toll|share))\\b"
            // "What did Chelsea beat Fulham by?": by how much.
            + "|^\\W*what (?:did|does|do|has|have|had|will|would) [^?]+ by\\W*$");
    private static final Pattern PERSON = Pattern.compile("(?i)^\\W*(who|whom|whose)\\b|\\b(which|what) (person|"
            + "official|officials|leader|minister|president|governor|mayor|spokesman|spokeswoman|commander|man|woman|"
            + "politician|player|actor|singer|chief|head|executive)\\b");
    private static final Pattern TIME = Pattern.compile("(?i)^\\W*when\\b|\\b(what|which) (time|date|day|year|month|"
            + "week|hour)\\b|\\bwhat time\\b|\\bsince when\\b");
    private static final Pattern PLACE = Pattern.compile("(?i)^\\W*where\\b|\\b(which|what) (city|cities|region|"
            + "regions|town|country|countries|district|village|province|area|place|state|oblast|port)\\b");
    private static final Pattern ENTITY = Pattern.compile("(?i)\\b(which|what) (company|companies|organi[sz]ation|"
            + "group|agency|operator|firm|team|club|party|body|outlet|newspaper|broadcaster|bank|army|ministry|"
            + "department|alliance|body|brand|network)\\b");
    /** Capitalised question words that are grammar, not names. */
    private static final Set<String> NOT_NAMES = Set.of("who", "whom", "whose", "what", "which", "when", "where",
            "why", "how", "is", "are", "was", "were", "did", "does", "do", "has", "have", "had", "can", "could",
            "will", "would", "should", "the", "a", "an", "in", "on", "of", "according", "i", "tell", "give", "list",
            "name", "show", "please");

    private static final Pattern FOCUS = Pattern.compile("(?i)^\\W*(?:(?:what|which|how many|how much)\\s+"
            + "(?:(?:is|are|was|were)\\s+)?|(?:who|whom)\\s+(?:is|are|was|were)\\s+)(?:(?:the|a|an)\\s+)?(?<np>(?:[\\p{L}\\-]+\\s*){1,3})");
    /** Words that end the focus phrase: auxiliaries, prepositions, determiners. */
    static final Set<String> NOT_FOCUS = Set.of("did", "does", "do", "has", "have", "had", "is", "are",
            "was", "were", "will", "would", "can", "could", "should", "may", "might", "must", "of", "in", "on",
            "at", "to", "for", "from", "by", "with", "about", "the", "a", "an", "that", "this", "these", "those",
            "there", "it", "they", "he", "she", "according", "and", "or", "been", "be");

    private static final Pattern REASON = Pattern.compile("(?i)^\\W*(why|for what reason)\\b|\\b(what|which) "
            + "(caused|led to|prompted|triggered|is behind|was behind|were behind)\\b|\\bwhat (is|was|were) the "
            + "(reason|cause|motive)s?\\b|\\breasons? (for|behind)\\b");

    /** "How" and the word after it: an adjective there asks how much of something. */
    private static final Pattern HOW_WORD = Pattern.compile("(?i)^\\W*how\\s+([a-z]+)\\b");
    /** A "what" question's closing word: "What will it cost?" closes with the verb whose object "what" is. */
    private static final Pattern WHAT_CLOSING_VERB = Dimension.closingWordAfter("^\\W*what\\b");

    /** Personal pronouns as subjects: after "what is", one makes the question ask about what its subject does. */
    private static final Set<String> SUBJECTS = Set.of("i", "you", "he", "she", "it", "we", "they");

    /** Auxiliaries after "what" that make it ask about an action. */
    static final Set<String> ACTION = Set.of("did", "does", "do", "has", "have", "had", "will", "would",
            "can", "could", "should", "may", "might", "must");
    /** Auxiliaries, with the forms of "be": one after a word that may be a noun or a verb makes it the noun. */
    private static final Set<String> AUXILIARIES = Stream.concat(ACTION.stream(), Stream.of("is", "are", "was", "were"))
            .collect(Collectors.toUnmodifiableSet());
    /** A question word anywhere: a follow-up that has one asks what it asks. */
    private static final Pattern WH_WORD = Pattern.compile(
            "(?i)\\b(" + String.join("|", QuestionAnalysis.QUESTION_WORDS) + ")\\b");
    /** Prepositions that may open a question before its question word: "On what console…?", "In the end, who…?". */
    private static final String PREPOSITIONS = "on|in|at|to|from|for|with|by|of|into|onto|under|over|against|"
            + "through|after|before|during|since|until|till|regarding|about";
    /** "Which/what" and the few words after it, where the noun it asks about is. */
    private static final Pattern WHICH_NOUN = Pattern.compile("(?i)^\\W*(?:(?:" + PREPOSITIONS + ")\\s+)?(?:which|what)"
            + "\\s+(?<words>(?:[\\p{L}\\d'’\\-]+"
            + "\\s*){1,8})");

    private static final int RELATED_KEPT = 20_000;

    private final Retriever retriever;
    private final RelatedWords lexicon;
    /** Related stems by word: analysing a word's related words costs more than the rest of a question's analysis. */
    private final Map<String, List<String>> relatedStems = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile RelatedCache relatedCache = new RelatedCache(null, Map.of());

    public QuestionAnalyzer(Retriever retriever) {
        this(retriever, RelatedWords.wordNet());
    }

    QuestionAnalyzer(Retriever retriever, RelatedWords lexicon) {
        this.retriever = retriever;
        this.lexicon = lexicon;
    }

    public QuestionAnalysis analyze(String question) {
        NameVariants names = retriever.names();
        int total = Math.max(1, retriever.sentenceCount());
        List<QuestionAnalysis.Term> terms = new ArrayList<>();
        List<String> nameWords = new ArrayList<>();
        // "What's the death toll?" is typed, and its noun found, as "What is the death toll?" is.
        String written = uncontracted(question);
        Set<String> focus = focusWords(written);
        String naming = namingWord(written);
        boolean asksWhether = YES_NO.matcher(QuestionAnalysis.asked(written)).lookingAt();
        // "The name Kinzhal" is Kinzhal: no answer need say "name".
        boolean nameBeforeName = NAME_BEFORE.matcher(written).find();
        // "so far", "to date", "now": up to now, which no answer need say ("How many people have died so far?" had
        // missed every toll for the "far" none of them has; "how many people are ill now?" took the hospital count's
        // "have now needed" for the count of the ill).
        String searched = UP_TO_NOW.matcher(QuestionAnalysis.searched(question)).replaceAll(" ");
        // "What was turnout like?" asks what turnout was: "like" there is the question's grammar, not its topic.
        searched = WHAT_LIKE.matcher(searched).replaceFirst("$1$2");
        Map<String, Set<String>> phrasal = phrasalNouns(searched);
        for (String word : Retriever.queryWords(searched)) {
            if (word.equalsIgnoreCase(naming) || nameBeforeName && word.equalsIgnoreCase("name")) {
                continue;
            }
            Set<String> stems = retriever.termsOf(word, names);
            if (stems.isEmpty()) {
                continue;
            }
            int df = total;
            for (String stem : stems) {
                df = Math.min(df, Math.max(0, retriever.docFreq(stem)));
            }
            boolean isName = isName(word);
            if (isName) {
                nameWords.add(word);
            }
            // Unseen words still count (they make a question unanswerable), weighted as the rarest seen ones.
            double idf = idf(total, df);
            boolean isFocus = focus.contains(word.toLowerCase(Locale.ROOT));
            Map<String, Double> related = isName ? Map.of() : relatedOf(word, stems, idf, total);
            if (!isName && asksWhether) {
                related = withOpposites(word, stems, related, idf, total);
            }
            Set<String> nouns = phrasal.getOrDefault(word.toLowerCase(Locale.ROOT), Set.of());
            if (!isName && !nouns.isEmpty()) {
                Map<String, Double> with = new HashMap<>(related);
                credit(stemsOf(nouns), stems, idf, total, with);
                related = with;
            }
            // The thing asked about ("population" in "what is the population of X") must be in the answer,
            // not just the names around it.
            terms.add(new QuestionAnalysis.Term(word, stems, related, isFocus ? 2 * idf : idf, isName, isFocus));
        }
        String typedBy = typedBy(written);
        Optional<String> noun = askedNoun(typedBy, lexicon);
        return new QuestionAnalysis(question, type(typedBy, noun, lexicon), terms, nameWords,
                QuantityParser.parse(question), Places.placeAsked(question),
                Dimension.asked(typedBy, noun, lexicon));
    }

    /**
     * "What is X called?", "What's the worm called that jumps between phones?", "What does Kinzhal mean in Russian?":
     * the verb asks for X's name or gloss, which an answer gives without it ("Kinzhal (Russian for “dagger”)").
     */
    private static final Pattern NAMING = Pattern.compile(
            "(?i)^\\W*(?:what|which)\\b.*\\b(called|named|termed|known as|mean|stand for)"
            + "(?:\\W*$|\\s+(?:that|which|who|in)\\b)");

    /**
     * The verb closing a question that asks what something is called ("BT's own engine, Tara" answers "What is BT's
     * 3D engine called?" without "called"), so that it is no topic word; empty for any other question.
     */
    static String namingWord(String question) {
        Matcher m = NAMING.matcher(question);
        return m.find() ? m.group(1).split(" ")[0] : "";
    }

    /**
     * The question with a question word's "'s" written out ("What's the death toll?" as "What is the death toll?"),
     * as its type and the noun it asks about are read: chats contract what the patterns read in full.
     */
    static String uncontracted(String question) {
        return WH_CONTRACTION.matcher(question).replaceAll("$1 is");
    }

    private static final Pattern UP_TO_NOW = Pattern.compile("(?i)(?<!\\bhow )\\b(?:so far|to date|as yet|until now|"
            + "up to now|now|currently|latest|most recent)\\b");
    /** "What is X like (in Y)?": a question about X, whose "like" no answer need say. */
    private static final Pattern WHAT_LIKE = Pattern.compile("(?i)^(\\W*what\\s+(?:is|was|are|were|will be|would be)"
            + "\\s.*?)\\s+like((?:\\s+(?:" + PREPOSITIONS + ")\\s[^?(]*)?\\W*(?:\\(.*)?)$");
    private static final Pattern WH_CONTRACTION = Pattern.compile("(?i)\\b(what|who|where|when|how|which)['’]s\\b");

    /**
     * The words that decide a reading's answer type: a follow-up with a question word of its own asks what that word
     * asks ("When did he say it? (after: How many regions…)" asks for a time); one without ("the injured? (after: How
     * many were killed…)") carries the type of the question it continues.
     */
    static String typedBy(String question) {
        String asked = QuestionAnalysis.asked(question);
        // A yes-or-no question asks its own too: "Will they pay it? (after: How much ransom…)" asks no sum.
        String typing = asked.length() < question.length()
                && (WH_WORD.matcher(asked).find() || YES_NO.matcher(asked).lookingAt()) ? asked : question;
        // "In that preview of games, when's it out?" asks as "when's it out?" does.
        return FRONTED.matcher(typing).replaceFirst("");
    }

    /**
     * A question opening with an auxiliary, after any "and" or "but": it asks whether, not what or how much ("may"
     * is left out: "And May?" asks a month).
     */
    private static final Pattern YES_NO = Pattern.compile("(?i)^\\W*(?:(?:and|but|so)\\W+)?(?:is|are|was|were|will|"
            + "would|do|does|did|can|could|has|have|had|should|shall|might)\\b");

    /** "The name" set before the name itself: "What does the name Kinzhal mean?". */
    private static final Pattern NAME_BEFORE = Pattern.compile("\\b(?i:the) name \\p{Lu}");

    /** What opens a phrase of place, time or source: "In Lviv", "Under the deal", "According to the report". */
    private static final String SETTING = "(?:" + PREPOSITIONS + "|according to)\\b";
    private static final Pattern SETTING_OPENING = Pattern.compile("(?i)^\\W*" + SETTING);

    /** A phrase set before a question's question word, ending at a comma: "According to the report, who…". */
    private static final Pattern FRONTED = Pattern.compile("(?i)^\\W*(?:" + SETTING + "|as for\\b)"
            + "[^,?]{1,80},\\s*(?=(?:"
            + String.join("|", QuestionAnalysis.QUESTION_WORDS) + ")\\b)");

    /** The phrase opens as one of place, time or source does ("In Lviv", "According to the report"): no topic. */
    public static boolean isSetting(String phrase) {
        return SETTING_OPENING.matcher(phrase).lookingAt();
    }

    private static double idf(int total, int df) {
        return Math.log(1 + (double) total / (df + 0.5));
    }

    /** {@link #related}, remembered for the current corpus: chats and question sets repeat their words. */
    private Map<String, Double> relatedOf(String word, Set<String> own, double idf, int total) {
        Corpus corpus = retriever.corpus();
        RelatedCache cache = relatedCache;
        if (cache.corpus() != corpus || cache.byWord().size() > RELATED_KEPT) {
            cache = new RelatedCache(corpus, new java.util.concurrent.ConcurrentHashMap<>());
            relatedCache = cache;
        }
        return cache.byWord().computeIfAbsent(word, w -> related(w, own, idf, total));
    }

    /**
     * The nouns WordNet derives from each phrasal verb of the question, by both its words: "turned out" finds
     * "Turnout was 41.4 per cent", "shut down" a "shutdown", "took over" a "takeover" (an unseen by-election's
     * "What percentage of voters actually turned out?" had covered neither word).
     */
    private Map<String, Set<String>> phrasalNouns(String question) {
        Map<String, Set<String>> out = new HashMap<>();
        Matcher m = PHRASAL.matcher(question);
        while (m.find()) {
            Set<String> nouns = lexicon.phrasalNouns(m.group(1), m.group(2));
            for (String word : List.of(m.group(1), m.group(2))) {
                out.computeIfAbsent(word.toLowerCase(Locale.ROOT), k -> new java.util.HashSet<>()).addAll(nouns);
            }
        }
        return out;
    }

    /** A word and the adverb particle after it, which may make a phrasal verb ("turned out", "broke down"). */
    private static final Pattern PHRASAL = Pattern.compile(
            "(?i)\\b(\\p{L}{2,})\\s+(out|up|down|over|off|back|in|away|on)\\b");

    /** Related stems with their credit, by word, for one corpus snapshot. */
    private record RelatedCache(Corpus corpus, Map<String, Map<String, Double>> byWord) {
    }

    /**
     * Stems of words that mean nearly what {@code word} means, found in the corpus, each with the share of the
     * word's weight a match earns: a common related word ("go" for "die") earns little, a rare one all.
     */
    private Map<String, Double> related(String word, Set<String> own, double idf, int total) {
        Map<String, Double> out = new HashMap<>();
        List<String> stems = relatedStems.computeIfAbsent(word.toLowerCase(Locale.ROOT), this::stemsOfRelated);
        credit(stems, own, idf, total, out);
        return out;
    }

    /**
     * Adds each stem the corpus has, not the word's own nor already there, with the share of the word's weight
     * ({@code idf}) a match earns: its own rarity over the word's, at most all of it.
     */
    private void credit(List<String> stems, Set<String> own, double idf, int total, Map<String, Double> out) {
        for (String stem : stems) {
            if (own.contains(stem) || out.containsKey(stem)) {
                continue;
            }
            int df = retriever.docFreq(stem);
            if (df > 0) {
                out.put(stem, Math.min(1.0, idf(total, df) / idf));
            }
        }
    }

    /**
     * The index stems of a word's related words and their inflections: the index stems text with Porter's rules,
     * which give "die" and "died" different stems, so each related word is analysed as it is written in text.
     */
    private List<String> stemsOfRelated(String word) {
        if (relatedStems.size() > RELATED_KEPT) {
            relatedStems.clear();
        }
        return stemsOf(lexicon.of(word));
    }

    /** The index stems of words and their inflections, each analysed as it is written in text. */
    private List<String> stemsOf(Set<String> words) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String r : words) {
            for (String form : inflections(r)) {
                out.addAll(Retriever.analyze(retriever.index().analyzer(), form));
            }
        }
        return List.copyOf(out);
    }

    /**
     * A word's related stems with its opposites' added ("open": closed, shut), for a question asking whether: "Is
     * the R-41 road open?" is answered by "The R-41 has been closed…" (a fresh user's coach crash had it not found).
     */
    private Map<String, Double> withOpposites(String word, Set<String> own, Map<String, Double> related, double idf,
                                              int total) {
        Set<String> opposites = lexicon.opposites(word);
        if (opposites.isEmpty()) {
            return related;
        }
        Map<String, Double> out = new HashMap<>(related);
        credit(stemsOf(opposites), own, idf, total, out);
        return out;
    }

    /** A word with the regular English endings of nouns and verbs: -s, -es, -d, -ed, -ing (die: dying, carry: carried). */
    static List<String> inflections(String word) {
        if (word.length() < 3) {
            return List.of(word); // the forms of "be", "do", "go" are irregular; its endings made "bed", "bee", "bing"
        }
        List<String> out = new ArrayList<>(List.of(word, word + "s", word + "es", word + "ed", word + "ing"));
        if (word.endsWith("e")) {
            out.add(word + "d");
            out.add(word.substring(0, word.length() - 1) + "ing");
        }
        if (word.endsWith("ie")) {
            out.add(word.substring(0, word.length() - 2) + "ying");
        }
        if (word.endsWith("y") && word.length() > 2) {
            String stem = word.substring(0, word.length() - 1);
            out.add(stem + "ies");
            out.add(stem + "ied");
        }
        return out;
    }

    /**
     * The noun phrase the wh-word asks about: "population" in "What is the population of Bakhmut?", "diesel
     * generators" in "How many diesel generators…". Empty when the wh-word is followed by a verb ("What did…").
     */
    static Set<String> focusWords(String q) {
        var m = FOCUS.matcher(q);
        if (!m.find()) {
            return Set.of();
        }
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String w : m.group("np").trim().split("\\s+")) {
            String lower = w.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
            if (NOT_FOCUS.contains(lower) || out.size() == 2) {
                break;
            }
            out.add(lower);
        }
        return out;
    }

    static AnswerType type(String q) {
        return type(q, RelatedWords.none());
    }

    /**
     * The answer type from the question's wording; a "which/what NOUN" question the wording leaves open is typed by
     * WordNet's category of its noun ("which film" asks for a named thing, "which ward" for a place).
     */
    public static AnswerType type(String q, RelatedWords lexicon) {
        return type(q, askedNoun(q, lexicon), lexicon);
    }

    /** As {@link #type(String, RelatedWords)}, given the noun the question asks for ({@link #askedNoun}). */
    private static AnswerType type(String q, Optional<String> noun, RelatedWords lexicon) {
        AnswerType worded = wordedType(q);
        if (worded != AnswerType.DESCRIPTION) {
            return worded;
        }
        Matcher how = HOW_WORD.matcher(q);
        if (how.find() && lexicon.isAdjective(how.group(1)) && !lexicon.isVerb(how.group(1))) {
            return AnswerType.QUANTITY; // "how strong", "how bad": a degree, which news gives as a figure
        }
        if (noun.isPresent() && lexicon.isSumOfMoney(noun.get())) {
            return AnswerType.QUANTITY; // "what salary", "what fine": a sum of money
        }
        if (noun.isPresent() && (Dimension.isMagnitude(noun.get(), lexicon)
                || lexicon.isMostlyKindOf(noun.get(), "magnitude relation"))) {
            // "What's the size of the budget gap?", "what height…": a fresh user's council budget had its "£38.6m
            // gap" typed as a description. So is a relation between magnitudes: "What inflation rate…?" had asked
            // for a time, as WordNet files "rate" there. (Its word is no measure an answer need not write: "40 per
            // cent of consumers" answers no "What was the percentage of households BSkyB never reached?")
            return AnswerType.QUANTITY;
        }
        if (Dimension.closesWithVerbOfASum(WHAT_CLOSING_VERB, q, lexicon)) {
            // "What's the recovery going to cost?", "What will they pay?": the verb of a sum, in its base form after
            // its subject, asks for the sum (a fresh user's council hack had it read as asking for a thing, and its
            // £1.1 million not found); "…to answer the FA charges?" closes with a noun.
            return AnswerType.QUANTITY;
        }
        Optional<String> category = noun.flatMap(lexicon::category);
        if (category.isEmpty()) {
            return worded;
        }
        return switch (category.get()) {
            case "person" -> AnswerType.PERSON;
            case "location" -> AnswerType.PLACE;
            case "time" -> AnswerType.TIME;
            case "quantity" -> AnswerType.QUANTITY;
            case "group", "artifact", "communication", "event", "object", "animal", "plant", "food",
                 "substance" -> AnswerType.ENTITY;
            default -> AnswerType.DESCRIPTION;
        };
    }

    /**
     * The noun a "which/what" question asks for ("which film", "what is the fine"); none when it asks about
     * an action ("What did Russia say?", whatever nouns follow) or names no noun WordNet knows.
     */
    static Optional<String> askedNoun(String q, RelatedWords lexicon) {
        Matcher m = WHICH_NOUN.matcher(q);
        if (!m.find()) {
            return Optional.empty();
        }
        String[] words = m.group("words").trim().split("\\s+");
        return ACTION.contains(words[0].toLowerCase(Locale.ROOT)) ? Optional.empty() : headNoun(words, lexicon);
    }

    /**
     * The noun a "which/what" phrase asks for: English noun phrases end with their head, so it is the last noun of
     * the words after "which" ("the top priority according…" asks for a priority, "which film won…" for a film),
     * skipping names, stopping at a preposition or at a verb once a noun is found.
     */
    private static Optional<String> headNoun(String[] words, RelatedWords lexicon) {
        String head = null;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String word = w.replaceAll("['’]s?$", "").toLowerCase(Locale.ROOT);
            if (word.isEmpty() || Character.isUpperCase(w.charAt(0))) {
                continue;
            }
            if (word.equals("of") && head != null && lexicon.isMostlyKindOf(head, "category")) {
                // "What type of aircraft…?", "which kind of weapons…": a word for a kind asks for a kind of what
                // follows, as WordNet files type, kind, sort and make (a fresh user's runway accident had "What
                // type of aircraft was involved?" asking for a type, which no name is).
                head = null;
                continue;
            }
            if (head == null && SUBJECTS.contains(word)) {
                // "What is he earning a week?": a subject before any noun makes "what" the object of its verb, which
                // asks about an action, not for the noun after it (the week of a fresh user's transfer story).
                return Optional.empty();
            }
            // A relative pronoun ends the phrase as a preposition does: "which Tory MP who raised…".
            if (NOT_FOCUS.contains(word) || QuestionAnalysis.QUESTION_WORDS.contains(word)) {
                if (head != null) {
                    break;
                }
                continue;
            }
            // After the noun, a word WordNet's texts use more as an adverb ("now", "today") says when, not what is
            // asked for: "what is Hartwell's lead now?" asks for a lead ("What fine…" keeps its noun).
            boolean noun = lexicon.isNoun(word) && !(head != null && lexicon.isMostlyAdverbThanNoun(word));
            // Adjectives sit inside the phrase ("the second busiest airport"); anything else after a noun ends it, a
            // verb too, unless an auxiliary after it shows it to be a noun ("Which provincial side does…", "which
            // security firm is…": BBC questions had asked for a person and a description). A sum before it stays
            // what is asked: "What pay rise has the union asked for?" asks for a figure, not an event.
            boolean verb = lexicon.isVerb(word) && !(noun && i + 1 < words.length
                    && AUXILIARIES.contains(words[i + 1].toLowerCase(Locale.ROOT))
                    && !(head != null && lexicon.isSumOfMoney(head)));
            if (head != null && (!noun && !lexicon.isAdjective(word) || verb)) {
                break;
            }
            if (noun) {
                head = word;
            }
        }
        return Optional.ofNullable(head);
    }

    private static AnswerType wordedType(String q) {
        if (REASON.matcher(q).find()) {
            return AnswerType.REASON;
        }
        // "What speed…?" asks a figure, though WordNet files speed first under time.
        if (QUANTITY.matcher(q).find() || Dimension.SCORE_ASKED.matcher(q).find()
                || Dimension.MEASURE_ASKED.matcher(q).find()) {
            return AnswerType.QUANTITY;
        }
        if (TIME.matcher(q).find()) {
            return AnswerType.TIME;
        }
        if (PLACE.matcher(q).find()) {
            return AnswerType.PLACE;
        }
        if (PERSON.matcher(q).find()) {
            return AnswerType.PERSON;
        }
        if (ENTITY.matcher(q).find()) {
            return AnswerType.ENTITY;
        }
        return AnswerType.DESCRIPTION;
    }

    /** A word shaped as a name ("Kyiv", "iPod") that is not grammar capitalised to open the question. */
    static boolean isName(String word) {
        return NameShape.isName(word) && !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT));
    }
}
