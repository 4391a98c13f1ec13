package dev.crosscheck.conflict;

import dev.crosscheck.corpus.Sentence;
import dev.crosscheck.corpus.TwelveHourClock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a report says a thing happened, by the clock: "capsized shortly after 4.15pm", "the motorway was closed at
 * 6.40pm on Monday", "At 16:17 the vessel overturned" is no statement of when. A time is the claim of the past-tense
 * verb right before it in its clause, in minutes of the day, so that two reports' times for one event can be
 * compared as figures are; a time of saying, a plan or a verb that is only an auxiliary says nothing of it.
 */
final class ClockTimes {
    /** Key prefix: the event's verb follows, its clause's nouns are the context a thing done to must share. */
    static final String PREFIX = "n:clock|";
    /**
     * A clock time after "at" or a word saying how near it is: "at 5.40pm", "at about 7.15 p.m.", "shortly after
     * 4.15pm", "at 06:50". A twelve-hour time needs its half; a twenty-four-hour one, two digits and a colon.
     */
    private static final Pattern TIME = Pattern.compile("(?i)\\b(?:at\\s+(?:(about|around|approximately|roughly|"
            + "some|just after|just before|shortly after|shortly before)\\s+)?|(just after|just before|shortly after|"
            + "shortly before|soon after)\\s+)(?:(1[0-2]|0?[1-9])(?:[.:]([0-5]\\d))?\\s*([ap])\\.?\\s?m\\b\\.?"
            + "|([01]\\d|2[0-3]):([0-5]\\d)\\b)");
    private static final Pattern AT = Pattern.compile("(?i)^at\\s+");
    /** Minutes either way an "about" allows, and after "shortly after" (or before "shortly before"). */
    private static final int ABOUT = 15;
    private static final int SHORTLY = 15;
    private static final int JUST = 10;
    /** Verbs that help, link or report: a time of them is no time of an event. */
    private static final Set<String> NOT_EVENTS = Set.of("be", "have", "do", "say", "tell", "get");
    /** How many words before its time an event's verb may stand: "capsized in the river at 5.40pm". */
    private static final int VERB_REACH = 8;

    private final WordKinds kinds;

    ClockTimes(WordKinds kinds) {
        this.kinds = kinds;
    }

    /** The clock times of a sentence's events, as claims. */
    void read(Sentence s, Words words, String lower, ReportTime.Later time, List<Claim> out) {
        // Most sentences hold no digit, and so no clock time: they are not scanned.
        if (s.text().chars().noneMatch(Character::isDigit)) {
            return;
        }
        Matcher m = TIME.matcher(s.text());
        while (m.find()) {
            Event event = event(words, lower, m.start());
            if (event == null) {
                continue;
            }
            int minute = m.group(6) != null
                    ? Integer.parseInt(m.group(6)) * 60 + Integer.parseInt(m.group(7))
                    : TwelveHourClock.hourOfDay(Integer.parseInt(m.group(3)), m.group(5)) * 60
                            + (m.group(4) == null ? 0 : Integer.parseInt(m.group(4)));
            String near = (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : "").toLowerCase(
                    Locale.ROOT);
            Interval interval = switch (near) {
                case "" -> new Interval(minute, minute, false, false);
                case "just after" -> new Interval(minute, minute + JUST, true, false);
                case "just before" -> new Interval(minute - JUST, minute, true, false);
                case "shortly after", "soon after" -> new Interval(minute, minute + SHORTLY, true, false);
                case "shortly before" -> new Interval(minute - SHORTLY, minute, true, false);
                default -> new Interval(minute - ABOUT, minute + ABOUT, true, false);
            };
            String value = AT.matcher(m.group()).replaceFirst("").strip();
            // A time is of its day: 6am on Tuesday and 7am on Wednesday are two reopenings, not two times of one.
            ReportTime day = time.get().saidOf(s);
            Object date = day.date() != null ? day.date() : day.monthDay() != null ? day.monthDay() : day.weekday();
            // Keyed by the verb's usual sense, as counts are: "began" and "started" are one event's times.
            String action = kinds.action(event.base());
            Claim claim = new Claim(s, PREFIX + action + "@#" + date, "time " + event.written(), value,
                    interval, 0, false, "", event.context(), time, false);
            out.add(claim);
            // A state comes and goes ("reopened at 6am" each morning): only another event may be the day before's.
            if (!event.state() && ReportTime.namesNoDay(s.text())) {
                time.get().dayBefore().ifPresent(before -> out.add(
                        claim.ofDayBefore(PREFIX + action + "@#" + before.date())));
            }
        }
    }

