package dev.crosscheck.conflict;

import dev.crosscheck.corpus.Sentence;
import dev.crosscheck.quantity.QuantityParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a sentence says did not happen ("police have not ruled out sabotage", "the cause has yet to be
 * confirmed") and, for what some report denies, what others say did ("investigators have ruled out sabotage"). A
 * denial and an affirmation of the same verb about the same thing are two states of one claim, compared like any
 * other state. The reading is syntax (negation, auxiliaries, particle, object) and WordNet's verbs and nouns, not a
 * list of the verbs that matter.
 */
final class Negations {
    /** Key prefix of the claims read here. */
    static final String PREFIX = "p:";
    /** How many auxiliaries and negations a verb is read with ("has not yet been ruled out"). */
    private static final int AUXILIARY_REACH = 4;
    /** How far from the verb (or its auxiliaries) its object is looked for. */
    private static final int NOUN_REACH = 4;
    private static final Set<String> NEGATION = Set.of("not", "never", "cannot", "no");
    /** Verbs that say their infinitive did not happen: "refused to", "declined to", "failed to". */
    private static final Set<String> NEGATIVE_IMPLICATIVES = Set.of("refuse", "decline", "fail");
    /** Words that may stand between a negation and its verb ("has not yet been", "no longer", "has since been"). */
    private static final Set<String> AUXILIARY = Set.of("have", "has", "had", "been", "be", "being", "is", "was",
            "were", "are", "am", "do", "does", "did", "will", "would", "could", "can", "should", "may", "might", "must",
            "shall", "yet", "already", "so", "far", "longer", "fully", "officially", "formally", "since", "also",
            "later", "subsequently");
    static final Set<String> BE = Set.of("been", "be", "being", "is", "was", "were", "are", "am");
    /** The particle of a phrasal verb: "rule out", "shut down", "call off". */
    static final Set<String> PARTICLES = Set.of("out", "up", "down", "off", "back", "over", "away");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "any", "this", "that", "these", "those",
            "its", "their", "his", "her", "our", "all", "some", "such", "no");
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "but", "said", "says", "while", "although");
    private static final Set<String> PREPOSITIONS = Set.of("of", "to", "for", "with", "by", "from", "in", "on", "at",
            "about", "into", "after", "before", "than", "between", "among", "against", "across", "through", "within",
            "during", "since", "near", "around", "outside", "inside", "behind", "towards", "along", "under", "over");
    private static final Set<String> PRONOUNS = Set.of("i", "you", "he", "she", "it", "we", "they", "who", "which",
            "that", "there", "this", "what");
    /** Verbs that link, help or report: "did not say" denies nothing about the world. */
    private static final Set<String> NOT_PREDICATES = Set.of("be", "have", "do", "get", "say", "tell", "know",
            "want", "think", "believe", "expect", "seem", "appear", "need", "like", "mean", "go", "come", "make",
            "take", "give", "see", "let", "comment", "respond", "answer", "reply", "specify", "disclose", "elaborate");

    private final WordKinds kinds;

    Negations(WordKinds kinds) {
        this.kinds = kinds;
    }

    /** Let go with no charge brought: "had been released without charge", "was freed without charge". */
    private static final Pattern FREED_WITHOUT_CHARGE = Pattern.compile("\\b(?:released|freed|bailed) without "
            + "(?:being )?charge[ds]?\\b");

    /** A quick test before reading a sentence for denials: it holds a negation's letters somewhere. */
    private static boolean mayDeny(String text) {
        return text.contains("not") || text.contains("n't") || text.contains("n’t") || text.contains("never")
                || text.contains("no longer") || text.contains("yet to") || text.contains("Not")
                || text.contains("Never") || text.contains("refus") || text.contains("declin") || text.contains("fail")
                || text.contains("No ") || text.contains(" no ") || text.contains("either");
    }

    /** Marks an object that is the doer: "Ms Okafor had not conceded" is about Okafor's conceding (":@okafor"). */
    static final String DOER = "@";
    /** The object of a verb denied of everyone: "No one has been charged" is about charging anyone at all. */
    static final String ANYONE = "anyone";
    /** Subjects that deny a passive of everyone: "Nobody was arrested". */
    private static final Set<String> NOBODY = Set.of("nobody", "no-one");
    /**
     * Verbs that only carry a noun's action in a passive: "No arrests have been made" denies arresting, "no charges
     * have been brought" charging.
     */
    private static final Set<String> LIGHT_VERBS = Set.of("make", "bring", "file", "lay", "press", "carry");

    /**
     * One verb with what it is about, denied or not; {@code doer} is the name that does it ("okafor"), when its
     * subject ends in one, else null.
     */
    record Predication(String verb, String object, boolean negated, String subject, String doer, String written) {
        String key() {
            return PREFIX + verb + ":" + object;
        }

        /** The topic, said of the object when it is a person ("whether the supervisor was arrested"). */
        String topic(boolean person) {
            if (object.equals(ANYONE)) {
                return "whether anyone was " + written;
            }
            if (object.startsWith(DOER)) {
                return "whether " + Character.toUpperCase(object.charAt(1)) + object.substring(2) + " did " + verb;
            }
            return person && verb.indexOf(' ') < 0 ? "whether the " + object + " was " + participle(verb)
                    : "whether " + gerund(verb) + " " + object + " stands";
        }

        /** The same verb, about its doer rather than its object. */
        Predication byDoer() {
            return new Predication(verb, DOER + doer, negated, subject, doer, written);
        }
    }

    /**
     * Whether a text may name what a denial is about: its object, or its doer's name in any case (in {@code lower},
     * the text lower-cased, which a caller asking of objects only may leave null).
     */
    static boolean mayName(String text, String lower, String denial) {
        String object = objectOf(denial);
        return object.startsWith(ANYONE_DOING) ? text.contains(object.substring(ANYONE_DOING.length()))
                : object.startsWith(DOER) ? lower.contains(object.substring(1)) : text.contains(object);
    }

    /**
     * What a denial of anyone is about, as the detector looks for its affirmations: the verb denied of anyone
     * ("anyone:arrest" for "No arrests have been made"), whose forms an affirming sentence must hold.
     */
    static String deniedOfAnyone(String verb) {
        return ANYONE_DOING + verb;
    }

    /** Marks a verb denied of anyone among the things denied ({@link #deniedOfAnyone}). */
    private static final String ANYONE_DOING = ANYONE + ":";

    /** The denials of a sentence (its words given), as claims (negative states of "verb object"). */
    void denied(Sentence s, Words words, List<Sentence> before, ReportTime.Later time, List<Claim> out) {
        Matcher freed = FREED_WITHOUT_CHARGE.matcher(s.text());
        if (freed.find()) {
            // "…said a man arrested on Monday … had been released without charge": the person nearest before it was
            // not charged (two fresh users' stories had it unread against "was charged").
            for (int k = words.at(freed.start()) - 1; k >= 0; k--) {
                String lower = words.get(k).lower();
                if (Character.isLetter(lower.charAt(0)) && !words.get(k).capitalised() && kinds.isThing(lower)
                        && kinds.isPerson(lower)) {
                    out.add(claim(s, new Predication("charge", person(lower), true, "", null, "charged"), time));
                    break;
                }
            }
        }
        if (!mayDeny(s.text())) {
            return;
        }
        for (Predication p : read(words, 0, words.size(), true)) {
            out.add(claim(s, p, time));
        }
        Matcher pronoun = PRONOUN_DENIED.matcher(s.text());
        if (pronoun.lookingAt()) {
            // "He has not been charged": about the person the sentences before were about ("A 41-year-old man …
            // was arrested"), as a fresh user's police statement had it against "A man has been charged".
            String verb = kinds.verbBase(pronoun.group(1).toLowerCase(Locale.ROOT));
            String person = verb == null || NOT_PREDICATES.contains(verb) ? null : antecedent(before);
            if (person != null) {
                out.add(claim(s, new Predication(verb, person, true, "", null,
                        pronoun.group(1).toLowerCase(Locale.ROOT)), time));
            }
        }
    }

    /**
     * A passive denied of "he" or "she" opening the sentence: "He has not been charged", "She was not arrested", or
     * of a verb phrase joined to the one they open ("He has been released on bail … and has not been charged").
     */
    private static final Pattern PRONOUN_DENIED = Pattern.compile("(?:He|She)(?:\\s[^.;:!?\"“”]*?\\sand)?"
            + "\\s+(?:has|had|was|is)(?:\\s+not|n['’]t)\\s+(?:yet\\s+)?(?:been\\s+)?(\\p{L}+ed)\\b");

    /**
     * Whom "he" or "she" opening a sentence stands for: the person the latest sentence before it not opening with
     * one is about, the noun its subject ends in where WordNet files it under persons ("A 41-year-old man from the
     * Brackwater area was arrested": man), else the name it opens with (its last word); null when neither.
     */
    private String antecedent(List<Sentence> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            Words words = Words.of(before.get(i).text());
            if (words.size() == 0) {
                continue;
            }
            String first = words.get(0).lower();
            if (first.equals("he") || first.equals("she")) {
                continue;
            }
            Opening subject = opening(words);
            // "He" is someone: a subject WordNet files as a doer of things is who he is ("The driver of the coach …
            // is receiving treatment. He has not been arrested.", a fresh user's coach crash).
            return subject.head() != null && kinds.isAgent(subject.head()) ? subject.head() : subject.name();
        }
        return null;
    }

    /** The noun phrase a sentence opens with: the noun it ends in, and the last capitalised word in it. */
    private record Opening(String head, String name) {
    }

    /**
     * The subject a sentence opens with, read up to its first preposition, auxiliary or punctuation, or an adjective
     * after its noun ("A man aged 29 was arrested": a man, as a fresh user's dam failure had him).
     */
    private Opening opening(Words words) {
        String name = null;
        String head = null;
        // A list's number opening the sentence ("5. The driver of the coach…", an official statement's) is none
        // of its subject.
        int from = 0;
        while (from < words.size() && (words.get(from).punctuation() || Character.isDigit(words.get(from).first()))) {
            from++;
        }
        for (int k = from; k < words.size(); k++) {
            Words.Word w = words.get(k);
            String lower = w.lower();
            if (w.punctuation() || PREPOSITIONS.contains(lower) || AUXILIARY.contains(lower)) {
                break;
            }
            if (DETERMINERS.contains(lower) || !Character.isLetter(lower.charAt(0)) || lower.endsWith("-old")
                    || lower.endsWith("'s") || lower.endsWith("’s")) {
                continue;
            }
            if (w.capitalised()) {
                name = lower;
                continue;
            }
            if (!kinds.isThing(lower) || head != null && kinds.isMostlyAdjective(lower)) {
                break;
            }
            // The phrase's last noun heads it: "the colliery's shift manager" is a manager, not a shift.
            head = lower;
        }
        return new Opening(head, name);
    }

    /**
     * What reports deny, with the verbs denied of anyone and the people denied by their role ("the supervisor") split
     * out once for the search of their affirmations.
     */
    record Denied(Set<String> objects, List<String> verbsOfAnyone, Set<String> roles, Map<String, Set<String>> cues) {
    }

    /**
     * What the reports deny ({@link #denial}s), ready for the search of their affirmations: the things denied, the
     * verbs denied of anyone, the things that are roles, and for each thing the letters a form of one of the verbs
     * denied of it holds ("ruled", "ruling" hold "rul"; "found" is find's), which a sentence affirming it must hold.
     */
    Denied denied(Set<String> denials) {
        Set<String> objects = new java.util.HashSet<>();
        Map<String, Set<String>> cues = new java.util.HashMap<>();
        for (String denial : denials) {
            String object = objectOf(denial);
            objects.add(object);
            if (!denial.startsWith(ANYONE_DOING)) {
                String verb = denial.substring(0, denial.length() - object.length() - 1);
                cues.computeIfAbsent(object, o -> new java.util.HashSet<>()).addAll(kinds.verbCues(verb));
            }
        }
        return new Denied(objects, objects.stream().filter(o -> o.startsWith(ANYONE_DOING))
                .map(o -> o.substring(ANYONE_DOING.length())).toList(),
                objects.stream().filter(o -> Character.isLetter(o.charAt(0)) && !o.equals(ANYONE) && kinds.isPerson(o))
                        .collect(java.util.stream.Collectors.toSet()), cues);
    }

    /**
     * A denial as the detector keeps it, by its key: its verb and what it is about ("rule out:sabotage"); one of
     * anyone is kept as {@link #deniedOfAnyone}.
     */
    static String denial(String key) {
        return key.substring(PREFIX.length());
    }

    /** What a {@link #denial} is about: "sabotage" of "rule out:sabotage"; a denial of anyone is its own. */
    static String objectOf(String denial) {
        return denial.startsWith(ANYONE_DOING) ? denial : denial.substring(denial.lastIndexOf(':') + 1);
    }

    /**
     * The affirmations of a sentence about things some report denies, as claims (positive states); {@code roles} are
     * the denied roles the report gives people it names, by surname ({@link Roles}).
     */
    void affirmed(Sentence s, Denied denied, Map<String, Set<String>> roles, ReportTime.Later time, List<Claim> out) {
        Set<String> deniedObjects = denied.objects();
        // A verb denied of anyone is affirmed only in a sentence holding it ("arrest" in "arrested"), read whole.
        Set<String> deniedOfAnyone = new java.util.HashSet<>();
        for (String verb : denied.verbsOfAnyone()) {
            if (s.text().contains(verb)) {
                deniedOfAnyone.add(verb);
            }
        }
        boolean anyone = !deniedOfAnyone.isEmpty();
        if (!anyone && denied.verbsOfAnyone().size() == deniedObjects.size()) {
            return;
        }
        Words words = Words.of(s.text());
        // Lower-cased only when a denied thing is met, as few sentences name one.
        String lower = null;
        // Only verbs within reach of a denied object can be about it: from an object right after the verb and its
        // particle to one before the verb's auxiliaries (a passive's subject), in a sentence holding a form of a verb
        // denied of it; and a verb denied of anyone, only where a word holds it ("arrest" in "arrested").
        int from = Integer.MAX_VALUE;
        int to = -1;
        for (int k = 0; k < words.size(); k++) {
            Words.Word w = words.get(k);
            if (anyone && holdsAny(w.lower(), deniedOfAnyone)) {
                from = Math.min(from, k);
                to = Math.max(to, k);
            }
            String one = pluralOf(w.lower(), deniedObjects) ? person(w.lower()) : w.lower();
            String object = deniedObjects.contains(one) ? one
                    : w.capitalised() && deniedObjects.contains(DOER + w.lower()) ? DOER + w.lower() : null;
            if (object != null && lower == null) {
                lower = s.text().toLowerCase(java.util.Locale.ROOT);
            }
            if (object != null && holdsAny(lower, denied.cues().getOrDefault(object, Set.of()))
                    || w.capitalised() && roles.containsKey(w.lower())) {
                from = Math.min(from, k - 1 - NOUN_REACH);
                // …past a description set off by commas ("the driver, a 52-year-old man from Tolbury, had been").
                to = Math.max(to, k + AUXILIARY_REACH + NOUN_REACH + APPOSITION_REACH + 1);
                if (object != null && object.equals(opening(words).head())) {
                    // The subject the sentence opens with is that of every verb phrase joined to its first ("…
                    // was detained on Mill Lane, inside the cordon, and has since been charged").
                    to = words.size() - 1;
                }
            }
        }
        if (to < 0) {
            return;
        }
        for (Predication p : read(words, Math.max(0, from), Math.min(words.size(), to + 1), false)) {
            if (deniedObjects.contains(p.object())) {
                out.add(claim(s, p, time));
            }
            for (String role : roles.getOrDefault(p.object(), Set.of())) {
                // "Brandvold was arrested", where the report calls him the supervisor another says was not.
                out.add(claim(s, new Predication(p.verb(), role, p.negated(), p.subject(), p.doer(), p.written()),
                        time));
            }
            if (anyone && deniedOfAnyone.contains(p.verb()) && isSomeone(p.object())) {
                // "Officers had arrested the colliery's shift manager" affirms what "no arrests have been made"
                // denies of anyone (a fresh user's mine collapse had the two unread).
                out.add(claim(s, new Predication(p.verb(), ANYONE, false, p.subject(), null, p.written()), time));
            }
            if (p.doer() != null && !p.object().startsWith(DOER) && deniedObjects.contains(DOER + p.doer())) {
                // "Helen Okafor has conceded defeat" affirms what "Ms Okafor had not conceded" denies.
                out.add(claim(s, p.byDoer(), time));
            }
        }
    }

    private static boolean holdsAny(String text, java.util.Collection<String> parts) {
        for (String part : parts) {
            if (text.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word may be the plural of one of {@code denied}, by its regular ending ("prisoners"): only such words
     * are looked up in WordNet, as every word of a sentence that names something denied is read here.
     */
    private static boolean pluralOf(String word, Set<String> denied) {
        return word.endsWith("s") && (denied.contains(word.substring(0, word.length() - 1))
                || word.endsWith("es") && denied.contains(word.substring(0, word.length() - 2)));
    }

    /**
     * People a verb was done to, in the singular: "Three prisoners were charged" affirms what "No prisoner has been
     * charged" denies (a fresh user's prison riot). Other things keep their number ("No talks were held").
     */
    private String person(String object) {
        return Character.isLetter(object.charAt(0)) && kinds.isPerson(object) ? kinds.singular(object) : object;
    }

    /** Whether what a verb was done to is someone: a name, or a noun WordNet files under persons or groups. */
    private boolean isSomeone(String object) {
        return object.startsWith(DOER) || kinds.isRecipient(object);
    }

    private Claim claim(Sentence s, Predication p, ReportTime.Later time) {
        String value = (p.negated() ? "not " : "") + p.verb();
        // What was done to a person is said of them: "whether the supervisor was arrested", not "whether arresting
        // supervisor stands".
        // A doer WordNet files apart from persons is said of as well: "whether the driver was arrested".
        boolean person = !p.object().equals(ANYONE) && !p.object().startsWith(DOER)
                && (kinds.isPerson(p.object()) || kinds.isAgent(p.object()));
        String topic = p.topic(person);
        // The subject's words tell two sources apart ("police" against "the union"); see States.sameThing.
        return new Claim(s, p.key(), topic, value, null, p.negated() ? -1 : 1, false, p.subject(), Set.of(), time,
                false);
    }

    /**
     * The verbs among words [from, to) with their objects, denied ones or affirmed ones as asked: whether a verb is
     * negated is known from the words before it, before WordNet is asked what it is.
     */
    private List<Predication> read(Words words, int from, int to, boolean denials) {
        List<Predication> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Words.Word w = words.get(i);
            if (w.punctuation() || w.capitalised() || !Character.isLetter(w.lower().charAt(0))) {
                continue;
            }
            boolean negated = false;
            boolean passive = false;
            boolean helped = false;
            int j = i - 1;
            for (; j >= 0 && j >= i - AUXILIARY_REACH; j--) {
                String b = words.get(j).lower();
                if (NEGATION.contains(b) || b.endsWith("n't") || b.endsWith("n’t")) {
                    negated = true;
                } else if (b.equals("to") && j > 0 && words.get(j - 1).lower().equals("yet")) {
                    // "have yet to confirm": not yet; an infinitive alone ("expected to win") asserts nothing.
                    negated = true;
                } else if (b.equals("to") && j > 0 && refuses(words.get(j - 1).lower())) {
                    // "refused to rule out": a verb that says its infinitive did not happen, read with it.
                    negated = true;
                    j--;
                } else if (AUXILIARY.contains(b)) {
                    passive |= BE.contains(b);
                } else {
                    break;
                }
                helped = true;
            }
            if (!negated && passive && j >= 0 && NOBODY.contains(words.get(j).lower())) {
                negated = true; // "Nobody was arrested"
            }
            if (!negated && passive && j >= 1 && (words.get(j - 1).lower().equals("no")
                    || words.get(j - 1).lower().equals("neither"))) {
                // "No talks were held": the passive's subject denied by its determiner (a fresh user's talks held
                // and not held that Tuesday had been read as no statement).
                negated = true;
            }
            if (negated != denials) {
                continue;
            }
            String deniedOfAnyone = denials && passive ? deniedOfAnyone(words, i, j) : null;
            if (deniedOfAnyone != null) {
                // Whoever reports it, the denial is of anyone: any body's affirmation meets it.
                out.add(new Predication(deniedOfAnyone, ANYONE, true, "", null,
                        deniedOfAnyone.equals(kinds.verbBase(w.lower())) ? w.lower() : participle(deniedOfAnyone)));
                continue;
            }
            // Only verbs with auxiliaries are read ("have ruled out", "has not been confirmed"): a bare participle
            // is as often an adjective ("a banned drug") as a statement; but not after a name, which a past tense
            // affirms ("Quillan apologised to passengers", against "Quillan refused to apologise").
            boolean afterName = !helped && !denials && j == i - 1 && j >= 0 && words.get(j).capitalised()
                    && !kinds.isNoun(words.get(j).lower()) && w.lower().endsWith("ed");
            // Nor after the noun the sentence opens with, its subject: "Police arrested two men after scuffles broke
            // out" (a fresh user's strike had it unread against "no arrests had been made").
            // So past a time between them: "Ostmark County prosecutors on Monday charged Pinecrest…".
            boolean afterSubject = !helped && !denials && j == i - 1 && j >= 0 && w.lower().endsWith("ed")
                    && opensSubject(words, kinds.beforeTimePhrase(words, j));
            String base = helped || afterName || afterSubject ? kinds.verbBase(w.lower()) : null;
            int subjectEnd = passive && j >= 0 ? pastApposition(words, j) : j;
            // A passive joined to the verb phrase before it shares its subject, the one the sentence opens with: "A
            // 29-year-old man was detained … and has since been charged" (a fresh user's dam failure).
            String shared = helped && passive && joined(words, j) ? opening(words).head() : null;
            List<String> subject = base == null || NOT_PREDICATES.contains(base) ? null
                    : shared != null ? new ArrayList<>() : subject(words, subjectEnd);
            if (subject == null && base != null && !denials && !NOT_PREDICATES.contains(base) && subjectEnd >= 0
                    && PRONOUNS.contains(words.get(subjectEnd).lower())) {
                // "They had arrested a 47-year-old man": who they are, the sentence before says; what was done
                // meets a denial of it done to anyone, whoever did it (a fresh user's gas blast had it unread). So
                // after "that": "Police confirmed that they had arrested the driver" (a fresh user's tram crash).
                subject = new ArrayList<>();
            }
            if (subject == null) {
                continue;
            }
            int k = i + 1;
            String verb = base;
            if (k < words.size() && PARTICLES.contains(words.get(k).lower())) {
                verb = base + " " + words.get(k).lower();
                k++;
            }
            String object = shared != null ? shared : nounAfter(words, k);
            if (object == null && passive) {
                object = nounBefore(words, subjectEnd);
                // A passive's subject is what the verb is about ("sabotage had been ruled out"), not who did it.
                subject.remove(object);
            }
            // A name right before the auxiliaries does the verb: with no object, the verb is about that doer ("Ms
            // Okafor had not conceded", a fresh user's election story, against "Helen Okafor has conceded defeat").
            String doer = !passive && j >= 0 && words.get(j).capitalised() && !kinds.isNoun(words.get(j).lower())
                    ? words.get(j).lower() : null;
            if (object == null && doer != null && endsClause(words, k)) {
                object = DOER + doer;
            }
            if (object != null) {
                out.add(new Predication(verb, person(object), negated, String.join("+", subject), doer, w.lower()));
            }
        }
        return out;
    }

    /** Whether the word at {@code k} is an "and" joining a verb phrase to the one before ("and has been charged"). */
    private boolean joined(Words words, int k) {
        return k > 0 && words.get(k).lower().equals("and");
    }

    /** Whether the words up to {@code last} open their sentence as a subject ending in a noun. */
    private boolean opensSubject(Words words, int last) {
        return last >= 0 && opensSentence(words, Math.min(last, kinds.pastTimePhrase(words, 0)), last)
                && kinds.isThing(words.get(last).lower());
    }

    /**
     * Whether the words from {@code from} up to {@code last} open their sentence as a subject: only a determiner,
     * capitalised words and adjectives before it ("Police", "The officers", "Corrant Metropolitan Police", "the
     * cantonal prosecutor"), past a phrase of time opening it ("On Sunday evening the cantonal prosecutor charged…",
     * a fresh user's cable car accident, had been unread against "no one had been charged"). An adjective is a word
     * WordNet uses mostly as one, or one it neither uses as a noun nor has as a verb's form ("cantonal").
     */
    private boolean opensSentence(Words words, int from, int last) {
        for (int k = from; k < last; k++) {
            Words.Word w = words.get(k);
            String lower = w.lower();
            boolean adjective = kinds.isMostlyAdjective(lower) || !kinds.isThing(lower)
                    && kinds.inflectedVerb(lower) == null && !PREPOSITIONS.contains(lower) && !lower.equals("and");
            if (!w.capitalised() && !DETERMINERS.contains(lower) && !adjective) {
                return false;
            }
        }
        return true;
    }

    /**
     * The verb a passive denies of everyone, its subject being "no one", "nobody" or "no person" ("No one has been
     * charged": charge) or "no" and the verb's own noun, carried by a light verb ("No arrests have been made":
     * arrest); null for any other passive. {@code verb} is the participle's index, {@code subject} the word before
     * its auxiliaries.
     */
    private String deniedOfAnyone(Words words, int verb, int subject) {
        if (subject < 0) {
            return null;
        }
        String before = words.get(subject).lower();
        String base = kinds.verbBase(words.get(verb).lower());
        boolean no = subject >= 1 && words.get(subject - 1).lower().equals("no");
        // "No person has been arrested", "no individual has been charged": any person, not a kind ("no child").
        if (before.equals("one") && no || NOBODY.contains(before) || no && kinds.isAnyPerson(before)) {
            return base == null || NOT_PREDICATES.contains(base) ? null : base;
        }
        String action = no && base != null && LIGHT_VERBS.contains(base) ? kinds.verbBase(before) : null;
        return action == null || NOT_PREDICATES.contains(action) ? null : action;
    }

    /**
     * A form of a verb that says its infinitive did not happen: "refused to", "declined to", "failed to" (the
     * negative implicatives; "yet to" is read above).
     */
    private boolean refuses(String word) {
        String base = kinds.verbBase(word);
        return base != null && NEGATIVE_IMPLICATIVES.contains(base);
    }

    /**
     * The nouns and names of the subject before the auxiliaries, when it opens its sentence or clause ("Police and
     * rail accident investigators have ruled out", "Detectives investigating the attack on the city's hospitals
     * have not ruled out": its modifiers' nouns too); null when there is none or it names no one ("I", "he"), or
     * when the verb sits inside another's complement ("monitors to check the law was not being broken").
     */
    private List<String> subject(Words words, int last) {
        List<String> nouns = new ArrayList<>();
        for (int k = last; k >= -1; k--) {
            int aside = nouns.isEmpty() && k > 0 ? relativeAside(words, k) : -1;
            if (aside > 0) {
                // "Brackwater Borough Council, which issues the ground's certificate, has suspended…": the subject
                // stands before the relative clause set off by commas.
                k = aside;
                continue;
            }
            if (k < 0 || words.get(k).punctuation() || CLAUSE_OPENERS.contains(words.get(k).lower())
                    || reports(words.get(k))) {
                return nouns.isEmpty() ? null : nouns;
            }
            Words.Word w = words.get(k);
            String lower = w.lower();
            if ((lower.equals("we") || lower.equals("i")) && nouns.isEmpty() && opensQuote(words, k)) {
                // "…told reporters: "We have not ruled out sabotage"": the speaker's body, whom the quote's
                // attribution names, not a word of the clause; no subject, so any one body's statement compares.
                return nouns;
            }
            if (PREPOSITIONS.contains(lower) && !lower.equals("to")) {
                // A preposition inside the subject opens its modifier ("Detectives at the scene"); "to" may open an
                // infinitive whose object the verb's clause is.
                continue;
            }
            if (nouns.isEmpty() && REPORTED.contains(lower)) {
                // "The council said on Monday afternoon that it had not suspended…": the reporter's own statement.
                int said = reporterBefore(words, k - 1);
                if (said >= 0) {
                    return subject(words, said - 1);
                }
            }
            if (k > 0 && k < last && lower.endsWith("ed") && PREPOSITIONS.contains(words.get(k + 1).lower())
                    && kinds.isNoun(words.get(k - 1).lower()) && !nouns.isEmpty()) {
                // A participle describing the noun before it: "the three men arrested at the scene were charged"
                // (a fresh user's bank siege had the charge unread against "no charges had been brought").
                continue;
            }
            if (PRONOUNS.contains(lower) || lower.equals("to") || kinds.inflectedVerb(lower) != null
                    && !w.capitalised() && !kinds.isThing(lower)) {
                return null;
            }
            if (!DETERMINERS.contains(lower) && !lower.equals("and") && (w.capitalised() || kinds.isNoun(lower))) {
                if (!nouns.isEmpty() && kinds.isTime(lower)) {
                    // A time opening the sentence ("This afternoon the three men … were charged") is not the subject.
                    return nouns;
                }
                nouns.add(lower);
            }
        }
        return null;
    }

    /** Words that open a clause or phrase after a verb with no object: "had not conceded when the result…". */
    private static final Set<String> AFTER_INTRANSITIVE = Set.of("when", "until", "because", "as", "if", "and", "but",
            "or", "yet", "again", "so");

    /**
     * Whether the verb ending before word {@code k} has no object: its sentence or clause ends there, or a
     * preposition, conjunction or "-ly" adverb follows ("did not concede.", "has apologised publicly"); an object
     * not read as one ("has not ruled out a cyber-attack" before compounds were) is no doer's.
     */
    private static boolean endsClause(Words words, int k) {
        if (k >= words.size() || words.get(k).punctuation()) {
            return true;
        }
        String next = words.get(k).lower();
        return PREPOSITIONS.contains(next) || AFTER_INTRANSITIVE.contains(next) || next.endsWith("ly");
    }

    /** The word opens a quotation: a quotation mark stands right before it. */
    private static boolean opensQuote(Words words, int k) {
        return k > 0 && "\"“".indexOf(words.get(k - 1).lower().charAt(0)) >= 0;
    }

    /**
     * A verb of saying opens the clause it reports as "that" does: "police said officers had ruled out". Not a noun
     * in use that WordNet also has as such a verb ("officers").
     */
    /**
     * The index of the comma opening a relative clause (", which", ", who") that the comma at {@code close} closes,
     * or -1.
     */
    private static int relativeAside(Words words, int close) {
        if (!words.get(close).lower().equals(",")) {
            return -1;
        }
        for (int k = close - 1; k > 0; k--) {
            if (words.get(k).punctuation()) {
                return words.get(k).lower().equals(",") && RELATIVES.contains(words.get(k + 1).lower()) ? k : -1;
            }
        }
        return -1;
    }

    private static final Set<String> RELATIVES = Set.of("which", "who", "whose");

    /** Pronouns by which a report's subject speaks of itself after its verb of saying: "said it had not…"; not "we". */
    private static final Set<String> REPORTED = Set.of("it", "they", "he", "she");

    /**
     * The index of the verb whose clause the pronoun opens, past "that" and a time ("said on Monday afternoon that
     * it…", "Harrowmere Police confirmed they had arrested…"), or -1 when something else stands before it. Any verb:
     * "confirmed" is not first a verb of saying in WordNet, and the pronoun opening its clause is its subject's all
     * the same.
     */
    private int reporterBefore(Words words, int k) {
        if (k >= 0 && words.get(k).lower().equals("that")) {
            k--;
        }
        int said = kinds.beforeTimePhrase(words, k);
        // Past an adverb too, a word neither a noun nor a verb: "Police also confirmed overnight that they had…".
        if (said > 0 && !words.get(said).capitalised() && !kinds.isNoun(words.get(said).lower())
                && kinds.inflectedVerb(words.get(said).lower()) == null) {
            said = kinds.beforeTimePhrase(words, said - 1);
        }
        return said >= 0 && !words.get(said).capitalised() && kinds.inflectedVerb(words.get(said).lower()) != null
                ? said : -1;
    }

    private boolean reports(Words.Word w) {
        return !w.capitalised() && !kinds.isThing(w.lower()) && kinds.isSaying(w.lower());
    }

    /**
     * The noun the verb is about, within reach: past determiners, a possessive ("the farm's") and a verb's form
     * describing it ("contaminated"), the last of the nouns in a row ("irrigation water": water); null at
     * punctuation, a name or a verb. A fresh user's "has ruled out the farm's irrigation water" and "have not ruled
     * out contaminated irrigation water" had been read as about nothing.
     */
    private String nounAfter(Words words, int from) {
        String head = null;
        for (int k = from; k < Math.min(words.size(), from + NOUN_REACH); k++) {
            Words.Word w = words.get(k);
            String lower = w.lower();
            boolean count = Character.isDigit(lower.charAt(0)) || QuantityParser.isNumberWord(lower)
                    || lower.endsWith("-old");
            if (head == null && count) {
                // "arrested two men", "detained 12 protesters", "arrested a 52-year-old man": the men, the
                // protesters, the man
                continue;
            }
            if (head == null && w.capitalised() && Character.isLetter(lower.charAt(0))) {
                int last = nameEnd(words, k);
                String end = words.get(last).lower();
                if (end.endsWith("'s") || end.endsWith("’s")) {
                    // "arrested Ferro-Lind's managing director": the director; "had not suspended Ferris Lane's
                    // safety certificate": the certificate.
                    k = last;
                    continue;
                }
                return nameAfter(words, k);
            }
            if (w.punctuation() || w.capitalised() || !Character.isLetter(lower.charAt(0))) {
                break;
            }
            if (head == null && (DETERMINERS.contains(lower) || lower.endsWith("'s") || lower.endsWith("’s")
                    || kinds.inflectedVerb(lower) != null && !kinds.isThing(lower)
                    || kinds.isMostlyAdjective(lower) && !kinds.isThing(lower) && !PREPOSITIONS.contains(lower))) {
                // Past an adjective too: "charged the tramway's technical director" (not "on", an adjective too).
                continue;
            }
            if (!isObject(lower)) {
                break;
            }
            head = lower;
        }
        return head;
    }

    /**
     * A name opening at word {@code from} as what a verb was done to, as its doer's key ("arrested Matthias Gorne": the
     * one whom "no arrests" denies any arrest of, a fresh user's earthquake); null when a word in lower case follows
     * it, which it only describes ("ruled out Russian involvement").
     */
    private static String nameAfter(Words words, int from) {
        int k = nameEnd(words, from);
        boolean described = k + 1 < words.size() && !words.get(k + 1).punctuation()
                && Character.isLowerCase(words.get(k + 1).first()) && !PREPOSITIONS.contains(words.get(k + 1).lower());
        return described ? null : DOER + words.get(k).lower();
    }

    /** The index of the last capitalised word of the run of them opening at {@code from}: a name's end. */
    private static int nameEnd(Words words, int from) {
        int k = from;
        while (k + 1 < words.size() && words.get(k + 1).capitalised() && Character.isLetter(words.get(k + 1).first())) {
            k++;
        }
        return k;
    }

    /**
     * The last word of a passive's subject before its auxiliaries, past a name set off by commas after it: "the
     * driver, Emil Rassko, was arrested" is the driver's, whom "He has not been arrested" after "The driver of the
     * coach…" denies (a fresh user's coach crash); the description's last word when one set off by commas follows a
     * name; {@code last} when neither stands there. An age after the name is passed over with it.
     */
    private static int pastApposition(Words words, int last) {
        // "the pilot, Tobias Wrenfield, 61, had been arrested"
        if (last >= 2 && words.get(last).lower().equals(",") && words.get(last - 2).lower().equals(",")
                && Character.isDigit(words.get(last - 1).first())) {
            last -= 2;
        }
        int named = last - 1;
        while (named > 0 && words.get(named).capitalised() && Character.isLetter(words.get(named).first())) {
            named--;
        }
        boolean apposition = last >= 3 && words.get(last).lower().equals(",") && named < last - 1
                && words.get(named).lower().equals(",");
        if (apposition) {
            return named - 1;
        }
        // The mirror: a name, then what he is set off by commas ("Captain Anselm Kirr, the ship's master, was
        // arrested"): the passive is the master's, as "The vessel's master, Captain Anselm Kirr, has not been
        // arrested" is (a fresh user's canal grounding).
        int opened = last - 1;
        while (opened > 0 && !words.get(opened).punctuation() && !words.get(opened).capitalised()) {
            opened--;
        }
        boolean described = last >= 4 && words.get(last).lower().equals(",") && opened < last - 2
                && words.get(opened).lower().equals(",")
                && WordKinds.ARTICLES.contains(words.get(opened + 1).lower())
                && words.get(opened - 1).capitalised() && Character.isLetter(words.get(opened - 1).first());
        if (described) {
            return last - 1;
        }
        // A common noun, then what it is set off by commas ("the driver, a 52-year-old man from Tolbury, had been
        // arrested"): the passive is the noun's (a fresh user's chemical lorry had the arrest unread).
        int open = last - 1;
        while (open > 0 && last - open <= APPOSITION_REACH && !words.get(open).lower().equals(",")) {
            open--;
        }
        // So does a relative clause: "the driver of the Line 2 tram, who is 47, had not been arrested" (a fresh user's
        // tram collision had the denial unread).
        boolean set = last >= 4 && words.get(last).lower().equals(",") && open > 0 && open < last - 2
                && words.get(open).lower().equals(",") && (WordKinds.ARTICLES.contains(words.get(open + 1).lower())
                || RELATIVES.contains(words.get(open + 1).lower()))
                && !words.get(open - 1).capitalised() && Character.isLetter(words.get(open - 1).first());
        return set ? open - 1 : last;
    }

    /** How many words a description set off by commas after a noun may run to. */
    private static final int APPOSITION_REACH = 10;

    /** The subject of a passive ("Sabotage has not been ruled out"): the nearest noun before the auxiliaries. */
    private String nounBefore(Words words, int from) {
        // A modifier after the noun ("talks between the union and the company were held") is passed over, to the
        // noun before its preposition.
        for (int k = from; k > 0 && from - k <= 2 * NOUN_REACH; k--) {
            String lower = words.get(k).lower();
            if (words.get(k).punctuation() || CLAUSE_OPENERS.contains(lower)) {
                break;
            }
            if (PREPOSITIONS.contains(lower) && !lower.equals("to")) {
                from = k - 1;
                break;
            }
        }
        for (int k = from; k >= Math.max(0, from - NOUN_REACH); k--) {
            Words.Word w = words.get(k);
            String lower = w.lower();
            if (w.capitalised() && k > 0 && k == from && words.get(k - 1).capitalised() && isObject(lower)) {
                // A name ending in a common noun is that kind of thing: "Taldoran General Hospital has not been
                // evacuated" is about the hospital (a fresh user's hospital, evacuated in two reports and not in a
                // third, had been read as about nothing).
                return lower;
            }
            if (w.capitalised() && k == from && Character.isLetter(lower.charAt(0)) && !kinds.isNoun(lower)
                    && (k > 0 || !kinds.isEnglish(lower))) {
                // A name right before the auxiliaries is who the passive is about: "Brask has not been arrested"
                // against "Team doctor Teodor Brask was arrested" (a fresh user's doping story); so is a surname
                // opening the sentence, a word WordNet does not know ("Brandvold was arrested at his home").
                return lower;
            }
            if (w.punctuation() || w.capitalised() && k > 0 || !Character.isLetter(lower.charAt(0))) {
                return null;
            }
            // Before a passive's auxiliaries a word is a noun even where WordNet also has it as a verb's form: "No
            // talks were held".
            if (!DETERMINERS.contains(lower) && lower.length() >= 3 && kinds.isThing(lower)) {
                return lower;
            }
        }
        return null;
    }

    /**
     * Whether a word can be what a verb is about: a thing, not a verb's form, and not a two-letter word; a compound
     * by its last part, as English compounds name what their last part does ("cyber-attack" is an attack: a fresh
     * user's "has not ruled out a cyber-attack" had been read as about nothing).
     */
    private boolean isObject(String lower) {
        int hyphen = lower.lastIndexOf('-');
        if (hyphen > 0 && hyphen < lower.length() - 1) {
            return isObject(lower.substring(hyphen + 1));
        }
        return lower.length() >= 3 && kinds.isThing(lower) && kinds.inflectedVerb(lower) == null;
    }

    /** One syllable ending in a single vowel and a consonant doubles it: "win" → "winning", "stop" → "stopping". */
    private static final java.util.regex.Pattern DOUBLED_FINAL = java.util.regex.Pattern.compile(
            "[^aeiou]*[aeiou][b-df-hj-np-tvz]");

    /** A regular verb's past participle: "arrest" → "arrested", "charge" → "charged". */
    private static String participle(String verb) {
        return verb.endsWith("e") ? verb + "d"
                : verb.matches(".*[^aeiou]y") ? verb.substring(0, verb.length() - 1) + "ied"
                : DOUBLED_FINAL.matcher(verb).matches() ? verb + verb.charAt(verb.length() - 1) + "ed" : verb + "ed";
    }

    private static String gerund(String verb) {
        int space = verb.indexOf(' ');
        String head = space < 0 ? verb : verb.substring(0, space);
        String rest = space < 0 ? "" : verb.substring(space);
        String ing = head.endsWith("ie") ? head.substring(0, head.length() - 2) + "ying"
                : head.endsWith("e") && !head.endsWith("ee") ? head.substring(0, head.length() - 1) + "ing"
                : DOUBLED_FINAL.matcher(head).matches() ? head + head.charAt(head.length() - 1) + "ing"
                : head + "ing";
        return ing.toLowerCase(Locale.ROOT) + rest;
    }
}
