package dev.crosscheck.conflict;

import static dev.crosscheck.conflict.ClaimExtractor.COPULA;
import static dev.crosscheck.conflict.ClaimExtractor.HAVE;
import static dev.crosscheck.conflict.ClaimExtractor.PHRASE_END;
import static dev.crosscheck.conflict.ClaimExtractor.capitalise;
import static dev.crosscheck.conflict.ClaimExtractor.singular;

import dev.crosscheck.corpus.Sentence;
import dev.crosscheck.corpus.WordStarts;
import dev.crosscheck.quantity.QuantityParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the states a sentence gives things (open, closed, reconnected, in custody…) and what each is about. */
final class StateClaims {
    /** Capitalised words before a weapon that say whose it is or start the sentence, not which type it is. */
    private static final Set<String> NOT_TYPES = Set.of("we", "the", "they", "our", "their", "its", "his", "her",
            "these", "those", "many", "some", "both", "all", "several", "dozens", "hundreds");
    private static final Pattern PRONOUN_OBJECT = Pattern.compile("(?i)^\\W*(them|it|they|which|these|those)\\b");
    private static final Pattern WEAPON = Pattern.compile(
            "(?:(\\p{Lu}[\\p{L}\\-]+)s? )?(?:[a-z\\-]+ ){0,3}?(missiles?|rockets?|drones?|shells?)\\b");
    /** A capitalised word just before a position, and one just after. */
    private static final Pattern CAPITALISED_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}'’\\-]*\\s+$");
    private static final Pattern CAPITALISED_AFTER = Pattern.compile("\\s+\\p{Lu}");
    /** Text ending in a preposition and maybe an article: what follows is its object, not a sentence's subject. */
    private static final Pattern AFTER_PREPOSITION = Pattern.compile("(?i)\\b(?:between|into|of|to|from|near|with|"
            + "towards?|outside|inside|around|across)\\s+(?:the\\s+|a\\s+|an\\s+)?$");

    private final Gazetteer places;
    private final WordKinds kinds;

    StateClaims(Gazetteer places, WordKinds kinds) {
        this.places = places;
        this.kinds = kinds;
    }

    /** The names of facilities a report writes, read when first needed: one per report. */
    FacilityNames facilityNames(String reportText) {
        return new FacilityNames(reportText);
    }

    void states(Sentence s, String lower, WordStarts starts, Sentence previous, ReportTime.Later time,
                        List<Claim> out, FacilityNames facilities) {
        for (StateLexicon.Dimension d : StateLexicon.DIMENSIONS) {
            if (!d.mayMatch(lower)) {
                continue;
            }
            state(s, lower, starts, previous, d, d.positive(), +1, time, out, facilities);
            state(s, lower, starts, previous, d, d.negative(), -1, time, out, facilities);
        }
    }

    private void state(Sentence s, String lower, WordStarts starts, Sentence previous, StateLexicon.Dimension d,
                       Pattern pattern, int polarity, ReportTime.Later time, List<Claim> out,
                       FacilityNames facilities) {
        String text = s.text();
        Matcher m = pattern.matcher(text);
        for (int at = 0; starts.find(m, at, text.length()); at = m.end()) {
            if (d.subject() == StateLexicon.SubjectKind.FACILITY
                    && MARKET_MOVE.matcher(lower).region(m.end(), lower.length()).lookingAt()
                    || Lexicon.FORECAST.matcher(lower).region(clauseStart(lower, m.start()), m.start()).find()
                    || WHILE_OPEN.matcher(lower).region(clauseStart(lower, m.start()), m.end()).find()
                    || ASKED.matcher(lower).region(0, m.start()).find()) {
                // "shares had closed 19 per cent lower" is a market's close, not a plant's; "will close by the end of
                // 2032" a plan, not a state (a fresh user's results story had set both against "would stay open");
                // "the hours polling stations were open" a span of time; "drivers questioned why the road had not
                // been closed earlier" a question, not a report that it was open (a fresh user's snowstorm).
                continue;
            }
            // "kept its flagship branch … open": the state is its verb's object's, as "closed" is in "Police closed
            // Route 9".
            Matcher keeps = KEEPS.matcher(m.group());
            int stateEnd = keeps.lookingAt() ? m.start() + keeps.end() : m.end();
            List<Subject> subjects = switch (d.subject()) {
                case FACILITY -> optional(facility(text, m.start(), stateEnd, previous, facilities));
                case WEAPON -> weapons(text, m.start(), m.end());
                case PLACE -> optional(place(text, previous));
            };
            // "was not reconnected", "has not yet reopened", "none of them restarted": the state's opposite (a fresh
            // user's sewage spill had pumps that did not restart read as a station back on the grid).
            int said = NEGATED_STATE.matcher(lower).region(clauseStart(lower, m.start()), m.start()).find()
                    ? -polarity : polarity;
            boolean revises = said > 0 && Lexicon.REVISION.matcher(lower).find();
            String value = said > 0 ? d.positiveValue() : d.negativeValue();
            for (Subject subject : subjects) {
                out.add(new Claim(s, "s:" + d.id() + ":" + subject.key(), d.topic().formatted(subject.label()),
                        value, null, said, revises, subject.names(), Set.of(), time, false));
            }
        }
    }

    /**
     * "Was open" or "were closed" in a clause of time ("while the polls were open", "the hours polling stations were
     * open", "hedging positions while the market was closed"): when, not whether, it was so (a fresh user's exchange
     * outage had the last an update of the market's reopening).
     */
    private static final Pattern WHILE_OPEN = Pattern.compile("\\b(?:while|whilst|when|hours|until|as long as)\\b"
            + ".*\\b(?:was|were) (?:open|closed|shut)$");

    /** A question a sentence reports ("asked whether…", "questioned why…"), open up to the state: no statement. */
    private static final Pattern ASKED = Pattern.compile("\\b(?:why|whether)\\b[^,;:]*$");

    /**
     * A negation right before a state, with only auxiliaries between ("was not", "has not yet been", "no longer"), or
     * a subject that is none of its kind ("none of them").
     */
    private static final Pattern NEGATED_STATE = Pattern.compile("(?:\\b(?:not|never|cannot|no longer)|n['’]t|"
            + "\\bnone of (?:them|the \\w+))\\s+(?:(?:yet|been|be|being|have|has|had|was|were|is|are|get|got)\\s+)*$");

    /** A verb keeping its object in a state: "kept … open". */
    private static final Pattern KEEPS = Pattern.compile("(?i)" + StateLexicon.KEEP + "\\b");

    /** What follows a market's open or close: a price or a move ("closed 19 per cent lower", "opened at 420p"). */
    private static final Pattern MARKET_MOVE = Pattern.compile("^\\s+(?:at\\s+)?(?:[£$€]|\\d[\\d.,]*\\s*"
            + "(?:per ?cent|%|p\\b|pence\\b|points\\b)|up\\b|down\\b|higher\\b|lower\\b|flat\\b|unchanged\\b)");

    /** Where the clause holding offset {@code at} starts: after the last comma, semicolon, colon or bracket. */
    private static int clauseStart(String text, int at) {
        return FigureClause.betweenMarks(text, at, at)[0];
    }

    private static List<Subject> optional(Subject s) {
        return s == null ? List.of() : List.of(s);
    }

    /** What a state is about: a key for grouping, words for the topic, and place names that tell two apart. */
    record Subject(String key, String label, String names) {
    }

    /** "All other stations have", "Other roads": a subject set apart from the ones a report names, before a state. */
    private static final Pattern OTHERS_BEFORE = Pattern.compile("(?i)\\bother\\s+(?:[\\p{L}-]+\\s+){1,3}$");

    private Subject facility(String text, int at, int stateEnd, Sentence previous, FacilityNames facilities) {
        if (OTHERS_BEFORE.matcher(text).region(Math.max(0, at - 60), at).find()) {
            // "Mint Street and Assembly Square stations remain closed… All other stations have reopened": the others'
            // state is none of the named ones' (a fresh user's riot had it "update" Assembly Square).
            return null;
        }
        Subject named = namedSubject(text, at);
        if (named == null) {
            named = facilityOfName(text, at);
        }
        if (named == null) {
            named = shortName(text, at, facilities);
        }
        if (named != null) {
            return named;
        }
        Words.Word object = objectOf(text, at, stateEnd);
        if (object == null) {
            object = relativeSubject(text, at);
        }
        if (object == null) {
            object = codeSubject(text, at);
        }
        if (object == null) {
            object = clauseSubject(text, at);
        }
        if (object != null) {
            // What a state's verb was done to ("Police have closed the A62 between Dunhallow and Carrick Bridge"),
            // or what a "which" stands for ("the No 2 shaft, which remains open"): that thing, not the nearest
            // facility word.
            return thing(text, object);
        }
        Matcher f = StateLexicon.FACILITY.matcher(text);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestEnd = stateEnd;
        boolean bestModifies = true;
        // "is open", "remains closed": the state is said of a subject before it, and a facility after it says where
        // ("a rest centre is open at the Leisure Centre on Chapel Road" is no state of a road); so it is when the
        // sentence opens with a facility ("The highway reopened after engineers declared the bridge safe").
        // "St Brendan's General Hospital said its emergency department stayed open": the reported clause's subject,
        // not the sayer, is what the state is said of (a fresh user's blackout had it the hospital's).
        int reported = reportedClause(text, at);
        String subject = subjectNoun(text.substring(reported), at - reported);
        String subjectKind = subject == null ? null : kinds.facilityKind(subject);
        boolean predicative = COPULA_BEFORE.matcher(text).region(Math.max(0, at - 40), at).find()
                || COPULA_OPENS.matcher(text).region(at, stateEnd).lookingAt()
                || subjectKind != null && StateLexicon.FACILITY_KINDS.contains(subjectKind);
        while (f.find()) {
            if (f.start() < reported) {
                continue; // the sayer
            }
            int d = Math.abs(f.start() - at);
            if (f.start() > 0 && Character.isUpperCase(text.charAt(f.start())) && !endsName(text, f.start(), f.end())) {
                continue; // part of a name: "Port Salden" is a town, "Bridge Street" a street
            }
            if (predicative && f.start() > at || isAddress(text, f.start(), f.end())) {
                continue;
            }
            if (text.startsWith("'s ", f.end()) || text.startsWith("’s ", f.end())) {
                continue; // "The hospital's emergency department remains open": the department's state
            }
            if (predicative && subject != null && f.start() < at && partOf(text, subject, f.start())) {
                // "The emergency department at Brennick General Hospital remains open": the department's state too,
                // as in the possessive (a fresh user's heatwave had it the hospital's).
                continue;
            }
            // A facility behind a preposition modifies another noun ("the coast road between the port and the
            // city" is a road): it is what the state is about only when no other facility is named.
            boolean modifies = AFTER_PREPOSITION.matcher(text.substring(Math.max(0, f.start() - 16), f.start()))
                    .find();
            if (bestModifies && !modifies || modifies == bestModifies && d < bestDistance) {
                bestDistance = d;
                best = f.group(1).toLowerCase(Locale.ROOT);
                bestEnd = Math.max(stateEnd, f.end());
                bestModifies = modifies;
            }
        }
        // The places that tell two facilities apart are named with the facility and its state, not in a clause
        // after both ("…reopened to traffic, although officers remain posted at the Dock Lane junction").
        String names = placeNames(text.substring(0, bestEnd));
        if (best == null) {
            // No facility word: the sentence is about its subject ("the line … was still shut"), a kind of facility
            // WordNet knows filed with it (a harbour is a port, a motorway a road).
            best = subjectKind;
        }
        if (best == null && previous != null && !hasNounBefore(text, at)) {
            // "It remains closed": a subject named only the sentence before. A sentence with a subject of its own
            // ("Families were warned to keep their doors and windows closed") is not about the one before's school.
            Matcher p = StateLexicon.FACILITY.matcher(previous.text());
            if (p.find()) {
                best = p.group(1).toLowerCase(Locale.ROOT);
                if (names.isEmpty()) {
                    names = placeNames(previous.text());
                }
            }
        }
        if (best == null || kinds.isPerson(best)) {
            // People are suspended, not shut: "The officer involved has been suspended" is no facility's state.
            return null;
        }
        return facilitySubject(facilityClass(best), names);
    }

    /** What links a name to its state: "is", "has been", "also", "now". */
    private static final String LINKS = "(?:" + String.join("|", COPULA) + "|" + String.join("|", HAVE)
            + "|also|now)\\b";
    /**
     * Where a clause opens before a name: the sentence's start, a conjunction ("…ground to a halt after Millrace
     * Bridge … was shut", "With the Packhorse Bridge also closed", "…asked us to confirm that Hallam Cross station
     * reopened"), or a colon, semicolon or dash ("There was some relief for commuters: Kelso Road … reopened").
     */
    private static final String CLAUSE_OPENING = "^(?:\\s*|.*?(?:\\b(?:after|when|while|as|since|because|until|and|"
            + "but|that|(?i:with))|[:;—–,])\\s+)(?:[Tt]he\\s+)?";
    /** "The Tolly Creek Bridge on Route 9": where the facility stands, by its name or number. */
    private static final String STANDS = "(?:\\s+(?:on|in|at|near|over|through)\\s+(?:the\\s+)?[\\p{Lu}\\d]"
            + "[\\p{L}\\d'’-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d'’-]*){0,3})?";
    /**
     * "Millrace Bridge (A719)", "Millrace Bridge, which carries the A719," "…, the main road crossing,": what stands
     * between a name and its state describes it; then the words that link it to the state.
     */
    private static final String TO_STATE = "(?:\\s*\\([^()]{1,40}\\)|\\s*,[^,;]{1,100},)?\\s+(?:" + LINKS
            + "\\s+)*$";
    /**
     * A sentence or clause opening with a facility's own name as the subject of its state: "The Marlowe Building was
     * still closed", "Kettering Hall remains shut", "Millrace Bridge, which carries the A719, remained open". Its name
     * is what it is, not its class: a fresh user's campus leak had three named buildings as one building, opened and
     * closed. A name holding a place ("Kessling Bridge") is its kind of facility, told apart by its places
     * ({@link #facilitySubject}).
     */
    private static final Pattern NAMED_OPENS = Pattern.compile(CLAUSE_OPENING
            // "The 18th-century Packhorse Bridge": a hyphenated description before the name.
            + "(?:[\\p{L}\\d]+-\\p{Ll}+\\s+)?"
            // The facility word may be written in lower case after the name: "Ostrand Field airport reopened".
            + "((?:\\p{Lu}[\\p{L}'’-]+\\s+){1,3}(\\p{Lu}\\p{Ll}+|(?!" + LINKS + ")\\p{Ll}{3,}))"
            + STANDS + TO_STATE);

    /**
     * A facility's name written short, as the subject of its state, where its report writes it in full elsewhere:
     * "The Vennholt remained closed" beside "the Vennholt Museum of Art", "Drummond Field … remained open" beside
     * "Drummond Field airport" (fresh users' art heist and air traffic strike had them unread).
     */
    private Subject shortName(String text, int at, FacilityNames facilities) {
        Matcher m = SHORT_NAME_OPENS.matcher(text).region(0, at);
        if (!m.matches()) {
            return null;
        }
        String name = m.group(1);
        String key = name.toLowerCase(Locale.ROOT);
        if (!facilities.written().contains(key) || JOINED_NAME.matcher(text).region(0, m.start(1)).find()) {
            // A name joined to another is part of a phrase ("…between Aldenmoor and Kessling was still shut" is the
            // line's state, not Kessling station's).
            return null;
        }
        boolean article = ARTICLE_BEFORE.matcher(text).region(0, m.start(1)).find();
        return new Subject(key, (article ? "the " : "") + name, "");
    }

    /** A capitalised word and "and" right before a name: "Aldenmoor and Kessling". */
    private static final Pattern JOINED_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\s+(?:and|or)\\s+$");

    /** A name of one to four capitalised words opening a clause right before its state. */
    private static final Pattern SHORT_NAME_OPENS = Pattern.compile(CLAUSE_OPENING
            + "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3})" + TO_STATE);

    /** A capitalised name and the word after it, which may close it as a facility's ("Castrelle Union station"). */
    private static final Pattern NAME_THEN_WORD = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3}?)\\s+(\\p{L}+)");

    /**
     * The names a report writes with a facility's word closing them, by their {@link #distinctive} keys: read once
     * per report, and only when a state opens with a name, which few sentences do.
     */
    final class FacilityNames {
        private final String text;
        private Set<String> written;

        FacilityNames(String text) {
            this.text = text;
        }

        Set<String> written() {
            if (written == null) {
                written = new java.util.HashSet<>();
                Matcher m = NAME_THEN_WORD.matcher(text);
                while (m.find()) {
                    if (isFacilityWord(m.group(2).toLowerCase(Locale.ROOT))) {
                        written.add(distinctive(m.group(1) + " " + m.group(2)));
                    }
                }
            }
            return written;
        }
    }

    private Subject namedSubject(String text, int at) {
        Matcher m = NAMED_OPENS.matcher(text).region(0, at);
        if (!m.matches()) {
            return null;
        }
        String head = m.group(2).toLowerCase(Locale.ROOT);
        String name = m.group(1);
        // A lone capital opening the sentence before a word in lower case is a sentence's, not a name's: "Some
        // schools remain closed".
        boolean lowerHead = Character.isLowerCase(m.group(2).charAt(0));
        // A name's closing word means its facility sense: "Halden Avenue remained closed" (a fresh user's riot had it
        // unread, an avenue being first "a line of approach").
        boolean facility = isFacilityWord(head) || !lowerHead && kinds.namesFacility(head);
        boolean loneOpener = m.start(1) == text.length() - text.stripLeading().length()
                && name.indexOf(' ') == name.lastIndexOf(' ');
        if (!facility || lowerHead && loneOpener) {
            return null;
        }
        if (!places.placesIn(name).isEmpty()) {
            // A name holding a place is its kind of facility told apart by its places, as "the academy in Linthorpe"
            // would be: "Linthorpe Academy" (a fresh user's boil-water notice had its closing and reopening unread).
            return facilitySubject(facilityClass(kinds.facilityKind(head)), placeNames(text.substring(0, at)));
        }
        boolean article = ARTICLE_BEFORE.matcher(text).region(0, m.start(1)).find();
        return new Subject(distinctive(name), (article ? "the " : "") + name, "");
    }

    /**
     * A facility named by what it is of, as the subject of its state: "The port of Port Heddra remained open" is Port
     * Heddra's port, as "Port Heddra harbour was shut" is (a fresh user's oil spill had them as two facilities).
     */
    private static final Pattern FACILITY_OF_NAME = Pattern.compile(CLAUSE_OPENING + "(\\p{Ll}+)\\s+of\\s+(?:the\\s+)?"
            + "((?:\\p{Lu}[\\p{L}'’-]+\\s+){0,2}\\p{Lu}[\\p{L}'’-]+)" + TO_STATE);

    private Subject facilityOfName(String text, int at) {
        int of = text.lastIndexOf(" of ", at);
        if (of < 0) {
            return null;
        }
        Matcher m = FACILITY_OF_NAME.matcher(text).region(0, at);
        if (!m.matches() || !isFacilityWord(m.group(1).toLowerCase(Locale.ROOT))
                || !places.placesIn(m.group(2)).isEmpty()) {
            return null;
        }
        return new Subject(distinctive(m.group(2) + " " + m.group(1)), "the " + m.group(1) + " of " + m.group(2), "");
    }

    /** "The" right before a name, or before a hyphenated description of it ("The 18th-century Packhorse Bridge"). */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("\\b[Tt]he\\s+(?:[\\p{L}\\d]+-\\p{Ll}+\\s+)?$");

    /**
     * A facility's name as its key: its words without the facility words that close it, which reports add or leave
     * out and capitalise or not ("Hallam Cross station", "Hallam Cross, the busy interchange…"; "Ostrand Field
     * Airport", "Ostrand Field airport"), so the name keys one facility however it is written; the first word always
     * stays.
     */
    private String distinctive(String name) {
        List<String> words = new ArrayList<>(List.of(name.toLowerCase(Locale.ROOT).split("\\s+")));
        while (words.size() > 1 && isFacilityWord(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    /**
     * Whether a word names a facility: one the lexicon lists, or WordNet files with them, under structures or
     * facilities.
     */
    private boolean isFacilityWord(String lower) {
        return StateLexicon.FACILITY_KINDS.contains(kinds.facilityKind(lower))
                || StateLexicon.FACILITY.matcher(lower).matches() || kinds.isBuilt(lower);
    }

    /** The places a stretch of text names, as a facility's key part: sorted, joined by "+". */
    private String placeNames(String text) {
        return String.join("+", new TreeSet<>(places.scope(places.placesIn(text))));
    }

    /** A facility of a class, told apart by the places named with it ("the Kessling bridge"). */
    private Subject facilitySubject(String cls, String names) {
        String where = names.isEmpty() ? "" : places.display(new TreeSet<>(List.of(names.split("\\+")))) + " ";
        return new Subject(cls, "the " + where + cls, names);
    }

    /**
     * The head of a sentence's first common noun phrase before an offset, when the sentence starts with its subject
     * (its last noun: "the rest centre" is a centre, "the coast road" a road); else null.
     */
    private String subjectNoun(String text, int before) {
        Words words = Words.of(text.substring(0, before));
        boolean quantified = true;
        // Past a phrase of time opening the sentence without a comma ("As of Wednesday morning the highway remained
        // closed"), or any phrase set off by one: its subject comes after it.
        for (int i = pastOpeningPhrase(words, kinds.pastTimePhrase(words, 0)); i < words.size(); i++) {
            Words.Word w = words.get(i);
            // "All 11 of the city's libraries", "Some of the schools": the "of" of a quantifier opens its noun.
            boolean partitive = quantified && i > 0 && w.lower().equals("of");
            quantified &= QUANTIFIERS.contains(w.lower()) || QuantityParser.isNumberWord(w.lower())
                    || Character.isDigit(w.lower().charAt(0));
            if (w.punctuation() || PHRASE_END.contains(w.lower()) && !w.lower().equals("the") && !partitive) {
                return null;
            }
            if (ClaimExtractor.commonNoun(kinds, w)) {
                i = ClaimExtractor.nounRunEnd(kinds, words, i);
                // "The accident and emergency department": a singular noun and another before a head modify it
                // together, where "schools and leisure centres" are two subjects.
                if (i + 3 < words.size() && words.get(i + 1).lower().equals("and") && !kinds.isPlural(
                        words.get(i).lower()) && ClaimExtractor.commonNoun(kinds, words.get(i + 2)) && ClaimExtractor.commonNoun(kinds, words.get(i + 3))) {
                    i = ClaimExtractor.nounRunEnd(kinds, words, i + 3);
                }
                return words.get(i).lower();
            }
        }
        return null;
    }


    /**
     * Where a clause reported before offset {@code at} opens with a determined subject ("…Hospital said its emergency
     * department stayed open": at "its"), past the verb of saying and its "that"; else 0.
     */
    private int reportedClause(String text, int at) {
        Words words = Words.of(text.substring(0, at));
        for (int i = words.size() - 2; i > 0; i--) {
            Words.Word w = words.get(i);
            if (w.punctuation() || w.capitalised() || !kinds.isSaying(w.lower())
                    || kinds.inflectedVerb(w.lower()) == null) {
                continue;
            }
            int k = words.get(i + 1).lower().equals("that") ? i + 2 : i + 1;
            return k < words.size() && SUBJECT_DETERMINERS.contains(words.get(k).lower()) ? words.get(k).start() : 0;
        }
        return 0;
    }

    /** Determiners that open a clause's subject after the phrase before it: "Despite the disruption, the ward…". */
    private static final Set<String> SUBJECT_DETERMINERS = Set.of("the", "its", "their", "a", "an");

    /**
     * The word after a phrase opening a sentence and set off by a comma before a determined subject ("Despite the
     * disruption, the accident and emergency department … stayed open", "However, the bridge…"), else {@code from}:
     * a fresh user's hospital hack had the department's state as the disruption's.
     */
    private int pastOpeningPhrase(Words words, int from) {
        if (from >= words.size() || SUBJECT_DETERMINERS.contains(words.get(from).lower())
                || !kinds.isEnglish(words.get(from).lower())) {
            return from;
        }
        for (int i = from + 1; i + 1 < words.size(); i++) {
            if (words.get(i).punctuation()) {
                boolean comma = words.get(i).lower().equals(",");
                boolean determined = SUBJECT_DETERMINERS.contains(words.get(i + 1).lower());
                boolean rest = words.list().subList(i + 1, words.size()).stream().noneMatch(Words.Word::punctuation);
                return comma && determined && rest ? i + 1 : from;
            }
        }
        return from;
    }

    /** A subject's noun, then "at", "in" or "of" and a name or a noun phrase, up to a facility word. */
    private static final Pattern PLACED_IN = Pattern.compile("\\s+(?:at|in|of)\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}");

    /**
     * Whether the facility word at {@code facility} stands in a phrase after the subject's noun that places it there
     * ("The emergency department at Brennick General Hospital"): the subject is part of it, not it.
     */
    private static boolean partOf(String text, String subject, int facility) {
        int at = text.toLowerCase(Locale.ROOT).lastIndexOf(subject, facility - subject.length());
        return at >= 0 && PLACED_IN.matcher(text).region(at + subject.length(), facility).matches();
    }

    /** Words that count a noun phrase's members with "of": "all of", "most of". */
    private static final Set<String> QUANTIFIERS = Set.of("all", "both", "some", "most", "many", "none", "each",
            "several", "half", "few");


    /** Whether a common noun stands in the text before an offset: a subject of its own, not a pronoun's. */
    private boolean hasNounBefore(String text, int before) {
        return Words.of(text.substring(0, before)).list().stream().anyMatch(w -> ClaimExtractor.commonNoun(kinds, w));
    }

    /** A copula, and perhaps an adverb, right before a state: "is open", "remains fully closed". */
    private static final Pattern COPULA_BEFORE = Pattern.compile("(?i)\\b(?:" + String.join("|", COPULA)
            + ")(?:\\s+(?:now|back|\\w+ly))?\\s+$");

    /** A state's own wording opening with its copula: "is open", "remained closed". */
    private static final Pattern COPULA_OPENS = Pattern.compile("(?i)(?:" + String.join("|", COPULA) + ")\\b");

    /** A name set off by commas after a noun, "the Leisure Centre, Chapel Road, remains open": an address. */
    private static boolean isAddress(String text, int start, int end) {
        int nameStart = start;
        // Back over the name's capitalised words ("Chapel"), to the comma before it.
        while (nameStart >= 2 && text.charAt(nameStart - 1) == ' ' && Character.isLetter(text.charAt(nameStart - 2))) {
            int wordStart = text.lastIndexOf(' ', nameStart - 2) + 1;
            if (!Character.isUpperCase(text.charAt(wordStart))) {
                break;
            }
            nameStart = wordStart;
        }
        return text.startsWith(", ", nameStart - 2) && text.startsWith(",", end);
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

    /**
     * The thing a state is about, the head of a noun phrase: a facility its phrase names, a kind of facility WordNet
     * knows the head as, else the head itself ("shaft", "production"); a code names itself ("the A62").
     */
    private Subject thing(String text, Words.Word head) {
        String names = placeNames(text.substring(0, head.end()));
        if (isCode(head)) {
            // "the A62", but "Terminal 2", as English writes them.
            String written = text.substring(head.start(), head.end());
            return new Subject(head.lower(), (written.indexOf(' ') < 0 ? "the " : "") + written, "");
        }
        Matcher f = StateLexicon.FACILITY.matcher(text).region(Math.max(0, head.start() - 30), head.end());
        String best = null;
        while (f.find()) {
            best = f.end() == head.end() ? f.group(1).toLowerCase(Locale.ROOT) : best;
        }
        return facilitySubject(facilityClass(best != null ? best : kinds.facilityKind(head.lower())), names);
    }

    /** A name written as letters and figures, as roads and routes are: "A62", "M25", "I-95". */
    private static boolean isCode(Words.Word w) {
        return w.capitalised() && w.lower().chars().anyMatch(Character::isDigit)
                && w.lower().chars().anyMatch(Character::isLetter);
    }

    /** Words that open the object of a state's verb used transitively: "closed the A62", "halted all production". */
    private static final Pattern OBJECT_OPENS = Pattern.compile("(?i)^\\s+(?:the|its|their|all)\\s+");
    /**
     * A "which" or "that" standing for the noun before it: "the neighbouring No 2 shaft, which remains open", "a
     * ballot that closed last month".
     */
    private static final Pattern RELATIVE_BEFORE = Pattern.compile("(?i)(?:,\\s+which|\\s(?:which|that))\\s+(?:(?:"
            + String.join("|", COPULA) + "|has|have|had)\\s+)*(?:now\\s+|back\\s+|\\w+ly\\s+)?$");
    /**
     * A sentence or clause opening with a code for its subject: "The A62 remains open to traffic", "Terminal 2
     * remained open".
     */
    private static final Pattern CODE_OPENS = Pattern.compile("^\\s*(?:[Tt]he\\s+)?(\\p{Lu}[\\p{L}\\-]*\\d"
            + "[\\p{L}\\d\\-]*|\\p{Lu}\\p{Ll}+\\s\\d{1,3}[A-Z]?)[\\s,]");

    /** Where the text after the last colon, semicolon or dash before offset {@code at} starts; else 0. */
    private static int afterColon(String text, int at) {
        int mark = -1;
        for (char c : new char[] {':', ';', '—', '–'}) {
            mark = Math.max(mark, text.lastIndexOf(c, at - 1));
        }
        return mark + 1;
    }

    /**
     * The head of the noun phrase a state's verb takes as its object ("have closed the A62 between…", "halted all
     * production at…"), or null when the verb has none: said of a subject ("was closed", "remains shut"), or followed
     * by a time ("closed the next day").
     */
    private Words.Word objectOf(String text, int at, int stateEnd) {
        if (COPULA_BEFORE.matcher(text).region(Math.max(0, at - 40), at).find()) {
            return null;
        }
        Matcher code = CODE_OPENS.matcher(text).region(stateEnd, text.length());
        if (code.lookingAt() && text.substring(stateEnd, code.start(1)).isBlank()) {
            // "Police closed Route 9, the coast road…": a code right after the verb is what it was done to ("closed
            // the No 2 shaft" is read below, to its noun).
            return codeWord(code);
        }
        Matcher opens = OBJECT_OPENS.matcher(text).region(stateEnd, text.length());
        if (!opens.lookingAt()) {
            return null;
        }
        Words.Word head = null;
        for (Words.Word w : Words.of(text.substring(0, Math.min(text.length(), opens.end() + 60))).list()) {
            if (w.start() < opens.end()) {
                continue;
            }
            boolean part = isCode(w) || w.capitalised() && !PHRASE_END.contains(w.lower())
                    || Character.isDigit(w.first()) || ClaimExtractor.commonNoun(kinds, w);
            if (!part) {
                break;
            }
            head = w;
        }
        return head == null || kinds.isTime(head.lower()) ? null : head;
    }

    /** A later clause's subject after its opener ("the Feldkopf chairlift"), its last word captured. */
    private static final String CLAUSE_SUBJECT = "\\s+(?:the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?([\\p{L}-]+)";
    /** A perfect's auxiliary before a copula or a verb: "has been", "had reopened". */
    private static final String HAVE_BEFORE = "(?:(?:has|have|had)\\s+)?";
    /** The copula linking a subject to its state, with any adverb after it: "remained", "is now". */
    private static final String COPULA_LINK = "(?:" + String.join("|", COPULA) + ")(?:\\s+(?:now|back|\\w+ly))?\\s+";
    /**
     * A later clause's own subject before the state's copula: "the school opened as usual…, although the canteen
     * stayed shut" is the canteen's state (a fresh user's school outbreak had the school closed by it).
     */
    private static final Pattern CLAUSE_SUBJECT_BEFORE = Pattern.compile("(?i)(?:,|\\b(?:although|though|while|"
            + "whereas|but|and))" + CLAUSE_SUBJECT + "\\s+" + HAVE_BEFORE + COPULA_LINK + "$");
    /**
     * A later clause's own subject before the state's verb, past where it stands: "The Gratbahn gondola stays shut
     * until its upper station has been inspected, but the Feldkopf chairlift on the sunnier south side of the valley
     * reopened" is the chairlift's (a fresh user's avalanche had it the station's). Not after "and", which as often
     * joins two nouns: "between the Zaporizhia nuclear power plant and the Ukrainian power grid was interrupted".
     */
    private static final Pattern CLAUSE_SUBJECT_BEFORE_VERB = Pattern.compile("(?i)(?:,|\\b(?:although|though|while|"
            + "whereas|but))" + CLAUSE_SUBJECT
            + "(?:\\s+(?:on|in|at|near|over|through|above|below)\\s+[^,;]{1,60}?)?\\s+" + HAVE_BEFORE
            + "(?:" + COPULA_LINK + ")?$");

    /**
     * The noun a later clause's subject ends in, before the state's copula or verb ({@link #CLAUSE_SUBJECT_BEFORE},
     * {@link #CLAUSE_SUBJECT_BEFORE_VERB}).
     */
    private Words.Word clauseSubject(String text, int at) {
        Matcher m = CLAUSE_SUBJECT_BEFORE.matcher(text).region(Math.max(0, at - 80), at);
        if (!m.find()) {
            m = CLAUSE_SUBJECT_BEFORE_VERB.matcher(text).region(Math.max(0, at - 80), at);
            if (!m.find()) {
                return null;
            }
        }
        Words.Word head = new Words.Word(m.group(1).toLowerCase(Locale.ROOT), m.start(1), m.end(1),
                m.group(1).charAt(0));
        return ClaimExtractor.commonNoun(kinds, head) ? head : null;
    }

    /** The noun a "which" or "that" before the state stands for, when that is a noun or a code. */
    private Words.Word relativeSubject(String text, int at) {
        Matcher which = RELATIVE_BEFORE.matcher(text).region(0, at);
        if (!which.find()) {
            return null;
        }
        List<Words.Word> before = Words.of(text.substring(0, which.start())).list();
        Words.Word last = before.isEmpty() ? null : before.get(before.size() - 1);
        return last != null && (isCode(last) || ClaimExtractor.commonNoun(kinds, last)) ? last : null;
    }

    /**
     * The code a sentence or clause opens with as its subject, whatever describes it before the state: "Route 9, the
     * coast road into the port, stayed closed", "The N7 national road through the Krall Pass remains closed", and
     * "…: the N7 through the Krall Pass was reopened" are all the N7's or Route 9's (fresh users' earthquake and
     * prison escape had the road's kind named in one report and not in another, and their contradictions missed).
     */
    private Words.Word codeSubject(String text, int at) {
        // The sentence's subject, or its clause's after an opening phrase ("Despite the posts, Terminal 2 remained
        // open"), or after a colon or dash, past an aside ("There was some relief: the A614 ring road, closed since
        // Tuesday, reopened", a fresh user's chemical blast).
        for (int start : new int[] {0, clauseStart(text, at), afterColon(text, at)}) {
            Matcher code = CODE_OPENS.matcher(text).region(start, text.length());
            if (!code.lookingAt() || code.end() > at) {
                continue;
            }
            String written = code.group(1);
            String first = written.split("\\s")[0].toLowerCase(Locale.ROOT);
            if (PHRASE_END.contains(first) || QUANTIFIERS.contains(first) || kinds.isMostlyAdverb(first)
                    || kinds.isTime(first)) {
                // "All 11 of the libraries", "About 40 schools", "Monday 5 schools…" count.
                continue;
            }
            return codeWord(code);
        }
        return null;
    }

    /** The code a {@link #CODE_OPENS} match found, as one word. */
    private static Words.Word codeWord(Matcher code) {
        String written = code.group(1);
        return new Words.Word(written.toLowerCase(Locale.ROOT), code.start(1), code.end(1), written.charAt(0));
    }

    /** Plants, power stations, reactors and "the facility" in a power story are one kind of thing. */
    private static String facilityClass(String phrase) {
        String p = singular(phrase);
        // A power station is a plant; a station alone is where trains or buses stop (a fresh user's closed railway
        // station had been headed "the Tellbridge plant").
        if (p.matches(".*\\b(plant|reactor|facility|(?:nuclear|power) station)$")) {
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

    /**
     * Whether a capitalised facility word ends a name, after another capitalised word and before none: "Harbour Road"
     * and "Kelvar Dam" are a road and a dam, as English names end in what they name.
     */
    private static boolean endsName(String text, int start, int end) {
        Matcher before = CAPITALISED_BEFORE.matcher(text).region(0, start);
        return before.find() && !CAPITALISED_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }
}