    /** Whether a word is a verb form of an event's, not an auxiliary's ("began", not "was") nor a noun's. */
    private boolean eventVerb(Words.Word w) {
        String base = w.capitalised() ? null : kinds.inflectedVerb(w.lower());
        return base != null && !NOT_EVENTS.contains(base) && !kinds.isThing(w.lower());
    }

    /**
     * The event a time is of: its verb's base and form as written, the nouns its clause says it was done to, and
     * whether it changes a state.
     */
    private record Event(String base, String written, Set<String> context, boolean state) {
    }

    /**
     * The past-tense verb nearest before {@code at} in its clause (not past a comma or a semicolon), with the nouns of
     * its subject when it changes a state, or those between the clause's start and the time when it takes an object;
     * null when there is none, when such nouns are missing, or when the clause is a plan or a forecast.
     */
    private Event event(Words words, String lower, int at) {
        List<Words.Word> list = words.list();
        int k = words.at(at);
        int clauseStart = 0;
        for (int i = k - 1; i >= 0; i--) {
            String w = list.get(i).lower();
            if (w.equals(",") || w.equals(";") || w.equals(":")) {
                clauseStart = i + 1;
                break;
            }
        }
        Words.Word verb = null;
        String base = null;
        int verbAt = -1;
        for (int i = k - 1; i >= clauseStart && i >= k - VERB_REACH; i--) {
            Words.Word w = list.get(i);
            // A verb whose past is its base ("set", "shut", "hit") is its past too: "Fans set off from Tannery Square
            // at 2pm" (a fresh user's march had its start time unread). A word WordNet's texts use more as a verb
            // than as a noun is a verb unless an article or a verb of its own before makes it a noun ("the set at
            // 9pm", "began talks at 2pm"): "the coach left the road shortly after 08:15" (a held-out user's coach
            // crash had "left" read as a noun, the time as no event's).
            boolean pastAsBase = !w.capitalised() && kinds.pastAsBase(w.lower());
            String b = w.capitalised() ? null : pastAsBase ? w.lower() : kinds.inflectedVerb(w.lower());
            boolean noun = kinds.isThing(w.lower()) && (!kinds.usedMoreAsVerb(w.lower()) || i > 0
                    && (WordKinds.ARTICLES.contains(list.get(i - 1).lower()) || eventVerb(list.get(i - 1))));
            if (b != null && !w.lower().endsWith("ing") && !noun) {
                verb = w;
                base = b;
                verbAt = i;
                break;
            }
        }
        // Only a verb news attributes words with is a time of saying: WordNet files "signed" and "issued" as verbs of
        // communication, but "The agreement was signed at 10:30" dates an event (a fresh user's coalition deal had
        // its two signing times unread).
        if (verb == null || NOT_EVENTS.contains(base) || Attribution.isSayingVerb(verb.lower())) {
            return null;
        }
        int from = list.get(clauseStart).start();
        if (Lexicon.FORECAST.matcher(lower).region(from, at).find()
                || Lexicon.PROJECTION.matcher(lower).region(from, at).find()) {
            return null;
        }
        // A state's change ("reopened at 5.30am") is of the thing its subject names, one of many in a story that
        // open and close; a thing done to something is of what it was done to; other events are the story's own.
        String form = verb.lower();
        boolean state = StateLexicon.DIMENSIONS.stream().anyMatch(d -> d.positive().matcher(form).find()
                || d.negative().matcher(form).find());
        Set<String> context = new HashSet<>();
        if (state || kinds.takesObject(base)) {
            for (int i = clauseStart; i < (state ? verbAt : k); i++) {
                Words.Word w = list.get(i);
                if (w != verb && w.lower().length() >= 3 && Character.isLetter(w.first()) && kinds.isThing(w.lower())
                        && !kinds.isTime(w.lower())) {
                    context.add(kinds.singular(w.lower()));
                }
            }
            if (context.isEmpty()) {
                return null;
            }
        }
        int next = verbAt + 1;
        // A phrasal verb's particle is said with it in the topic: "came down", "broke out".
        String written = next < k && Negations.PARTICLES.contains(list.get(next).lower())
                ? verb.lower() + " " + list.get(next).lower() : verb.lower();
        return new Event(base, written, context, state);
    }
}
