package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scale report's table: a row per corpus size, smallest first, and each target checked with its numbers. */
class ScaleTableTest {
    @Test
    void aRowPerCorpusSizeSmallestFirst() {
        List<ScalePoint> points = new java.util.ArrayList<>(ScalePoints.four(12.8, 830));
        java.util.Collections.reverse(points);
        List<String> rows = ScaleTable.markdown(points).lines().filter(l -> l.startsWith("| ")).toList();
        assertEquals(5, rows.size(), "header and four sizes");
        assertTrue(rows.get(1).startsWith("| seeds | 5 | 100 | 0.60 |"), rows.get(1));
        assertTrue(rows.get(4).startsWith("| bbc-x4 | 8,904 | 178,080 | 470 |"), rows.get(4));
        assertTrue(rows.get(4).contains("| 12.8 / 60.4 |"), rows.get(4));
    }

    @Test
    void eachTargetIsCheckedAgainstTheLargestCorpus() {
        String md = ScaleTable.markdown(ScalePoints.four(12.8, 830));
        assertTrue(md.contains("latency at 8,904 / at 5 articles: p50 1.5× (target ≤ 3×), p99 3.5×: **pass**"), md);
        assertTrue(md.contains("restart at 8,904 articles: 3.10 s from JVM start"), md);
        assertTrue(md.contains("830 MiB at peak while opening, detecting and answering (target < 1 GiB): **pass**"),
                md);
        assertFalse(md.contains("set for ~9,000 articles"), md);

        String failing = ScaleTable.markdown(ScalePoints.four(40, 1_300));
        assertTrue(failing.contains("p50 4.7× (target ≤ 3×), p99 3.5×: **FAIL**"), failing);
        assertTrue(failing.contains("1,300 MiB at peak while opening, detecting and answering (target < 1 GiB): "
                + "**FAIL**"), failing);
    }

    @Test
    void aRunWithoutTheLargestCorpusSaysSo() {
        String md = ScaleTable.markdown(ScalePoints.four(12.8, 830).subList(0, 2));
        assertTrue(md.contains("this run's largest corpus has 500"), md);
    }
}
