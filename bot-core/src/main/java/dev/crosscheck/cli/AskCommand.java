package dev.crosscheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.Crosscheck;
import dev.crosscheck.answer.Answer;
import dev.crosscheck.command.Commands;
import dev.crosscheck.command.PlainText;
import dev.crosscheck.command.Reply;
import dev.crosscheck.command.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code crosscheck ask}: one question from the arguments, or a file of them with --batch. */
@Command(name = "ask", description = "Answer a question (or a file of questions, one a line) with citations.")
final class AskCommand implements Callable<Integer> {
    @ParentCommand
    CrosscheckCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of text")
    boolean json;

    @Option(names = "--batch", paramLabel = "FILE", description = "Answer every line of FILE; with --json, one object a line")
    Path batch;

    @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "The question")
    List<String> words;

    @Override
    public Integer call() throws IOException {
        if (batch == null && (words == null || words.isEmpty())) {
            throw new ParameterException(spec.commandLine(), "Missing QUESTION (or --batch FILE)");
        }
        if (batch != null && words != null && !words.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Give either a QUESTION or --batch FILE, not both");
        }
        List<String> questions = batch != null ? readBatch() : List.of(String.join(" ", words));
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper mapper = new ObjectMapper();
        try (Crosscheck core = parent.open()) {
            for (String q : questions) {
                if (json) {
                    out.println(mapper.writeValueAsString(Json.answer(answer(core, q))));
                } else {
                    out.println(PlainText.render(reply(core, q)));
                    if (questions.size() > 1) {
                        out.println();
                    }
                }
                out.flush();
            }
        }
        return 0;
    }

    private List<String> readBatch() throws IOException {
        try (BufferedReader r = Files.newBufferedReader(batch, StandardCharsets.UTF_8)) {
            return r.lines().toList();
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), "batch file not found: " + batch);
        }
    }

    /** Invalid questions still get an object in JSON mode, so line n of the output always answers line n. */
    private static Answer answer(Crosscheck core, String raw) {
        String question = Text.withoutMentions(Text.clean(raw));
        return Commands.problemWith(question)
                .map(problem -> new Answer(question, false, problem, List.of(), List.of(), 0))
                .orElseGet(() -> core.composer().answer(question));
    }

    private static Reply reply(Crosscheck core, String question) {
        return core.commands().ask(question);
    }
}
