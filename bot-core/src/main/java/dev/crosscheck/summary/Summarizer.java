package dev.crosscheck.summary;

/** Summarises the corpus, a source or a topic; the extractive one is the default, a generative one can replace it. */
public interface Summarizer {
    Summary summarize(SummaryRequest request);
}
