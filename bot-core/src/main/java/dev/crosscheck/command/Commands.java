package dev.crosscheck.command;

import dev.crosscheck.conversation.Conversations;
import dev.crosscheck.conversation.FollowUpReader;
import dev.crosscheck.conversation.Turn;
import dev.crosscheck.answer.Answer;
import dev.crosscheck.answer.Citation;
import dev.crosscheck.answer.Story;
import dev.crosscheck.alert.AlertStore;
import dev.crosscheck.alert.Subscription;
import dev.crosscheck.alert.Topics;
import dev.crosscheck.answer.Composer;
import dev.crosscheck.answer.QuestionAnalysis;
import dev.crosscheck.summary.Length;
import dev.crosscheck.summary.Sources;
import dev.crosscheck.summary.Summarizer;
import dev.crosscheck.summary.Summary;
import dev.crosscheck.summary.SummaryRequest;
import dev.crosscheck.conflict.Conflict;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.Sentence;
import dev.crosscheck.corpus.SentenceSplitter;
import dev.crosscheck.index.Retriever;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The platform-neutral command layer: every front end turns its events into {@link Request}s and renders the {@link Reply}. */
public final class Commands {
    private static final Logger LOG = LoggerFactory.getLogger(Commands.class);
    public static final int MAX_QUESTION_CHARS = 2_000;
    /**
     * Questions of one message answered; their replies together already fill most of the messages a platform
     * reply may take ({@link Text#MAX_MESSAGES}), and the rest are named, not dropped silently.
     */
    static final int MAX_QUESTIONS = 3;
    /** Longest part of a "Reading this as" line; longer than any question of the development sets (147). */
    private static final int READING_PART_CHARS = 150;
    /** What a user is told when serving a request failed; the failure itself goes to the log. */
    public static final String FAILED =
            "Sorry, something went wrong while answering. It has been logged; please try again.";
    /** What a user is told when the database refused what a command would store (a subscription, its removal). */
    public static final String NOT_STORED = "Sorry, the bot's database cannot be written to just now, so that was not "
            + "saved. It has been logged for whoever runs the bot.";
    /** What a question that points back to nothing ("Where did it happen?" opening a chat) is told. */
    static final String UNRESOLVED = "Nothing before this message says what \"%s\" means here: ask again with "
            + "the name, or as a follow-up to one of my answers (/help says how).";
    /** What "Who said that?" opening a conversation is told: no answer came before it to name a source for. */
    static final String NO_EARLIER_ANSWER = "No answer comes before this message, so there is no \"that\" to name a "
            + "source for: ask your question first, then \"Who said that?\" about my answer (/help says how).";
    /** What a question word alone opening a conversation ("Why?", "How many?") is told. */
    static final String UNASKED = "Nothing before this message says what \"%s\" asks about: ask the whole "
            + "question, or ask it as a follow-up to one of my answers (/help says how).";
    /** What a message of links alone is told: a pasted article is not fetched from a chat. */
    static final String LINK_ONLY = "I answer from the articles I have, not from links: ask me a question about them, "
            + "or see /sources for what they are.";
    /** What a message that is no question and finds nothing in the articles is told. */
    static final String NOT_A_QUESTION = "I found nothing on that in the articles. Ask me a question about them "
            + "(who, what, when, where, how many…), or try /summary, /sources or /help.";
    /**
     * What a question in another script that finds nothing is told: the embedding model reads English, so the same
     * question in English may well be answered.
     */
    static final String ENGLISH = "I read questions in English best: try asking this in English.";
    private static final String ALERTS_NEED_THE_BOT =
            "Alerts need the bot running: start it with ./crosscheck chat or serve.";

    private final Composer composer;
    private final Summarizer summarizer;
    private final Supplier<Corpus> corpus;
    private final Supplier<List<Conflict>> conflicts;
    /** Null outside a running bot (one-shot CLI commands have no chat to alert). */
    private final AlertStore subscriptions;
    private final Conversations conversations;
    private final FollowUpReader reader;

    /**
     * The command layer, remembering follow-ups in {@code conversations}; {@code subscriptions} is null outside a
     * running bot.
     */
    public Commands(Composer composer, Summarizer summarizer, Supplier<Corpus> corpus,
                    Supplier<List<Conflict>> conflicts, AlertStore subscriptions, Conversations conversations) {
        this.conversations = conversations;
        this.composer = composer;
        this.summarizer = summarizer;
        this.corpus = corpus;
        this.conflicts = conflicts;
        this.subscriptions = subscriptions;
        this.reader = new FollowUpReader(composer);
    }

