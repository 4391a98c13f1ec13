package dev.crosscheck.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandInWordsTest {
    @Test
    void askingForHelpInWordsIsTheHelpCommand() {
        for (String help : new String[] {"help", "Help!", "help me", "What can you do?", "hi, what can you do",
            "How do I use this bot?", "how does this work?", "commands"}) {
            assertEquals(Optional.of(Command.HELP), CommandInWords.asked(help), help);
        }
    }

    @Test
    void askingWhichSourcesThereAreIsTheSourcesCommand() {
        for (String sources : new String[] {"sources", "Which sources do you have?", "what articles are there?",
            "list the sources", "show me your articles please", "What outlets are you reading?"}) {
            assertEquals(Optional.of(Command.SOURCES), CommandInWords.asked(sources), sources);
        }
    }

    @Test
    void askingWhetherTheSourcesDisagreeIsTheConflictsCommand() {
        for (String conflicts : new String[] {"Do the sources disagree?", "do the reports contradict each other?",
            "Where do the reports differ?", "what do the sources disagree on?", "any contradictions?",
            "Do the articles disagree about anything?", "conflicts"}) {
            assertEquals(Optional.of(Command.CONFLICTS), CommandInWords.asked(conflicts), conflicts);
        }
    }

    @Test
    void aQuestionAboutTheNewsIsNoCommand() {
        for (String question : new String[] {"Who helped the injured?", "What can you do about power cuts?",
            "Which sources say four died?", "Do the sources disagree on the death toll?", "Help for Kharkiv?",
            "How many reports of casualties were there?", "What did the reports say about Lviv?"}) {
            assertEquals(Optional.empty(), CommandInWords.asked(question), question);
        }
    }
}
