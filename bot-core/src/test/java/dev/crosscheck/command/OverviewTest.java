package dev.crosscheck.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OverviewTest {
    @Test
    void theShortOfItIsAShortSummaryAndSummariseThatOneOfWhatWasJustSaid() {
        for (String m : new String[] {"tl;dr", "TLDR", "In a nutshell?", "The short version, please", "briefly"}) {
            assertEquals(Optional.of("short"), Overview.lastSummarised(m), m);
            assertEquals(Optional.of("short"), Overview.summaryAsked(m), m);
        }
        for (String m : new String[] {"Summarise that", "Sum it up", "Summarise", "summarize all that"}) {
            assertEquals(Optional.of(""), Overview.lastSummarised(m), m);
        }
        for (String m : new String[] {"Summarise the Kinzhal", "In short, how many died?", "Is that brief?"}) {
            assertEquals(Optional.empty(), Overview.lastSummarised(m), m);
        }
    }

    @Test
    void askingForTheNewsAsksForAShortSummary() {
        for (String news : new String[] {"What happened?", "what's happening", "What’s going on?", "What's new?",
                "So what's the latest?", "Any news?", "Catch me up", "Hi, what has happened so far?",
                "Give me the headlines!", "Any updates?", "Anything new?", "What are the latest updates?",
                "What is this about?", "what's it all about", "What are these articles about?",
                "What's the story about?"}) {
            assertEquals(Optional.of("short"), Overview.summaryAsked(news), news);
        }
    }

    @Test
    void aNameAloneIsATopic() {
        assertEquals(Optional.of("Klitschko"), Overview.nameAlone("Klitschko"));
        assertEquals(Optional.of("New York"), Overview.nameAlone("New York?"));
        assertEquals(Optional.of("iPod"), Overview.nameAlone("iPod"));
        for (String other : new String[] {"Lviv deaths", "Who?", "death toll", "How many died in Kyiv?",
                "Zelensky Klitschko Grossi Synehubov", ""}) {
            assertEquals(Optional.empty(), Overview.nameAlone(other), other);
        }
    }

    @Test
    void askingToSummariseNamesWhatToSummarise() {
        assertEquals(Optional.of(""), Overview.summaryAsked("Summarise the story."));
        assertEquals(Optional.of(""), Overview.summaryAsked("please summarize"));
        assertEquals(Optional.of(""), Overview.summaryAsked("Sum it up"));
        assertEquals(Optional.of(""), Overview.summaryAsked("Summarize the latest news"));
        assertEquals(Optional.of("the Zaporizhzhia nuclear plant"),
                Overview.summaryAsked("Summarise the Zaporizhzhia nuclear plant, please"));
    }

    @Test
    void askingToBeToldAboutSomethingAsksForItsSummary() {
        assertEquals(Optional.of("the kinzhal missile"), Overview.summaryAsked("tell me about the kinzhal missile"));
        assertEquals(Optional.of("Klitschko"), Overview.summaryAsked("What do you know about Klitschko?"));
        assertEquals(Optional.of("the Lviv strike"),
                Overview.summaryAsked("Hi, can you tell me a bit more about the Lviv strike, please?"));
        assertEquals(Optional.of(""), Overview.summaryAsked("Tell me all about the story"));
    }

    @Test
    void askingForTheLatestOnSomethingAsksForItsSummary() {
        assertEquals(Optional.of("the nuclear plant"), Overview.summaryAsked("what's the latest on the nuclear plant"));
        assertEquals(Optional.of("the nuclear plant"), Overview.summaryAsked("Any updates on the nuclear plant?"));
        assertEquals(Optional.of("the iPod"), Overview.summaryAsked("What's new with the iPod?"));
        assertEquals(Optional.of("Kyiv"), Overview.topicAsked("Any news from Kyiv?"));
        assertEquals(Optional.of("the Kinzhal"), Overview.summaryAsked("What is new about the Kinzhal?"));
    }

    @Test
    void aNamedTopicIsAskedForInSoManyWordsWhereverItComes() {
        assertEquals(Optional.of("the Kinzhal"), Overview.topicAsked("Tell me about the Kinzhal"));
        assertEquals(Optional.of("the nuclear plant"), Overview.topicAsked("Summarise the nuclear plant, please"));
        for (String message : new String[] {"What happened?", "Any updates?", "Summarise it", "Tell me about him",
                "Tell me about it", "Sum up the story", "How many died?"}) {
            assertEquals(Optional.empty(), Overview.topicAsked(message), message);
        }
    }

    @Test
    void moreAfterAShortSummaryIsTheFullerOne() {
        assertEquals(Optional.of(""), Overview.fuller("What happened?"));
        assertEquals(Optional.empty(), Overview.fuller("Summarise the story"), "already the fuller one");
        assertEquals(Optional.empty(), Overview.fuller("How many people were killed?"));
    }

    @Test
    void aQuestionThatNamesSomethingIsNoRequestForTheNews() {
        for (String question : new String[] {"What happened in Bakhmut?", "What happened to the nuclear plant?",
                "What is the story behind the strikes?", "Who summarised it?",
                "What news agency reported it?", "thanks", "Tell me about",
                "Tell me who the mayor of Kyiv is", "Did he tell them about the strikes?", "What did they know about it?",
                "What is the Kinzhal about?", "What was the row about?"}) {
            assertEquals(Optional.empty(), Overview.summaryAsked(question), question);
        }
    }
}
