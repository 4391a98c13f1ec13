package dev.crosscheck.conflict;

import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.Sentence;
import dev.crosscheck.quantity.Quantity;
import dev.crosscheck.quantity.QuantityParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns each sentence of an article into claims: figures with what they count, where, and states of things. */
final class ClaimExtractor {
    /** Words that end the noun phrase after a figure ("nine civilians | were killed"). */
    private static final Set<String> PHRASE_END = Set.of("were", "was", "had", "have", "has", "are", "is", "be",
            "been", "in", "on", "at", "and", "or", "from", "across", "by", "for", "to", "with", "that", "who",
            "which", "as", "after", "during", "including", "than", "since", "over", "into", "while", "but", "said",
            "says", "near", "against", "per", "of", "about", "within", "before", "more", "less", "left", "also",
            "without", "among", "under", "amid", "a", "an", "the", "ago", "earlier", "later", "each", "every",
            "killed", "died", "injured", "wounded", "fired", "launched", "destroyed", "evacuated");
    /** Where a clause ends, so a figure is read with its own verb and place, not its neighbour's. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "[,;:()\"“”]|\\b(?:and|but|while|whereas|which|that|who|as|after|before|because|since|when|where|"
                    + "although|though)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    private static final Pattern FOLLOWED_BY_AGO = Pattern.compile("(?i)\\s*(?:[a-z]+ )?ago\\b");
    private static final Pattern LIST_CONTINUATION = Pattern.compile("(?i)^\\W*(?:including|and|of which|"
            + "among them|plus)\\b");
    /** Capitalised words before a weapon that say whose it is or start the sentence, not which type it is. */
    private static final Set<String> NOT_TYPES = Set.of("we", "the", "they", "our", "their", "its", "his", "her",
            "these", "those", "many", "some", "both", "all", "several", "dozens", "hundreds");
    private static final Pattern COORDINATED_PLACE = Pattern.compile("^\\s*(?:and|or) (?:the )?(?:[a-z\\-]+ )?"
            + "\\p{Lu}[\\p{L}\\-]+ (?i:region|oblast|province|district|city|town|county|state)");
    private static final Pattern PRONOUN_OBJECT = Pattern.compile("(?i)^\\W*(them|it|they|which|these|those)\\b");
    private static final Pattern WEAPON = Pattern.compile(
            "(?:(\\p{Lu}[\\p{L}\\-]+)s? )?(?:[a-z\\-]+ ){0,3}?(missiles?|rockets?|drones?|shells?)\\b");

    private final Gazetteer places;

    ClaimExtractor(Gazetteer places) {
        this.places = places;
    }