    /** Serves one request; never throws: a failure becomes an error reply and a log line. */
    public Reply handle(Request request) {
        return safely(request.command(), () -> {
            Optional<Command> command = Command.named(request.command());
            if (command.isEmpty()) {
                return Reply.usage("Unknown command \"" + Text.clean(request.command()) + "\". " + helpHint());
            }
            return switch (command.get()) {
                case ASK -> ask(request);
                case SUMMARY -> summary(request.args(), conversationOf(request));
                case SOURCES -> sources(request.args());
                case CONFLICTS -> conflicts(request.args());
                case SUBSCRIBE -> subscribe(request);
                case UNSUBSCRIBE -> unsubscribe(request);
                case ALERTS -> alerts(request);
                case HELP -> help();
            };
        });
    }

    /**
     * A failure becomes an error reply and a log line, never an exception in a chat; so does a stack overflow, which
     * a pattern's backtracking over an unforeseen message can cause, and which leaves the bot sound.
     */
    private static Reply safely(String command, Supplier<Reply> work) {
        try {
            return work.get();
        } catch (dev.crosscheck.store.StorageException e) {
            // The database's own one-line words say it all ("attempt to write a readonly database"); a stack trace
            // adds nothing, and "please try again" would not help the user.
            LOG.error("command {} failed: {}", command, e.getMessage());
            return Reply.error(NOT_STORED);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("command {} failed", command, e);
            return Reply.error(FAILED);
        }
    }

    public Reply ask(String rawQuestion) {
        return ask(Request.console(Command.ASK.word(), rawQuestion));
    }

    /**
     * Answers a question; in a conversation, a follow-up is read in the light of the turns before it, and the reply
     * says how it was read when that differs from what was typed.
     */
    public Reply ask(Request request) {
        // "Hi! How many died? thanks" asks what the courtesy is around, and the courtesy is no part of any question.
        String message = SmallTalk.asked(Text.typed(request.args()));
        if (message.isBlank() && Text.hasLink(request.args())) {
            return Reply.usage(LINK_ONLY);
        }
        Optional<String> problem = problemWith(message);
        if (problem.isPresent()) {
            return Reply.usage(problem.get());
        }
        String conversation = conversationOf(request);
        List<String> questions = Questions.in(message);
        return questions.size() == 1 ? reply(message, conversation) : replyEach(questions, conversation);
    }

    /**
     * The questions of one message answered in turn, each under its question. Outside a conversation they are asked
     * in one of their own, so that "And in Kharkiv?" after "How many died in Lviv?" is read as its follow-up.
     */
    private Reply replyEach(List<String> questions, String conversation) {
        String asked = conversation != null ? conversation : "message:" + java.util.UUID.randomUUID();
        try {
            List<Reply.Section> sections = new ArrayList<>();
            for (String question : questions.subList(0, Math.min(questions.size(), MAX_QUESTIONS))) {
                sections.add(new Reply.Section(question, reply(question, asked)));
            }
            Reply reply = Reply.sections(sections);
            return questions.size() <= MAX_QUESTIONS ? reply : reply.withTrailing(("I answered the first %d of "
                    + "your %d questions; ask the others in another message.").formatted(MAX_QUESTIONS,
                    questions.size()));
        } finally {
            if (conversation == null) {
                conversations.forget(asked);
            }
        }
    }

    /** The reply to one question (or a command asked for in words) in a conversation, or alone when it is null. */
    private Reply reply(String question, String conversation) {
        Optional<Command> inWords = CommandInWords.asked(question);
        if (inWords.isPresent()) {
            // "help", "Do the sources disagree?": what a command does, asked in words; the reply says which.
            Reply reply = switch (inWords.get()) {
                case SOURCES -> sources();
                case CONFLICTS -> conflicts();
                default -> help();
            };
            return reply.withLeading("Reading this as: /" + inWords.get().word());
        }
        Optional<String> courtesy = SmallTalk.reply(question);
        if (courtesy.isPresent()) {
            // "Thanks!": no search, and no turn, so the conversation goes on from the question before it.
            return new Reply(List.of(new Reply.Segment(Reply.Style.TEXT, courtesy.get())), List.of(), List.of(),
                    Set.of(Reply.Flag.NOT_FOUND));
        }
        boolean first = conversation == null || conversations.turns(conversation).isEmpty();
        Asked asked = ask(question, conversation);
        if (asked.kind() == Asked.Kind.SUMMARY) {
            Summary summary = new Summary(asked.answer().found(), asked.answer().text(), asked.answer().citations());
            return summaryReply(summary).withLeading("Reading this as: " + asked.readAs());
        }
        boolean otherScript = !asked.answer().found() && FollowUpReader.isOtherScript(question);
        if (!asked.answer().found() && !otherScript && !FollowUpReader.isQuestion(ChatSpelling.written(question))
                && asked.kind() == Asked.Kind.QUESTION) {
            // "🙂", "???", "lol": no question and nothing found, so say what the bot is for.
            return new Reply(List.of(new Reply.Segment(Reply.Style.TEXT, NOT_A_QUESTION)), List.of(), List.of(),
                    Set.of(Reply.Flag.NOT_FOUND, Reply.Flag.USAGE));
        }
        Reply reply = fromAnswer(asked.answer());
        if (otherScript) {
            reply = reply.withTrailing(ENGLISH);
        }
        if (first && !asked.answer().found() && asked.kind() == Asked.Kind.QUESTION) {
            Optional<String> pointer = FollowUpReader.pointer(question);
            if (pointer.isPresent()) {
                // "Where did it happen?" opening a chat: a follow-up asked where it is not one.
                reply = reply.withTrailing(UNRESOLVED.formatted(pointer.get()));
            } else if (!FollowUpReader.namesSomething(question)) {
                // "Why?" opening a chat names nothing at all: it can only be a follow-up.
                reply = reply.withTrailing(UNASKED.formatted(question.strip()));
            }
        }
        List<String> caveats = asked.answer().caveats();
        for (int i = caveats.size() - 1; i >= 0; i--) {
            reply = reply.withLeading(caveats.get(i));
        }
        return asked.readAs() == null ? reply
                : reply.withLeading("Reading this as: " + sentenceCase(readingShown(asked.readAs())));
    }

