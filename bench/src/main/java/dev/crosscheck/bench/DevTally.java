package dev.crosscheck.bench;

/** Counts of one contender on one half of a development set: answerable and unanswerable questions right. */
public record DevTally(int answered, int answerable, int abstained, int unanswerable, int notFound) {
    static final DevTally EMPTY = new DevTally(0, 0, 0, 0, 0);

    DevTally add(QaItem item, Verdict verdict, boolean found) {
        if (item.unanswerable()) {
            return new DevTally(answered, answerable, abstained + (verdict.correct() ? 1 : 0), unanswerable + 1,
                    notFound);
        }
        return new DevTally(answered + (verdict.correct() ? 1 : 0), answerable + 1, abstained, unanswerable,
                notFound + (found ? 0 : 1));
    }

    DevTally plus(DevTally o) {
        return new DevTally(answered + o.answered, answerable + o.answerable, abstained + o.abstained,
                unanswerable + o.unanswerable, notFound + o.notFound);
    }

    /** Share of answerable questions answered correctly, in per cent (NaN when there are none). */
    public double answeredPct() {
        return answerable == 0 ? Double.NaN : 100.0 * answered / answerable;
    }

    /** Share of unanswerable questions that came back "not found", in per cent (NaN when there are none). */
    public double abstainedPct() {
        return unanswerable == 0 ? Double.NaN : 100.0 * abstained / unanswerable;
    }
}
