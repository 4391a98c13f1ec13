package dev.crosscheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.Crosscheck;
import dev.crosscheck.command.PlainText;
import dev.crosscheck.command.Reply;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.Function;

/** The shape of the one-shot listing commands: open the core, print JSON or the command layer's text, close. */
final class Listing {
    private Listing() {
    }

    static int print(CrosscheckCommand parent, PrintWriter out, boolean json, Function<Crosscheck, Object> asJson,
                     Function<Crosscheck, Reply> asText) throws IOException {
        try (Crosscheck core = parent.open()) {
            out.println(json ? new ObjectMapper().writeValueAsString(asJson.apply(core))
                    : PlainText.render(asText.apply(core)));
        }
        out.flush();
        return 0;
    }
}
