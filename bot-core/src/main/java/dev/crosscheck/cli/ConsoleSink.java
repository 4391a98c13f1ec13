package dev.crosscheck.cli;

import dev.crosscheck.alert.AlertSink;
import dev.crosscheck.alert.Delivery;
import dev.crosscheck.command.ChatRef;
import dev.crosscheck.command.ConflictText;
import dev.crosscheck.command.PlainText;
import dev.crosscheck.conflict.Conflict;
import dev.crosscheck.corpus.Corpus;
import java.io.PrintWriter;
import java.util.function.Supplier;

/** Prints alerts into the console chat as they arrive, between the user's questions. */
final class ConsoleSink implements AlertSink {
    private final PrintWriter out;
    private final Supplier<Corpus> corpus;

    ConsoleSink(PrintWriter out, Supplier<Corpus> corpus) {
        this.out = out;
        this.corpus = corpus;
    }

    @Override
    public String platform() {
        return ChatRef.CONSOLE.platform();
    }

    @Override
    public Delivery deliver(ChatRef chat, Conflict conflict) {
        String text = PlainText.render(ConflictText.reply(conflict, corpus.get()));
        synchronized (out) {
            out.println();
            out.println("⚠ Alert: " + text);
            out.println();
            out.flush();
        }
        return out.checkError() ? new Delivery.Failed("the console is closed") : new Delivery.Delivered();
    }
}
