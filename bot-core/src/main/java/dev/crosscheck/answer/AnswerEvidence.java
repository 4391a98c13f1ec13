package dev.crosscheck.answer;

import dev.crosscheck.conflict.FigureClause;
import dev.crosscheck.corpus.NameShape;
import dev.crosscheck.index.NameVariants;
import dev.crosscheck.index.Token;
import dev.crosscheck.lexicon.RelatedWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in a sentence, something of the type a question asks for that the question does not already contain:
 * a figure for "how many", a name for "who", a date for "when", a place for "where".
 */
final class AnswerEvidence {
    // "may" and "march" are words as well as months: as months, news capitalises them. "Today" capitalised inside a
    // sentence is a name ("BBC Radio 4's Today programme"), a time only where a sentence or quote opens with it.
    static final Pattern TIME = Pattern.compile("(?i)\\b((early|mid|late)-?)?(january|february|(?-i:March)|"
            + "april|(?-i:May)|june|july|august|september|october|november|december)( \\d{1,2}(st|nd|rd|th)?)?"
            + "(,? \\d{4})?\\b"
            + "|\\b\\d{1,2}(st|nd|rd|th)? (january|february|march|april|may|june|july|august|september|october|"
            + "november|december)\\b|\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"
            + "|\\b(1[89]|20)\\d\\d\\b|\\b\\d{1,2}(:\\d\\d)? ?(am\\b|pm\\b|a\\.m\\.|p\\.m\\.)"
            + "|\\b(?-i:yesterday|today|tonight)\\b|(?<=^|[\"“‘(\n]|[.:!?] )(?-i:Yesterday|Today|Tonight)\\b"
            + "|\\b(last (week|month|year|night|october|winter|summer|spring|autumn))\\b"
            + "|\\b(this|next) (week|month|year)\\b"
            + "|\\b(within|in|after) (a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\\d{1,3}) "
            + "(" + Dimension.TIME_UNITS + ")\\b"
            + "|\\b(overnight|early[- ]morning|in the morning|at night)\\b"
            + "|\\b([01]?\\d|2[0-3]):[0-5]\\d\\b|\\b\\d{1,2}\\.[0-5]\\d ?(am\\b|pm\\b|a\\.m\\.|p\\.m\\.)"
            + "|\\b(at|before|after|around|shortly after) (dawn|dusk|noon|"
            + "midday|midnight|sunrise|sunset)\\b|\\b\\d{1,2} o'clock\\b");
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|"
            + "november|december)";
    /** The unit of time a date names: which of "what year / month / day / time" it answers. */
    private static final Map<String, Pattern> TIME_UNITS = Map.of(
            "year", Pattern.compile("\\b(1[89]|20)\\d\\d\\b"),
            "month", Pattern.compile("(?i)\\b" + MONTH + "\\b"),
            "day", Pattern.compile("(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
                    + "today|tonight)\\b|\\b" + MONTH + " \\d|\\d(st|nd|rd|th)? " + MONTH + "\\b"),
            "time", Pattern.compile("(?i)\\d ?(am\\b|pm\\b|a\\.m\\.|p\\.m\\.|o'clock)|\\d:\\d|\\b(dawn|dusk|noon|midday|"
                    + "midnight|sunrise|sunset|morning|night)\\b"));