    /**
     * An answer, how its question was read when that differs from the words typed (else null), the story of the
     * conversation it was asked in ({@link Story#NONE} outside one), and what kind of reply it is.
     */
    public record Asked(Answer answer, String readAs, Story story, Kind kind) {
        public Asked(Answer answer, String readAs, Story story) {
            this(answer, readAs, story, Kind.QUESTION);
        }

        /**
         * A question answered; more on the last one ("Tell me more", "What do the other sources say?", "Is that
         * true?"); a summary asked for in words; where the last answer comes from ("Who said that?").
         */
        public enum Kind { QUESTION, MORE, SUMMARY, SOURCE }
    }

    /**
     * Answers a question, continuing a conversation when one is named (null: a question on its own). A message that
     * opens a conversation by asking for the news ("What happened?") is answered with a summary, and so is one that
     * asks for a named topic's anywhere ("Tell me about the Kinzhal").
     */
    public Asked ask(String typed, String conversation) {
        String question = composer.withNamesCapitalised(ChatSpelling.written(SmallTalk.asked(typed)));
        List<Turn> earlier = conversation == null ? List.of() : conversations.turns(conversation);
        Optional<String> overview = earlier.isEmpty() ? Overview.summaryAsked(question) : Overview.topicAsked(question);
        if (overview.isPresent()) {
            return overview(question, overview.get(), conversation);
        }
        Optional<String> name = earlier.isEmpty() ? Overview.nameAlone(question) : Optional.empty();
        if (name.isPresent()) {
            Asked told = overview(question, name.get(), conversation);
            if (told.answer().found()) {
                return told;
            }
        }
        if (earlier.isEmpty() && FollowUpReader.asksSource(question)) {
            // "Who said that?" opening a chat: there is no "that" yet, and a passage quoted for it would be a guess.
            return new Asked(new Answer(question, false, NO_EARLIER_ANSWER, List.of(), List.of(), 0), null,
                    Story.NONE, Asked.Kind.SOURCE);
        }
        if (conversation == null) {
            Answer answer = composer.answer(question);
            return new Asked(answer, readAs(question, answer), Story.NONE);
        }
        Optional<String> briefly = earlier.isEmpty() ? Optional.empty() : Overview.lastSummarised(question);
        if (briefly.isPresent()) {
            return summaryOfLast(question, briefly.get(), earlier.get(earlier.size() - 1), conversation);
        }
        FollowUpReader.Reading reading = reader.read(question, earlier);
        if (!earlier.isEmpty() && FollowUpReader.asksSource(question)) {
            return source(question, conversation, reading, lastQuoting(earlier));
        }
        if (!earlier.isEmpty() && !reading.more()) {
            // What the patterns do not read, the written examples nearest in meaning may: "can I trust that",
            // "give me the gist", "which paper ran that".
            Turn last = earlier.get(earlier.size() - 1);
            switch (reader.intentOf(question)) {
                case SOURCE -> {
                    return source(question, conversation, reading, lastQuoting(earlier));
                }
                case VERIFY -> {
                    return more(question, conversation, new FollowUpReader.Reading(last.about(), true,
                            reading.story(), FollowUpReader.Beyond.QUOTED_ARTICLES), last);
                }
                case SUMMARISE -> {
                    return summaryOfLast(question, "short", last, conversation);
                }
                default -> {
                }
            }
        }
        if (reading.more()) {
            Turn last = earlier.get(earlier.size() - 1);
            // "Tell me more" after "What happened?" wants the fuller summary, not passages about "happened".
            Optional<String> fuller = Overview.fuller(last.typed());
            return fuller.isPresent() ? overview(question, fuller.get(), conversation)
                    : more(question, conversation, reading, last);
        }
        Answer answer = composer.answer(reading.question(), reading.story());
        boolean withConversation = !reading.question().equals(question) || !reading.story().isEmpty();
        // A question of its own read with the conversation (its questions or its story) that finds nothing, or only
        // the last answer's passage again ("What was the magnitude?" after a question about the dam), was drawn there
        // by what it carried, or is about another story: asked alone, it finds what it asks. So is a turn to a thing
        // with no like in the last question, read with the questions it carried: "what about the factory?" after
        // "how many babies are in hospital?" had quoted the hospital count again (fresh users' formula recall, flood
        // and chemical fire).
        boolean ownThing = FollowUpReader.standsAlone(question)
                || FollowUpReader.turnsTo(question) && reading.question().contains(QuestionAnalysis.CONTEXT);
        if (!earlier.isEmpty() && withConversation && ownThing
                && (!answer.found() || repeats(answer, earlier.get(earlier.size() - 1), question))) {
            Answer alone = composer.answer(question);
            if (alone.found() && !repeats(alone, earlier.get(earlier.size() - 1), question)) {
                answer = alone;
                reading = new FollowUpReader.Reading(question, false, Story.NONE);
            } else if (answer.found() && FollowUpReader.turnsTo(question)) {
                // A turn to another thing of the story ("And the band from Scotland?") that quotes the last passage
                // again is answered by the passages the last reply did not quote, when one answers it.
                Answer other = composer.more(reading.question(), reading.story(),
                        earlier.get(earlier.size() - 1).cited());
                if (other.found()) {
                    answer = other;
                }
            }
        }
        if (answer.found() || FollowUpReader.isQuestion(question)) {
            // A "thanks" that found nothing is no turn: the next follow-up continues the question before it.
            // One that found nothing told of the passages it showed instead: "Who is bringing the case?" after it
            // asks about them.
            conversations.add(conversation, new Turn(question, answer.question(), answer.given(),
                    Story.of(answer.found() ? answer.citations() : answer.seeAlso()), answer.citations()));
        }
        String readAs = reading.followUp() ? answer.question() : readAs(question, answer);
        return new Asked(answer, readAs, reading.story());
    }

