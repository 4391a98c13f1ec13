package dev.crosscheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class QaFileTest {
    @Test
    void readsTheDevSetAndWritesItBackUnchanged() throws IOException {
        List<QaItem> dev;
        try (var in = QaFileTest.class.getResourceAsStream("/eval/qa-dev.jsonl")) {
            dev = QaFile.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertEquals(25, dev.size());
        QaItem d02 = dev.get(1);
        assertEquals(List.of("\\bsix\\b", "\\b6\\b"), d02.expectAny());
        assertEquals(List.of("002_6c45974c4152c829.txt", "003_214ac054cd4d5203.txt"), d02.sources());
        assertTrue(dev.get(24).unanswerable());
        assertEquals(dev, QaFile.read(new StringReader(QaFile.format(dev))));
    }

    @Test
    void leavesEmptyListsOutAsTheDevSetDoes() {
        String line = QaFile.format(List.of(new QaItem("u", "Who?", QaItem.UNANSWERABLE, List.of(), List.of(),
                List.of())));
        assertEquals("{\"id\": \"u\", \"question\": \"Who?\", \"kind\": \"unanswerable\"}\n", line);
    }
}