    /** A capitalised word, and one joined by "&" to the next ("AT&T", "M&S", "R&B") as one. */
    private static final String NAME_WORD = NameShape.WORD + "(?:&\\p{Lu}[\\p{L}\\p{M}'’]*)*";
    static final Pattern CAPITALISED = Pattern.compile(
            "\\b" + NAME_WORD + "(?:\\s+(?:of\\s+|de\\s+|al-)?" + NAME_WORD + ")*");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "it", "he", "she", "they", "we", "i",
            "this", "that", "these", "those", "there", "in", "on", "at", "but", "and", "as", "if", "mr", "mrs", "ms",
            "dr", "our", "his", "her", "their", "its", "according", "however", "also", "after", "before", "when",
            "while", "meanwhile", "with", "for", "from", "by", "to", "of", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december",
            // Determiners, capitalised only by opening a sentence: "No group had claimed responsibility" names none.
            "no", "some", "any", "all", "every", "each", "several", "many", "most", "few", "another", "other", "such",
            "both", "either", "neither");
    private static final Pattern WORD_IN_RUN = Pattern.compile("[\\p{L}\\p{M}'’\\-]+(?:&[\\p{L}\\p{M}'’\\-]+)*");
    /** "London-based": where something is, as "in London" says. */
    private static final Pattern BASED_AFTER = Pattern.compile("^-based\\b");
    private static final Pattern PLACE_CUE = Pattern.compile("(?i)\\b(in|at|near|from|to|across|outside|inside|"
            + "around|of)\\s+(the\\s+)?$");
    /**
     * Words that introduce a cause or a purpose in English ("as part of its plans to…", "in an effort to…"), or a
     * consequence after its cause ("an explosion at a power plant, which is why 40 percent… is without heating").
     */
    static final Pattern REASON_CUE = Pattern.compile("(?i)\\b(because|due to|as a result of|owing to|"
            + "thanks to|caused by|blamed (on|for)|after|following|amid|since|so that|in order to|so as to|"
            + "in (?:an? )?(?:bid|effort|attempt|move|push|drive) to|with the (?:aim|goal|intention) of|as part of|"
            + "(?:designed|intended|meant|aiming|seeking) to|aimed at|to help|to avoid|to stop|to prevent|reason|"
            + "reasons|cause|led to|result of|means|which is why|that is why|that's why|as a result|consequently|"
            + "therefore|hence|thus)\\b");
    private static final Pattern TIMES = Pattern.compile(
            "(?i)\\btimes\\b|\\bhow often\\b|\\b(what|which) (place|position|rank)\\b");
    /** Titles before a person's name; a name they precede is a person. */
    private static final Pattern HONORIFIC = Pattern.compile("(?i)\\b(mr|mrs|ms|miss|dr|sir|lord|lady|dame|"
            + "judge|president|minister|secretary|chancellor|chairman|chairwoman|chief executive|boss|director|"
            + "spokesman|spokeswoman|spokesperson|manager|coach|captain|actor|actress|singer|star|writer|author|"
            + "leader|mayor|governor|professor|senator|general)\\.?\\s+$");
    /** Verbs a person speaks with: "Klitschko said", "…, police warned". */
    private static final String SPEAKS = "said|says|told|added|explained|argued|warned|insisted|admitted";
    /** Verbs an institution speaks with as well, which mark no name as a person's ("Grenrail announced"). */
    private static final String ANNOUNCES = "reported|announced|stated|confirmed|claimed|claims";
    private static final Pattern SAYS_AFTER = Pattern.compile("^[’']?s?\\s*(,[^,]{0,60},\\s*)?(" + SPEAKS + ")\\b");

    private AnswerEvidence() {
    }

    /** The answer-bearing span's text, lowercased as a key for agreement, or empty when the sentence has none. */
    static Optional<Found> find(AnswerType type, String sentence, SentenceTerms.Analysed analysed, Asked asked,
                                NameVariants names) {
        List<Token> tokens = analysed.tokens();
        return switch (type) {
            case QUANTITY -> FigureEvidence.find(sentence, analysed, asked);
            case TIME -> match(analysed.spans().times(), tokens, asked);
            // "Who is Dick Pound?": a sentence that says what he is; else any, as for another "who" question.
            // "Who says five were killed?": the voice the sentence gives ("according to emergency services"), else a
            // name.
            case PERSON -> (asked.saying() ? voice(sentence, asked.lexicon()) : Optional.<Found>empty())
                    .or(() -> asked.identity() != null ? role(sentence, analysed, asked)
                    .or(() -> name(sentence, analysed, asked, names, Cue.PERSON))
                    : name(sentence, analysed, asked, names, Cue.PERSON));
            case ENTITY -> name(sentence, analysed, asked, names, Cue.NONE);
            case PLACE -> name(sentence, analysed, asked, names, Cue.PLACE);
            case REASON -> match(analysed.spans().reasons(), tokens, asked);
            case DESCRIPTION -> Optional.of(new Found("", 0, 0));
        };
    }

    /**
     * What was found and where: the key compares answers across sources; {@code cued} says the context confirms the
     * type (a title before a person's name, "in" before a place); {@code closeness} is how near the question's words
     * stand to it; {@code givenStart}–{@code givenEnd} are the words a reply gives as the answer, the span itself
     * unless {@link #giving} says otherwise.
     */
    record Found(String key, int start, int end, String scope, Set<String> measure, boolean cued,
                 double closeness, int givenStart, int givenEnd) {
        Found(String key, int start, int end, String scope, Set<String> measure, boolean cued, double closeness) {
            this(key, start, end, scope, measure, cued, closeness, start, end);
        }

        Found(String key, int start, int end) {
            this(key, start, end, "", Set.of(), false, 0);
        }

        /**
         * The same evidence, with the words from {@code start} to {@code end} of the sentence as the ones a reply
         * gives (the name "he" or "she" may stand for in the next question).
         */
        Found giving(int start, int end) {
            return new Found(key, this.start, this.end, scope, measure, cued, closeness, start, end);
        }

        /** The figure is tied to a place: {@code scope} names it ("Solochiv"); empty when it is not. */
        boolean scoped() {
            return !scope.isEmpty();
        }
    }

    /** What in a name's surroundings says it is of the asked kind. */
    private enum Cue { NONE, PERSON, PLACE }

    /** How near the question's words stand to a span: the sum of 1/distance in analysed words. */
    static double closeness(List<Token> tokens, int start, int end, Set<String> questionStems) {
        int at = tokens.size();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > start) {
                at = i;
                break;
            }
        }
        double sum = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (questionStems.contains(t.stem()) && (t.end() <= start || t.start() >= end)) {
                sum += 1.0 / Math.max(1, Math.abs(i - at));
            }
        }
        return sum;
    }

    /**
     * A question as answers are looked for: its analysis, its stems, and what a figure may be counted in, each stem
     * of its words and of their WordNet relatives to the word ("killed" near a figure counts what "died" asks, so
     * "How many died in Kharkiv?" finds Kharkiv's toll of people killed), and the stems of the verb it asks who did
     * (empty unless it asks that), whether an ordinal may answer it (it asks how many times or which place), for a
     * question that is only a name ("Who is Dick Pound?") that name, and the lexicon that tells a word for a role
     * ("chairman") or a place's adjective ("German"), and what the message's own words say happened to what it
     * counts ("hurt": injured) and the days of the week they name ({@link FigureClause}). Made once per question.
     */
    record Asked(QuestionAnalysis analysis, Set<String> stems, Map<String, String> counted, Set<String> verbStems,
                 boolean ordinals, String identity, RelatedWords lexicon, Set<String> placesNamed, boolean saying,
                 Set<String> events, Set<String> days) {
        /** {@code lexicon}: what tells a word for a role ("chairman", "donor"), for "Who is Dick Pound?". */
        static Asked of(QuestionAnalysis analysis, RelatedWords lexicon) {
            Set<String> stems = new java.util.HashSet<>();
            Map<String, String> counted = new HashMap<>();
            for (QuestionAnalysis.Term t : analysis.terms()) {
                String word = t.word().toLowerCase(Locale.ROOT);
                stems.addAll(t.stems());
                t.related().keySet().forEach(stem -> counted.putIfAbsent(stem, word));
                t.stems().forEach(stem -> counted.put(stem, word));
            }
            // The message's own verb, not the words it carries from the questions before ("Who gave that account?
            // (after: In which districts…)" asks who gave, not about districts).
            Matcher verb = WHO_VERB.matcher(QuestionAnalysis.asked(analysis.text()));
            Set<String> verbs = new java.util.HashSet<>();
            boolean saying = false;
            if (verb.lookingAt()) {
                String word = verb.group(1).toLowerCase(Locale.ROOT);
                analysis.terms().stream().filter(t -> t.word().equalsIgnoreCase(word))
                        .forEach(t -> verbs.addAll(t.stems()));
                // "Who says seven?", "Who claimed it?": a voice answers, named or not ("police said").
                saying = lexicon.isSaying(word);
            }
            // "fourth quarter" says when, not how much; "for the sixth time" does answer "how many times" or "how
            // often".
            boolean ordinals = TIMES.matcher(analysis.text()).find();
            // "American" in the question names the US: a sentence's "US" is what it asks about, not an answer.
            Set<String> places = new java.util.HashSet<>();
            for (QuestionAnalysis.Term t : analysis.terms()) {
                if (t.name() && lexicon.isDemonym(t.word())) {
                    for (String place : lexicon.placesOf(t.word())) {
                        for (String w : place.toLowerCase(Locale.ROOT).split("\\s+")) {
                            places.add(w.replace(".", ""));
                        }
                    }
                }
            }
            return new Asked(analysis, Set.copyOf(stems), Map.copyOf(counted), Set.copyOf(verbs), ordinals,
                    identityAsked(analysis.text()).orElse(null), lexicon, Set.copyOf(places), saying,
                    FigureClause.events(QuestionAnalysis.asked(analysis.text())),
                    FigureClause.days(QuestionAnalysis.asked(analysis.text())));
        }
    }

    /** Whether the question only names someone and asks who that is ("Who is Dick Pound?"). */
    static boolean asksIdentity(String question) {
        return identityAsked(question).isPresent();
    }

    /** The name a question asks who is ("Dick Pound"), when that is all it asks. */
    private static Optional<String> identityAsked(String question) {
        Matcher identity = IDENTITY.matcher(QuestionAnalysis.asked(question));
        return identity.matches() ? Optional.of(identity.group("name").strip()) : Optional.empty();
    }

    /** A question that is only a name asks who that is, not for another name: "Who is Dick Pound?". */
    private static final Pattern IDENTITY = Pattern.compile("^\\W*(?i:who)(?:\\s+(?i:is|was)|['’]s)\\s+(?:(?:Mr|Mrs|Ms|Dr)"
            + "\\.?\\s+)?(?<name>(?:\\p{Lu}[\\p{L}'’-]*\\s*){1,4})[?.!]*\\s*$");
    /** What stands for a person's role after their name: "Dick Pound, the chairman of Wada, said…". */
    private static final Pattern APPOSITION = Pattern.compile("^(?:['’]s)?,\\s+(?<role>[^,;.()\"“”]{2,80}?)\\s*[,;.]");
    private static final Pattern ROLE_WORD = Pattern.compile("\\p{Ll}[\\p{L}-]*");
    /** A title that says nothing of what its bearer is ("Mr Prigozhin"). */
    private static final Pattern COURTESY_TITLE = Pattern.compile("(?i)\\s*(?:mr|mrs|ms|miss)\\.?\\s+");
    /** A capitalised word right before a name, which may be more of it. */
    private static final Pattern GIVEN_NAME = Pattern.compile("(\\p{Lu}[\\p{L}'’.-]*)\\s+$");

    /**
     * For "Who is Dick Pound?": where the sentence says what he is, a title or role right before his name ("Wada
     * chairman Dick Pound") or a phrase beside it naming one ("Dick Pound, the chairman of the World Anti-Doping
     * Authority, said"); the reply gives his name. Nothing when the sentence only names him.
     */
    private static Optional<Found> role(String sentence, SentenceTerms.Analysed analysed, Asked asked) {
        String[] name = asked.identity().split("\\s+");
        String surname = name[name.length - 1];
        Matcher m = Pattern.compile("\\b" + Pattern.quote(surname) + "\\b").matcher(sentence);
        while (m.find()) {
            int start = m.start();
            // The name's other words before its last, asked or not ("Vitali" of "Mayor Vitali Klitschko"), up to a
            // title or a word in lower case.
            Matcher given = GIVEN_NAME.matcher(sentence.substring(0, start));
            while (given.find() && !HONORIFIC.matcher(given.group(1) + " ").find()) {
                start = given.start(1);
                given = GIVEN_NAME.matcher(sentence.substring(0, start));
            }
            String before = sentence.substring(Math.max(0, start - 40), start);
            Matcher title = HONORIFIC.matcher(before);
            Matcher after = APPOSITION.matcher(sentence.substring(m.end()));
            int roleStart = -1;
            int roleEnd = -1;
            if (title.find() && !COURTESY_TITLE.matcher(title.group()).matches()) {
                roleStart = start - before.length() + title.start();
                roleEnd = start - before.length() + title.end();
            } else if (lastWordIsRole(before, asked)) {
                String trimmed = before.stripTrailing();
                roleEnd = start - before.length() + trimmed.length();
                roleStart = roleEnd - trimmed.substring(trimmed.lastIndexOf(' ') + 1).length();
            } else if (after.lookingAt() && ROLE_WORD.matcher(after.group("role")).results()
                    .anyMatch(w -> asked.lexicon().isRole(w.group()))) {
                roleStart = m.end() + after.start("role");
                roleEnd = m.end() + after.end("role");
            }
            if (roleStart >= 0) {
                String role = sentence.substring(roleStart, roleEnd).strip();
                double closeness = closeness(analysed.tokens(), roleStart, roleEnd, asked.stems());
                return Optional.of(new Found(role.toLowerCase(Locale.ROOT), roleStart, roleEnd, "", Set.of(), true,
                        closeness).giving(start, m.end()));
            }
        }
        return Optional.empty();
    }

    /** The word right before a name says what the person is: "striker Wayne Rooney". */
    private static boolean lastWordIsRole(String before, Asked asked) {
        String trimmed = before.stripTrailing();
        if (trimmed.length() == before.length()) {
            return false; // no space before the name: no word stands before it
        }
        String word = trimmed.substring(trimmed.lastIndexOf(' ') + 1);
        return ROLE_WORD.matcher(word).matches() && asked.lexicon().isRole(word);
    }

    /**
     * The verb of a question asking who did something: the word right after "who", or after "who" and an
     * auxiliary ("Who won…?", "Who has won…?", "Who was elected…?"); "Who is the Tory leader?" has none.
     */
    private static final Pattern WHO_VERB = Pattern.compile("(?i)^\\W*who\\s+(?:(?:has|have|had|was|were|is|are|will"
            + "|would)\\s+)?(?!(?:the|a|an|his|her|its|their|this|that|these|those|not|being|been)\\b)"
            + "(?-i:(\\p{Ll}+))\\b");

    /** A piece of a sentence: where it stands and its text, lowercased. */
    record Span(int start, int end, String lower) {
    }

    /** A run of capitalised words, word by word: where answers that are names are looked for. */
    record NameRun(List<Span> words) {
    }

    /**
     * A date ({@link #TIME}'s span) names the unit of time a question asks for: "Thursday" is the day "what day"
     * asks for, "1974" the year, although WordNet has no weekday as a kind of day. False for other units ("week").
     */
    static boolean namesTimeUnit(String date, String unit) {
        Pattern p = TIME_UNITS.get(unitKey(unit));
        return p != null && p.matcher(date).find();
    }

    /** A unit of calendar or clock ("year", "day", "date", "hour"), which a date names or does not. */
    static boolean isTimeUnit(String word) {
        return TIME_UNITS.containsKey(unitKey(word));
    }

    private static String unitKey(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        return u.equals("date") ? "day" : u.equals("hour") ? "time" : u;
    }

    /** A title a name may carry in its run of capitals ("Mr", "President", "Coach"), or a capitalised "The". */
    static boolean isTitle(String word) {
        return HONORIFIC.matcher(word + " ").find() || NOT_NAMES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The spans of a sentence answers are looked for in, found once per sentence whatever the question. */
    record Spans(List<NameRun> names, List<Span> times, List<Span> reasons) {
    }

    static Spans spans(String sentence) {
        List<NameRun> runs = new ArrayList<>();
        Matcher m = CAPITALISED.matcher(sentence);
        while (m.find()) {
            List<Span> words = new ArrayList<>();
            Matcher word = WORD_IN_RUN.matcher(m.group());
            while (word.find()) {
                words.add(new Span(m.start() + word.start(), m.start() + word.end(),
                        word.group().toLowerCase(Locale.ROOT)));
            }
            runs.add(new NameRun(List.copyOf(words)));
        }
        List<Span> times = all(TIME, sentence);
        return new Spans(List.copyOf(runs), times, all(REASON_CUE, sentence).stream()
                .filter(cue -> !(TEMPORAL_CUES.contains(cue.lower()) && startsTime(sentence, cue.end(), times)))
                .toList());
    }

    /** Cues that are of time as often as of cause: "since mid-February", "after six months" tell when. */
    private static final Set<String> TEMPORAL_CUES = Set.of("after", "following", "since");

    /**
     * A time the sentence names begins right after {@code at}, past a space and a determiner, or with the cue itself
     * ("after six months"); not a time owning what follows ("following Thursday's attack" gives a cause).
     */
    private static boolean startsTime(String sentence, int at, List<Span> times) {
        Matcher gap = TIME_GAP.matcher(sentence).region(at, sentence.length());
        int from = gap.lookingAt() ? gap.end() : at;
        return times.stream().anyMatch(t -> (t.start() == from || t.start() < at && t.end() > at)
                && !POSSESSIVE_AT.matcher(sentence).region(t.end(), sentence.length()).lookingAt());
    }

    private static final Pattern POSSESSIVE_AT = Pattern.compile("[’']s\\b");

    private static final Pattern TIME_GAP = Pattern.compile("(?i)\\s+(?:the |a |an )?");

    /**
     * Every match of {@code p}, whose alternatives must each open with a letter or digit at a word's start (as
     * {@link #TIME}'s and {@link #REASON_CUE}'s do): the same matches {@code find()} gives, tried only there. Both
     * patterns are long alternations that {@code find()} tries at every character; analysing a sentence the first
     * time a question reads it spent most of its time in them.
     */
    static List<Span> all(Pattern p, String sentence) {
        List<Span> out = new ArrayList<>();
        Matcher m = p.matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
        int length = sentence.length();
        for (int i = 0; i < length; i++) {
            if (!Character.isLetterOrDigit(sentence.charAt(i))
                    || i > 0 && Character.isLetterOrDigit(sentence.charAt(i - 1))) {
                continue;
            }
            if (m.region(i, length).lookingAt()) {
                out.add(new Span(m.start(), m.end(), m.group().toLowerCase(Locale.ROOT)));
                i = m.end() - 1;
            }
        }
        return List.copyOf(out);
    }

    /** The span not already in the question that stands nearest the question's words. */
    private static Optional<Found> match(List<Span> spans, List<Token> tokens, Asked asked) {
        String q = asked.analysis().text().toLowerCase(Locale.ROOT);
        Found best = null;
        for (Span span : spans) {
            if (!q.contains(span.lower())) {
                double closeness = closeness(tokens, span.start(), span.end(), asked.stems());
                if (best == null || closeness > best.closeness()) {
                    best = new Found(span.lower(), span.start(), span.end(), "", Set.of(), false, closeness);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The name that answers: capitalised runs with the question's own words taken out ("Kyiv Mayor Vitali Klitschko"
     * leaves "Vitali Klitschko"), the one nearest the question's words; keyed by its last word, so "Vitali
     * Klitschko" and "Klitschko" agree. For a who-question whose nearest run is only capitalised words ("Freight
     * News"), a reply gives the nearest name the text marks as a person's (a title before it, "said" after it, a
     * name the corpus writes after a title) when the sentence has one: "Dr. Ruth Abelard … told Rail and Freight
     * News".
     */
    private static Optional<Found> name(String sentence, SentenceTerms.Analysed analysed, Asked asked,
                                        NameVariants names, Cue cue) {
        Set<String> questionStems = asked.stems();
        Found best = null;
        double bestScore = -1;
        boolean bestMarked = false;
        Found marked = null;
        double markedScore = -1;
        Found subject = null;
        Map<Integer, String> stemAt = new HashMap<>();
        for (Token t : analysed.tokens()) {
            stemAt.putIfAbsent(t.start(), t.stem());
        }
        for (NameRun run : analysed.spans().names()) {
            int start = -1;
            int end = -1;
            List<Span> runWords = run.words();
            for (int i = 0; i < runWords.size(); i++) {
                Span word = runWords.get(i);
                String w = word.lower();
                String stem = stemAt.getOrDefault(word.start(), w);
                boolean ofQuestion = ofQuestion(w, stem, asked);
                boolean skip = ofQuestion || NOT_NAMES.contains(withoutPossessive(w))
                        || names.isCommonWord(sentence.substring(word.start(), word.end()));
                if (skip && start < 0) {
                    continue;
                }
                if (ofQuestion && word != runWords.get(runWords.size() - 1)
                        && asked.lexicon().isRole(withoutPossessive(w))) {
                    // A title of the question's before a name begins it: "Texas Judge Letitia Clark" is Letitia
                    // Clark for "Who was the judge?".
                    start = -1;
                    continue;
                }
                if (ofQuestion && start >= 0 && endsElsewhere(runWords.subList(i + 1, runWords.size()), stemAt,
                        asked, names, sentence)) {
                    // A question's word inside a name that ends in words of its own is part of another name:
                    // "Northline Gas Networks" answers "Which company runs the gas pipes?".
                    end = word.end();
                    continue;
                }
                if (skip) {
                    // Names end with their head: words before a word of the question name what it asks about
                    // ("National" in "National Rail Accident Investigation Board", asked about as "the rail accident
                    // investigation board"), not an answer, unless it is the kind asked for ("St. Aurel's Hospital"
                    // for "Which hospital…?").
                    start = ofQuestion && !isFocus(w, stem, asked.analysis()) ? -1 : start;
                    break;
                }
                start = start < 0 ? word.start() : start;
                end = word.end();
            }
            if (start < 0) {
                continue;
            }
            String span = sentence.substring(start, end);
            String[] words = span.toLowerCase(Locale.ROOT).split("\\s+");
            String key = words[words.length - 1].replaceAll("[’']s$", "");
            double closeness = closeness(analysed.tokens(), start, end, questionStems);
            // The folder's "Mr German" does not make every "German" someone: a lone word that is a place's demonym
            // is a person's name only where a title or "said" marks it so.
            boolean person = cue == Cue.PERSON && (names.isPerson(words[words.length - 1])
                    && !(words.length == 1 && asked.lexicon().isDemonym(words[0]))
                    || HONORIFIC.matcher(sentence.substring(Math.max(0, start - 20), start)).find()
                    || SAYS_AFTER.matcher(sentence.substring(end)).find());
            boolean cued = switch (cue) {
                case PLACE -> PLACE_CUE.matcher(sentence.substring(Math.max(0, start - 12), start)).find()
                        || BASED_AFTER.matcher(sentence).region(end, sentence.length()).lookingAt();
                case PERSON -> person || words.length >= 2;
                case NONE -> false;
            };
            double score = closeness + (cued ? 1 : 0);
            // "Ian Fleming's first James Bond book": the reply gives Ian Fleming, whom "he" may stand for next; a
            // thing's name keeps its possessive ("St. Aurel's Hospital" for "Which hospital…?").
            int givenEnd = cue == Cue.PERSON && POSSESSIVE_END.matcher(span).find() ? end - 2 : end;
            Found found = new Found(key, start, end, "", Set.of(), cued, closeness, start, givenEnd);
            if (score > bestScore) {
                best = found;
                bestScore = score;
                bestMarked = person;
            }
            if (person && score > markedScore) {
                marked = found;
                markedScore = score;
            }
            if (cue == Cue.PERSON && subject == null
                    && doesWhatIsAsked(sentence, end, analysed.tokens(), asked.verbStems())) {
                subject = found;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        // The reply gives who did what the question asks ("Davenport" in "Davenport has won three Grand Slams, the
        // 2000 Australian Open…" for "Who won the Australian Open?"), else a name marked as a person's.
        Found given = subject != null ? subject : !bestMarked && marked != null ? marked : best;
        String bestSpan = sentence.substring(best.start(), best.end());
        boolean unmarked = cue == Cue.PERSON && given == best && !bestMarked && subject == null;
        if (unmarked && isPlaceOrItsPeople(bestSpan, asked.lexicon())) {
            // "A judge has dismissed an attempt by Russian oil giant Yukos…" names no one for "Who was the judge?":
            // "Russian", "US", "Texas" or "New York" is where someone is from, not who.
            return Optional.empty();
        }
        // No one for "he" or "she" to stand for: a thing's name ("…the operator, Grenrail, which runs the line"), a
        // lone capitalised word nothing marks as a person's ("Lords", of "House of Lords", for "Who is the
        // chancellor?"), or capitalised words WordNet has as a common noun ("his second Grand Slam title").
        boolean noOne = unmarked
                && (bestSpan.indexOf(' ') < 0 || asked.lexicon().isCommonNounPhrase(withoutPossessive(bestSpan)));
        if (noOne || cue == Cue.PERSON
                && THING_AFTER.matcher(sentence).region(given.end(), sentence.length()).lookingAt()) {
            return Optional.of(best.giving(given.start(), given.start()));
        }
        return Optional.of(given == best ? best : best.giving(given.givenStart(), given.givenEnd()));
    }

    private static final Pattern POSSESSIVE_END = Pattern.compile("[’']s$");

    private static boolean isPlaceOrItsPeople(String word, RelatedWords lexicon) {
        String w = withoutPossessive(word.toLowerCase(Locale.ROOT));
        return lexicon.isDemonym(w) || lexicon.isKindOf(w, "location");
    }

    /**
     * Who a sentence says speaks, when no name does: "police" in "…, police said on Saturday", "the regional
     * authority" in "the regional authority confirmed", for "Who says seven?"; a voice WordNet files first of all
     * under persons or groups of them, not "the report said".
     */
    private static Optional<Found> voice(String sentence, RelatedWords lexicon) {
        for (Pattern p : new Pattern[] {VOICE, ACCORDING_TO}) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                // The last word that names one: "the governor there" is the governor.
                String[] words = m.group(1).split(" ");
                for (int i = words.length - 1; i >= 0; i--) {
                    if (lexicon.isMostlyKindOf(words[i], "person")
                            || lexicon.isMostlyKindOf(words[i], "social group")) {
                        int end = m.start(1) + m.group(1).lastIndexOf(words[i]) + words[i].length();
                        return Optional.of(new Found(words[i], m.start(1), end, "", Set.of(), true, 0));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A phrase of up to three lowercase words, with an article or a possessive before it: who a voice is. */
    private static final String LOWERCASE_PHRASE = "((?:the |its |their )?(?:\\p{Ll}[\\p{Ll}-]* ){0,2}"
            + "\\p{Ll}[\\p{Ll}-]*)";
    /** A lowercase subject of a verb of saying, opening a sentence or a clause. */
    private static final Pattern VOICE = Pattern.compile("(?:^|[,;:]\\s+|\\b(?:and|but)\\s+)" + LOWERCASE_PHRASE
            + " (?:" + SPEAKS + "|" + ANNOUNCES + ")\\b");
    /** Who a report is according to, in lowercase: "according to emergency services", "according to the governor". */
    private static final Pattern ACCORDING_TO = Pattern.compile("\\baccording to " + LOWERCASE_PHRASE
            + "(?![\\p{L}-])");

    /** "Which" after a name: English uses it for things, "who" for people. */
    private static final Pattern THING_AFTER = Pattern.compile("^[’']?s?\\s*,\\s*which\\b");

    /**
     * The words after a name are a verb of the question, behind at most an auxiliary and an adverb: the name is
     * who did what the question asks about ("Davenport has won", "Henry, along with Robert Pires, scored" is not).
     */
    private static boolean doesWhatIsAsked(String sentence, int end, List<Token> tokens, Set<String> questionStems) {
        Matcher m = SUBJECT_OF.matcher(sentence).region(end, sentence.length());
        if (!m.lookingAt()) {
            return false;
        }
        int verb = m.start(1);
        return tokens.stream().anyMatch(t -> t.start() == verb && questionStems.contains(t.stem()));
    }

    private static final Pattern SUBJECT_OF = Pattern.compile("^\\s+(?:(?:has|have|had|was|is|were|are|will|would|"
            + "also|then|later|finally|eventually|once)\\s+){0,2}(\\p{Ll}+)");

    /** The word is one of the noun phrase the question's wh-word asks about ("hospital" in "Which hospital…?"). */
    private static boolean isFocus(String word, String stem, QuestionAnalysis question) {
        return question.terms().stream()
                .anyMatch(t -> t.focus() && (startsWithAny(word, t.stems()) || t.stems().contains(stem)));
    }

    private static String withoutPossessive(String w) {
        int apostrophe = Math.max(w.indexOf('\''), w.indexOf('’'));
        return apostrophe < 0 ? w : w.substring(0, apostrophe);
    }

    /**
     * Whether a word of a name is the question's: its stem, or a stem it begins with ("valley" is "vallei"; a
     * possessive or a hyphenated word, "Kyiv's", is not its own token, so both tests are needed), or a place the
     * question names by its adjective.
     */
    private static boolean ofQuestion(String w, String stem, Asked asked) {
        return startsWithAny(w, asked.stems()) || asked.stems().contains(stem)
                || asked.placesNamed().contains(w.replace(".", ""));
    }

    /** Whether the rest of a name holds a word neither the question's nor a common one: it names something else. */
    private static boolean endsElsewhere(List<Span> rest, Map<Integer, String> stemAt, Asked asked,
                                         NameVariants names, String sentence) {
        return rest.stream().anyMatch(word -> !ofQuestion(word.lower(), stemAt.getOrDefault(word.start(),
                word.lower()), asked) && !NOT_NAMES.contains(withoutPossessive(word.lower()))
                && !names.isCommonWord(sentence.substring(word.start(), word.end())));
    }

    private static boolean startsWithAny(String w, Set<String> stems) {
        for (String stem : stems) {
            if (w.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }
}