    /**
     * Whether the answer opens with a passage sharing a sentence with one the last turn's reply quoted, and lacking a
     * word the message asks about: "What was the magnitude?" is not answered by the dam passage again, while "What
     * was hit?" is by the passage around the last answer that says "A missile attack hit an energy facility".
     */
    private static boolean repeats(Answer answer, Turn last, String message) {
        if (!answer.found() || answer.citations().isEmpty()) {
            return false;
        }
        Citation now = answer.citations().get(0);
        Set<String> said = sentences(now);
        return last.cited().stream().anyMatch(before -> before.source().equals(now.source())
                && sentences(before).stream().anyMatch(said::contains)) && !holdsOwnWords(now.quote(), message);
    }

    private static final Analyzer STEMS = new EnglishAnalyzer();

    /** Whether a passage holds every word the message asks about itself, stem for stem. */
    private static boolean holdsOwnWords(String passage, String message) {
        List<String> own = FollowUpReader.ownWords(message);
        return !own.isEmpty() && Set.copyOf(Retriever.analyze(STEMS, passage))
                .containsAll(Retriever.analyze(STEMS, String.join(" ", own)));
    }

    private static Set<String> sentences(Citation c) {
        Set<String> out = new HashSet<>();
        for (Sentence s : SentenceSplitter.split(c.source(), c.quote())) {
            // A passage cut short ends in "…": its last sentence is not whole.
            if (!s.text().endsWith("…")) {
                out.add(s.text());
            }
        }
        return out;
    }

    /**
     * A reading as one line of a reply: the latest question it continues, each part cut at a word when long (a
     * question may run to {@value #MAX_QUESTION_CHARS} characters, and the line must leave room for the answer).
     */
    private static String readingShown(String readAs) {
        String reading = FollowUpReader.shortened(readAs);
        List<String> parts = QuestionAnalysis.questions(reading);
        if (parts.size() == 1) {
            return Text.shorten(reading, READING_PART_CHARS);
        }
        return Text.shorten(parts.get(0), READING_PART_CHARS) + " " + QuestionAnalysis.CONTEXT
                + Text.shorten(parts.get(1), READING_PART_CHARS) + ")";
    }

    /** A reading shown as a sentence: "how many died in Kharkiv?" typed in lowercase reads "How many…". */
    private static String sentenceCase(String reading) {
        return reading.isEmpty() ? reading : Character.toUpperCase(reading.charAt(0)) + reading.substring(1);
    }

    /** How a question was read when that differs from its words (a typo read as the word the articles have). */
    private static String readAs(String question, Answer answer) {
        return answer.question().equals(question) ? null : answer.question();
    }

    /** A question's closing marks, before what it carried too: "How is it powered now? (after: …)". */
    private static final Pattern QUESTION_MARKS = Pattern.compile("[?.!]+(?=\\s*\\(|\\s*$)");

