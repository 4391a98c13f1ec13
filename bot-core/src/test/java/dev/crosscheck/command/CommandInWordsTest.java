package dev.crosscheck.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandInWordsTest {
    private static void assertAsked(Optional<Command> command, String... messages) {
        for (String message : messages) {
            assertEquals(command, CommandInWords.asked(message), message);
        }
    }

    @Test
    void askingForHelpInWordsIsTheHelpCommand() {
        assertAsked(Optional.of(Command.HELP), "help", "Help!", "help me", "What can you do?",
                "hi, what can you do", "How do I use this bot?", "how does this work?", "commands", "who are you?",
                "What are you?", "what is this bot?", "are you a bot?");
    }

    @Test
    void askingWhichSourcesThereAreIsTheSourcesCommand() {
        assertAsked(Optional.of(Command.SOURCES), "sources", "Which sources do you have?", "what articles are there?",
                "list the sources", "show me your articles please", "What outlets are you reading?");
    }

    @Test
    void askingWhetherTheSourcesDisagreeIsTheConflictsCommand() {
        assertAsked(Optional.of(Command.CONFLICTS), "Do the sources disagree?", "do the reports contradict each other?",
                "Where do the reports differ?", "what do the sources disagree on?", "any contradictions?",
                "Do the articles disagree about anything?", "conflicts", "do the reports agree?",
                "Do the sources all agree?");
    }

    @Test
    void aQuestionAboutTheNewsIsNoCommand() {
        assertAsked(Optional.empty(), "Who helped the injured?", "What can you do about power cuts?",
                "Which sources say four died?", "Do the sources disagree on the death toll?", "Help for Kharkiv?",
                "How many reports of casualties were there?", "What did the reports say about Lviv?");
    }
}
