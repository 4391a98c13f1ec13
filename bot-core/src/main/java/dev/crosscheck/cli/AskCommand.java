package dev.crosscheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.Crosscheck;
import dev.crosscheck.answer.Answer;
import dev.crosscheck.answer.Story;
import dev.crosscheck.command.Commands;
import dev.crosscheck.command.PlainText;
import dev.crosscheck.command.Request;
import dev.crosscheck.command.Text;
import dev.crosscheck.corpus.TextDecoder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code crosscheck ask}: one question from the arguments, or a file of them with --batch. */
@Command(name = "ask", description = "Answer a question (or a file of questions, one a line) with citations.")
final class AskCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(AskCommand.class);

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
        List<Line> questions = batch != null ? readBatch() : List.of(new Line(String.join(" ", words), null));
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper mapper = new ObjectMapper();
        try (Crosscheck core = parent.open()) {
            for (Line q : questions) {
                if (json) {
                    Commands.Asked asked = answer(core, q);
                    java.util.Map<String, Object> shape = Json.answer(asked.answer());
                    // The answer is to the reading ("what's" for "whats", a typo respelled); "question" stays what
                    // the line asked.
                    shape.put("question", Text.typed(q.question()));
                    if (asked.readAs() != null) {
                        shape.put("read_as", asked.readAs());
                    }
                    out.println(mapper.writeValueAsString(shape));
                } else {
                    Request request = Request.console("ask", q.question()).inConversation(q.conversation());
                    if (questions.size() > 1) {
                        // Answers of a batch in text say which line each answers, as the console shows what was typed.
                        out.println("> " + Text.typed(q.question()));
                    }
                    out.println(q.problem() != null ? q.problem() : PlainText.render(core.commands().handle(request)));
                    if (questions.size() > 1) {
                        out.println();
                    }
                }
                out.flush();
            }
        }
        return 0;
    }

    /**
     * A line of a batch: a question, in a conversation when the line is {"conversation": …, "question": …}; a JSON
     * object of another shape is a mistake in the file, answered by what is wrong with it rather than searched for.
     */
    record Line(String question, String conversation, String problem) {
        static final String NOT_A_LINE = "A JSON line needs \"question\" as text, and \"conversation\", when given, "
                + "as text or a number: {\"conversation\": \"c1\", \"question\": \"…\"}";

        Line(String question, String conversation) {
            this(question, conversation, null);
        }

        static Line of(String text, ObjectMapper json) {
            if (text.strip().startsWith("{")) {
                try {
                    com.fasterxml.jackson.databind.JsonNode n = json.readTree(text);
                    if (n.isObject()) {
                        com.fasterxml.jackson.databind.JsonNode conversation = n.path("conversation");
                        boolean conversationOk = conversation.isMissingNode() || conversation.isNull()
                                || conversation.isTextual() || conversation.isIntegralNumber();
                        if (!n.path("question").isTextual() || !conversationOk) {
                            return new Line(text, null, NOT_A_LINE);
                        }
                        return new Line(n.get("question").asText(),
                                n.hasNonNull("conversation") ? "batch:" + conversation.asText() : null);
                    }
                } catch (IOException e) {
                    // Not JSON after all: the line is a question as typed.
                }
            }
            return new Line(text, null);
        }
    }

    /**
     * The batch file's lines, decoded as articles are (UTF-8, a UTF-16 byte order mark, else Windows-1252 with a
     * warning): a question file saved in Latin-1 had been refused whole with a bare MalformedInputException.
     */
    private List<Line> readBatch() throws IOException {
        ObjectMapper json = new ObjectMapper();
        if (Files.isDirectory(batch)) {
            throw new ParameterException(spec.commandLine(), "batch file is a folder: " + batch);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(batch);
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), "batch file not found: " + batch);
        } catch (AccessDeniedException e) {
            throw new ParameterException(spec.commandLine(), "batch file cannot be read (permission denied): " + batch);
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.binary()) {
            throw new ParameterException(spec.commandLine(), "batch file is binary, not lines of text: " + batch);
        }
        if (decoded.fellBack()) {
            spec.commandLine().getErr().println("crosscheck: " + batch + " is not valid UTF-8, read as Windows-1252");
        }
        return decoded.text().lines().map(l -> Line.of(l, json)).toList();
    }

    /**
     * Invalid questions, and questions whose answering failed, still get an object in JSON mode, so line n of the
     * output always answers line n and one bad line costs no other.
     */
    private static Commands.Asked answer(Crosscheck core, Line line) {
        String question = Text.typed(line.question());
        Optional<String> problem = Optional.ofNullable(line.problem()).or(() -> Commands.problemWith(question));
        if (problem.isPresent()) {
            return unanswered(question, problem.get());
        }
        try {
            return core.commands().ask(question, line.conversation());
        } catch (RuntimeException e) {
            LOG.error("answering a question failed", e); // its words stay out of the log, as in a chat
            return unanswered(question, Commands.FAILED);
        }
    }

    private static Commands.Asked unanswered(String question, String why) {
        return new Commands.Asked(new Answer(question, false, why, List.of(), List.of(), 0), null, Story.NONE);
    }
}