    /**
     * "Summarise that" or "tl;dr" ({@code length} "short") after an answer: a summary of what the last question
     * asked about, as it was read (what it carried included: "How is it powered now? (after: What happened to the
     * nuclear plant)"), or, when that finds nothing, of the first question it holds that finds something; after a
     * summary, of what that summarised ("What happened?": the folder again).
     */
    private Asked summaryOfLast(String typed, String length, Turn last, String conversation) {
        // A topic's summary is remembered by its topic, one of the whole folder by the words that asked for it.
        boolean folder = last.question().equals(last.typed()) && Overview.summaryAsked(last.typed())
                .map(args -> args.replaceFirst("^short\\b", "").isBlank()).orElse(false);
        if (folder) {
            return overview(typed, length, conversation);
        }
        // What the reading carried helps find the topic, until it buries it: a fresh user's corrected question,
        // carried with two before it, found nothing that its own words alone did. So the reading whole, then each
        // question it holds on its own, latest first.
        List<String> topics = new ArrayList<>(List.of(last.about()));
        topics.addAll(QuestionAnalysis.questions(last.about()));
        Asked summary = null;
        for (String about : new java.util.LinkedHashSet<>(topics)) {
            String topic = QUESTION_MARKS.matcher(about).replaceAll("").strip();
            if (!topic.isEmpty()) {
                Asked tried = overview(typed, (length + " --topic " + topic).strip(), conversation);
                if (tried.answer().found()) {
                    return tried;
                }
                summary = summary == null ? tried : summary;
            }
        }
        return summary != null ? summary : overview(typed, length, conversation);
    }

