package dev.crosscheck.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Asks a contender every question of a development set and judges each reply under the 600-character rule. */
public final class DevEvaluation {
    private DevEvaluation() {
    }

    public static DevResult run(DevSet set, Contender contender) {
        Map<Part, DevTally> tallies = new EnumMap<>(Part.class);
        List<DevResult.Miss> misses = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        for (QaItem item : set.items()) {
            long start = System.nanoTime();
            Reply reply = item.before().isEmpty() ? contender.ask(item.question())
                    : contender.ask(item.question(), item.before());
            times.add(Benchmark.ms(start));
            Verdict v = QaJudge.judge(item, reply, contender.maxReplyChars());
            Part part = set.part(item);
            tallies.merge(part, DevTally.EMPTY.add(item, v, reply.found()), DevTally::plus);
            if (!v.correct()) {
                misses.add(new DevResult.Miss(item.id(), part, item.question(), v.why(), reply.text()));
            }
        }
        return new DevResult(set.name(), contender.name(), tallies, misses, Stats.of(times).median());
    }
}