    List<Claim> extract(Document doc) {
        List<Claim> claims = new ArrayList<>();
        List<Sentence> sentences = doc.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.text().strip().endsWith("?")) {
                continue;
            }
            figures(s, claims);
            states(s, i == 0 ? null : sentences.get(i - 1), claims);
        }
        return claims;
    }

    private void figures(Sentence s, List<Claim> out) {
        String text = s.text();
        Words words = Words.of(text);
        for (Quantity q : QuantityParser.parse(text)) {
            boolean titleWord = q.start() > 0 && Character.isUpperCase(text.charAt(q.start()))
                    && Character.isLetter(text.charAt(q.start()));
            if (q.ordinal() || titleWord) {
                // A capitalised number word mid-sentence is part of a name ("Ocean's Twelve"), not a count.
                continue;
            }
            Phrase phrase = phrase(words, q);
            int[] clause = clause(text, q.start(), Math.max(q.end(), phrase.end()));
            String clauseText = text.substring(clause[0], clause[1]);
            if (Lexicon.PROJECTION.matcher(clauseText).find()
                    || Lexicon.RATIO_BEFORE.matcher(text.substring(0, q.start())).find()
                    || Lexicon.RATIO_AFTER.matcher(text.substring(q.end())).find()) {
                continue;
            }
            String unit = q.percent() ? "percent" : phrase.head() == null ? null : unitOf(phrase.head());
            String event = event(text, clause, q, unit);
            if (unit == null) {
                if (event == null || !Set.of("killed", "injured", "evacuated", "left without power",
                        "left without heat", "displaced", "missing").contains(event)) {
                    continue;
                }
                unit = "people";
            }
            Set<String> scope = scope(text, clause, q.start());
            boolean known = q.percent() || phrase.head() == null || Lexicon.unit(phrase.head()) != null;
            boolean sensitive = Lexicon.EVENT_SENSITIVE.contains(unit);
            if (!known && (scope.isEmpty() || event == null) || "duration".equals(unit)
                    || sensitive && event == null || FOLLOWED_BY_AGO
                    .matcher(text.substring(Math.max(q.end(), phrase.end()))).lookingAt()) {
                // An unfamiliar counted word ("aircraft", "barrels") is compared only when tied to a place and an
                // event; durations and "three years ago" are times, not measures.
                continue;
            }
            String measure = unit + (phrase.modifiers().isEmpty() ? "" : ":" + String.join("+", phrase.modifiers()));
            String when = when(clauseText, text);
            String key = "n:" + measure + (sensitive ? "|" + event : "") + "@" + String.join("+", scope) + when;
            String value = text.substring(q.start(), Math.max(q.end(), phrase.end()));
            String topic = topic(unit, phrase, sensitive ? event : null, scope);
            boolean revises = Lexicon.REVISION.matcher(text.substring(clause[0], clause[1])).find();
            // A bare distance or duration with no place ("2,000 kilometres") is only comparable with one that
            // says what it is the distance of; the clause's words carry that.
            Set<String> context = sensitive || !scope.isEmpty() ? Set.of() : context(words, clause, phrase.head());
            out.add(new Claim(s, key, topic, value, Interval.of(q), 0, revises, "", context));
        }
    }

    private static Set<String> context(Words words, int[] clause, String head) {
        Set<String> out = new java.util.HashSet<>();
        for (Words.Word w : words.list()) {
            if (w.start() >= clause[0] && w.end() <= clause[1] && w.lower().length() >= 4
                    && Character.isLetter(w.lower().charAt(0)) && !PHRASE_END.contains(w.lower())
                    && !w.lower().equals(head) && Lexicon.unit(w.lower()) == null) {
                out.add(w.lower().replaceAll("(es|s)$", ""));
            }
        }
        return out;
    }

    private String topic(String unit, Phrase phrase, String event, Set<String> scope) {
        StringBuilder sb = new StringBuilder();
        if (!phrase.modifiers().isEmpty()) {
            sb.append(capitalise(String.join(" ", phrase.modifiers()))).append(' ');
        }
        sb.append(unit.equals("percent") ? "share of people" : unit);
        if (event != null) {
            sb.append(' ').append(event);
        }
        sb.append(scope.isEmpty() ? " overall" : " in " + places.display(scope));
        return sb.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** What follows a figure: proper-noun modifiers ("Kinzhal") and the counted head word ("missiles"). */
    record Phrase(String head, List<String> modifiers, int end) {
    }

    private static Phrase phrase(Words words, Quantity q) {
        int i = words.at(q.end());
        String head = null;
        int end = q.end();
        int headEnd = end;
        List<String> modifiers = new ArrayList<>();
        for (int j = i; j < Math.min(words.size(), i + 5); j++) {
            Words.Word w = words.get(j);
            String lw = w.lower();
            if (w.punctuation()) {
                break;
            }
            boolean linking = j == i && lw.equals("of") || j == i + 1 && lw.equals("the") && words.get(i).lower().equals("of");
            if (linking && (q.percent() || q.qualifier() == Quantity.Qualifier.RANGE_VAGUE)) {
                continue;
            }
            if (lw.equals("per") && j + 1 < words.size() && words.get(j + 1).lower().equals("cent")) {
                j++;
                end = words.get(j).end();
                continue;
            }
            if (PHRASE_END.contains(lw) || Character.isDigit(lw.charAt(0))) {
                break;
            }
            if (lw.endsWith("'s") || lw.endsWith("’s")) {
                continue;
            }
            end = w.end();
            if (Lexicon.unit(lw) != null) {
                head = lw;
                break;
            }
            if (w.capitalised()) {
                modifiers.add(lw);
            } else if (head == null) {
                // The first plain word is the counted thing unless a known unit follows ("six hypersonic missiles").
                head = lw;
                headEnd = end;
            }
        }
        if (head != null && Lexicon.unit(head) == null) {
            end = headEnd;
        }
        if (head != null && Lexicon.unit(head) == null && !modifiers.isEmpty()) {
            // "six Kinzhal hypersonic" with no known noun: the modifier is the thing counted.
            modifiers.clear();
        }
        return new Phrase(head, modifiers, end);
    }

    private static String unitOf(String head) {
        String known = Lexicon.unit(head);
        if (known != null) {
            return known;
        }
        // An unknown counted word still measures something ("18 generators"), by its singular.
        if (head.length() < 3 || !Character.isLetter(head.charAt(0))) {
            return null;
        }
        if (head.endsWith("ies")) {
            return head.substring(0, head.length() - 3) + "y";
        }
        if (head.matches(".*(ch|sh|x|ss)es$")) {
            return head.substring(0, head.length() - 2);
        }
        return head.endsWith("s") && !head.endsWith("ss") ? head.substring(0, head.length() - 1) : head;
    }

    /** The date a figure is tied to: one in its clause, else a year anywhere in its sentence ("… in 1998"). */
    private static String when(String clause, String sentence) {
        Matcher anchor = Lexicon.TIME_ANCHOR.matcher(clause);
        if (anchor.find()) {
            return "#" + anchor.group().toLowerCase(Locale.ROOT);
        }
        Matcher year = YEAR.matcher(sentence);
        return year.find() ? "#" + year.group() : "";
    }

    /** The clause around [from, to): from the last break before it to the first break after it. */
    private static int[] clause(String text, int from, int to) {
        int start = 0;
        Matcher m = CLAUSE_BREAK.matcher(text);
        int end = text.length();
        while (m.find()) {
            if (m.end() <= from) {
                start = m.end();
            } else if (m.start() >= to) {
                end = m.start();
                break;
            }
        }
        return new int[] {start, end};
    }

    /** What happened to what was counted: the event nearest the figure in its clause, else the sentence before it. */
    private static String event(String text, int[] clause, Quantity q, String unit) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Lexicon.Event e : Lexicon.EVENTS) {
            if (!e.fits(unit)) {
                continue;
            }
            Matcher m = e.pattern().matcher(text);
            m.region(clause[0], clause[1]);
            while (m.find()) {
                int d = m.start() >= q.end() ? m.start() - q.end() : q.start() - m.end();
                if (d < bestDistance) {
                    bestDistance = d;
                    best = e.name();
                }
            }
        }
        if (best != null || !LIST_CONTINUATION.matcher(text.substring(clause[0], q.start())).find()) {
            return best;
        }
        // "fired 81 missiles, including six Kinzhal missiles": a list item shares its sentence's verb.
        int nearest = -1;
        for (Lexicon.Event e : Lexicon.EVENTS) {
            if (!e.fits(unit)) {
                continue;
            }
            Matcher m = e.pattern().matcher(text);
            m.region(0, clause[0]);
            while (m.find()) {
                if (m.end() > nearest) {
                    nearest = m.end();
                    best = e.name();
                }
            }
        }
        return best;
    }

    /** Where a figure applies: places in its clause, else places named before it in the sentence. */
    private Set<String> scope(String text, int[] clause, int figureStart) {
        int end = clause[1];
        Matcher more = COORDINATED_PLACE.matcher(text.substring(end));
        if (more.find()) {
            // "in the western Lviv region and the central Dnipro region": one figure for both places.
            end += more.end();
        }
        Set<String> scope = places.scope(places.placesIn(text.substring(clause[0], end)));
        if (scope.isEmpty()) {
            scope = places.scope(places.placesIn(text.substring(0, figureStart)));
        }
        return scope;
    }

    private void states(Sentence s, Sentence previous, List<Claim> out) {
        for (StateLexicon.Dimension d : StateLexicon.DIMENSIONS) {
            state(s, previous, d, d.positive(), +1, out);
            state(s, previous, d, d.negative(), -1, out);
        }
    }

    private void state(Sentence s, Sentence previous, StateLexicon.Dimension d, Pattern pattern, int polarity,
                       List<Claim> out) {
        String text = s.text();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            List<Subject> subjects = switch (d.subject()) {
                case FACILITY -> optional(facility(text, m.start(), previous));
                case WEAPON -> weapons(text, m.start(), m.end());
                case PLACE -> optional(place(text, previous));
            };
            boolean revises = polarity > 0 && Lexicon.REVISION.matcher(text).find();
            String value = polarity > 0 ? d.positiveValue() : d.negativeValue();
            for (Subject subject : subjects) {
                out.add(new Claim(s, "s:" + d.id() + ":" + subject.key(), d.topic().formatted(subject.label()),
                        value, null, polarity, revises, subject.names(), Set.of()));
            }
        }
    }

    private static List<Subject> optional(Subject s) {
        return s == null ? List.of() : List.of(s);
    }

    /** What a state is about: a key for grouping, words for the topic, and place names that tell two apart. */
    record Subject(String key, String label, String names) {
    }

    private Subject facility(String text, int at, Sentence previous) {
        Matcher f = StateLexicon.FACILITY.matcher(text);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        while (f.find()) {
            int d = Math.abs(f.start() - at);
            if (d < bestDistance) {
                bestDistance = d;
                best = f.group(1).toLowerCase(Locale.ROOT);
            }
        }
        String names = String.join("+", new TreeSet<>(places.scope(places.placesIn(text))));
        if (best == null && previous != null) {
            Matcher p = StateLexicon.FACILITY.matcher(previous.text());
            if (p.find()) {
                best = p.group(1).toLowerCase(Locale.ROOT);
                if (names.isEmpty()) {
                    names = String.join("+", new TreeSet<>(places.scope(places.placesIn(previous.text()))));
                }
            }
        }
        if (best == null) {
            return null;
        }
        String cls = facilityClass(best);
        String label = "the " + (names.isEmpty() ? "" : places.display(new TreeSet<>(List.of(names.split("\\+")))) + " ")
                + cls;
        return new Subject(cls, label, names);
    }

    /** The weapons a capability is about: each of "drones and missiles" after the verb, else the last named before it. */
    private static List<Subject> weapons(String text, int start, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 80));
        List<Subject> out = new ArrayList<>();
        if (!PRONOUN_OBJECT.matcher(after).find()) {
            Matcher w = WEAPON.matcher(after);
            int last = -1;
            while (w.find() && (last < 0 || after.substring(last, w.start(2)).matches("\\s*(?:and|or|,)\\s*[a-z\\- ]*"))) {
                out.add(weaponSubject(w.group(1), w.group(2)));
                last = w.end();
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        Matcher before = WEAPON.matcher(text.substring(0, start));
        String modifier = null;
        String noun = null;
        while (before.find()) {
            modifier = before.group(1);
            noun = before.group(2);
        }
        return noun == null ? out : List.of(weaponSubject(modifier, noun));
    }

    private static Subject weaponSubject(String modifierWord, String noun) {
        String cls = noun.toLowerCase(Locale.ROOT).replaceAll("s$", "") + "s";
        String modifier = modifierWord == null ? "" : modifierWord.toLowerCase(Locale.ROOT);
        if (NOT_TYPES.contains(modifier) || modifier.matches(".*(ian|ese|ish|ean)$")) {
            modifier = "";
        }
        String key = modifier.isEmpty() ? cls : modifier + " " + cls;
        return new Subject(key, modifier.isEmpty() ? cls : capitalise(modifier) + " " + cls, "");
    }

    /** Plants, stations, reactors and "the facility" in a power story are one kind of thing. */
    private static String facilityClass(String phrase) {
        String p = phrase.replaceAll("s$", "");
        if (p.matches(".*\\b(plant|station|reactor|facility)$")) {
            return "plant";
        }
        return p;
    }

    private Subject place(String text, Sentence previous) {
        Set<String> scope = places.scope(places.placesIn(text));
        if (scope.isEmpty() && previous != null) {
            scope = places.scope(places.placesIn(previous.text()));
        }
        if (scope.isEmpty()) {
            return null;
        }
        // Grouped per place already (see ConflictDetector), so no names to tell subjects apart.
        return new Subject(String.join("+", scope), places.display(scope), "");
    }
}
