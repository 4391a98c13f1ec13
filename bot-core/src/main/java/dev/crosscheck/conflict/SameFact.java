package dev.crosscheck.conflict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * When two figures of one story that their reports word apart ("Around 190 fishing boats are tied up in harbours",
 * "In all, 140 boats are confined to harbour") state one fact: the same measure of the same thing, their sentences
 * near in the embedding model's meaning, their values near each other and their reports a day or two apart. The
 * three bounds are fitted on the tune half of the fresh users' stories by {@code crosscheck bench samefact}, which
 * writes them with their provenance.
 */
public final class SameFact {
    /** No figure is taken for another's fact: claims meet by their words alone. */
    public static final SameFact NONE = new SameFact(Double.POSITIVE_INFINITY, 1, -1, null);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final double similarity;
    private final double ratio;
    private final int days;
    private final JsonNode provenance;

    public SameFact(double similarity, double ratio, int days, JsonNode provenance) {
        this.similarity = similarity;
        this.ratio = ratio;
        this.days = days;
        this.provenance = provenance;
    }

    /** The resource that holds the bounds fitted for an embedding model. */
    public static String resource(String modelId) {
        return "/dev/crosscheck/conflict/same-fact-" + modelId + ".json";
    }

    /** The bounds fitted for {@code modelId}, from the class path; {@link #NONE} for a model none was fitted for. */
    public static SameFact forModel(String modelId) {
        String name = resource(modelId);
        try (InputStream in = SameFact.class.getResourceAsStream(name)) {
            return in == null ? NONE : read(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** Bounds from their JSON form: {@code {"similarity", "ratio", "days", "provenance"}}. */
    public static SameFact read(JsonNode node) {
        return new SameFact(node.path("similarity").asDouble(Double.POSITIVE_INFINITY), node.path("ratio").asDouble(1),
                node.path("days").asInt(-1), node.path("provenance"));
    }

    /** The least cosine of two sentences that state one fact. */
    public double similarity() {
        return similarity;
    }

    /** The most one value may be of the other (the larger over the smaller) for the two to be one fact's. */
    public double ratio() {
        return ratio;
    }

    /** The most days two reports may be apart for their figures to be taken for one fact. */
    public int days() {
        return days;
    }

    /** Where the bounds come from: data, command, date. */
    public JsonNode provenance() {
        return provenance;
    }

    /** Whether two figures that may be one fact are: their sentences near enough, their values too. */
    public boolean same(double cosine, double valueRatio) {
        return cosine >= similarity && valueRatio <= ratio;
    }

    /**
     * Whether two claims' reports are near enough in time to restate one fact: both dated (by their text, not their
     * files) and at most {@link #days} apart. Undated reports may be weeks apart, when a count has moved on.
     */
    boolean near(Claim a, Claim b) {
        return dated(a) && dated(b)
                && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(a.time().date(), b.time().date())) <= days;
    }

    /** Whether a claim's report is dated by its text (a full date, not its file's). */
    static boolean dated(Claim c) {
        ReportTime t = c.time();
        return t.date() != null && !t.fromFile();
    }

    /**
     * Whether two claims of different reports may state one fact in other words: figures of the same measure of the
     * same thing (unit, currency, what they are of) on the same day of the event, keyed apart only by what was done
     * to it or by places one of them leaves unsaid (or, for a count, says less fully), and with different values
     * (two equal ones agree whatever they are). A figure compared only within its report, or told as the day before's,
     * stays as it is; so do two counts of what the lexicon tells apart as befalling people: the killed and the
     * injured, those taken to hospital ("23 people were taken to hospital") and those still there ("eleven people
     * were still being treated").
     */
    static boolean mayBeOneFact(Claim a, Claim b) {
        if (!ofTwoReports(a, b) || a.key().equals(b.key())) {
            return false;
        }
        if (!measure(a.key()).equals(measure(b.key())) || !when(a.key()).equals(when(b.key()))
                || ClaimExtractor.eventsApart(event(a.key()), event(b.key()))) {
            return false;
        }
        if (!onePlace(measure(a.key()), places(a.key()), places(b.key()))) {
            return false;
        }
        return a.interval().high() < b.interval().low() || b.interval().high() < a.interval().low();
    }

    /**
     * Whether two claims are figures of different reports, each compared beyond its own report and told as of its own
     * report's day: the pairs the embedding may find one fact, keyed apart ({@link #mayBeOneFact}) or under one key.
     */
    static boolean ofTwoReports(Claim a, Claim b) {
        return a.isFigure() && b.isFigure() && a.key().startsWith("n:") && !a.docId().equals(b.docId())
                && !a.local() && !b.local() && !a.dayBefore() && !b.dayBefore();
    }

    /**
     * Whether two figures of a measure, with the places their keys give, may be of one place: one says none, both the
     * same, or, for a count, one says its place more fully ("in Brennock", "in the Lestrian city of Brennock"); a
     * physical measure's places are its ends (a distance) or where it was taken, which another place changes.
     */
    static boolean onePlace(String measure, String here, String there) {
        if (here.isEmpty() || there.isEmpty() || here.equals(there)) {
            return true;
        }
        return !measure.contains(" (") && (within(here, there) || within(there, here));
    }

    /** Whether every place of {@code some} is one of {@code all}'s ("brennock" of "brennock+lestrian"). */
    private static boolean within(String some, String all) {
        return java.util.List.of(all.split("\\+")).containsAll(java.util.List.of(some.split("\\+")));
    }

    /** How far apart two figures are: the larger of their middles over the smaller (infinite for a zero). */
    static double ratio(Interval a, Interval b) {
        double x = (a.low() + a.high()) / 2;
        double y = (b.low() + b.high()) / 2;
        if (x <= 0 || y <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(x, y) / Math.min(x, y);
    }

    /** A figure's key up to what was done to it, its rate or its places: "n:people" of "n:people|killed@lviv". */
    static String measure(String key) {
        int end = key.length();
        for (char c : new char[] {'|', '/', '@'}) {
            int at = key.indexOf(c);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return key.substring(0, end);
    }

    /** What a figure's key says was done to it ("killed" of "n:people|killed@lviv"); "" for nothing. */
    private static String event(String key) {
        int bar = key.indexOf('|');
        if (bar < 0) {
            return "";
        }
        int end = key.length();
        for (char c : new char[] {'/', '@'}) {
            int at = key.indexOf(c, bar);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return key.substring(bar + 1, end);
    }

    /** The places a figure's key ties it to, as the extractor joined them; "" for none. */
    static String places(String key) {
        int at = key.indexOf('@');
        if (at < 0) {
            return "";
        }
        int end = key.indexOf('#', at);
        return key.substring(at + 1, end < 0 ? key.length() : end);
    }

    /** The day or period a figure's key dates it to ("#2025-10-14"); "" for none. */
    private static String when(String key) {
        int at = key.indexOf('@');
        int end = at < 0 ? -1 : key.indexOf('#', at);
        return end < 0 ? "" : key.substring(end);
    }
}
