package dev.crosscheck.conflict;

import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.Sentence;
import dev.crosscheck.corpus.WordStarts;
import dev.crosscheck.quantity.Quantity;
import dev.crosscheck.quantity.QuantityParser;
import dev.crosscheck.quantity.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns each sentence of an article into claims: figures with what they count, where, and states of things. */
final class ClaimExtractor {
    private static final Logger LOG = LoggerFactory.getLogger(ClaimExtractor.class);
    /** A dash or a colon right before a word: what follows opens a clause ("DUNMARROW — Six buildings…"). */
    private static final Pattern CLAUSE_OPENS_BEFORE = Pattern.compile("[—–:-]\\s+$");
    /** Words right before an age: "A boy aged nine", "at the age of 73" ({@link Age} reads some as ages). */
    private static final Pattern AGED = Pattern.compile("\\b(?:aged|age of)\\s+$");
    /** Words that end the noun phrase after a figure ("nine civilians | were killed"). */
    static final Set<String> PHRASE_END = Set.of("were", "was", "had", "have", "has", "are", "is", "be",
            "been", "in", "on", "at", "and", "or", "from", "across", "by", "for", "to", "with", "that", "who",
            "which", "where", "as", "after", "during", "including", "than", "since", "over", "into", "while", "but",
            "said", "says", "near", "against", "per", "of", "about", "within", "before", "more", "less", "left", "also",
            "without", "among", "under", "amid", "a", "an", "the", "ago", "earlier", "later", "each", "every",
            "killed", "died", "injured", "wounded", "fired", "launched", "destroyed", "evacuated");
    /**
     * Where a clause ends, so a figure is read with its own verb and place, not its neighbour's: these marks, and
     * these words as written in lower case.
     */
    private static final String CLAUSE_MARKS = ",;:()\"“”";
    private static final Set<String> CLAUSE_WORDS = Set.of("and", "but", "while", "whereas", "which", "that", "who",
            "as", "after", "before", "because", "since", "when", "where", "although", "though", "why", "how");
    private static final int LONGEST_CLAUSE_WORD = CLAUSE_WORDS.stream().mapToInt(String::length).max().orElse(0);
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    private static final Pattern FOLLOWED_BY_AGO = Pattern.compile("(?i)\\s*(?:[a-z]+ )?ago\\b");
    private static final Pattern LIST_CONTINUATION = Pattern.compile("(?i)^\\W*(?:including|and|of which|"
            + "among them|plus)\\b");
    private static final Pattern COORDINATED_PLACE = Pattern.compile("^\\s*(?:and|or) (?:the )?(?:[a-z\\-]+ )?"
            + "\\p{Lu}[\\p{L}\\-]+ (?i:region|oblast|province|district|city|town|county|state)");

    /** What befalls people: a figure with one of these events and no counted noun counts people. */
    private static final Set<String> PEOPLE_EVENTS = Set.of("killed", "injured", "evacuated", "hospitalised",
            "still in hospital", "discharged from hospital", "left without power", "still without power",
            "left without heat", "still without heat", "displaced", "missing");
    /** The events whose count of those still in them ("still in hospital") falls as theirs rises: each's own. */
    private static final Map<String, String> STILL_IN = Map.of("hospitalised", "still in hospital",
            "left without power", "still without power", "left without heat", "still without heat");
    /**
     * Whether two events are two of what befalls people that the lexicon tells apart ("killed" and "injured",
     * "hospitalised" and "still in hospital"): two counts, however near their sentences.
     */
    static boolean eventsApart(String event, String other) {
        return !event.equals(other) && PEOPLE_EVENTS.contains(event) && PEOPLE_EVENTS.contains(other);
    }

    /** The lower-case word right after a phrase. */
    private static final Pattern NEXT_WORD = Pattern.compile(" (\\p{Ll}+)\\b");
    /** What opens a rate's denominator: "per family", "for each child", "420p a share", "£9 an hour". */
    private static final Pattern PER = Pattern.compile("(?i)\\s*(?:per|for each|for every|to each|each|a|an)\\b");
    private static final Pattern REPORTED = Pattern.compile("(?i)\\b(said|says|announced|confirmed|promised|pledged|"
            + "agreed|told)\\b");
    /** Verbs that link, help or report: they say nothing about what happened to what was counted. */
    private static final Set<String> NOT_EVENTS = Set.of("be", "have", "do", "get", "become", "remain", "stay",
            "seem", "say", "tell", "report", "add", "claim", "confirm", "announce", "state", "believe", "think",
            "estimate", "include", "involve", "make", "take", "give", "go", "come");
    static final Set<String> HAVE = Set.of("had", "have", "has");
    /** Words a noun or its adjective follows, never a finite verb: articles and prepositions of place. */
    private static final Set<String> NOUN_BEFORE = Set.of("the", "a", "an", "on", "in", "at", "of", "from", "by",
            "with", "near", "into", "onto", "below", "above", "under", "along", "across");
    /** A clause's word for a rate: "every day", "each year", "a week". */
    private static final Pattern RATE = Pattern.compile("\\b(?:every|each|a|per) (day|week|month|year|hour|night)\\b");
    /** Auxiliaries between a subject and its verb: "14 cars had derailed". */
    private static final Set<String> AUXILIARIES = Set.of("were", "was", "had", "have", "has", "are", "is", "be",
            "been");
    static final Set<String> COPULA = Set.of("was", "were", "is", "are", "be", "been", "being", "remain",
            "remained", "remains", "stay", "stays", "stayed", "still");
    /** Units of measure rather than counted things: a noun after them says what they measure. */
    private static final Set<String> MEASURES = Set.of("km/h", "money", "percent");
    private static final Set<String> LOCATIVE = Set.of("on", "in", "at", "aboard", "inside", "under");

    private final Gazetteer places;
    private final WordKinds kinds;
    private final Negations negations;
    private final ClockTimes clocks;
    private final Uncounted uncounted;
    private final StateClaims states;

    /** The key of a named person's age, before the name. */
    private static final String AGE_OF = "n:age@";

    ClaimExtractor(Gazetteer places, WordKinds kinds) {
        this.places = places;
        this.kinds = kinds;
        this.negations = new Negations(kinds);
        this.clocks = new ClockTimes(kinds);
        this.uncounted = new Uncounted(kinds);
        this.states = new StateClaims(places, kinds);
    }

