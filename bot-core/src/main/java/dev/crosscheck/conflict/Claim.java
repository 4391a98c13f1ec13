package dev.crosscheck.conflict;

import dev.crosscheck.corpus.Origin;
import dev.crosscheck.corpus.Sentence;

/**
 * One checkable statement of a sentence: a figure for a measure ("at least nine" people killed) or a state of a
 * thing (the plant "reconnected"), keyed so that claims about the same measure of the same thing in the same place
 * share a key. {@code interval} is set for figures, {@code polarity} (+1/-1) for states; {@code revises} marks
 * wording that reports a change ("rises to", "was later reconnected"). {@code context} holds the clause's words
 * for figures too vague to compare on their key alone; {@code time} is when its report was written; {@code tally}
 * marks a running count of what happened (people killed, evacuated…), which later reports raise as news comes in,
 * unlike a fixed fact (people on board, a speed); {@code price} marks a sum per thing ("410p a share", "$50 a
 * barrel"), which moves from day to day, unlike a sum per person or household ("€25,000 for each family");
 * {@code rising} marks a count of people something happened to by the clause's own verb ("63 people reported falling
 * ill"), which later reports raise as they do a tally, though it is not set against a quoted source's as a tally is
 * ("affecting 5,000 passengers" and "affecting 17,000" in one report may be two groups of flights);
 * {@code dayBefore} marks the copy, keyed to the day before its report's, of a claim its sentence names no day for
 * ({@link #ofDayBefore}).
 */
