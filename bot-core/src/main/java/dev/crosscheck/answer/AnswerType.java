package dev.crosscheck.answer;

/** What kind of thing a question asks for, which decides what an answering sentence must contain. */
public enum AnswerType {
    QUANTITY, PERSON, ENTITY, TIME, PLACE, REASON, DESCRIPTION
}