    /** The claims of an article, in a fresh list of the caller's own. */
    List<Claim> extract(Document doc) {
        ReportTime.Later time = new ReportTime.Later(doc);
        List<Claim> claims = new ArrayList<>();
        List<Sentence> sentences = doc.sentences();
        StateClaims.FacilityNames facilities = states.facilityNames(doc.text());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.text().strip().endsWith("?")) {
                continue;
            }
            // Each sentence is lower-cased and tokenised once, for its figures, states and denials: the lexicon's
            // patterns and word tests read lower-case words.
            Sentence previous = i == 0 ? null : sentences.get(i - 1);
            List<Sentence> before = sentences.subList(Math.max(0, i - 3), i);
            readGuarded(doc, s, claims, () -> {
                String lower = QuantityParser.lowerCased(s.text());
                Words words = Words.of(s.text(), lower);
                WordStarts starts = WordStarts.of(lower);
                figures(s, words, lower, starts, time, claims, previous);
                states.states(s, lower, starts, previous, time, claims, facilities);
                negations.denied(s, words, before, time, claims);
                clocks.read(s, words, lower, time, claims);
            });
        }
        claims.replaceAll(c -> inFull(c, doc.text()));
        return claims;
    }

    /**
     * An age claim of someone named by title and surname ("Mrs Dunsford, 39,") as one of the person the report names
     * in full ("Meg Dunsford"), so that another report's "Meg Dunsford, 38," meets it (an unseen by-election story).
     */
    private static Claim inFull(Claim c, String text) {
        if (!c.key().startsWith(AGE_OF)) {
            return c;
        }
        String name = c.key().substring(AGE_OF.length());
        return Age.inFull(name, text).filter(full -> !full.equalsIgnoreCase(name))
                .map(full -> c.keyed(AGE_OF + full.toLowerCase(Locale.ROOT), "age of " + full))
                .orElse(c);
    }

    /**
     * Reads a sentence's claims into {@code claims}; a sentence the reading fails on (a fault in the code) loses only
     * its own claims, with a warning: one odd sentence must not take the corpus's conflicts with it.
     */
    private static void readGuarded(Document doc, Sentence s, List<Claim> claims, Runnable read) {
        int before = claims.size();
        try {
            read.run();
        } catch (RuntimeException e) {
            LOG.warn("{}: could not read claims from \"{}\": {}", doc.id(), s.text(), e.toString());
            claims.subList(before, claims.size()).clear();
        }
    }

    /**
     * The claims of a report that affirm what another report denies ("have ruled out sabotage" against "have not
     * ruled out sabotage"): read only in sentences that name one of the denied objects, since denials are rare.
     */
    List<Claim> affirmed(Document doc, Negations.Denied denied) {
        ReportTime.Later time = new ReportTime.Later(doc);
        List<Claim> claims = new ArrayList<>();
        // Only a report naming a denied role can give it to someone it names.
        Set<String> named = denied.roles().stream().filter(doc.text()::contains).collect(Collectors.toSet());
        Map<String, Set<String>> roles = named.isEmpty() ? Map.of() : Roles.of(doc.sentences(), named);
        for (Sentence s : doc.sentences()) {
            readGuarded(doc, s, claims, () -> negations.affirmed(s, denied, roles, time, claims));
        }
        return claims;
    }

    /** What the reports deny (their verbs and what they are about), ready for {@link #affirmed}. */
    Negations.Denied denied(Set<String> denials) {
        return negations.denied(denials);
    }

    private void figures(Sentence s, Words words, String lower, WordStarts starts, ReportTime.Later time,
                         List<Claim> out, Sentence previous) {
        String text = s.text();
        if (words.list().stream().noneMatch(w -> QuantityParser.isNumberWord(w.lower()))) {
            return;
        }
        List<int[]> breaks = null;
        List<int[]> destinations = null;
        int dateline = ReportTime.datelineEnd(text);
        List<Quantity> quantities = QuantityParser.parse(text, lower, starts);
        for (Quantity q : quantities) {
            // After a dateline ("BRENMOUTH, May 12 (Wire) - Three people died") the sentence itself starts.
            // A capitalised qualifier opens a clause ("HARROWMERE — At least 19 people were injured"), as does a
            // number after a dash or a colon ("DUNMARROW — Six buildings…"): no name.
            boolean titleWord = q.start() > 0 && Character.isUpperCase(text.charAt(q.start()))
                    && Character.isLetter(text.charAt(q.start())) && q.start() != dateline
                    && q.start() + 1 < text.length() && Character.isLowerCase(text.charAt(q.start() + 1))
                    && QuantityParser.isNumberWord(lower.substring(q.start()).split("[\\s,]", 2)[0])
                    && !CLAUSE_OPENS_BEFORE.matcher(text).region(0, q.start()).find();
            // "A fourth patient has died": one more, numbered, brings the count to its ordinal (checked below to be
            // a count of what befalls people).
            boolean nth = q.ordinal() && ONE_MORE.matcher(lower).region(Math.max(0, q.start() - 2), q.start()).find();
            if (q.ordinal() && !nth || titleWord || singledOut(lower, q.end()) || Uncounted.butOne(lower, q)
                    || dayOfMonth(text, q)
                    || AMONG_OPENS.matcher(text).region(0, q.start()).matches()
                    || AGED.matcher(lower).region(Math.max(0, q.start() - 8), q.start()).find()) {
                // A capitalised number word mid-sentence is part of a name ("Ocean's Twelve"), not a count; one in
                // capitals is a tabloid's emphasis ("can reveal that FOUR riders have failed drugs tests"). A figure
                // after "aged" is an age: "A boy aged nine was among those hurt" counted nine injured for a fresh
                // user's stadium collapse.
                continue;
            }
            Phrase phrase = phrase(words, q, lower);
            if (phrase.head() == null && uncounted.labelled(text, words, q)) {
                // "found dead in his cab near junction 23": which junction, not 23 dead (a fresh user's snowstorm).
                continue;
            }
            if (phrase.head() != null && uncounted.sayers(words, q.start(), Math.max(q.end(), phrase.end()))) {
                // "…, two officers on duty that night said": who said it, not how many were on duty (a fresh user's
                // prison riot had them against "only 11 officers were on duty").
                continue;
            }
            // "The number of oiled seabirds found … has risen to 220": what is counted, and what happened to it, are
            // the subject's.
            Counted counted = phrase.head() == null ? countedSubject(words, lower, q) : null;
            if (counted != null) {
                // "The number of dead fish …" counts dead fish as "6,000 dead fish" does.
                boolean described = counted.headAt() > 0
                        && ADJECTIVE_COUNTS.contains(words.get(counted.headAt() - 1).lower());
                phrase = new Phrase(counted.head(), List.of(), q.end(), counted.participleAt(), described);
            }
            // "Fifteen of the 23 men … brought out alive": the part counts what its whole counts, and the clause
            // says what happened to it; the whole is only what its own words say ("the five injured").
            Quantity whole = wholeAfter(text, quantities, q);
            if (phrase.head() == null && whole != null) {
                Phrase of = phrase(words, whole, lower);
                phrase = new Phrase(of.head(), of.modifiers(), q.end());
            }
            String before = phrase.head() == null && whole == null && counted == null ? previousCount(out, previous,
                    text, q) : null;
            if (before != null) {
                // "A total of 52 people have now been arrested… Of these, 19 have been charged": the part counts what
                // the sentence before counted (a fresh user's riot had the 19 charged, then 28, read as nothing).
                phrase = new Phrase(before, List.of(), q.end());
            }
            boolean isWhole = partBefore(text, quantities, q);
            if (breaks == null) {
                breaks = breaks(text, starts);
            }
            int[] clause = clause(breaks, text.length(), q.start(), Math.max(q.end(), phrase.end()));
            clause = throughSubject(text, words, breaks, clause, Math.max(q.end(), phrase.end()));
            if (projects(lower, starts, clause, q.end(), phrase.end())
                    && !(currency(text, q, phrase.head()) != null && promised(lower, clause, q))
                    || ratio(text, q)
                    || increment(lower, q, clause)) {
                continue;
            }
            // People the lexicon does not list, as WordNet files a noun in use ("23 survivors", "41 patients"), are a
            // known measure, each under its own noun: survivors are not firefighters.
            boolean person = phrase.head() != null && Lexicon.unit(phrase.head()) == null
                    && kinds.isThing(phrase.head()) && kinds.isPerson(phrase.head());
            String unit = q.percent() ? "percent" : phrase.head() == null ? null : unitOf(phrase.head());
            if (person && kinds.isChild(phrase.head())) {
                // Infants and babies are the lexicon's children, however a report words them (a fresh user's formula
                // recall had its "seven infants" and "nineteen babies" as two measures).
                unit = "children";
            }
            int figureEnd = Math.max(q.end(), phrase.end());
            double scale = 1;
            Optional<Units.Speed> speed = Units.speedAfter(text, q.end());
            Optional<Units.Measure> physical = speed.isPresent() ? Optional.empty()
                    : Units.measureAfter(text, q.end());
            if (speed.isPresent()) {
                // 90 km/h and 56 mph are one measure: speeds are compared in km/h.
                unit = "km/h";
                scale = speed.get().kmPerHour();
                figureEnd = speed.get().end();
            } else if (physical.isPresent()) {
                // A 500-metre cordon and a one-kilometre one are one measure, compared in its kind's base unit.
                unit = physical.get().kind().label();
                scale = physical.get().perBase();
                figureEnd = physical.get().end();
            }
            String currency = currency(text, q, phrase.head());
            Optional<Units.Joined> joined = currency != null || speed.isPresent() || physical.isPresent()
                    ? Optional.empty() : Units.currencyJoined(text, q.end());
            if (joined.isPresent()) {
                // "a 500,000-crown emergency fund", "a 15-million-euro package": a sum written before its noun (fresh
                // users' riot and eruption had theirs unread, beside "a fund of 750,000 crowns").
                currency = joined.get().currency();
                figureEnd = joined.get().end();
            }
            if (currency != null) {
                unit = "money";
            }
            if ((currency != null || q.percent()) && uncounted.changedBy(text, currency != null
                    ? Units.currencyStart(text, q.start()) : q.start())) {
                // "funding … has fallen by £21 million": how much a sum moved, not what it is (a fresh user's
                // council budget had it against the £38.5 million of savings).
                continue;
            }
            if ("duration".equals(unit) && termYears(phrase.head()) > 0
                    && "jailed".equals(event(lower, starts, clause, q, Lexicon.TERM))) {
                // "jailed for nine years", "an 18-month sentence": a prison term, compared in years.
                unit = Lexicon.TERM;
                scale = termYears(phrase.head());
            }
            boolean term = Lexicon.TERM.equals(unit);
            // "three years and six months' imprisonment" is a term of three and a half years.
            double termMonths = 0;
            Matcher months = term ? AND_MONTHS.matcher(text).region(figureEnd, text.length()) : null;
            if (months != null && months.lookingAt()) {
                termMonths = QuantityParser.parse(months.group(1)).stream().findFirst().map(Quantity::value)
                        .orElse(0.0);
                figureEnd = months.end(2);
            }
            if ("duration".equals(unit) || FOLLOWED_BY_AGO.matcher(text.substring(figureEnd)).lookingAt()) {
                // Durations and "three years ago" are times, not measures (skipped before reading their events).
                continue;
            }
            String per = denominator(text, figureEnd);
            // "a 120-km line", "the 120 km/h limit": a measure written before a noun is that noun's; a length,
            // area, volume or weight also of the noun after "of" ("40 tonnes of fireworks").
            // A temperature is a place's on a day, whatever it describes ("a 42C inferno") or the verb that gives it
            // ("reached", "hit", "touched").
            boolean temperature = physical.isPresent() && physical.get().kind() == Units.Measure.Kind.TEMPERATURE;
            if (temperature) {
                // The "C" of "41.3C" is its unit, not a name the figure is of.
                phrase = new Phrase(phrase.head(), List.of(), phrase.end(), phrase.participle(), phrase.described());
            }
            // What a physical measure is written as the size of, read once for what it is of and for whether its verb
            // matters (below).
            String size = physical.isPresent() ? sizeOf(text, words, q.start(), figureEnd) : null;
            String of = per != null || temperature ? null
                    : physical.isPresent() ? measured(words, figureEnd, size)
                    : unit != null && MEASURES.contains(unit) ? attributive(words, figureEnd) : null;
            // What was counted and what happened to them may be said in a subject a break cut off ("the number of
            // people treated in hospital after the leak has risen to 57"); where and when stay the clause's own.
            int[] predicate = throughCountedSubject(lower, withCoordinatedPredicate(text, words, breaks, clause), q);
            int[] main = isWhole ? null : pastRelative(text, words, breaks, clause, figureEnd);
            String event = isWhole
                    ? event(lower, starts, new int[] {q.start(), wholeWordsEnd(words, q, phrase)}, q, unit)
                    : main != null ? event(lower, starts, main, q, unit) : null;
            if (event == null && !isWhole && whole != null) {
                // What happened to a part is said past its whole's own words: "The body of one of the two fishermen
                // missing since the trawler sank has been recovered" tells of one recovered, not one missing (a fresh
                // user's trawler had it contradict the two missing).
                int past = wholeWordsEnd(words, whole, phrase(words, whole, lower));
                event = event(lower, starts, new int[] {Math.max(predicate[0], past), predicate[1]}, q, unit);
                if (event == null) {
                    event = event(lower, starts, new int[] {predicate[0], whole.start()}, q, unit);
                }
            } else if (event == null && !isWhole) {
                event = event(lower, starts, predicate, q, unit);
            }
            if (event == null && currency != null && !isWhole && VALUED_AT.matcher(lower)
                    .region(Math.max(0, q.start() - 24), q.start()).find()) {
                // A sum given as its subject's value ("Our estimate of the cost of damage to roads, bridges and
                // council buildings is £12 million", "…damage to public infrastructure, which the council puts at
                // £18m"): its use is said in the subject, which a list's or a relative clause's comma cut off.
                int from = Math.max(lower.lastIndexOf(';', q.start()), lower.lastIndexOf(':', q.start())) + 1;
                event = event(lower, starts, new int[] {from, predicate[1]}, q, unit);
            }
            if (nth && (event == null || !PEOPLE_EVENTS.contains(event))) {
                continue; // "a second time", "a third option": no count
            }
            if ((event == null || "launched".equals(event)) && "jobs".equals(unit) && kinds.isPerson(phrase.head())) {
                // "Two employees have been suspended": staff to whom something happened besides losing or gaining
                // their jobs are people, each kind under its own noun, as other people the lexicon does not list are
                // (a fresh user's bank breach had its suspended staff dropped as jobs with no event). Staff "fired"
                // were dismissed, not launched as missiles are.
                unit = singular(phrase.head());
                person = true;
                event = null;
            }
            if (event == null && (unit == null || "people".equals(unit) || person) && toHospital(words, q, predicate)) {
                // "Fourteen were rushed to Brackenford Royal Infirmary": a kind of hospital, by WordNet, is where the
                // lexicon's "hospital" takes them.
                event = "hospitalised";
            }
            if (event == null && ("people".equals(unit) || "children".equals(unit) || person)) {
                // "14 people reported ill", "left 21 people ill", "the number of people made ill": the state the
                // counted are in, named by the adjective's usual sense (sick is ill).
                event = stateAfter(words, lower, counted != null ? counted.headAt() + 1 : words.at(phrase.end()),
                        predicate[1]);
            }
            if (event != null && STILL_IN.containsKey(event)
                    && Lexicon.STILL.matcher(lower.substring(predicate[0], predicate[1])).find()) {
                // Those still in hospital are a count of their own, falling as patients go home: not how many
                // were taken there; so are homes still without power, against how many lost it at the peak (a
                // fresh user's blackout).
                event = STILL_IN.get(event);
            }
            // "Turnout was 34.2 per cent": a share that is its subject's value is a measure of that subject, which
            // moves from day to day as a price does (see price below).
            String shareOf = q.percent() && event == null ? subjectValued(words, lower, q.start(), clause) : null;
            if (shareOf == null && q.percent() && event == null) {
                // "a 68% turnout", "a measly 3% pay rise": a share written before its noun is that noun's.
                shareOf = attributive(words, q.end());
            }
            if (shareOf != null) {
                event = shareOf;
            }
            String sumOf = currency != null && event == null && per == null
                    ? sumOf(words, text, lower, Units.currencyStart(text, q.start()), clause, phrase) : null;
            if (sumOf != null) {
                // A sum the lexicon knows no use of is its noun's, as a share is: "a £36.8m gap", "a funding gap of
                // £38.6 million" (a fresh user's council budget had the two unread).
                event = sumOf;
            }
            if (currency != null && event != null) {
                // A sum the lexicon knows the use of is that use's, whatever noun it is written before: a "€12 million
                // emergency package" and a package "worth €25 million" are one aid.
                of = null;
            }
            if (unit == null) {
                if (event == null || !PEOPLE_EVENTS.contains(event)) {
                    continue;
                }
                unit = "people";
            } else if ("jobs".equals(unit) && event != null && PEOPLE_EVENTS.contains(event)) {
                // Workers hurt in a fire are people injured, not jobs (a fresh user's alert read "jobs injured").
                unit = "people";
            }
            // A fine or a package is fixed once set, unlike a count of what happened, which later reports raise; so
            // is a measure (a cordon's width, a ship's length) unless worded as revised.
            // So is a sum known by its noun alone: a cost or a reward is estimated again, raised, revised.
            boolean tally = event != null && (!"money".equals(unit) || sumOf != null) && !term && physical.isEmpty()
                    && shareOf == null;
            // What happened as the topic says it: the lexicon's event, or the clause's own words.
            String said = event;
            // "200 dead fish" and "1,500 dead fish" are counts of what died, whichever report gives them.
            boolean ofSubject = phrase.described();
            // What was done with a measure, by the verb's senses: oil that leaked and oil that escaped are one
            // measure, oil a tanker was carrying another.
            Set<String> action = Set.of();
            // The name that did what a count is the object of, its words marked as a doer's, or none.
            Set<String> doer = Set.of();
            // Whether what happened is the clause's own verb's (not the lexicon's, nor where the counted are).
            boolean byVerb = false;
            // Shares, sums and jobs move with markets and seasons: they are compared only under the lexicon's events
            // (or as a rate, per family), never under whatever verb their clause has.
            if (event == null && !Lexicon.NEEDS_EVENT.contains(unit)) {
                // What happened in other words than the lexicon's: the clause's verb ("derailed", "carrying") or
                // where the counted are ("on board").
                // A count of an unfamiliar thing is only compared within its report, where it must be what the verb
                // says happened ("five carriages derailed"), not what a verb did to it.
                boolean unfamiliar = phrase.head() != null && Lexicon.unit(phrase.head()) == null && !person
                        && currency == null && !"km/h".equals(unit) && physical.isEmpty();
                // The verb before the new value of "the number of …" says how the count moved ("has risen to"), not
                // what happened to the counted: that is said in the subject.
                boolean object = unfamiliar && !isWhole && counted == null
                        && !JOINT.matcher(lower).region(clause[0], clause[1]).find();
                // "The airline has received 4,700 compensation claims", "cancelled 300 flights": what the verb right
                // before them was done to is counted by it as surely as a subject is by its verb (fresh users'
                // airline strike and election had their claims and complaints received left apart, each in its
                // report). It comes before any verb after, which for a verb's object is a participle or a noun ("had
                // received more than 4,000 complaints through its call centres", "11,500 complaints relating to…":
                // a fresh user's bank outage had the two read as two things).
                int doneAt = object ? verbRightBeforeAt(text, words, clause, q.start()) : -1;
                // A part's own verb comes past its whole's words, and the whole's is within them: "Four of the twelve
                // men trapped inside the quarry were carried into the afternoon light" were carried, the twelve
                // trapped (a held-out user's quarry had the four trapped, against the eleven).
                Predicate own = doneAt >= 0 ? verbAt(text, words, doneAt).asCounted()
                        : counted != null ? null
                        : isWhole ? predicate(text, words, new int[] {clause[0], wholeWordsEnd(words, q, phrase)},
                                q.start(), figureEnd, true)
                        : predicate(text, words, clause, q.start(), whole == null ? figureEnd
                                : Math.max(figureEnd, wholeWordsEnd(words, whole, phrase(words, whole, lower))),
                                unfamiliar);
                if (doneAt >= 0) {
                    doer = doer(words, doneAt);
                }
                if (own == null && counted != null && counted.verbAt() >= 0) {
                    own = verbPredicate(text, words, counted.verbAt(), verb(words.get(counted.verbAt())), q.start(),
                            true);
                }
                String described = phrase.participle() < 0 ? null : verb(words.get(phrase.participle()));
                if (own == null && described != null) {
                    // "1,240 cancelled flights" are flights that were cancelled, as "1,030 flights have been
                    // cancelled" are (a fresh user's airline story had its update lost): what happened to them.
                    Words.Word v = words.get(phrase.participle());
                    own = new Predicate(kinds.action(described), text, v, v, true, described);
                }
                if (own != null && own.object() != null && ("people".equals(unit) || person)
                        && kinds.isInjury(own.object())) {
                    // "Four people suffered minor burns", "sustained fractures": injured, as "suffered injuries" is in
                    // the lexicon's words (a fresh user's phone recall had its four burned apart from six injured).
                    own = null;
                    event = "injured";
                    said = event;
                } else {
                    event = own == null ? null : own.key();
                    said = own == null ? null : own.written();
                }
                byVerb = own != null && own.verb() != null;
                ofSubject = unfamiliar && own != null && own.ofSubject();
                // A measure written before its noun is that thing's size, whatever was done with it: "Police set up a
                // 200-metre cordon" and "closed roads within a 500-metre cordon" give one cordon two sizes (a fresh
                // user's blackout had them apart by their verbs).
                boolean ofItsNoun = of != null && (of.equals(size) || DIMENSIONS.containsValue(of));
                if (physical.isPresent() && !temperature && own != null && own.verb() != null && !ofItsNoun) {
                    action = kinds.verbSenses(own.verb());
                }
            }
            if (destinations == null) {
                destinations = destinations(words);
            }
            // A prison term is the prisoner's, wherever the court sat.
            Set<String> scope = term ? Set.of()
                    : scope(text, clause, q.start(), dateline, within(destinations, clause));
            if (temperature && scope.isEmpty()) {
                // Temperatures differ from town to town: one said of no place is compared with none.
                continue;
            }
            boolean known = q.percent() || currency != null || "km/h".equals(unit) || physical.isPresent()
                    || phrase.head() == null
                    || Lexicon.unit(phrase.head()) != null || person;
            boolean sensitive = Lexicon.EVENT_SENSITIVE.contains(unit) || person;
            if (!known && (event == null || !isNoun(phrase.head())) || sensitive && event == null && per == null) {
                // An unfamiliar counted word ("aircraft", "barrels") is compared only when tied to an event (durations
                // and "three years ago" were left out above, before their events were read).
                continue;
            }
            // An unfamiliar counted word with no place is compared only within its report, between the sources
            // it quotes (the operator's five carriages, the union's eight).
            // …unless the counted are what the verb says happened to ("Eight carriages came off the rails"), which
            // another report of the story may count otherwise.
            // "Every day 78 million messages are sent" is a rate, not the count of one day another report gives.
            boolean local = !known && scope.isEmpty()
                    && !(ofSubject && !RATE.matcher(lower).region(clause[0], clause[1]).find());
            String measure = unit + (currency == null ? "" : ":" + currency) + (of == null ? "" : ":" + of)
                    + (phrase.modifiers().isEmpty() ? "" : ":" + String.join("+", phrase.modifiers()));
            String when = dated(when(s.text(), lower, clause), time);
            String day = temperature ? FigureClause.day(text, q.start(), figureEnd) : null;
            if (day != null) {
                // Monday's 41.3C is not set against Wednesday's new record.
                when += "#" + day;
            }
            // A rate ("per family") says what it measures by itself; the verb that pays or offers it does not.
            boolean keyedByEvent = (sensitive || !known) && per == null;
            String key = "n:" + measure + (keyedByEvent ? "|" + event : "") + (per == null ? "" : "/" + per)
                    + "@" + String.join("+", scope) + when + (local ? Claim.LOCAL + s.docId() : "");
            int valueStart = nth ? q.start() - 2 : currency != null ? Units.currencyStart(text, q.start()) : q.start();
            // A share is its figure alone: "68%", not "68% turnout".
            String value = text.substring(valueStart, shareOf != null ? q.end() : figureEnd);
            // An unfamiliar counted thing is named in the topic as written ("patients", "carriages"); its unit is
            // its singular, which keys it.
            String named = phrase.head() != null && unit.equals(singular(phrase.head()))
                    && (person || Lexicon.unit(phrase.head()) == null) ? phrase.head() : unit;
            String base = shareOf != null ? null
                    : topic(named, currency, per, phrase, keyedByEvent && !term ? said : null, scope);
            // A distance that is an extent of its own ("an altitude of about 14 kilometres") is named by it:
            // "altitude (km)", not "distance (km) of altitude" (a fresh user's rocket launch).
            boolean extent = of != null && base != null && base.startsWith("distance (km)")
                    && (DIMENSIONS.containsValue(of) || kinds.isExtent(of));
            String topic = shareOf != null ? shareOf + " (percent)" + where(scope)
                    : base.replaceFirst("^(speed \\(km/h\\)|\\w+ \\((?:km|hectares|litres|tonnes)\\)|amount in \\w+)",
                            of == null ? "$1" : extent ? of + " (km)"
                            : physical.isPresent() ? "$1 of " + of : "$1 " + of);
            boolean revises = nth || Lexicon.REVISION.matcher(lower.substring(clause[0], clause[1])).find()
                    || revisedFromNext(lower, quantities, q)
                    || RAISED_TO.matcher(lower).region(Math.max(clause[0], q.start() - 80), q.start()).find();
            // A bare distance or duration with no place ("2,000 kilometres") is only comparable with one that
            // says what it is the distance of; the clause's words carry that.
            // A fine or an aid package is someone's: the clause's other words must meet ("The company was fined …
            // after inspectors found drums…", "The company paid a … penalty after an inspection found … drums"),
            // not a network's maximum fine against another firm's.
            boolean whose = currency != null && ("fined".equals(event) || "in aid".equals(event) || sumOf != null);
            // A measure with a verb is compared with measures done by a verb of one of its senses, wherever it was.
            // Unfamiliar things counted as what happened to them ("more than 200 dead fish", "1,300 complaints
            // received") are said to be what they are by their noun and event: who counted them and how ("officers
            // had recorded", "members had counted") need share no word.
            // A prison term is the named prisoner's: "Carla Dunne was jailed for four years over a separate
            // scandal" is no other figure for Marchbank's.
            Set<String> context = term ? prisoner(words, clause, q.start())
                    : !action.isEmpty() ? action
                    : whose ? withoutEventWords(context(words, withReason(text, breaks, clause), phrase.head()))
                    : !doer.isEmpty() ? doer
                    : sensitive || local || per != null || !scope.isEmpty() || !known && ofSubject ? Set.of()
                    : withActions(context(words, clause, phrase.head()), words, clause);
            if (currency != null && per != null && context.isEmpty()) {
                // A sum per person is what its noun says it is: "the average fare … was around $3,200 per person"
                // is no account of "a future cruise credit of $570 per person" (a fresh user's cruise outbreak had
                // the two as a contradiction); a sum with no noun ("pay €25,000 for each bereaved family") may be
                // either.
                String paid = subjectValued(words, lower, Units.currencyStart(text, q.start()), clause);
                context = paid == null ? context : Set.of(Claim.SUM_OF + singular(paid));
            }
            if (physical.isPresent() && physical.get().kind() == Units.Measure.Kind.LENGTH && !context.isEmpty()) {
                // "Kestrel Bay General Hospital, 28 miles away": the distance of the name the clause is set off from,
                // as "some 45 miles along the coast road" after the same name is (a fresh user's hospital hack); and
                // of where a direction points from.
                context = new java.util.HashSet<>(context);
                context.addAll(apposedName(words, clause[0]));
                context.addAll(directedFrom(words, figureEnd));
            }
            Interval interval = Interval.of(q).scaled(scale).plus(termMonths / 12);
            // A sum per thing is a price; per person or household ("€25,000 for each bereaved family"), a payment.
            boolean price = currency != null && per != null && !kinds.isRecipient(per) || shareOf != null
                    || sumOf != null && kinds.isPrice(sumOf);
            // Not by a verb in its progressive form, which tells a state at the time of the event, not a count that
            // grows: "was carrying 38 passengers when it smashed through a barrier" (a held-out user's coach crash had
            // Tuesday's 41 as an update of Monday's 38).
            boolean rising = byVerb && ("people".equals(unit) || person) && (said == null || !said.endsWith("ing"));
            out.add(new Claim(s, key, topic, value, interval, 0, revises, "", context, time, tally || ofSubject,
                    price, rising, false));
        }
        ages(s, words, lower, starts, breaks != null ? breaks : breaks(text, starts), time, out, previous);
    }

    /** Words that make the figure after them an addition to a total, not the total: "a further 45 mm of rain". */
    private static final Pattern INCREMENT_BEFORE = Pattern.compile("\\b(?:a further|another|an additional|an extra"
            + "|a (?:fresh|new) batch of)\\s+$");

    /**
     * A figure added to an earlier one ("A further 45 mm of rain fell on Wednesday", "another 12 people were
     * rescued", "five other deaths") is no total another report's could contradict (a fresh user's Wednesday rain
     * had been set against Tuesday's total). Not one still so: "A further 17 people remained unaccounted for" besides
     * the dead is the count of the missing.
     */
    private static boolean increment(String lower, Quantity q, int[] clause) {
        return (INCREMENT_BEFORE.matcher(lower).region(Math.max(0, q.start() - 30), q.start()).find()
                || FigureClause.beyondOthers(lower, q.end()))
                && !Lexicon.STILL.matcher(lower).region(clause[0], clause[1]).find();
    }

    /** What comes right before the figure a count rose from: "…, up from 38 on Wednesday". */
    private static final Pattern REVISED_FROM = Pattern.compile("\\bup from\\s+$");
    /**
     * A sum or count someone changed to the figure: "had raised its community relief fund to $3.5 million" (a fresh
     * user's derailment had it contradict Monday's $2 million fund), "cut the forecast to 2%".
     */
    private static final Pattern RAISED_TO = Pattern.compile("\\b(?:raised|raises|increased|increases|lifted|"
            + "boosted|cut|cuts|reduced|reduces|lowered|revised|doubled|trebled|tripled) (?:[\\p{L}'’-]+ ){0,5}to "
            + "(?:about |around |some |nearly |almost |more than |over )?(?:\\p{Sc}\\s?)?$");

    /**
     * The next figure of the sentence is the one this count rose from: "57 patients had been transferred to other
     * hospitals since the attack began, up from 38 on Wednesday" revises, though its clause ends at "since".
     */
    private static boolean revisedFromNext(String lower, List<Quantity> quantities, Quantity q) {
        int next = quantities.indexOf(q) + 1;
        return next < quantities.size()
                && REVISED_FROM.matcher(lower.substring(q.end(), quantities.get(next).start())).find();
    }

    /** Words that hedge a figure: "about 40", "more than 4,000", "an estimated 12". */
    private static final String HEDGE = "(?:just|about|around|some|nearly|almost|only|roughly|approximately|over|"
            + "more than|fewer than|less than|up to|at least|an estimated)";
    /** A hedge right before a figure. */
    private static final Pattern HEDGE_BEFORE = Pattern.compile("(?i)\\b" + HEDGE + " $");

    /** A verb before a sum, with its object or a hedge between: "will cost it about £1.4 million". */
    private static final Pattern VERB_BEFORE_SUM = Pattern.compile("\\b(\\p{Ll}+)(?: (?:it|them|him|her|us|you|me|"
            + "\\p{Lu}\\p{L}+))?(?: " + HEDGE + ")? $");

    /** A noun and "of" before a sum: "a funding gap of £38.6 million", "debts of nearly £2bn". */
    private static final Pattern NOUN_OF = Pattern.compile("\\b(\\p{Ll}+) of(?: " + HEDGE + ")? $");

    /**
     * The noun a sum is the amount of: the one it is written before ("a £36.8m gap"), the one "of" joins it to ("a
     * funding gap of £38.6 million"), or its subject's ("the bill was £4m"); else null.
     */
    private String sumOf(Words words, String text, String lower, int at, int[] clause, Phrase phrase) {
        if (phrase.head() != null) {
            // "6 million euros fund": the noun after the currency's own word.
            String head = Units.currencyNamed(phrase.head()).isPresent() ? attributive(words, phrase.end())
                    : phrase.head();
            if (head != null && isSumNoun(head)) {
                return head;
            }
        }
        Matcher verb = VERB_BEFORE_SUM.matcher(text).region(Math.max(clause[0], at - 40), at);
        if (verb.find()) {
            // "refunding every ticket holder will cost it around £2.1 million": the sum of a verb whose noun is one
            // (cost, pay, charge) is that noun's (a fresh user's concert crush had two such costs unread).
            String base = kinds.verbBase(verb.group(1).toLowerCase(Locale.ROOT));
            // A verb used mostly as one names no sum by its noun: "took $30.2m" is no take.
            if (base != null && !kinds.usedMoreAsVerb(base) && kinds.isSumOfMoney(base)) {
                return base;
            }
        }
        Matcher of = NOUN_OF.matcher(lower).region(Math.max(clause[0], at - 40), at);
        if (of.find()) {
            return isSumNoun(of.group(1)) ? of.group(1) : null;
        }
        String subject = subjectValued(words, lower, at, clause);
        return subject != null && isSumNoun(subject) ? subject : null;
    }

    /** A word that may name what a sum is: a noun, not a time ("now", "today") nor a letter ("340p"). */
    private boolean isSumNoun(String w) {
        return w.length() > 2 && !PHRASE_END.contains(w) && kinds.isThing(w) && !kinds.isTime(w)
                && !kinds.isMostlyVerb(w) && Units.currencyNamed(w).isEmpty();
    }

    /** What links a share to its subject: "Turnout was 34.2 per cent", "turnout stood at about 38%". */
    private static final Pattern SHARE_LINK = Pattern.compile("\\b(?:was|is|were|are|stood at|stands at|came to|at|of)"
            + "(?: just| about| around| nearly| almost| some| only| roughly| barely)? $");

    /**
     * What the figure at {@code at} is the value of, when it is its subject's value: a share ("Turnout was 34.2 per
     * cent", "Turnout across the city was 38 per cent", "the party's share of the vote was 41%") or a sum ("the
     * average fare … was around $3,200", "a future cruise credit of $570"): the last noun of the subject before any
     * preposition, the subject read back from the linking verb to a break, another verb or the clause's start; else
     * null.
     */
    private String subjectValued(Words words, String lower, int at, int[] clause) {
        Matcher link = SHARE_LINK.matcher(lower).region(Math.max(clause[0], at - 24), at);
        if (!link.find()) {
            return null;
        }
        int end = words.at(link.start());
        int start = end;
        if (start > 1 && words.get(start - 2).start() >= clause[0]
                && Negations.BE.contains(words.get(start - 2).lower())
                && kinds.inflectedVerb(words.get(start - 1).lower()) != null) {
            // "Turnout was confirmed at 48.9 per cent": the subject is before the passive (a fresh user's
            // by-election had that turnout unread beside another report's 52.4 per cent).
            start -= 2;
            end = start;
        }
        while (start > 0 && words.get(start - 1).start() >= clause[0] && !words.get(start - 1).punctuation()) {
            String w = words.get(start - 1).lower();
            if (kinds.inflectedVerb(w) != null && !kinds.isNoun(w)) {
                break; // "officials said turnout was…": the subject starts after the verb
            }
            start--;
        }
        String head = null;
        for (int i = start; i < end; i++) {
            Words.Word w = words.get(i);
            String lw = w.lower();
            if (lw.equals("the") || lw.equals("a") || lw.equals("an") || lw.endsWith("'s") || lw.endsWith("’s")) {
                continue;
            }
            if (PHRASE_END.contains(lw) && head == null) {
                continue; // "with turnout at just 52%": the subject starts after the preposition
            }
            if (PHRASE_END.contains(lw) || w.capitalised() && i > 0 || !Character.isLetter(lw.charAt(0))) {
                break;
            }
            if (kinds.isThing(lw)) {
                head = lw;
            }
        }
        return head;
    }

    /**
     * What "the number of …" counts, its word's index, and the word of the verb that says what happened to it, after
     * it or as a participle before it ("cancelled operations"), or -1.
     */
    private record Counted(String head, int headAt, int verbAt, int participleAt) {
    }

    /**
     * What "the number of …" counts when the figure is its new value ("The number of oiled seabirds found along the
     * coast has risen to 220"): the head of the phrase after it, and the verb that ends that phrase; else null.
     */
    private Counted countedSubject(Words words, String lower, Quantity q) {
        int[] subject = FigureClause.countedSubject(lower, q.start());
        if (subject == null) {
            return null;
        }
        int[] phrase = nounPhrase(words, words.at(subject[1]), words.at(q.start()));
        if (phrase[0] < 0) {
            return null;
        }
        // "the number of cancelled operations having risen to 610": the verb ending the phrase, with only
        // auxiliaries before the count's own, says how the count moved; the participle before the head says what
        // happened to the counted.
        int verb = phrase[1];
        boolean counts = verb >= 0;
        for (int i = verb; counts && i < words.size() && words.get(i).start() < subject[2]; i++) {
            counts = AUXILIARIES.contains(words.get(i).lower()) || words.get(i).lower().equals("having");
        }
        return new Counted(words.get(phrase[0]).lower(), phrase[0], counts ? -1 : verb, counts ? phrase[2] : -1);
    }

    /**
     * The head of the noun phrase from word {@code from} (before word {@code limit}): its last noun, the phrase
     * running to a preposition, punctuation or a verb after its first noun (one before it describes: "oiled
     * seabirds"). As {head, verb ending it, the last verb form before the head}, -1 for none.
     */
    private int[] nounPhrase(Words words, int from, int limit) {
        int head = -1;
        int participle = -1;
        for (int i = from; i < Math.min(words.size(), limit); i++) {
            Words.Word w = words.get(i);
            // "homes" and "lines" are verb forms too, but mostly nouns.
            boolean verb = verb(w) != null && kinds.isMostlyVerb(w.lower());
            if (verb && head >= 0) {
                return new int[] {head, i, participle};
            }
            if (w.punctuation() || PHRASE_END.contains(w.lower())) {
                int relative = head >= 0 && RELATIVES.contains(w.lower()) ? i + 1 : -1;
                while (relative >= 0 && relative < limit && AUXILIARIES.contains(words.get(relative).lower())) {
                    relative++;
                }
                if (relative >= 0 && relative < limit && verb(words.get(relative)) != null) {
                    // "The number of passengers who have fallen ill": the relative clause's verb says what happened.
                    return new int[] {head, relative, participle};
                }
                break;
            }
            if (verb) {
                participle = i;
            } else if (!w.capitalised() && Character.isLetter(w.lower().charAt(0)) && kinds.isThing(w.lower())) {
                head = i;
            }
        }
        return new int[] {head, -1, participle};
    }

    /**
     * The clause of a figure that is the new value of "the number of …" ("the number of people treated in hospital
     * after this week's leak has risen to 57") reaches back to that subject, however it is broken by "after" or
     * "since": what was counted, and what happened to them, are said there.
     */
    private static int[] throughCountedSubject(String lower, int[] clause, Quantity q) {
        int[] subject = FigureClause.countedSubject(lower, q.start());
        return subject == null || subject[0] >= clause[0] ? clause : new int[] {subject[0], clause[1]};
    }

    /**
     * A clause that forecasts or supposes; "would" in reported speech ("said it would pay", "announced that the
     * government would release") reports a decision, and
     * a word of the counted phrase [{@code phraseStart}, {@code phraseEnd}) describes what is counted: "120 planned
     * operations have been cancelled" reports a count (a fresh user's cancelled operations had been read as a plan).
     */
    private static boolean projects(String lower, WordStarts starts, int[] clause, int phraseStart, int phraseEnd) {
        Matcher m = Lexicon.PROJECTION.matcher(lower);
        for (int at = clause[0]; starts.find(m, at, clause[1]); at = m.end()) {
            boolean describes = m.start() >= phraseStart && m.end() <= phraseEnd;
            // The verb reporting it may stand before the clause: "Sallow announced overnight that the government
            // would release 40 million crowns" (a held-out user's eruption had the sum read as a forecast).
            if (!describes && (!m.group().equals("would")
                    || !REPORTED.matcher(lower).region(0, m.start()).find())) {
                return true;
            }
        }
        return false;
    }

    /** "will receive", "will be paid": the future of a verb of a change of possession, and what it is of. */
    private static final Pattern WILL_VERB = Pattern.compile("\\bwill (?:also |now |each |be )?(\\p{L}+)\\b");

    /**
     * Whether the clause of the sum {@code q} forecasts nothing but a payment promised: "every affected household will
     * receive a payment of £35", "will be paid €25,000" say what is to be paid, as "said it would pay" does, where
     * "will cost about £1.4 million" and "could reach £12m" estimate (a fresh user's water contamination had its two
     * compensation sums unread).
     */
    private boolean promised(String lower, int[] clause, Quantity q) {
        Matcher projection = Lexicon.PROJECTION.matcher(lower).region(clause[0], clause[1]);
        int projections = 0;
        while (projection.find()) {
            projections++;
        }
        Matcher will = WILL_VERB.matcher(lower).region(clause[0], q.start());
        return projections == 1 && will.find() && kinds.isTransfer(will.group(1));
    }

    /**
     * "one in four homes", "7.5 per 100 people": a ratio, not a count. The words before the figure are read from a
     * window wide enough for "out of" after a long number, not from the sentence's start.
     */
    private static boolean ratio(String text, Quantity q) {
        Matcher before = Lexicon.RATIO_BEFORE.matcher(text).useTransparentBounds(true);
        return before.region(Math.max(0, q.start() - 40), q.start()).find()
                || Lexicon.RATIO_AFTER.matcher(text).region(q.end(), text.length()).lookingAt();
    }

    /**
     * The currency a figure is in ("€25,000", "EUR 75 million", "10,000 euros", "410p"), by its singular name; else
     * null.
     */
    private static String currency(String text, Quantity q, String head) {
        return Units.currencyBefore(text, q.start()).or(() -> Units.currencyGlued(text, q.end()))
                .or(() -> head == null ? Optional.empty() : Units.currencyNamed(head)).orElse(null);
    }

    /**
     * What a length, area, volume or weight is of: the thing it is the size of ({@code size}, from {@link #sizeOf}),
     * a name it is written before, or the head of the phrase after its "of" ("40 tonnes of fireworks", "650 hectares
     * of the company's pine plantations"), singular; else null.
     */
    private String measured(Words words, int figureEnd, String size) {
        int i = words.at(figureEnd);
        if (i < words.size() && DIMENSIONS.containsKey(words.get(i).lower())) {
            // "up to four metres deep", "as much as six metres deep": a depth, whatever verb it lies under.
            return DIMENSIONS.get(words.get(i).lower());
        }
        if (i + 1 < words.size() && words.get(i).lower().equals("in")
                && DIMENSIONS.containsValue(words.get(i + 1).lower())) {
            // "65 metres in length" is a length as "40 metres long" is (a fresh user's stand roof had the two apart).
            return words.get(i + 1).lower();
        }
        if (i < words.size() && kinds.isDirection(words.get(i).lower())) {
            // "about 12 miles south-east of the prison" is how far, as "some eight miles from the prison" is: no
            // thing of its own (a fresh user's prison escape had the two apart by the direction); where from is
            // its context ({@link #directedFrom}).
            return null;
        }
        if (size != null) {
            return size;
        }
        int named = i < words.size() && words.get(i).lower().equals(")") ? i + 1 : pastBrackets(words, i);
        if (named < words.size() && words.get(named).capitalised() && !words.get(named).punctuation()
                && Character.isLetter(words.get(named).first())) {
            // A measure written before a name is the named thing's, past a conversion in brackets: "the 1.3m (4.2ft)
            // Emiew" is a robot's height, not a distance to set against another robot's walk in another report.
            return words.get(named).lower();
        }
        // So is one before "of", past such a conversion too: "some 650 hectares (1,600 acres) of the company's
        // plantations" is the plantations' area, not the fire's (the wildfire probe had it against the area burned).
        if (named + 1 < words.size() && words.get(named).lower().equals("of")) {
            int j = WordKinds.ARTICLES.contains(words.get(named + 1).lower()) ? named + 2 : named + 1;
            int head = nounPhrase(words, j, j + 5)[0];
            return head < 0 ? null : unitOf(words.get(head).lower());
        }
        return null;
    }

    /** The word past a short bracketed aside opening at word {@code i} ("(1,600 acres)"); {@code i} if none opens. */
    private static int pastBrackets(Words words, int i) {
        if (i >= words.size() || !words.get(i).lower().equals("(")) {
            return i;
        }
        for (int j = i + 1; j < Math.min(words.size(), i + 6); j++) {
            if (words.get(j).lower().equals(")")) {
                return j + 1;
            }
        }
        return i;
    }

    /**
     * The thing a measure is written as the size of, singular: the head of the noun phrase it opens ("a 500-metre
     * cordon", "a 5.2-metre perimeter fence", past an adjective: "the jail's four-metre outer fence"), or the noun
     * whose "of" it follows ("a cordon of approximately 100 metres", a fresh user's gas blast); else null. Whatever
     * verb it stands under, it is that thing's size.
     */
    private String sizeOf(String text, Words words, int figureStart, int figureEnd) {
        int before = words.at(figureStart) - 1;
        if (before >= 1 && words.get(before).lower().equals("of") && commonNoun(kinds, words.get(before - 1))) {
            return unitOf(words.get(before - 1).lower());
        }
        int i = words.at(figureEnd);
        boolean joined = text.substring(figureStart, figureEnd).matches("(?s).*\\d-\\p{L}+");
        if (attributive(words, figureEnd) != null || joined && i < words.size() && !words.get(i).capitalised()
                && Character.isLetter(words.get(i).first()) && kinds.isNoun(words.get(i).lower())) {
            // A measure joined to its unit ("The 62-metre crane") stands before its noun, whatever WordNet's
            // counts of use say the word mostly is ("crane" is mostly a verb there).
            return travelled(unitOf(words.get(nounRunEnd(kinds, words, i)).lower()));
        }
        if (i + 1 < words.size() && !words.get(i).capitalised() && (kinds.isMostlyAdjective(words.get(i).lower())
                || words.get(i).lower().indexOf('-') > 0) && commonNoun(kinds, words.get(i + 1))) {
            // Past an adjective or a hyphened modifier: "the 54-metre luffing-jib crane".
            return travelled(unitOf(words.get(nounRunEnd(kinds, words, i + 1)).lower()));
        }
        return null;
    }

    /**
     * No thing of its own for a measure written before a journey: "a 52-mile journey from Kestleford", "a two-mile
     * bus ride away" say how far, as "some 38 miles from Kestleford" does (two fresh users' stories had them apart).
     */
    private String travelled(String noun) {
        return noun != null && kinds.isTravel(noun) ? null : noun;
    }

    /** English's adjectives of dimension after a measure, with the dimension each names: "six metres deep". */
    private static final Map<String, String> DIMENSIONS = Map.of("deep", "depth", "high", "height",
            "tall", "height", "long", "length", "wide", "width", "thick", "thickness");

    /** The noun a measure is written before ("line" in "a 120-km line"), or null. */
    private String attributive(Words words, int figureEnd) {
        int i = words.at(figureEnd);
        if (i >= words.size() || words.get(i).start() - figureEnd > 1) {
            return null;
        }
        Words.Word w = words.get(i);
        String lower = w.lower();
        if (w.capitalised() || w.punctuation() || !Character.isLetter(lower.charAt(0)) || PHRASE_END.contains(lower)
                || lower.length() < 3 || !kinds.isThing(lower) || kinds.isMostlyVerb(lower)) {
            // Nor a verb's form used mostly as one: "100 metres remains in place" (a noun that is a verb too, "the
            // 62-metre crane", is the noun).
            return null;
        }
        return lower;
    }

    /**
     * The ages a sentence gives as claims: a named person's ("Casimir Vole, 44"), or a described one's with what the
     * lexicon says happened to them ("a 24-year-old man" arrested); an age of someone described by nothing that
     * happened, or by a word that names no person, is no one in particular.
     */
    private void ages(Sentence s, Words words, String lower, WordStarts starts, List<int[]> breaks,
                      ReportTime.Later time, List<Claim> out, Sentence previous) {
        String text = s.text();
        List<Age> ages = Age.in(text);
        // People grow older: an age is compared only between reports that give their date, not a weekday alone or a
        // file's date (the BBC's reports gave Thanou as 29 and 30, months apart, "on Monday").
        if (ages.isEmpty() || !time.get().dated()) {
            return;
        }
        for (Age age : ages) {
            String value = text.substring(age.start(), age.wordsEnd());
            Interval years = new Interval(age.value(), age.value(), false, false);
            if (age.name() != null && nounAfter(text, age.nameEnd())) {
                // "the 25-year-old Newcastle star": the name says whose star, not whose age.
                continue;
            }
            String name = age.name() != null ? text.substring(age.nameStart(), age.nameEnd()) : null;
            String event = name == null && age.noun() != null ? described(text, words, lower, starts, breaks, age)
                    : null;
            if (event != null) {
                out.add(new Claim(s, "n:age:" + age.noun() + "|" + event, "age of the " + age.noun() + " " + event,
                        value, years, 0, false, "", Set.of(), time, false));
                continue;
            }
            if (name == null) {
                name = referent(age, text, previous);
            }
            if (name != null) {
                out.add(new Claim(s, AGE_OF + withoutTitles(Age.whole(name)), "age of " + name, value, years, 0,
                        false, "", Set.of(), time, false));
            }
        }
    }

    /**
     * What happened to the one an age describes by a noun for a person ("a 24-year-old man" arrested), or null: an
     * age of someone described by nothing that happened, or by a word that names no person, is no one in particular.
     */
    private String described(String text, Words words, String lower, WordStarts starts, List<int[]> breaks, Age age) {
        if (!kinds.isPerson(age.noun())) {
            return null;
        }
        int[] clause = throughSubject(text, words, breaks, clause(breaks, text.length(), age.start(),
                age.wordsEnd()), age.wordsEnd());
        Quantity figure = new Quantity(age.value(), Quantity.Qualifier.EXACT, false, false, age.start(), age.end(),
                text.substring(age.start(), age.end()));
        String event = event(lower, starts, clause, figure, "people");
        int nounEnd = lower.indexOf(age.noun(), age.wordsEnd());
        int[] main = event == null && nounEnd >= 0
                ? pastRelative(text, words, breaks, clause, nounEnd + age.noun().length()) : null;
        if (main == null && event == null && nounEnd >= 0) {
            main = pastApposedName(text, breaks, nounEnd + age.noun().length());
        }
        if (main != null) {
            // "An 84-year-old woman who had been admitted to … hospital … died": the main verb, past her relative
            // clause (a fresh user's boil-water notice had her age unread against "A 79-year-old woman … died");
            // "A 36-year-old man, Tomas Wrenfield, died": past his name (a fresh user's marathon).
            event = event(lower, starts, main, figure, "people");
        }
        return event;
    }

    /**
     * Whom "the 61-year-old" refers back to: the name opening the sentence before as its subject ("The chain's chief
     * executive, Margaret Ollerenshaw, resigned. The 61-year-old, who …"), or opening this one ahead of the age
     * ("Henrik Falbrecht has no intention …, dismissing reports that the 61-year-old had …"); null when there is no
     * such name, a noun follows it ("New York police"), or the age's own noun says what the person is and that
     * sentence does not ("the 43-year-old driver" after a named spokesman).
     */
    private String referent(Age age, String text, Sentence previous) {
        if (!age.definite(text)) {
            return null;
        }
        String noun = age.noun();
        boolean describedAs = noun != null && kinds.isThing(noun) && !kinds.isMostlyVerb(noun);
        if (describedAs && !kinds.isPerson(noun)) {
            // "The 52-year-old union leader": the person a compound's last noun names.
            Matcher next = NEXT_WORD.matcher(text).region(text.indexOf(noun, age.wordsEnd()) + noun.length(),
                    text.length());
            noun = next.lookingAt() && kinds.isPerson(next.group(1)) ? next.group(1) : null;
        }
        if (describedAs && noun == null) {
            // "The 48-year-old stand": a thing's age.
            return null;
        }
        int[] own = Age.openingName(text);
        if (own != null && subject(text, own) != null) {
            // A sentence with a name for its subject refers to no one before it (one opening "On Wednesday morning,"
            // may); its subject is the one only when the age says nothing of what the person is, and the subject
            // does not speak of someone else ("Oskar Vantreel said the 47-year-old had been calm").
            Matcher next = NEXT_WORD.matcher(text).region(own[1], text.length());
            boolean speaks = next.lookingAt() && Attribution.isSayingVerb(next.group(1));
            return own[1] <= age.start() && !describedAs && !speaks ? subject(text, own) : null;
        }
        if (previous == null) {
            return null;
        }
        String before = previous.text();
        int[] prior = Age.openingName(before);
        if (prior == null || describedAs && !before.toLowerCase(Locale.ROOT).contains(noun)) {
            return null;
        }
        return subject(before, prior);
    }

    /** The name at {@code at} in {@code text} if a verb, not a noun, follows it (or a comma): its sentence's subject. */
    private String subject(String text, int[] at) {
        return nounAfter(text, at[1]) ? null : text.substring(at[0], at[1]);
    }

    /** A name set off by commas right after a noun: ", Tomas Wrenfield,". */
    private static final Pattern APPOSED_NAME = Pattern.compile(
            "^,\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3},");

    /** The clause past a name set off by commas after offset {@code nounEnd}, up to the next break; else null. */
    private static int[] pastApposedName(String text, List<int[]> breaks, int nounEnd) {
        Matcher m = APPOSED_NAME.matcher(text).region(nounEnd, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        return new int[] {m.end(), nextBreak(breaks, m.end(), text.length())};
    }

    /** Whether a common noun follows right after {@code end}: "Newcastle star". */
    private boolean nounAfter(String text, int end) {
        Matcher next = NEXT_WORD.matcher(text).region(end, text.length());
        return next.lookingAt() && kinds.isThing(next.group(1)) && !kinds.isMostlyVerb(next.group(1));
    }

    /** Words that make "a day", "a week" before them a time ago, not what a rate is per: "a day earlier". */
    private static final Set<String> RELATIVE_TIME = Set.of("earlier", "later", "before", "after", "ago", "previously");

    /**
     * What a rate is counted per: "10,000 euros per family", "€25,000 for each bereaved family" (the noun closing
     * the words after "per", at most two, before any linking word).
     */
    private static String denominator(String text, int from) {
        Matcher m = PER.matcher(text).region(from, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        String noun = null;
        Words after = Words.of(text.substring(m.end()));
        int next = 0;
        for (; next < Math.min(2, after.size()); next++) {
            Words.Word w = after.get(next);
            if (w.punctuation() || PHRASE_END.contains(w.lower()) || !Character.isLetter(w.lower().charAt(0))) {
                break;
            }
            noun = w.lower();
        }
        if (noun == null || next < after.size() && RELATIVE_TIME.contains(after.get(next).lower())) {
            // "the £5 million announced a day earlier" says when, not how much a day.
            return null;
        }
        if (noun.endsWith("ies")) {
            return noun.substring(0, noun.length() - 3) + "y";
        }
        return noun.endsWith("s") && !noun.endsWith("ss") ? noun.substring(0, noun.length() - 1) : noun;
    }

    /**
     * The clause's own predicate for a figure the lexicon has no event for: the first verb form after the figure
     * with the noun it goes on to ("people waiting for treatment": wait treatment), else (unless the figure must be
     * the verb's subject) the nearest verb before it ("carrying about 300 passengers"), else where the counted are
     * ("300 people were on board"). Null when there is none.
     */
    private Predicate predicate(String text, Words words, int[] clause, int figureStart, int figureEnd,
                                boolean subjectOnly) {
        int first = pastCoordinatedCount(words, words.at(figureEnd), clause[1]);
        // The counted are the verb's subject when only their words (and an auxiliary) come between: "14 tanker cars
        // derailed", not "six goals in nine games, including…".
        boolean subject = true;
        for (int i = first; i < words.size() && words.get(i).start() < clause[1]; i++) {
            // A word right after an article or a preposition is a noun's ("on the rocks"), not the clause's verb.
            String verb = i > first && NOUN_BEFORE.contains(words.get(i - 1).lower()) ? null : verb(words.get(i));
            // "About 120 operations scheduled for Monday were called off": the participle describes them, the verb
            // after it says what happened (a fresh user's hospital hack had them "scheduled"); and "112,000 patients
            // are now known to have been stolen": what is known to have happened happened.
            int main = verb == null ? -1 : subject && i == first ? verbAfterParticiplePhrase(words, i, clause[1]) : -1;
            if (main < 0 && verb != null) {
                main = perfectInfinitive(words, i, clause[1]);
            }
            if (main >= 0) {
                i = main;
                verb = verb(words.get(main));
            }
            if (verb != null) {
                // A participle right before the figure takes it as its object: the turboprop "carrying 68
                // passengers and four crew overshot the runway", not the passengers.
                boolean participleObject = !subjectOnly && figureStart > 0 && words.at(figureStart) > 0
                        && words.get(words.at(figureStart) - 1).lower().endsWith("ing");
                if ((!subject || participleObject) && !subjectOnly) {
                    // Not the counted's own verb: the figure is the object of a verb right before it, if any ("had
                    // burned 4,200 hectares by Tuesday's morning briefing" is burning, not briefing).
                    Predicate object = verbRightBefore(text, words, clause, figureStart);
                    if (object != null) {
                        return object;
                    }
                }
                return verbPredicate(text, words, i, verb, clause[1], subject);
            }
            String w = words.get(i).lower();
            int auxiliary = subject && NOUN_BEFORE.contains(w) ? auxiliaryPastModifier(words, i + 1, clause[1]) : -1;
            if (auxiliary > 0) {
                // "Nine beaches along the Carrowick coast are now closed": a phrase placing the counted, no figure in
                // it, before their auxiliary keeps them the verb's subject.
                i = auxiliary - 1;
                continue;
            }
            if (subject && w.equals("and") && i + 1 < words.size() && verb(words.get(i + 1)) != null) {
                // "closes seven branch libraries and cuts 420 jobs": a verb after "and" is the next predicate's, not
                // what the counted did or underwent, so the libraries are what "closes" was done to (a fresh user's
                // council budget read them as cut).
                return subjectOnly ? null : verbRightBefore(text, words, clause, figureStart);
            }
            if (words.get(i).punctuation() || PHRASE_END.contains(w) && !AUXILIARIES.contains(w)) {
                subject = false;
            }
        }
        Predicate where = whereCounted(text, words, clause, first);
        int before = words.at(figureStart) - 1;
        if (where != null && before >= 0 && words.get(before).lower().equals("with")) {
            // "was operating SK2207 from Tarrow with 68 passengers on board": a figure after "with" is not the
            // verb's object; where its counted are is what is said of them.
            return where;
        }
        String put = where == null || before < 0 || words.get(before).capitalised() || verb(words.get(before)) != null
                ? null : kinds.inflectedVerb(words.get(before).lower());
        if (put != null && !"be".equals(put) && !"have".equals(put) && !kinds.isSaying(put)
                && !Attribution.isSayingVerb(words.get(before).lower())) {
            // "We took about ninety people on board": where a verb of no event of its own put them, not where they
            // were, as "had 386 passengers on board" says (a held-out user's ferry fire set a rescue boat's ninety
            // against the ferry's passengers). A verb of an event keys them below ("carrying 412 passengers"); one of
            // saying opens their clause ("said 412 passengers and 58 crew were on board").
            return new Predicate(kinds.action(put) + " " + where.key(), text, words.get(before), words.get(before),
                    false, put);
        }
        for (int i = before; !subjectOnly && i >= 0 && words.get(i).start() >= clause[0]; i--) {
            String verb = verb(words.get(i));
            if (verb != null) {
                return new Predicate(kinds.action(verb), text, words.get(i), words.get(i), false,
                        phrasal(words, i, verb));
            }
        }
        return where;
    }

    /**
     * The verb an auxiliary opens after a participle phrase that starts at word {@code i} with no auxiliary of its
     * own ("scheduled for Monday were called off": "called"), within the clause; else -1.
     */
    private int verbAfterParticiplePhrase(Words words, int i, int clauseEnd) {
        if (!words.get(i).lower().endsWith("ed") || i > 0 && AUXILIARIES.contains(words.get(i - 1).lower())) {
            return -1;
        }
        for (int k = i + 1; k + 1 < words.size() && words.get(k + 1).start() < clauseEnd; k++) {
            if (words.get(k).punctuation()) {
                return -1;
            }
            if (AUXILIARIES.contains(words.get(k).lower())) {
                int v = k + 1;
                while (v < words.size() && words.get(v).start() < clauseEnd
                        && AUXILIARIES.contains(words.get(v).lower())) {
                    v++;
                }
                return v < words.size() && words.get(v).start() < clauseEnd && verb(words.get(v)) != null ? v : -1;
            }
        }
        return -1;
    }

    /**
     * The verb of a perfect infinitive right after word {@code i} ("known to have been stolen", "thought to have
     * escaped": the stealing, the escape), within the clause; else -1.
     */
    private int perfectInfinitive(Words words, int i, int clauseEnd) {
        int k = i + 1;
        if (k + 2 >= words.size() || !words.get(k).lower().equals("to") || !words.get(k + 1).lower().equals("have")) {
            return -1;
        }
        k += 2;
        if (words.get(k).lower().equals("been")) {
            k++;
        }
        return k < words.size() && words.get(k).start() < clauseEnd && verb(words.get(k)) != null ? k : -1;
    }

    /**
     * Where the counted are, said right after them: "on board", "at home"; else null. A place WordNet has as one
     * adverb is keyed by its sense's first word, so "on board" and "aboard the helicopter" are one place (a fresh
     * user's air ambulance crash had its four and five people apart).
     */
    private Predicate whereCounted(String text, Words words, int[] clause, int first) {
        int i = first;
        while (i < words.size() && COPULA.contains(words.get(i).lower())) {
            i++;
        }
        if (i + 1 < words.size() && LOCATIVE.contains(words.get(i).lower()) && words.get(i + 1).end() <= clause[1]
                && !words.get(i + 1).capitalised() && Character.isLetter(words.get(i + 1).first())
                && !PHRASE_END.contains(words.get(i + 1).lower())) {
            String phrase = words.get(i).lower() + " " + words.get(i + 1).lower();
            List<String> sense = kinds.adverbSense(phrase);
            return new Predicate(sense.isEmpty() ? phrase : sense.get(0), text, words.get(i), words.get(i + 1), false,
                    null);
        }
        if (i < words.size() && words.get(i).end() <= clause[1] && LOCATIVE.contains(words.get(i).lower())) {
            // One word that is a place by itself: an adverb whose sense WordNet also words as a phrase with a
            // preposition ("aboard", "on board"), not "in" or "at", which need their object.
            List<String> sense = kinds.adverbSense(words.get(i).lower());
            if (sense.stream().anyMatch(w -> w.indexOf(' ') > 0 && LOCATIVE.contains(w.substring(0, w.indexOf(' '))))) {
                return new Predicate(sense.get(0), text, words.get(i), words.get(i), false, null);
            }
        }
        return null;
    }

    /**
     * The word after a count joined to the figure's by "and", which shares its predicate: "with 71 passengers and four
     * crew on board" has the passengers on board as surely as the crew (a fresh user's runway accident had its 71
     * passengers counted by nothing, and missed them against the 68 of other reports); else {@code first}.
     */
    private int pastCoordinatedCount(Words words, int first, int clauseEnd) {
        if (first + 2 >= words.size() || !words.get(first).lower().equals("and")
                || !QuantityParser.isNumberWord(words.get(first + 1).lower())
                && !Character.isDigit(words.get(first + 1).first())) {
            return first;
        }
        int k = first + 2;
        while (k < words.size() && k <= first + 4 && words.get(k).end() <= clauseEnd) {
            Words.Word w = words.get(k);
            if (w.punctuation() || PHRASE_END.contains(w.lower()) || LOCATIVE.contains(w.lower())
                    || COPULA.contains(w.lower()) || verb(w) != null && kinds.isMostlyVerb(w.lower())) {
                break;
            }
            k++;
        }
        return k == first + 2 ? first : k;
    }

    /**
     * The verb of the word right before a figure, within its clause, when its usual sense takes an object ("burned
     * 4,200 hectares", not "sits barely 400 metres from"), or null.
     */
    private Predicate verbRightBefore(String text, Words words, int[] clause, int figureStart) {
        int i = verbRightBeforeAt(text, words, clause, figureStart);
        return i < 0 ? null : verbAt(text, words, i);
    }

    /** The predicate of the verb at word {@code i}, with its particle ("turned over"). */
    private Predicate verbAt(String text, Words words, int i) {
        String verb = verb(words.get(i));
        return new Predicate(kinds.action(verb), text, words.get(i), words.get(i), false, phrasal(words, i, verb));
    }

    /**
     * Who did what the verb at word {@code verbAt} says, right before it past its auxiliaries: the words of a name
     * ("Adriano has scored") or a person's noun ("the striker scored"), lower-cased and marked {@link Claim#DOER};
     * else none ("the company", "police": a body's count may be told of it in other words).
     */
    private Set<String> doer(Words words, int verbAt) {
        int k = verbAt - 1;
        while (k >= 0 && AUXILIARIES.contains(words.get(k).lower())) {
            k--;
        }
        Set<String> out = new java.util.HashSet<>();
        for (int i = k; i >= 0 && words.get(i).capitalised() && Character.isLetter(words.get(i).first())
                && !PHRASE_END.contains(words.get(i).lower()) && !Attribution.PRONOUNS.contains(words.get(i).lower());
             i--) {
            out.add(Claim.DOER + words.get(i).lower());
        }
        if (out.isEmpty() && k >= 0 && !words.get(k).capitalised() && kinds.isThing(words.get(k).lower())
                && kinds.isPerson(words.get(k).lower())) {
            out.add(Claim.DOER + words.get(k).lower());
        }
        return out;
    }

    /** The index of the word {@link #verbRightBefore} reads, past any hedge ("received more than 4,000"), or -1. */
    private int verbRightBeforeAt(String text, Words words, int[] clause, int figureStart) {
        Matcher hedge = HEDGE_BEFORE.matcher(text).region(clause[0], figureStart);
        int i = words.at(hedge.find() ? hedge.start() : figureStart) - 1;
        if (i < 0 || words.get(i).start() < clause[0]) {
            return -1;
        }
        String verb = verb(words.get(i));
        return verb == null || !kinds.takesObject(verb) ? -1 : i;
    }

    /**
     * A clause's own predicate: its key, the verb that names the verb's usual sense and the noun after it ("transfer
     * hospitals"), and its words as written, for the topic ("transferred to other hospitals"); {@code verb} is the
     * verb with its particle as WordNet lists it ("turn over"), or null where the predicate is a place ("on board").
     */
    private record Predicate(String key, String written, boolean ofSubject, String verb, String object) {
        Predicate(String key, String text, Words.Word from, Words.Word to, boolean ofSubject, String verb) {
            this(key, text, from, to, ofSubject, verb, null);
        }

        Predicate(String key, String text, Words.Word from, Words.Word to, boolean ofSubject, String verb,
                  String object) {
            this(key, text.substring(from.start(), to.end()), ofSubject, verb, object);
        }

        /** The same predicate, counting what it was done to as it counts a subject. */
        Predicate asCounted() {
            return new Predicate(key, written, true, verb, object);
        }
    }

    /** The verb at word {@code i} with the particle after it where WordNet lists the two as one ("turned over"). */
    private String phrasal(Words words, int i, String base) {
        if (i + 1 < words.size() && !words.get(i + 1).punctuation()) {
            String withParticle = base + " " + words.get(i + 1).lower();
            if (!kinds.verbSenses(withParticle).isEmpty()) {
                return withParticle;
            }
        }
        return base;
    }

    /**
     * The index of the auxiliary ending a phrase of up to four words from {@code from} that holds no figure, no mark
     * and no verb ("the Carrowick coast are"), or -1.
     */
    private int auxiliaryPastModifier(Words words, int from, int clauseEnd) {
        for (int i = from; i < Math.min(words.size(), from + 5) && words.get(i).end() <= clauseEnd; i++) {
            Words.Word w = words.get(i);
            String lower = w.lower();
            if (i > from && AUXILIARIES.contains(lower)) {
                return i;
            }
            if (w.punctuation() || !Character.isLetter(lower.charAt(0)) || QuantityParser.isNumberWord(lower)
                    || !w.capitalised() && !NOUN_BEFORE.contains(lower) && verb(w) != null && !isNoun(lower)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * What the verb at word {@code i} (its base {@code verb}) says happened: a phrasal verb is one verb ("were called
     * off"), keyed by the verb that names its usual sense, as is any verb (operations called off and operations
     * cancelled are one count), with the noun or adjective completing it ("fell ill", "taken to hospital").
     */
    private Predicate verbPredicate(String text, Words words, int i, String verb, int clauseEnd, boolean subject) {
        String phrasal = phrasal(words, i, verb);
        int last = phrasal.equals(verb) ? i : i + 1;
        String action = kinds.action(phrasal);
        int complement = complement(words, last + 1, clauseEnd);
        String object = object(words, last + 1, clauseEnd);
        return complement < 0 ? new Predicate(action, text, words.get(i), words.get(last), subject, phrasal, object)
                : new Predicate(action + " " + words.get(complement).lower(), text, words.get(i),
                words.get(complement), subject, phrasal, object);
    }

    /** The word a verb is done to, past an article and adjectives describing it ("suffered minor burns"); else null. */
    private String object(Words words, int from, int clauseEnd) {
        for (int i = from; i < Math.min(words.size(), from + 4) && words.get(i).end() <= clauseEnd; i++) {
            Words.Word w = words.get(i);
            if (w.punctuation() || w.capitalised() || !Character.isLetter(w.first())) {
                return null;
            }
            if (!WordKinds.ARTICLES.contains(w.lower()) && !kinds.isMostlyAdjective(w.lower())) {
                return w.lower();
            }
        }
        return null;
    }

    /**
     * The index of the first common noun within three words from {@code from}, before the clause ends; else -1. A word
     * mostly an adjective completes the verb right after it ("fell ill"), not after another word ("in total", "so
     * far").
     */
    private int complement(Words words, int from, int clauseEnd) {
        for (int i = from; i < Math.min(words.size(), from + 3) && words.get(i).end() <= clauseEnd; i++) {
            Words.Word w = words.get(i);
            if (w.punctuation() || WordKinds.ARTICLES.contains(w.lower()) && i > from) {
                // "were sent to the site": a place, as "sent … to the scene" is, not what the verb did ("taken to
                // hospital", "fell ill").
                return -1;
            }
            // "distributed through its bottled water stations": an owner's word is no noun (WordNet's "its" is IT's).
            if (!w.capitalised() && w.lower().length() >= 3 && Character.isLetter(w.lower().charAt(0))
                    && !PHRASE_END.contains(w.lower()) && !OWNERS.contains(w.lower()) && isNoun(w.lower())
                    && verb(w) == null
                    && !kinds.isTime(w.lower()) && !(i > from && kinds.isMostlyAdjective(w.lower()))) {
                return i;
            }
        }
        return -1;
    }

    private boolean isNoun(String word) {
        return kinds.isNoun(word);
    }

    /** The verb a word is an inflected form of ("derailed" → derail), unless it only links or reports; else null. */
    private String verb(Words.Word w) {
        String lower = w.lower();
        if (w.capitalised() || w.punctuation() || !Character.isLetter(lower.charAt(0))) {
            return null;
        }
        String base = kinds.inflectedVerb(lower);
        return base == null || NOT_EVENTS.contains(base) ? null : base;
    }

    /**
     * A context with the usual sense of each inflected verb in the clause, by the verb that names it, so that
     * clauses telling one thing done in other verbs share a word: "It was moving at about 40 mph" and "was travelling
     * at 57 mph" (WordNet's usual sense of both is travelling; a fresh user's derailment had the speeds apart).
     */
    private Set<String> withActions(Set<String> context, Words words, int[] clause) {
        Set<String> out = null;
        for (Words.Word w : words.list()) {
            if (w.start() < clause[0] || w.end() > clause[1]) {
                continue;
            }
            // Verbs that help, link or report tell no deed (see verb): every clause would share them.
            String base = verb(w);
            if (base != null) {
                out = out == null ? new java.util.HashSet<>(context) : out;
                out.add(Claim.USUAL_VERB + kinds.action(base));
            }
        }
        return out == null ? context : out;
    }

    private static Set<String> context(Words words, int[] clause, String head) {
        Set<String> out = new java.util.HashSet<>();
        for (Words.Word w : words.list()) {
            if (w.start() >= clause[0] && w.end() <= clause[1] && w.lower().length() >= 4
                    && Character.isLetter(w.lower().charAt(0)) && !PHRASE_END.contains(w.lower())
                    && !w.lower().equals(head) && Lexicon.unit(w.lower()) == null) {
                String word = w.lower();
                out.add(word.endsWith("es") ? word.substring(0, word.length() - 2)
                        : word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
            }
        }
        return out;
    }

    /**
     * The words of a name ending right before the comma at or before a clause's start, lower-cased and marked
     * {@link Claim#NAMED}; else none.
     */
    private static Set<String> apposedName(Words words, int clauseStart) {
        int k = -1;
        while (k + 1 < words.size() && words.get(k + 1).start() < clauseStart) {
            k++;
        }
        if (k < 0 || !words.get(k).lower().equals(",")) {
            return Set.of();
        }
        Set<String> out = new java.util.HashSet<>();
        for (k--; k > 0 && words.get(k).capitalised() && Character.isLetter(words.get(k).first()); k--) {
            out.add(Claim.NAMED + words.get(k).lower());
        }
        return out;
    }

    /**
     * Where a distance with a direction is from, marked {@link Claim#NAMED}: "about 1.5 miles east of the town centre"
     * is not "about 20 miles west of the crash site"; else none.
     */
    private Set<String> directedFrom(Words words, int figureEnd) {
        int i = words.at(figureEnd);
        if (i + 2 >= words.size() || !kinds.isDirection(words.get(i).lower())
                || !words.get(i + 1).lower().equals("of")) {
            return Set.of();
        }
        int j = WordKinds.ARTICLES.contains(words.get(i + 2).lower()) ? i + 3 : i + 2;
        int head = nounPhrase(words, j, j + 5)[0];
        return head < 0 ? Set.of() : Set.of(Claim.NAMED + words.get(head).lower());
    }

    /** The capitalised words of a clause after the sentence's first word: the names it mentions. */
    /**
     * Whose a prison term is: the names in its clause, else those the sentence gives before it ("Tobias Renick, owner
     * of the contractor Kestrel Baysworks, was sentenced to four years", its clause after the description; "…voted
     * to strip Lucian Orvell of the mayoralty, two days after the suspended mayor was sentenced to seven years": a
     * fresh user's trial had Orvell's seven years set against Renick's four as one term).
     */
    private Set<String> prisoner(Words words, int[] clause, int figureStart) {
        Set<String> named = namedPeople(words, clause);
        return named.isEmpty() ? namedPeople(words, new int[] {0, figureStart}) : named;
    }

    /**
     * The names of a stretch that may be a prisoner's. A day is no prisoner: "Malcolm Tredgold … was sentenced to
     * six years and nine months on Wednesday" is his term (a fresh user's fraud trial had it incomparable with his
     * term named in another report).
     */
    private Set<String> namedPeople(Words words, int[] stretch) {
        Set<String> named = names(words, stretch);
        named.removeIf(kinds::isTime);
        return named;
    }

    private static Set<String> names(Words words, int[] clause) {
        Set<String> out = new java.util.HashSet<>();
        for (int i = 1; i < words.size(); i++) {
            Words.Word w = words.get(i);
            if (w.start() >= clause[0] && w.end() <= clause[1] && w.capitalised()) {
                out.add(w.lower());
            }
        }
        return out;
    }

    private Set<String> withoutEventWords(Set<String> context) {
        Set<String> out = new java.util.HashSet<>(context);
        out.removeIf(Lexicon.EVENT_STARTS::contains);
        // Nor when it was said: an appeal's total "by Monday lunchtime" and a government's package "on Monday" are
        // two sums (a fresh user's eruption had them set against each other by their day alone).
        out.removeIf(kinds::isTime);
        return out;
    }

    private String topic(String unit, String currency, String per, Phrase phrase, String event, Set<String> scope) {
        StringBuilder sb = new StringBuilder();
        if (!phrase.modifiers().isEmpty()) {
            sb.append(capitalise(String.join(" ", phrase.modifiers()))).append(' ');
        }
        sb.append(unit.equals("percent") ? "share of people" : unit.equals("km/h") ? "speed (km/h)"
                : currency != null ? "amount in " + Units.currencyPlural(currency) : unit);
        if (per != null) {
            sb.append(" per ").append(per);
        }
        if (event != null) {
            sb.append(' ').append(event);
        }
        // A prison term has no place to be overall in.
        return unit.equals(Lexicon.TERM) ? sb.toString() : sb.append(where(scope)).toString();
    }

    /** Where a figure is, as its topic ends: " overall", or " in Lviv". */
    private String where(Set<String> scope) {
        return scope.isEmpty() ? " overall" : " in " + places.display(scope);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * What follows a figure: proper-noun modifiers ("Kinzhal"), the counted head word ("missiles"), the word of a
     * past participle that describes it ("1,240 cancelled flights": -1 for none), and whether an adjective the
     * lexicon reads as what happened describes it ("200 dead fish": the fish are what died).
     */
    record Phrase(String head, List<String> modifiers, int end, int participle, boolean described) {
        Phrase(String head, List<String> modifiers, int end, int participle) {
            this(head, modifiers, end, participle, false);
        }

        Phrase(String head, List<String> modifiers, int end) {
            this(head, modifiers, end, -1);
        }
    }

    private Phrase phrase(Words words, Quantity q, String lower) {
        int i = words.at(q.end());
        if (i + 2 < words.size() && words.get(i).lower().equals("of") && OWNERS.contains(words.get(i + 1).lower())) {
            // "He found 32 of his sheep dead": some of a kind of thing counts that thing, as "32 sheep" does (a fresh
            // user's algae bloom had them people killed); a part of people is read as people are, a part of the
            // injured by what happened to it after.
            Words.Word kind = words.get(i + 2);
            if (!kind.capitalised() && Character.isLetter(kind.first()) && kinds.isThing(kind.lower())
                    && !kinds.isMostlyAdjective(kind.lower()) && !kinds.isPerson(kind.lower())
                    && Lexicon.unit(kind.lower()) == null) {
                return new Phrase(kind.lower(), List.of(), kind.end());
            }
        }
        String head = null;
        int end = q.end();
        int headEnd = end;
        int headIndex = -1;
        int participle = -1;
        boolean described = false;
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
                if (ADJECTIVE_COUNTS.contains(lw) && describesNoun(lower, w.end())) {
                    described = true;
                    continue; // "200 dead fish" counts fish (a fresh user's river had a toll of 200 people)
                }
                head = lw;
                break;
            }
            if (w.capitalised()) {
                modifiers.add(lw);
            } else if (head == null) {
                // The first plain word is the counted thing unless a known unit follows ("six hypersonic missiles").
                head = lw;
                headEnd = end;
            } else if (j == headIndex + 1 && !kinds.isPlural(head)
                    && (lw.endsWith("s") && lw.length() > 3 || kinds.isPlural(lw)) && q.value() > 1) {
                // A plural after a singular is the counted, the singular its kind: "fourteen tanker cars", "25 basis
                // points" (singular to WordNet, though it ends in "s": the points had been read as a verb, "indicate",
                // and a rate cut's 25 set against a bond yield's fall of 14), "Three masked men" (a plural WordNet
                // knows). A word WordNet has as no noun describes without making a kind: "120 planned operations" are
                // operations.
                if (kinds.isNoun(head)) {
                    modifiers.add(head);
                } else if (head.endsWith("ed") && kinds.inflectedVerb(head) != null) {
                    participle = headIndex;
                }
                head = lw;
                headEnd = end;
            }
            if (head != null && head.equals(lw)) {
                headIndex = j;
            }
        }
        if (head != null && Lexicon.unit(head) == null) {
            end = headEnd;
        }
        if (head != null && Lexicon.unit(head) == null && !modifiers.isEmpty()) {
            // "six Kinzhal hypersonic" with no known noun: the modifier is the thing counted.
            modifiers.clear();
        }
        return new Phrase(head, modifiers, end, participle, described);
    }

    /** Words that say whose the things after them are: "32 of his sheep". */
    private static final Set<String> OWNERS = Set.of("his", "her", "their", "its", "our", "my");

    /** Words for people that are adjectives too: before a noun they describe it ("dead fish", "injured workers"). */
    private static final Set<String> ADJECTIVE_COUNTS = Set.of("dead", "injured", "wounded");

    /** How many years a prison term's unit is ("months" is a twelfth), or 0 for units no sentence is given in. */
    /** The months a prison term's years go on with: " and six months". */
    private static final Pattern AND_MONTHS = Pattern.compile("\\s+and\\s+(\\S+)\\s+(months?)\\b");

    private static double termYears(String head) {
        return switch (head) {
            case "years", "year" -> 1;
            case "months", "month" -> 1.0 / 12;
            case "weeks", "week" -> 7 / 365.25;
            case "decades" -> 10;
            default -> 0;
        };
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
        return singular(head);
    }

    /**
     * A person's name as a key without the titles before it, a courtesy title or a word WordNet has for a person
     * ("captain ilario venturin" → "ilario venturin"), while a first name and a surname remain: another report may
     * name the person without them (a fresh user's oil spill had the captain's two ages apart).
     */
    private String withoutTitles(String name) {
        List<String> words = new ArrayList<>(List.of(name.split(" ")));
        while (words.size() > 2 && (Age.TITLES.stream().anyMatch(t -> t.equalsIgnoreCase(words.get(0)))
                || kinds.isPerson(words.get(0)))) {
            words.remove(0);
        }
        return String.join(" ", words);
    }

    /**
     * A plural's singular by the regular endings: "libraries", "churches", "roads". A word ending in "us" is its own
     * singular ("radius", "bus", "census": a fresh user's zoo escape had a cordon's "distance (km) of radiu").
     */
    static String singular(String word) {
        if (word.endsWith("us")) {
            return word;
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes") || word.endsWith("sses")) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    }

    /**
     * The date a figure is tied to: one in its clause, else a year before its clause ends ("… in 1998"; not one of a
     * clause after it, "fined £3.8m after the firm was convicted of polluting the river in August 2025"). A month is
     * one only as news writes it, capitalised: "may" and "march" are words too ("prices may rise").
     */
    private static String when(String text, String lower, int[] clause) {
        Matcher anchor = Lexicon.TIME_ANCHOR.matcher(lower).region(clause[0], clause[1]);
        while (anchor.find()) {
            if (POSSESSIVE.matcher(lower).region(anchor.end(), lower.length()).lookingAt()) {
                // "this week's leak": when the leak was, not when the figure was counted.
                continue;
            }
            // Of the anchors, only a month is one letter-word ("last week", "first quarter" are two, a year digits).
            boolean month = Character.isLetter(text.charAt(anchor.start())) && anchor.group().indexOf(' ') < 0;
            if (month && (DAY_BEFORE.matcher(lower).region(Math.max(0, anchor.start() - 6), anchor.start()).find()
                    || DAY_AFTER.matcher(lower).region(anchor.end(), lower.length()).lookingAt())) {
                // "in the early hours of Saturday 14 June", "on June 14": a day, which the report's own time tells
                // of, not a month's figure (a fresh user's nightclub fire had its toll of 11 apart from the nine).
                continue;
            }
            if (!month || Character.isUpperCase(text.charAt(anchor.start()))) {
                return "#" + anchor.group();
            }
        }
        Matcher year = YEAR.matcher(lower).region(0, clause[1]);
        while (year.find()) {
            if (!inRelativeAside(lower, year.start(), clause[0])) {
                return "#" + year.group();
            }
        }
        Matcher since = SINCE_PERIOD.matcher(text).region(clause[1], text.length());
        if (since.lookingAt()) {
            // "avalanches have now killed nine people in the region since December": a total over a period a month
            // or a year long, not the story's own count (a fresh user's avalanche had it a toll rising from three).
            return "#since " + since.group(1).toLowerCase(Locale.ROOT);
        }
        return "";
    }

    /** A day of the month before a month's name ("14 June", "3rd March"), or after it ("June 14", not "June 2031"). */
    private static final Pattern DAY_BEFORE = Pattern.compile("\\b\\d{1,2}(?:st|nd|rd|th)? $");
    private static final Pattern DAY_AFTER = Pattern.compile(" \\d{1,2}(?:st|nd|rd|th)?\\b(?!,? ?\\d)");

    /** "since" right after a figure's clause, with the month or year its period began: "since December". */
    private static final Pattern SINCE_PERIOD = Pattern.compile("\\s*since\\s+(?:the (?:start|beginning) of\\s+)?"
            + "((?:last |this |the )?(?:January|February|March|April|May|June|July|August|September|October|November|"
            + "December|(?:19|20)\\d\\d|year|month)\\b)");

    /**
     * A relative clause or a past participle's phrase set off by commas: ", which lost its last bank branch in 2024,",
     * ", founded in 1962 in the market town of Castlemere,".
     */
    private static final Pattern RELATIVE_ASIDE = Pattern.compile(",\\s*(?:which|who|whose|where|[a-z]+ed)\\b[^,]*,");

    /**
     * Whether the text at {@code at} lies in a relative clause set off by commas that ends before the figure's clause
     * begins (not "The line, which opened in 1962 and carries about 2,500 passengers…", whose figure is in it): its year
     * is what that clause tells of ("In Lowick, which lost its last bank branch in 2024, the nearest working cash
     * machine was … 14 miles away" is no distance of 2024; a fresh user's bank outage had it apart from "some 40
     * miles away" by that year). So is a past participle's phrase: "The chain, founded in 1962 …, employs 6,300
     * people" counts no staff of 1962 (a fresh user's retailer).
     */
    private static boolean inRelativeAside(String lower, int at, int figureClause) {
        Matcher aside = RELATIVE_ASIDE.matcher(lower);
        while (aside.find() && aside.end() <= figureClause) {
            if (aside.start() < at && at < aside.end()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");

    /**
     * A year or month said from the report's day, as the date it names: "fined €95,000 last year" in a report of
     * October 2025 and "in 2024 the inspectorate fined" are one fine. Left as written when the report's date is
     * unknown or only the file's.
     */
    private static String dated(String when, ReportTime.Later time) {
        boolean year = when.endsWith(" year");
        if (!(when.startsWith("#last ") || when.startsWith("#this ")) || !(year || when.endsWith(" month"))) {
            return when;
        }
        ReportTime written = time.get();
        if (written.date() == null || written.fromFile()) {
            return when;
        }
        java.time.LocalDate day = when.startsWith("#last ")
                ? year ? written.date().minusYears(1) : written.date().minusMonths(1) : written.date();
        return "#" + (year ? String.valueOf(day.getYear())
                : day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ROOT).toLowerCase(Locale.ROOT));
    }

    /** The clause around [from, to): from the last break before it to the first break after it. */
    private static int[] clause(List<int[]> breaks, int length, int from, int to) {
        int start = 0;
        int end = length;
        for (int[] b : breaks) {
            if (b[1] <= from) {
                start = b[1];
            } else if (b[0] >= to) {
                end = b[0];
                break;
            }
        }
        return new int[] {start, end};
    }

    /** Words that open a clause saying why or when a thing was done: "fined £850,000 after sewage escaped". */
    private static final Set<String> REASONS = Set.of("after", "because", "since", "when");

    /**
     * A clause with the clause after it when that one says what it was done for: a fine's "after a storm overflow at
     * Eastfield discharged…" is whose fine it is as much as its subject, which another report may give as "it" (a
     * fresh user's sewage spill had a 2028 fine's two sums kept apart).
     */
    private static int[] withReason(String text, List<int[]> breaks, int[] clause) {
        for (int i = 0; i < breaks.size(); i++) {
            int[] b = breaks.get(i);
            if (b[0] == clause[1] && REASONS.contains(text.substring(b[0], b[1]))) {
                return new int[] {clause[0], i + 1 < breaks.size() ? breaks.get(i + 1)[0] : text.length()};
            }
        }
        return clause;
    }

    /**
     * A clause that breaks at "and" before the figure's verb goes on past it: "12,400 households across Riverton and
     * the surrounding villages were without electricity" joins two places in its subject, not two clauses.
     */
    private int[] throughSubject(String text, Words words, List<int[]> breaks, int[] clause, int figureEnd) {
        int[] out = clause;
        int[] next;
        while ((next = pastAnd(text, words, breaks, out)) != null && !verbBetween(words, figureEnd, out[1])) {
            out = next;
        }
        return out;
    }

    /**
     * A sentence opening with "Among" up to a figure, with no break between: "Among those moved during the night were
     * six patients from the critical care unit" counts a part of those moved, not all of them (a fresh user's
     * hospital fire had it contradict the 84 moved in total).
     */
    private static final Pattern AMONG_OPENS = Pattern.compile("(?i)^\\W*among\\b[^,;:]*");

    /** A month's name, capitalised, right after a figure: "Saturday 14 June" is a day, not a count. */
    private static final Pattern MONTH_AFTER = Pattern.compile("^ (?:January|February|March|April|May|June|July|"
            + "August|September|October|November|December)\\b");

    /** Whether a figure is the day of a date ("14 June"), which the parser leaves a figure for other readers. */
    private static boolean dayOfMonth(String text, Quantity q) {
        return q.value() >= 1 && q.value() <= 31 && Character.isDigit(text.charAt(q.start()))
                && MONTH_AFTER.matcher(text).region(q.end(), text.length()).lookingAt();
    }

    /** A sentence opening with a part of what the sentence before counted: "Of these, 19…", "Among them, four…". */
    private static final Pattern OF_THESE = Pattern.compile("(?i)^\\W*(?:of|among) (?:these|them|those)\\s*,?\\s*$");

    /**
     * What the sentence before counted, as its last figure's unit, when the figure opens its sentence as a part of it
     * ("Of these, 19 have been charged"); else null.
     */
    private static String previousCount(List<Claim> out, Sentence previous, String text, Quantity q) {
        if (previous == null || !OF_THESE.matcher(text).region(0, q.start()).matches()) {
            return null;
        }
        for (int i = out.size() - 1; i >= 0; i--) {
            Claim c = out.get(i);
            if (c.isFigure() && c.sentence().equals(previous) && c.key().startsWith("n:")) {
                Matcher unit = KEY_UNIT.matcher(c.key());
                return unit.lookingAt() ? unit.group(1) : null;
            }
        }
        return null;
    }

    /** A figure claim's unit, as its key opens with it: "n:people|arrest@", "n:patient|killed@". */
    private static final Pattern KEY_UNIT = Pattern.compile("n:([\\p{L} ]+)[|:/@]");

    /** Pronouns that open a relative clause on the noun right before them. */
    private static final Set<String> RELATIVES = Set.of("who", "that", "which");

    /**
     * The predicate of a counted noun that a relative clause stands between: "two patients who had the infection |
     * have died" (a fresh user's hospital outbreak had the deaths counted by nothing). It opens at the first verb after
     * the relative clause's own verb and words, and runs to the next break; null when the figure's clause does not end
     * at a relative pronoun right after it, or no such verb follows.
     */
    private int[] pastRelative(String text, Words words, List<int[]> breaks, int[] clause, int figureEnd) {
        int i = words.at(clause[1]);
        if (i >= words.size() || !RELATIVES.contains(words.get(i).lower()) || words.get(i).capitalised()
                || !text.substring(Math.min(figureEnd, clause[1]), clause[1]).isBlank()) {
            return null;
        }
        boolean inVerb = false;
        boolean pastVerb = false;
        for (int k = i + 1; k < words.size(); k++) {
            Words.Word w = words.get(k);
            if (w.punctuation()) {
                return null;
            }
            // Once the relative clause's own verb is read, only a word used mostly as a verb opens the main one.
            boolean isVerb = COPULA.contains(w.lower()) || HAVE.contains(w.lower())
                    || verb(w) != null && (!inVerb || kinds.isMostlyVerb(w.lower()));
            if (isVerb && pastVerb) {
                return new int[] {w.start(), nextBreak(breaks, w.start(), text.length())};
            }
            inVerb |= isVerb;
            pastVerb |= inVerb && !isVerb;
        }
        return null;
    }

    /**
     * The clause with a predicate joined to it by "and" ("were dragged from their beds and evacuated"):
     * the second verb has the figure's subject too, so what happened is read from both.
     */
    private int[] withCoordinatedPredicate(String text, Words words, List<int[]> breaks, int[] clause) {
        int[] next = pastAnd(text, words, breaks, clause);
        int after = words.at(clause[1]) + 1;
        return next != null && after < words.size() && verb(words.get(after)) != null ? next : clause;
    }

    /** The clause's end moved past the "and" it ends at, to the next break; null when it ends at no "and". */
    private static int[] pastAnd(String text, Words words, List<int[]> breaks, int[] clause) {
        int i = words.at(clause[1]);
        if (i >= words.size() || !words.get(i).lower().equals("and")) {
            return null;
        }
        return new int[] {clause[0], nextBreak(breaks, clause[1], text.length())};
    }

    /** Where the first break after offset {@code at} starts; {@code length} when none does. */
    private static int nextBreak(List<int[]> breaks, int at, int length) {
        for (int[] b : breaks) {
            if (b[0] > at) {
                return b[0];
            }
        }
        return length;
    }

    /** Whether a verb (a form of "be" or "have" among them) stands between two offsets of the sentence. */
    private boolean verbBetween(Words words, int from, int to) {
        int end = words.at(to);
        for (int k = words.at(from); k < end; k++) {
            Words.Word w = words.get(k);
            if (COPULA.contains(w.lower()) || HAVE.contains(w.lower()) || verb(w) != null) {
                return true;
            }
        }
        return false;
    }

    /** Where a sentence's clauses break, found once for all its figures. */
    private static List<int[]> breaks(String text, WordStarts words) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
                out.add(new int[] {i, i + 1});
            }
        }
        for (int k = 0; k < words.count(); k++) {
            int start = words.start(k);
            int end = words.end(k);
            if (end - start <= LONGEST_CLAUSE_WORD && Character.isLowerCase(text.charAt(start))
                    && CLAUSE_WORDS.contains(text.substring(start, end))) {
                out.add(new int[] {start, end});
            }
        }
        out.sort(java.util.Comparator.comparingInt(b -> b[0]));
        return out;
    }

    /** Alive as a state, after a verb that links it: "are alive", "may still be alive". */
    private static final Pattern STILL_ALIVE = Pattern.compile("\\b(?:are|is|were|was|be|been|remain|remains|"
            + "remained)\\s+(?:still\\s+)?alive$");

    /** "without" right before an event's words, and any words saying how much: "without serious injury". */
    private static final Pattern WITHOUT_BEFORE = Pattern.compile("\\bwithout\\s+(?:any\\s+|serious\\s+)?$");

    /**
     * Whether an event's words at [start, end) say what did not befall the counted: "about 60 workers … were brought
     * to the surface without injury" (a held-out user's quarry collapse had them injured, against the one who was),
     * or a state that is no event: "All eleven men trapped … are alive" (the lexicon's "alive" is of those brought
     * out alive, rescued; the same quarry set the eleven alive underground against the four carried out).
     */
    private static boolean notBefallen(String text, int start, int end) {
        int from = Math.max(0, start - 24);
        return WITHOUT_BEFORE.matcher(text).region(from, start).find()
                || STILL_ALIVE.matcher(text).region(from, end).find();
    }

    /** What happened to what was counted: the event nearest the figure in its clause, else the sentence before it. */
    private String event(String text, WordStarts starts, int[] clause, Quantity q, String unit) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean attributive = false;
        boolean partitive = false;
        String after = null;
        Matcher m = Lexicon.EVENT_PHRASE.matcher(text);
        for (int at = clause[0]; starts.find(m, at, clause[1], Lexicon.EVENT_STARTS::contains); at = m.end()) {
            Lexicon.Event e = Lexicon.eventOf(m, unit);
            if (e == null || notBefallen(text, m.start(), m.end())) {
                continue;
            }
            if ("hospitalised".equals(e.name()) && describesNoun(text, m.end()) && !describesAct(text, m.end())) {
                // "The hospital group says 340 planned operations have been cancelled", "one of the worst attacks
                // to hit a regional hospital group": a hospital describing a noun names another thing (a group, its
                // staff), not where the counted went. (Not so for every event's word: "the death toll stood at
                // four" is a toll of the dead.) Unless that noun is something done: "people who have needed
                // hospital treatment" went to hospital (a fresh user's runway accident had its count risen to 15
                // read as nothing).
                continue;
            }
            if ("hospitalised".equals(e.name()) && LEFT_HOSPITAL.matcher(text).region(0, m.start()).find()) {
                // "19 of the injured have now left hospital": those sent home, a count rising as the hospitalised
                // fall (a fresh user's coach crash had it as an update of three flown to hospital).
                e = new Lexicon.Event("discharged from hospital", e.phrases(), e.units(), e.ofUnnamed());
            }
            if ((attributive || partitive) && after == null && m.start() > q.end()) {
                after = e.name();
            }
            int d = m.start() >= q.end() ? m.start() - q.end() : q.start() - m.end();
            if (d < bestDistance) {
                bestDistance = d;
                best = e.name();
                attributive = d <= 1 && describesNoun(text, m.end());
                partitive = m.start() > q.end() && partOfGroup(text, q.end(), m.start());
            }
        }
        if (attributive && after != null) {
            // "two injured workers died": the word before the counted noun describes them; what happened to them is
            // the verb after it.
            return after;
        }
        if (partitive) {
            // "Twelve of the injured were taken to the Royal Infirmary": they are some of the injured; what happened
            // to them is said after, if in the lexicon's words at all (a fresh user's twelve had been counted as
            // injured, beside the story's 31).
            return after;
        }
        if (best != null || clause[0] > q.start()
                || !LIST_CONTINUATION.matcher(text.substring(clause[0], q.start())).find()) {
            return best;
        }
        // "fired 81 missiles, including six Kinzhal missiles": a list item shares its sentence's verb.
        for (int at = 0; starts.find(m, at, clause[0], Lexicon.EVENT_STARTS::contains); at = m.end()) {
            Lexicon.Event e = Lexicon.eventOf(m, unit);
            if (e != null) {
                best = e.name();
            }
        }
        return best;
    }

    /**
     * The state an adjective says the counted are in, from word {@code from}: right after them or after verbs that
     * link a state and adverbs ("were reported", "fell", "seriously"), as the adjective's usual sense names it; null
     * when a noun, a verb of its own ("trapped"), another word or the clause's end comes first. An adjective before a
     * noun describes the noun ("reported major injuries"), and one before "to", "of" or "that" a mood or ability
     * ("able to leave"), not a state.
     */
    private String stateAfter(Words words, String lower, int from, int clauseEnd) {
        for (int i = from; i < words.size() && i <= from + STATE_REACH && words.get(i).end() <= clauseEnd; i++) {
            Words.Word w = words.get(i);
            String lw = w.lower();
            if (w.punctuation() || w.capitalised() || !Character.isLetter(lw.charAt(0))) {
                return null;
            }
            if (AUXILIARIES.contains(lw) || lw.endsWith("ly")) {
                continue;
            }
            if (kinds.inflectedVerb(lw) != null) {
                if (kinds.linksState(lw)) {
                    continue;
                }
                // "were trapped underground": what happened to them is the verb, the adjective says where.
                return null;
            }
            // A word used more as an adverb is a particle or a preposition here ("marched through the city"), not
            // a state, whatever its rare adjective sense ("through": finished).
            if (!kinds.isMostlyAdjective(lw) || PHRASE_END.contains(lw) || kinds.isMostlyAdverb(lw)) {
                return null;
            }
            String next = i + 1 < words.size() ? words.get(i + 1).lower() : "";
            return describesNoun(lower, w.end()) || STATE_NOT_AFTER.contains(next) ? null : kinds.state(lw);
        }
        return null;
    }

    /** How many verbs or adverbs may stand between the counted and their state: "have now been reported ill". */
    private static final int STATE_REACH = 3;
    /** Words after which an adjective says a mood or an ability, not a state: "able to", "aware of", "sure that". */
    private static final Set<String> STATE_NOT_AFTER = Set.of("to", "of", "that");

    /**
     * Whether the words after a figure, in its predicate, say where the counted were taken or are, and that is a kind
     * of hospital ("to the Royal Infirmary"): only the few words after "to", "into", "in" or "at" are asked of
     * WordNet. The word "hospital" itself is the lexicon's, which has its own reading of it ("transferred to other
     * hospitals" are not taken to hospital).
     */
    private boolean toHospital(Words words, Quantity q, int[] predicate) {
        int reach = -1;
        for (int i = words.at(q.end()); i < words.size() && words.get(i).end() <= predicate[1]; i++) {
            String w = words.get(i).lower();
            if (LOCATED_AT.contains(w)) {
                reach = i + HOSPITAL_REACH;
            } else if (i <= reach && w.length() >= 5 && Character.isLetter(w.charAt(0)) && !w.startsWith("hospital")
                    && kinds.isHospital(w)) {
                return true;
            }
        }
        return false;
    }

    /** Where a place follows: "taken to", "rushed into", "treated in", "at". */
    private static final Set<String> LOCATED_AT = Set.of("to", "into", "in", "at");
    /** How many words after it a place's head may stand: "to the nearby Brackenford Royal Infirmary". */
    private static final int HOSPITAL_REACH = 5;

    /** What stands between a figure and the group it is part of: "Twelve of the injured", "six of those hurt". */
    private static final Pattern PARTITIVE = Pattern.compile("(?i) of (?:the |those |them |its |their )?"
            + "(?:[\\d.,]+ |([a-z]+-?[a-z]*) )?");

    /**
     * Whether the words between a figure and an event's ({@code [from, to)}) make the figure part of the group the
     * event names ("Twelve of the injured", "six of those badly hurt"); not when a noun stands there, the group the
     * event befell: "45 per cent of households lost power" lost it (a held-out user's eruption had the share unread).
     */
    private boolean partOfGroup(String text, int from, int to) {
        Matcher m = PARTITIVE.matcher(text).region(from, to);
        if (!m.matches()) {
            return false;
        }
        String word = m.group(1) == null ? null : m.group(1).toLowerCase(java.util.Locale.ROOT);
        return word == null || !kinds.isThing(word) || kinds.isMostlyAdjective(word) || kinds.isMostlyAdverb(word);
    }

    /** What stands between a part's figure and its whole's: "Fifteen of the 23", "1,150 of its 4,800". */
    private static final Pattern PART_OF = Pattern.compile("(?i)\\s+of\\s+(?:the|its|their|those|these)\\s+");

    /** The whole a figure is part of, written right after it ("Fifteen of the 23 men": the 23), or null. */
    private static Quantity wholeAfter(String text, List<Quantity> quantities, Quantity q) {
        Matcher of = PART_OF.matcher(text).region(q.end(), text.length());
        if (!of.lookingAt()) {
            return null;
        }
        for (Quantity other : quantities) {
            if (other.start() == of.end()) {
                return other;
            }
        }
        return null;
    }

    /** Where a figure's own words end: its noun phrase, or at least the word after it ("the five injured"). */
    private static int ownWordsEnd(Words words, Quantity q, Phrase phrase) {
        int next = words.at(q.end());
        return Math.max(phrase.end(), next < words.size() ? words.get(next).end() : q.end());
    }

    /**
     * Where a whole's own words end: its noun phrase and a word describing it after, when an auxiliary follows in the
     * sentence ("one of the two fishermen missing since Tuesday has been recovered": the two are missing).
     */
    private static int wholeWordsEnd(Words words, Quantity q, Phrase phrase) {
        int own = ownWordsEnd(words, q, phrase);
        int next = words.at(own);
        if (next >= words.size() || words.get(next).punctuation()) {
            return own;
        }
        for (int i = next + 1; i < words.size(); i++) {
            if (AUXILIARIES.contains(words.get(i).lower())) {
                return words.get(next).end();
            }
        }
        return own;
    }

    /** Whether a figure is the whole of a part written right before it ("Fifteen of the 23"). */
    private static boolean partBefore(String text, List<Quantity> quantities, Quantity q) {
        for (Quantity other : quantities) {
            if (other.end() < q.start() && wholeAfter(text, quantities, other) == q) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word right after {@code end} is a noun the event phrase before it describes ("injured workers",
     * "dead fish"), not a time ("11 dead today").
     */
    private boolean describesNoun(String lower, int end) {
        Matcher next = NEXT_WORD.matcher(lower).region(end, lower.length());
        if (!next.lookingAt()) {
            return false;
        }
        String w = next.group(1);
        return !PHRASE_END.contains(w) && kinds.isThing(w) && kinds.inflectedVerb(w) == null && !kinds.isTime(w);
    }

    /** "Of the most", "of the worst": what follows a figure singling out members of a class by a superlative. */
    private static final Pattern OF_SUPERLATIVE = Pattern.compile("^\\s+of\\s+(?:the|its|their)\\s+(most|least|"
            + "\\p{Ll}{2,}est)\\b");

    /**
     * Whether a figure ending at {@code end} singles out members by a superlative ("one of the most disruptive
     * cyber incidents", "two of the biggest banks"): a class, not a count of anything that happened (a fresh user's
     * hospital hack had its "one" as a count of the hospitalised). A noun ending as one does not ("of the forest").
     */
    private boolean singledOut(String lower, int end) {
        Matcher m = OF_SUPERLATIVE.matcher(lower).region(end, lower.length());
        return m.lookingAt() && (m.group(1).equals("most") || m.group(1).equals("least") || !kinds.isNoun(m.group(1)));
    }

    /** Leaving hospital, right before its word: "have left hospital", "was discharged from the hospital". */
    private static final Pattern LEFT_HOSPITAL = Pattern.compile("\\b(?:left|leave|leaves|leaving|discharged from|"
            + "released from|home from)(?: the)? $");

    /** Whether the noun right after an offset is an act ("hospital treatment", "hospital admission"). */
    private boolean describesAct(String lower, int end) {
        Matcher next = NEXT_WORD.matcher(lower).region(end, lower.length());
        return next.lookingAt() && kinds.isAct(next.group(1));
    }

    /**
     * Where a figure applies: places in its clause, else places named before it in the sentence; never those of the
     * dateline, which ends at {@code datelineEnd} (0 for none).
     */
    private Set<String> scope(String text, int[] clause, int figureStart, int datelineEnd, List<int[]> away) {
        int dateline = Math.min(datelineEnd, figureStart);
        clause = new int[] {Math.max(clause[0], dateline), clause[1]};
        int end = clause[1];
        Matcher more = COORDINATED_PLACE.matcher(text.substring(end));
        if (more.find()) {
            // "in the western Lviv region and the central Dnipro region": one figure for both places.
            end += more.end();
        }
        Set<String> scope = places.scope(places.placesIn(without(text, clause[0], end, away)));
        if (scope.isEmpty()) {
            scope = places.scope(places.placesIn(without(text, dateline, figureStart, away)));
        }
        return scope;
    }

    /** The text from {@code from} to {@code to} with the spans given blanked out. */
    private static String without(String text, int from, int to, List<int[]> spans) {
        StringBuilder sb = new StringBuilder(text.substring(from, to));
        for (int[] span : spans) {
            for (int i = Math.max(span[0], from); i < Math.min(span[1], to); i++) {
                sb.setCharAt(i - from, ' ');
            }
        }
        return sb.toString();
    }

    /** Words that may stand between a verb and its "to" without being what the verb did: "on Monday", "early". */
    private static final Set<String> TIME_LINKS = Set.of("on", "in", "at", "the", "this", "last", "early", "late");

    /**
     * Where a clause says something went, not where it happened: "diverted on Monday to hospitals in Harrowgate and
     * Northvale", "evacuated to shelters near Lviv" (a fresh user's diverted ambulances had been tied to where they
     * went). Each span runs from a "to" right after a verb (and any time words), past common nouns and their "in",
     * "at" or "near", to the end of the place names after it; there is none where "to" opens a figure ("rose to 12
     * in Kyiv") or follows a noun ("damage to homes in Kyiv"). Read once per sentence, for all its figures.
     */
    private List<int[]> destinations(Words words) {
        List<int[]> out = new ArrayList<>();
        for (int k = 1; k < words.size(); k++) {
            if (!words.get(k).lower().equals("to")) {
                continue;
            }
            int j = k - 1;
            while (j > 0 && k - j <= 4 && (TIME_LINKS.contains(words.get(j).lower())
                    || kinds.isTime(words.get(j).lower()))) {
                j--;
            }
            if (verb(words.get(j)) == null) {
                continue;
            }
            int m = k + 1;
            int nouns = 0;
            while (m < words.size() && nouns < 4 && !words.get(m).capitalised() && !words.get(m).punctuation()
                    && Character.isLetter(words.get(m).first()) && !LOCATED.contains(words.get(m).lower())
                    && !QuantityParser.isNumberWord(words.get(m).lower())) {
                m++;
                nouns++;
            }
            if (nouns == 0 || m >= words.size() || !LOCATED.contains(words.get(m).lower())) {
                continue;
            }
            int last = m;
            for (m++; m < words.size() && (words.get(m).capitalised() || words.get(m).lower().equals("and")
                    || words.get(m).lower().equals(",")); m++) {
                if (words.get(m).capitalised()) {
                    last = m;
                }
            }
            out.add(new int[] {words.get(k).start(), words.get(last).end()});
        }
        return out;
    }

    private static final Set<String> LOCATED = Set.of("in", "at", "near");

    /** The spans whose "to" stands in the clause [{@code clause[0]}, {@code clause[1]}). */
    private static List<int[]> within(List<int[]> spans, int[] clause) {
        return spans.stream().filter(span -> span[0] >= clause[0] && span[0] < clause[1]).toList();
    }

    /** "a" right before an ordinal: one more of a count, numbered ("a fourth patient"). */
    private static final Pattern ONE_MORE = Pattern.compile("\\ba $");

    /** The verb that gives a sum as its subject's value, right before it: "is", "was put at", "puts at". */
    private static final Pattern VALUED_AT = Pattern.compile("\\b(?:is|was|are|were|stands at|stood at|puts? at|"
            + "estimated at|valued at|came to|comes to|totals?|totalled|amounts? to|amounted to)"
            + "(?: about| around| some| roughly| nearly| almost| more than| over| at least)? \\p{Sc}?$");

    /**
     * A count several subjects make together ("Hodgson and Barkley missed six penalties between them"): no count of
     * any one of them.
     */
    private static final Pattern JOINT = Pattern.compile("\\b(?:between them|between the two|combined|together)\\b");

    /** The last of the common nouns running on from word {@code i}. */
    static int nounRunEnd(WordKinds kinds, Words words, int i) {
        // A word an article follows opens a phrase of its own: "a three-mile route past the town hall" is a route's
        // length, though WordNet files "past" as a noun (a fresh user's march had it as the length "of past").
        while (i + 1 < words.size() && commonNoun(kinds, words.get(i + 1))
                && !(i + 2 < words.size() && WordKinds.ARTICLES.contains(words.get(i + 2).lower()))) {
            i++;
        }
        return i;
    }

    /**
     * A common noun, not a verb's form used mostly as one ("remains" ends a subject; "lines" and "schools" name it).
     */
    static boolean commonNoun(WordKinds kinds, Words.Word w) {
        return !w.capitalised() && w.lower().length() >= 3 && Character.isLetter(w.lower().charAt(0))
                && !PHRASE_END.contains(w.lower()) && kinds.isNoun(w.lower()) && !kinds.isMostlyVerb(w.lower());
    }
}