record Claim(Sentence sentence, String key, String topic, String value, Interval interval, int polarity,
             boolean revises, String subject, java.util.Set<String> context, ReportTime.Later written, boolean tally,
             boolean price, boolean rising, boolean dayBefore) {

    /** A claim that is no price, nor a count of people by a clause's verb. */
    Claim(Sentence sentence, String key, String topic, String value, Interval interval, int polarity,
          boolean revises, String subject, java.util.Set<String> context, ReportTime.Later written, boolean tally) {
        this(sentence, key, topic, value, interval, polarity, revises, subject, context, written, tally, false, false,
                false);
    }

    /** The same claim under another key and topic. */
    Claim keyed(String otherKey, String otherTopic) {
        return new Claim(sentence, otherKey, otherTopic, value, interval, polarity, revises, subject, context,
                written, tally, price, rising, dayBefore);
    }

    /**
     * The claim as a statement of {@code other}'s fact, which the embedding says it restates: under its key and topic,
     * and with its context, since the words each clause happens to hold ("a villa on the shore of Lake Orsen, about
     * 40 km from the city", "a lakeside villa … 65 kilometres north of Castelmarne") are no longer what tells whether
     * the two are of one thing. Not when both measure what a verb did: a river that "stood at 5.8 metres", "rose to
     * 6.1 metres" and "had fallen back to 5.1 metres" is measured at three moments.
     */
    Claim restating(Claim other) {
        java.util.Set<String> told = ofAction() && other.ofAction() ? context : other.context;
        return new Claim(sentence, other.key, other.topic, value, interval, polarity, revises, subject, told,
                written, tally, price, rising, dayBefore);
    }

    /**
     * The claim with {@code other}'s clause words beside its own, once the embedding finds the two sentences one fact
     * though their words do not meet ("emissions … reached 12,000 tonnes per day", "readings put sulphur dioxide
     * output … at around 8,500 tonnes per day"); for two claims that {@link #takesWords} both.
     */
    Claim alsoWorded(Claim other) {
        java.util.Set<String> both = new java.util.HashSet<>(context);
        both.addAll(other.context);
        return new Claim(sentence, key, topic, value, interval, polarity, revises, subject, java.util.Set.copyOf(both),
                written, tally, price, rising, dayBefore);
    }

    /** Whether the claim is its report's headline's, whose few words shorten what the text says. */
    boolean inHeadline() {
        return sentence.ordinal() == 0;
    }

    /**
     * Whether the claim's clause words are plain ones another claim's may join: not a sum's noun or a doer's name,
     * which still tell two sums or two doers apart.
     */
    boolean takesWords() {
        return sumOf() == null && !marks(context, DOER) && !marks(context, NAMED);
    }

    /** Whether the context is a verb's senses (a measure of what was done), as the extractor gives it. */
    private boolean ofAction() {
        return !context.isEmpty() && context.stream().allMatch(w -> ACTION_SENSE.matcher(w).matches());
    }

    /** A verb's sense as {@link dev.crosscheck.lexicon.RelatedWords#verbSenses} names it. */
    private static final java.util.regex.Pattern ACTION_SENSE = java.util.regex.Pattern.compile("v\\d+");

    /**
     * The claim as one of the day before its report's, under that day's key: a report of the morning after may tell
     * the day before's event without naming the day ("the race was stopped at 12.15pm", in Monday's report of
     * Sunday's marathon). Two such copies are never compared: each may be of its own report's day.
     */
    Claim ofDayBefore(String dayBeforeKey) {
        return new Claim(sentence, dayBeforeKey, topic, value, interval, polarity, revises, subject, context,
                written, tally, price, rising, true);
    }

    /** When the claim's report was written. */
    ReportTime time() {
        return written.get();
    }

    /**
     * When the claim is said to hold: the day its sentence names, else when its report was written. A thing done or
     * denied ("was arrested on Monday night", "has not been arrested") holds from then on, so its day is its
     * report's: only a state that comes and goes (open, closed) is of the day named.
     */
    ReportTime when() {
        return key.startsWith(Negations.PREFIX) ? time() : time().saidOf(sentence);
    }

    /**
     * When what the claim tells took place: a thing done, the day its sentence names ("was arrested at approximately
     * 11:05 on Tuesday", in Wednesday's statement, does not follow Tuesday night's "no arrests had been made": a fresh
     * user's bomb hoax had it as an update); else {@link #when}.
     */
    ReportTime told() {
        return key.startsWith(Negations.PREFIX) && polarity > 0 ? time().saidOf(sentence) : when();
    }

    /** Marks the key of a claim compared only within its own report. */
    static final String LOCAL = "#in:";

    /** Whether the claim is compared only within its own report (an unfamiliar count with no place). */
    boolean local() {
        return key.contains(LOCAL);
    }

    /** Who the sentence says the claim comes from ("emergency services", "Energoatom"), or "". */
    String attribution() {
        return Attribution.of(sentence.text());
    }

    /** Marks the context word that says what a sum per person is ("$fare", "$credit"). */
    static final String SUM_OF = "$";

    /** What a sum per person is, by its noun, or null when its sentence does not say. */
    private String sumOf() {
        return context.size() == 1 && context.iterator().next().startsWith(SUM_OF) ? context.iterator().next() : null;
    }

    /** Marks a context word of the name a measure is set off after ("Kestrel Bay General Hospital, 28 miles away"). */
    static final String NAMED = "=";

    /** Marks a context word naming the usual sense of a verb of the clause ("~travel" for "moving", "travelling"). */
    static final String USUAL_VERB = "~";

    /** Marks a context word of the name that did what a count is the object of ("Adriano has scored 14 goals"). */
    static final String DOER = "@";

    /**
     * Whether two claims may be compared: claims that need context must share a word of it; two set off after names
     * are the named things' measures, compared only when the names share a word; two counts of what named doers did
     * are compared only when the names share a word, and one whose doer is unnamed with either.
     */
    boolean comparableWith(Claim other) {
        if (dayBefore && other.dayBefore) {
            return false;
        }
        boolean doers = marks(context, DOER);
        boolean otherDoers = marks(other.context, DOER);
        if (doers && otherDoers) {
            return context.stream().anyMatch(w -> w.startsWith(DOER) && other.context.contains(w));
        }
        String sum = sumOf();
        String otherSum = other.sumOf();
        if (sum != null && otherSum != null) {
            return sum.equals(otherSum); // a fare and a credit are two sums
        }
        // A sum's noun needs no match where the other does not say what its sum is; nor a doer's name.
        java.util.Set<String> own = sum == null && !doers ? context : java.util.Set.of();
        java.util.Set<String> others = otherSum == null && !otherDoers ? other.context : java.util.Set.of();
        if (own.isEmpty() && others.isEmpty()) {
            return true;
        }
        if (marks(own, NAMED) && marks(others, NAMED)) {
            return own.stream().anyMatch(w -> w.startsWith(NAMED) && others.contains(w));
        }
        return own.stream().anyMatch(others::contains);
    }

    private static boolean marks(java.util.Set<String> context, String mark) {
        for (String w : context) {
            if (w.startsWith(mark)) {
                return true;
            }
        }
        return false;
    }

    boolean isFigure() {
        return interval != null;
    }

    String docId() {
        return sentence.docId();
    }

    /** Where the claim's report comes from. */
    Origin origin() {
        return written.origin();
    }
}
