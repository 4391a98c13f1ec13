package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestCores;
import dev.crosscheck.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The smoke run of `crosscheck bench`: every part runs over the seeds and the report and chart are written. */
class BenchCommandTest {
    @TempDir
    Path tmp;

    @Test
    void quickBenchWritesTheReportWithEveryPartAndTheChart() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path reports = tmp.resolve("reports");
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "--seeds",
                TestCores.seedsFolder().toString(), "--data", tmp.resolve("data").toString(), "bench", "--quick",
                "--qa", qaDev().toString(), "--eval", qaDev().getParent().toString(), "--out", reports.toString());

        assertEquals(0, code, err.toString());
        String report = Files.readString(reports.resolve("smoke.md"));
        for (String part : new String[] {"## Headline", "## Accuracy against plain alternatives",
                "## Answer time against the floor", "## How costs grow with the corpus", "## Other features",
                "| Crosscheck composer | 2", "| Lucene BM25, top sentence |",
                "| langchain4j naive RAG, top segment |", "| seeds | 5 | 169 |", "answer / floor",
                "## Answer quality on the development sets", "| qa-dev | Crosscheck composer |",
                "| qa-dev | Crosscheck composer, bge-small-en-v15-q |", "| qa-dev | Lucene BM25, top sentence |"}) {
            assertTrue(report.contains(part), "missing " + part + " in\n" + report);
        }
        assertTrue(out.toString().contains("accuracy on qa-dev"), out.toString());
        assertTrue(out.toString().contains("qa-dev 2") && out.toString().contains("(target ≥ 23)"), out.toString());
        var svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(reports.resolve("scale.svg")
                .toFile());
        assertEquals("svg", svg.getDocumentElement().getNodeName());
        assertTrue(Files.isDirectory(tmp.resolve("data/bench/indexes")), "indexes go under DATA/bench by default");
    }

    @Test
    void aMissingCorpusFolderIsAClearUsageError() {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "--seeds",
                TestCores.seedsFolder().toString(), "--data", tmp.resolve("data").toString(), "bench", "--corpus",
                tmp.resolve("nowhere").toString());
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("corpus folder not found"), err.toString());
    }

    @Test
    void aMissingFolderForTheStoryFitIsAClearUsageError() throws IOException {
        Files.createDirectories(tmp.resolve("bbc"));
        String[][] cases = {{tmp.resolve("no-bbc").toString(), tmp.resolve("bbc").toString(),
            "corpus of unrelated stories not found"},
            {tmp.resolve("bbc").toString(), tmp.resolve("no-story").toString(), "folder to check not found"}};
        for (String[] c : cases) {
            StringWriter err = new StringWriter();
            int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "--seeds",
                    TestCores.seedsFolder().toString(), "--data", tmp.resolve("data").toString(), "bench", "stories",
                    "--bbc", c[0], "--check", c[1]);
            assertEquals(2, code, err.toString());
            assertTrue(err.toString().contains(c[2]), err.toString());
        }
    }

    @Test
    void anOutputFileInAMissingFolderIsAUsageErrorBeforeAnyWork() {
        for (String[] command : new String[][] {{"eval", "--misses"}, {"train", "--out"}, {"train", "--dump"}}) {
            StringWriter err = new StringWriter();
            int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "--seeds",
                    TestCores.seedsFolder().toString(), "--data", tmp.resolve("data").toString(), "bench", command[0],
                    "--eval", tmp.resolve("no-sets").toString(), command[1], tmp.resolve("nowhere/out.txt").toString());
            assertEquals(2, code, err.toString());
            assertTrue(err.toString().contains(command[1] + ": no folder " + tmp.resolve("nowhere")), err.toString());
        }
    }

    private static Path qaDev() throws URISyntaxException {
        return Path.of(BenchCommandTest.class.getResource("/eval/qa-dev.jsonl").toURI());
    }
}
