package dev.crosscheck.command;

import dev.crosscheck.answer.Answer;
import dev.crosscheck.answer.Composer;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The platform-neutral command layer: every front end turns its events into {@link Request}s and renders the {@link Reply}. */
public final class Commands {
    private static final Logger LOG = LoggerFactory.getLogger(Commands.class);
    public static final int MAX_QUESTION_CHARS = 2_000;

    private final Composer composer;
    private final Supplier<Corpus> corpus;

    public Commands(Composer composer, Supplier<Corpus> corpus) {
        this.composer = composer;
        this.corpus = corpus;
    }

    /** Serves one request; never throws: a failure becomes an error reply and a log line. */
    public Reply handle(Request request) {
        try {
            Optional<Command> command = Command.named(request.command());
            if (command.isEmpty()) {
                return Reply.usage("Unknown command \"" + Text.clean(request.command()) + "\". " + helpHint());
            }
            return switch (command.get()) {
                case ASK -> ask(request.args());
                case SOURCES -> sources();
                case HELP -> help();
            };
        } catch (RuntimeException e) {
            LOG.error("command {} failed", request.command(), e);
            return Reply.error("Sorry, something went wrong while answering. It has been logged; please try again.");
        }
    }

    public Reply ask(String rawQuestion) {
        String question = Text.withoutMentions(Text.clean(rawQuestion));
        Optional<String> problem = problemWith(question);
        if (problem.isPresent()) {
            return Reply.usage(problem.get());
        }
        return fromAnswer(composer.answer(question));
    }

    /** Why a (cleaned) question cannot be answered as asked, if it cannot. */
    public static Optional<String> problemWith(String question) {
        if (question.isBlank()) {
            return Optional.of("Ask a question, for example: ask How many missiles were fired?");
        }
        if (question.length() > MAX_QUESTION_CHARS) {
            return Optional.of("That question is %,d characters long; please keep it under %,d."
                    .formatted(question.length(), MAX_QUESTION_CHARS));
        }
        return Optional.empty();
    }

    /** The reply shape of an answer; front ends that want the raw answer (the CLI's JSON) use the composer directly. */
    public static Reply fromAnswer(Answer answer) {
        List<Reply.Segment> segments = List.of(new Reply.Segment(Reply.Style.TEXT, answer.text()));
        Set<Reply.Flag> flags = answer.found() ? Set.of() : Set.of(Reply.Flag.NOT_FOUND);
        return new Reply(segments, answer.citations(), answer.seeAlso(), flags);
    }

    public Reply sources() {
        Corpus c = corpus.get();
        List<Reply.Segment> segments = new ArrayList<>();
        segments.add(new Reply.Segment(Reply.Style.HEADING, "%d source%s in %s".formatted(c.size(),
                c.size() == 1 ? "" : "s", c.root().getFileName())));
        for (Document d : c.documents()) {
            segments.add(new Reply.Segment(Reply.Style.ITEM, d.id() + " — " + Text.shorten(d.title(), 90)));
        }
        return new Reply(segments, List.of(), List.of(), Set.of());
    }

    public Reply help() {
        List<Reply.Segment> segments = new ArrayList<>();
        segments.add(new Reply.Segment(Reply.Style.HEADING,
                "Crosscheck answers questions about a folder of news articles and quotes its sources."));
        for (Command c : Command.values()) {
            String usage = c.arguments().isEmpty() ? c.word() : c.word() + " " + c.arguments();
            segments.add(new Reply.Segment(Reply.Style.ITEM, "/" + usage + " — " + c.description()));
        }
        return new Reply(segments, List.of(), List.of(), Set.of());
    }

    private static String helpHint() {
        return "Try /help.";
    }
}
