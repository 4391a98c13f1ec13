package dev.crosscheck.bench;

import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.Sentence;
import dev.crosscheck.index.Retriever;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The plain lexical baseline: every sentence a Lucene document in memory, standard analysis with English stop
 * words, BM25 (Lucene's default similarity), and the question's terms as a disjunction; the top sentence is the reply.
 */
public final class Bm25Contender implements Contender {
    private static final String TEXT = "text";
    private static final String SOURCE = "source";

    private final Analyzer analyzer;
    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private Bm25Contender(Analyzer analyzer, ByteBuffersDirectory directory) throws IOException {
        this.analyzer = analyzer;
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    public static Bm25Contender of(Corpus corpus) {
        Analyzer analyzer = new StandardAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (dev.crosscheck.corpus.Document d : corpus.documents()) {
                for (Sentence s : d.sentences()) {
                    Document doc = new Document();
                    doc.add(new TextField(TEXT, s.text(), Field.Store.YES));
                    doc.add(new StoredField(SOURCE, s.docId()));
                    writer.addDocument(doc);
                }
            }
            writer.commit();
            return new Bm25Contender(analyzer, directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return "Lucene BM25, top sentence";
    }

    @Override
    public Reply ask(String question) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Set<String> terms = terms(question);
        if (terms.isEmpty()) {
            return Reply.notFound();
        }
        // Term queries built from the analyser's own output need no escaping, unlike a query-parser string.
        for (String t : terms) {
            query.add(new TermQuery(new Term(TEXT, t)), BooleanClause.Occur.SHOULD);
        }
        try {
            ScoreDoc[] top = searcher.search(query.build(), 1).scoreDocs;
            if (top.length == 0) {
                return Reply.notFound();
            }
            Document doc = searcher.storedFields().document(top[0].doc);
            return new Reply(true, doc.get(TEXT), List.of(doc.get(SOURCE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> terms(String text) {
        return new LinkedHashSet<>(Retriever.analyze(analyzer, text));
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
            analyzer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