    /**
     * The last turn whose answer quoted a passage, else the last: "that" in "Who said that?" after an answer that
     * found nothing is what was said before it (a fresh user was told there was no one to name).
     */
    private static Turn lastQuoting(List<Turn> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (!earlier.get(i).cited().isEmpty()) {
                return earlier.get(i);
            }
        }
        return earlier.get(earlier.size() - 1);
    }

    /**
     * "Who said that?", "Which article says that?": the speakers of the passages the last answer quoted, read from
     * them. It is a follow-up in the chain as read, about the question that answer was to, so "Are you sure?" or
     * "tl;dr" next still ask about that, and its first speaker is its answer, so "How old is he?" asks about them.
     */
    private Asked source(String typed, String conversation, FollowUpReader.Reading reading, Turn last) {
        Answer speakers = Speakers.of(typed, last.question(), last.cited(), last.given());
        if (speakers.found()) {
            conversations.add(conversation, new Turn(typed, reading.question(), speakers.given(),
                    Story.of(speakers.citations()), speakers.citations(), speakers.citations(), last.about()));
        }
        // The question the answer was to, without what it carried, unless it is a bare word that says nothing
        // alone ("When?", "Why?"): then with the question it followed.
        List<String> parts = QuestionAnalysis.questions(FollowUpReader.shortened(last.about()));
        String asked = parts.get(0);
        String answered = "“" + asked + "”" + (asked.split("\\s+").length > 1 || parts.size() == 1 ? ""
                : ", which followed “" + parts.get(1) + "”");
        return new Asked(speakers, "where it comes from, in the answer to " + answered, reading.story(),
                Asked.Kind.SOURCE);
    }

    /**
     * "Tell me more": the last question answered again from what its answers have not shown; a further "more"
     * passes over these passages too. "What do the other sources say?": from the articles they did not quote.
     */
    private Asked more(String typed, String conversation, FollowUpReader.Reading reading, Turn last) {
        Answer answer = reading.elsewhere() ? composer.elsewhere(reading.question(), Story.of(last.shown()))
                : composer.more(reading.question(), reading.story(), last.shown());
        if (answer.found()) {
            List<Citation> shown = new ArrayList<>(last.shown());
            shown.addAll(answer.citations());
            conversations.add(conversation, new Turn(typed, reading.question(), answer.given(),
                    Story.of(answer.citations()), shown, answer.citations()));
        }
        return new Asked(answer, moreReadAs(reading, last), reading.story(), Asked.Kind.MORE);
    }

    /** How a reply from the sources the last answer did not quote names its reading ("other sources on …"). */
    public static final String OTHER_SOURCES = "other sources on ";

    /** "Tell me more" asks the last question again, which the reply names; "Who else…?" is read as any follow-up. */
    private static String moreReadAs(FollowUpReader.Reading reading, Turn last) {
        if (reading.elsewhere()) {
            return OTHER_SOURCES + reading.question();
        }
        return reading.question().equals(last.question()) ? "more on " + reading.question() : reading.question();
    }

    /**
     * A summary asked for in words, as an answer whose reading names the {@code /summary} it gave; in a
     * conversation, its sources are the story the next question is asked in ("How many died?").
     */
    private Asked overview(String typed, String summaryArgs, String conversation) {
        long start = System.nanoTime();
        SummaryRequest request = summaryRequest(summaryArgs);
        Summary s = summarizer.summarize(request);
        Answer answer = new Answer(typed, s.found(), s.text(), s.citations(), List.of(),
                (System.nanoTime() - start) / 1_000_000);
        if (conversation != null && s.found()) {
            // A topic's summary is about the topic: "More?" asks for more on "the nuclear plant", not on the words
            // "Tell me about", and "Who runs it?" continues the topic.
            String about = request.topic() != null ? request.topic() : typed;
            conversations.add(conversation, new Turn(typed, about, answer.given(), Story.of(s.citations()),
                    s.citations()));
        }
        String readAs = ("/summary " + summaryArgs).strip();
        return new Asked(answer, readAs, Story.NONE, Asked.Kind.SUMMARY);
    }

    /** Why a (cleaned) question cannot be answered as asked, if it cannot. */
    public static Optional<String> problemWith(String question) {
        if (question.isBlank()) {
            // Examples that fit any folder: the seeds' "How many missiles were fired?" puzzled a user of another story.
            return Optional.of("Ask a question about the articles, for example: What happened? Who said it? "
                    + "How many were hurt?");
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

    /** The articles, grouped by outlet once some name one (see {@link SourcesReply}). */
    public Reply sources() {
        return sources("");
    }

    /** The articles whose id or title has all of {@code words} ({@link Sources#listed}); every article when blank. */
    public Reply sources(String words) {
        String wanted = Text.typed(words);
        Matcher option = OPTION.matcher(wanted);
        if (option.find()) {
            // "/sources --json" had been a search for the word "--json": JSON is the command line's.
            return Reply.usage("/sources takes words of a title or id (\"/sources Kyiv\"), no options such as %s."
                    .formatted(option.group(1)));
        }
        if (wanted.length() > MAX_QUESTION_CHARS) {
            return Reply.usage("Keep the words under %,d characters.".formatted(MAX_QUESTION_CHARS));
        }
        return SourcesReply.of(corpus.get(), wanted);
    }

    /** The conversation a request continues, unique across chats and platforms; null outside one. */
    private static String conversationOf(Request request) {
        return request.conversation() == null ? null
                : request.chat().platform() + ":" + request.chat().id() + ":" + request.conversation();
    }


    /**
     * A summary request as a chat message asks for it ({@link Overview}), which is how the conversation reads it:
     * "What happened?" for a short summary of everything, so that "Tell me more" gets the fuller one.
     */
    private static String inWords(SummaryRequest asked) {
        if (asked.source() != null) {
            return "Summarise " + asked.source();
        }
        if (asked.topic() != null) {
            return "Tell me about " + asked.topic();
        }
        return asked.length() == Length.SHORT ? "What happened?" : "Summarise the story";
    }

    /**
     * A summary from free words, as chat users type it: an optional "short" or "normal", then a source (its id or
     * words of its title) or else topic words; nothing more is the whole corpus.
     */
    public Reply summary(String args) {
        return summary(args, null);
    }

    /**
     * {@code /summary}; in a conversation ({@code conversation} not null) it is a turn of it, as the same summary
     * asked for in words is, so that "How many died?" or "When did it happen?" in reply to it asks about the story it
     * told.
     */
    private Reply summary(String args, String conversation) {
        String words = Text.typed(args);
        if (words.length() > MAX_QUESTION_CHARS) {
            return Reply.usage("Keep the topic under %,d characters.".formatted(MAX_QUESTION_CHARS));
        }
        Optional<String> wrong = wrongSummaryOption(words);
        if (wrong.isPresent()) {
            return Reply.usage(wrong.get());
        }
        SummaryRequest asked = summaryRequest(words);
        Summary s = summarizer.summarize(asked);
        if (conversation != null && s.found()) {
            String inWords = inWords(asked);
            conversations.add(conversation, new Turn(inWords, inWords, Answer.Given.NOTHING,
                    Story.of(s.citations()), s.citations()));
        }
        return summaryReply(s);
    }

    /** An option a chat command does not know ("--bogus"), as typed. */
    private static final Pattern OPTION = Pattern.compile("(?:^|\\s)(--[\\p{L}-]+)");

    /**
     * What is wrong with the command line's options typed in {@code /summary}, if anything: an option without its
     * value ("--topic" alone), a length it has not ("--length huge") or an option it does not know. Read as topic
     * words they would find nothing, and say so.
     */
    private static Optional<String> wrongSummaryOption(String words) {
        Matcher bare = BARE_OPTION.matcher(words);
        if (bare.find()) {
            return Optional.of("%s needs words after it, as in /summary --length short --topic Lviv."
                    .formatted(bare.group(1)));
        }
        Matcher length = LENGTH_FLAG.matcher(words);
        if (length.find() && Length.named(length.group(1)).isEmpty()) {
            return Optional.of("--length is short or normal, not \"%s\".".formatted(length.group(1)));
        }
        Matcher option = OPTION.matcher(words);
        while (option.find()) {
            if (!Set.of("--length", "--topic", "--source").contains(option.group(1).toLowerCase(Locale.ROOT))) {
                return Optional.of("/summary knows --length, --topic and --source, not %s.".formatted(option.group(1)));
            }
        }
        return Optional.empty();
    }

    /** The command line's options typed in a chat: "--length short", "--topic", "--source". */
    private static final Pattern LENGTH_FLAG = Pattern.compile("(?i)(?:^|\\s)--length(?:=|\\s+)(\\S+)");
    private static final Pattern SOURCE_FLAG = Pattern.compile("(?i)(?:^|\\s)--source(?:=|\\s+)");
    private static final Pattern TOPIC_FLAG = Pattern.compile("(?i)(?:^|\\s)--topic(?:=|\\s+)");
    /** One of them with nothing after it, at the end or before the next option: "/summary --topic". */
    private static final Pattern BARE_OPTION = Pattern.compile(
            "(?i)(?:^|\\s)(--(?:length|topic|source))=?(?=\\s*$|\\s+--)");

    /**
     * The summary free words ask for: an optional "short" or "normal", then a source or else topic words. The CLI's
     * options, which a reader of the README may type in a chat ("/summary --length short --topic Lviv"), mean the
     * same there.
     */
    private SummaryRequest summaryRequest(String words) {
        Length length = Length.NORMAL;
        Matcher lengthFlag = LENGTH_FLAG.matcher(words);
        Optional<Length> flagged = lengthFlag.find() ? Length.named(lengthFlag.group(1)) : Optional.empty();
        if (flagged.isPresent()) {
            length = flagged.get();
            words = (words.substring(0, lengthFlag.start()) + " " + words.substring(lengthFlag.end())).strip();
        }
        boolean source = SOURCE_FLAG.matcher(words).find();
        words = TOPIC_FLAG.matcher(SOURCE_FLAG.matcher(words).replaceAll(" ")).replaceAll(" ").strip();
        if (source && !words.isEmpty()) {
            return new SummaryRequest(words, null, length);
        }
        int space = words.indexOf(' ');
        String first = space < 0 ? words : words.substring(0, space);
        Optional<Length> named = Length.named(first);
        if (named.isPresent()) {
            length = named.get();
            words = space < 0 ? "" : words.substring(space + 1).strip();
        }
        if (words.isEmpty()) {
            return SummaryRequest.corpus(length);
        }
        boolean isSource = Sources.find(corpus.get(), words).size() == 1;
        return isSource ? new SummaryRequest(words, null, length) : new SummaryRequest(null, words, length);
    }

    /** A summary from options a front end already has apart (CLI flags, slash-command options); never throws. */
    public Reply summary(SummaryRequest request) {
        return safely("summary", () -> summaryOf(request));
    }

    private Reply summaryOf(SummaryRequest request) {
        return summaryReply(summarizer.summarize(request));
    }

    private static Reply summaryReply(Summary s) {
        if (!s.found()) {
            return new Reply(List.of(new Reply.Segment(Reply.Style.TEXT, s.text())), List.of(), List.of(),
                    Set.of(Reply.Flag.NOT_FOUND));
        }
        return new Reply(List.of(new Reply.Segment(Reply.Style.TEXT, s.text())), s.citations(), List.of(),
                Set.of(Reply.Flag.BRIEF_SOURCES));
    }

    /** The current conflicts, newest first (the store knows when each was seen; without it, detection order). */
    public Reply conflicts() {
        return conflicts("");
    }

    /**
     * The current conflicts about a topic's words, matched as a subscription to them is ("/conflicts Lviv"), newest
     * first; every conflict for no topic.
     */
    public Reply conflicts(String topic) {
        String about = Text.typed(topic);
        Matcher option = OPTION.matcher(about);
        if (option.find()) {
            return Reply.usage("/conflicts takes the words of a topic (\"/conflicts Lviv\"), no options such as %s."
                    .formatted(option.group(1)));
        }
        if (about.length() > Subscription.MAX_TOPIC_CHARS) {
            return longTopic();
        }
        List<Conflict> current = new ArrayList<>(conflicts.get().stream().filter(c -> Topics.about(about, c))
                .toList());
        if (subscriptions != null) {
            List<String> newestFirst = subscriptions.conflicts().stream().map(Conflict::id).toList();
            current.sort(java.util.Comparator.comparingInt(c -> {
                int i = newestFirst.indexOf(c.id());
                return i < 0 ? Integer.MAX_VALUE : i;
            }));
        }
        if (current.isEmpty()) {
            return Reply.text((about.isBlank() ? "The sources do not disagree on anything I can check."
                    : "The sources do not disagree about \"" + about + "\" on anything I can check.") + CHECKED);
        }
        // A topic matched only in the quotes ("magnitude" in a toll's sentence) is said so: a fresh user took the
        // tolls listed for "/conflicts magnitude" for the magnitude's disagreements.
        String lead = !about.isBlank() && current.stream().noneMatch(c -> Topics.names(about, c))
                ? "None of these is about \"" + about + "\" itself; their quotes mention it. " : "";
        return ConflictText.list(current, corpus.get(), lead);
    }

    /**
     * What "anything I can check" covers, said where nothing was found: two users took sums of money an answer showed
     * as differing ("Sources differ. … £45,000 … £75,000") for disagreements /conflicts had missed.
     */
    static final String CHECKED = " I compare counts (people killed, hurt or ill, homes, vehicles…), measures "
            + "(distances, areas, volumes, weights, speeds, temperatures), prison terms, states (open or closed, "
            + "intact or damaged, online or offline…), what officials ruled out, sums of money by what they are "
            + "(fines, aid, damage, demands, a reward, a cost, refunds), and prices per share, barrel or hour and "
            + "shares of a subject (\"turnout was 34 per cent\", \"a 68% turnout\") within one day, and the clock "
            + "time of an event told with a verb of the same sense that day or the morning after (\"capsized at about "
            + "5.40pm\"); projected sums, other shares and times are not compared yet, though an answer to a question "
            + "shows each source's figure.";

    /** The reply to a topic longer than a subscription's may be, for /subscribe and /conflicts alike. */
    private static Reply longTopic() {
        return Reply.usage("Keep the topic under %d characters.".formatted(Subscription.MAX_TOPIC_CHARS));
    }

    public Reply subscribe(Request request) {
        if (subscriptions == null) {
            return Reply.usage(ALERTS_NEED_THE_BOT);
        }
        if (!request.canManageChat()) {
            return Reply.error("Only someone who can manage this chat can subscribe it to alerts.");
        }
        String topic = Text.typed(request.args());
        if (topic.length() > Subscription.MAX_TOPIC_CHARS) {
            return longTopic();
        }
        List<Subscription> before = subscriptions.subscriptions(request.chat());
        Subscription s = subscriptions.subscribe(request.chat(), topic);
        if (before.stream().anyMatch(b -> b.id() == s.id())) {
            return Reply.text(s.everything() ? "This chat is already alerted whenever sources disagree."
                    : "This chat is already alerted when sources disagree about \"" + s.topic() + "\".");
        }
        return Reply.text(s.everything()
                ? "Subscribed: this chat will be alerted whenever sources disagree."
                : "Subscribed: this chat will be alerted when sources disagree about \"" + s.topic() + "\".");
    }

    public Reply unsubscribe(Request request) {
        if (subscriptions == null) {
            return Reply.usage(ALERTS_NEED_THE_BOT);
        }
        if (!request.canManageChat()) {
            return Reply.error("Only someone who can manage this chat can change its alerts.");
        }
        String topic = Text.typed(request.args());
        if (topic.isEmpty() || topic.equalsIgnoreCase("all")) {
            int n = subscriptions.unsubscribeAll(request.chat());
            return Reply.text(n == 0 ? "This chat had no alerts." : "Unsubscribed from all alerts.");
        }
        int n = subscriptions.unsubscribe(request.chat(), topic);
        return Reply.text(n == 0 ? "This chat was not subscribed to \"" + topic + "\". /alerts lists what it is."
                : "Unsubscribed from \"" + topic + "\".");
    }

    /** What this chat is alerted about, oldest subscription first; anyone in the chat may ask. */
    public Reply alerts(Request request) {
        if (subscriptions == null) {
            return Reply.usage(ALERTS_NEED_THE_BOT);
        }
        List<Subscription> subscribed = subscriptions.subscriptions(request.chat());
        if (subscribed.isEmpty()) {
            return Reply.text("This chat has no alerts. /subscribe turns them on, for any disagreement or a topic.");
        }
        List<Reply.Segment> segments = new ArrayList<>();
        segments.add(new Reply.Segment(Reply.Style.HEADING, "This chat is alerted when sources disagree about:"));
        for (Subscription s : subscribed) {
            segments.add(new Reply.Segment(Reply.Style.ITEM, s.everything() ? "anything" : "\"" + s.topic() + "\""));
        }
        segments.add(new Reply.Segment(Reply.Style.NOTE, "/unsubscribe [topic | all] stops them."));
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
        segments.add(new Reply.Segment(Reply.Style.TEXT, "Ask in your own words, several questions at once if you "
                + "like; \"What happened?\" gets a short summary, \"Tell me about …\" and a name one of that topic. "
                + "To follow up, reply to an answer (in a private chat or on the console, just write on): "
                + "\"And how many were hurt?\", \"Who said that?\", \"Tell me more\"."));
        noArticlesYet().ifPresent(notice -> segments.add(new Reply.Segment(Reply.Style.NOTE, notice)));
        return new Reply(segments, List.of(), List.of(), Set.of());
    }

    /**
     * What the bot says of itself while its folder holds no articles yet (a new folder, feeds not fetched): every
     * question would find nothing, and the user should know why before asking.
     */
    public Optional<String> noArticlesYet() {
        Corpus c = corpus.get();
        return c.size() > 0 ? Optional.empty() : Optional.of("There are no articles in " + c.root().getFileName()
                + " yet: text files put there (or fetched from feeds) are read as they arrive.");
    }

    private static String helpHint() {
        return "Try /help.";
    }
}
