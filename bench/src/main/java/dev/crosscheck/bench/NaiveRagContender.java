package dev.crosscheck.bench;

import dev.crosscheck.corpus.Corpus;
import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.EmbeddingStoreIngestor;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.ArrayList;
import java.util.List;

/**
 * langchain4j's naive RAG retrieval as its tutorial wires it: one document per article, split recursively into
 * segments of at most {@value #SEGMENT_TOKENS} tokens with {@value #OVERLAP_TOKENS} tokens of overlap (counted by
 * the BERT tokenizer, Easy RAG's defaults), embedded into an in-memory store with the same model as Crosscheck, and
 * an {@link EmbeddingStoreContentRetriever} returning the single most similar segment, with no score threshold.
 */
public final class NaiveRagContender implements Contender {
    public static final int SEGMENT_TOKENS = 300;
    public static final int OVERLAP_TOKENS = 30;

    private final ContentRetriever retriever;

    private NaiveRagContender(ContentRetriever retriever) {
        this.retriever = retriever;
    }

    public static NaiveRagContender of(Corpus corpus, EmbeddingModel model) {
        List<Document> documents = new ArrayList<>(corpus.size());
        for (dev.crosscheck.corpus.Document d : corpus.documents()) {
            // Crosscheck's decoded text, so both read the Latin-1 article the same way; the id travels as metadata.
            documents.add(Document.from(d.text(), Metadata.from(Document.FILE_NAME, d.id())));
        }
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        EmbeddingStoreIngestor.builder()
                .documentSplitter(DocumentSplitters.recursive(SEGMENT_TOKENS, OVERLAP_TOKENS,
                        new HuggingFaceTokenCountEstimator()))
                .embeddingModel(model)
                .embeddingStore(store)
                .build()
                .ingest(documents);
        return new NaiveRagContender(EmbeddingStoreContentRetriever.builder()
                .embeddingStore(store)
                .embeddingModel(model)
                .maxResults(1)
                .build());
    }

    /** Its replies are 300-token segments, about 1,200 characters: judged on their content, without the cap. */
    @Override
    public int maxReplyChars() {
        return Integer.MAX_VALUE;
    }

    @Override
    public String name() {
        return "langchain4j naive RAG, top segment";
    }

    @Override
    public Reply ask(String question) {
        List<Content> top = retriever.retrieve(Query.from(question));
        if (top.isEmpty()) {
            return Reply.notFound();
        }
        TextSegment segment = top.get(0).textSegment();
        return new Reply(true, segment.text(), List.of(segment.metadata().getString(Document.FILE_NAME)));
    }
}
