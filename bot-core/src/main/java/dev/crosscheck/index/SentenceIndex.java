package dev.crosscheck.index;

import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.Sentence;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * The on-disk retrieval index: one Lucene document per sentence with BM25 fields (the sentence, and a window of its
 * neighbours for context) and its embedding, plus one marker document per article holding its content hash so a
 * restart re-embeds only what changed.
 */
public final class SentenceIndex implements Closeable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SentenceIndex.class);
    /** Bump when fields, analysis or sentence splitting change: an index of another format is rebuilt. */
    static final String FORMAT = "7";

    static final String KIND = "kind";
    static final String DOC = "doc";
    static final String ORD = "ord";
    /** The sentence's article and position as doc values too: read per candidate, columns beat stored fields. */
    static final String DOC_VALUE = "doc_dv";
    static final String ORD_VALUE = "ord_dv";
    static final String TEXT = "text";
    /** The field whose analysis callers must match when they compare their own tokens with the index. */
    public static final String TEXT_FIELD = TEXT;
    static final String CONTEXT = "ctx";
    static final String VECTOR = "vec";
    /** The sentence's window (it and its neighbours) as one unit vector, quantised to bytes: no search, only reads. */
    static final String WINDOW_VECTOR = "wvec";
    static final String HASH = "hash";
    private static final String SENTENCE_KIND = "s";
    private static final String ARTICLE_KIND = "a";
    private static final int EMBED_BATCH = 256;
    /**
     * A narrower HNSW construction beam than Lucene's default 100: building the graph is the main cost of indexing
     * beyond embedding, and at sentence-index sizes recall stays near exact.
     */
    private static final int HNSW_BEAM_WIDTH = 40;
    private static final Codec CODEC = new Lucene912Codec() {
        private final KnnVectorsFormat vectors = new Lucene99HnswVectorsFormat(16, HNSW_BEAM_WIDTH);

        @Override
        public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
            return vectors;
        }
    };

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Embedder embedder;
    private final Analyzer analyzer;
    private final String formatKey;

    private SentenceIndex(Path path, Directory directory, IndexWriter writer, Embedder embedder, Analyzer analyzer)
            throws IOException {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.embedder = embedder;
        this.analyzer = analyzer;
        this.formatKey = FORMAT + "/" + embedder.modelId() + "/" + embedder.dimension();
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens (or creates) the index in the folder; an index written by another format or model is emptied. */
    public static SentenceIndex open(Path folder, Embedder embedder) {
        Analyzer analyzer = new EnglishAnalyzer();
        Directory directory = null;
        try {
            directory = FSDirectory.open(folder);
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(128)
                    .setCodec(CODEC)
                    .setSimilarity(new BM25Similarity());
            IndexWriter writer = new IndexWriter(directory, config);
            SentenceIndex index = new SentenceIndex(folder, directory, writer, embedder, analyzer);
            index.dropIfForeign();
            return index;
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new IndexException("the index in " + folder + " is in use by another Crosscheck process;"
                    + " stop it or pass another --data folder", e);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new IndexException("cannot open the index in " + folder + ": " + why(folder, e), e);
        } catch (RuntimeException e) {
            closeQuietly(directory);
            throw new IndexException("cannot open the index in " + folder + ": " + e.getMessage()
                    + " (delete the folder to rebuild it)", e);
        }
    }

    /**
     * What went wrong, and what to do: a folder this user may not write, or a file where a folder must be, is no
     * damaged index, and deleting the folder (which may not even exist) would not help.
     */
    private static String why(Path folder, IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException denied) {
            return "permission denied on " + denied.getFile() + " (pass a --data folder this user can write to)";
        }
        for (Path p = folder.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                return p + " is a file, not a folder (pass another --data folder)";
            }
        }
        return e.getMessage() + " (delete the folder to rebuild it)";
    }

    /** An index built by another model or format is emptied, so the next sync rebuilds it with this one. */
    private void dropIfForeign() throws IOException {
        Map<String, String> data = new HashMap<>();
        writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        String found = data.get("format");
        if (writer.getDocStats().numDocs > 0 && !formatKey.equals(found)) {
            LOG.info("the index in {} was built {}; rebuilding it with {} (index format {})", path,
                    describe(found), embedder.modelId(), FORMAT);
            writer.deleteAll();
            commit();
        }
    }

    /** "by model X (index format N)" from a format key "N/model/dimension". */
    private static String describe(String formatKey) {
        if (formatKey == null) {
            return "by an unknown model";
        }
        String[] parts = formatKey.split("/");
        return parts.length >= 2 ? "by " + parts[1] + " (index format " + parts[0] + ")" : "in format " + formatKey;
    }

    public Path path() {
        return path;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    public Embedder embedder() {
        return embedder;
    }

    /** Content hash of every article in the index, by document id. */
    public Map<String, String> indexedHashes() {
        return withSearcher(searcher -> {
            Map<String, String> hashes = new HashMap<>();
            TermQuery articles = new TermQuery(new Term(KIND, ARTICLE_KIND));
            StoredFields stored = searcher.storedFields();
            for (int doc : matching(searcher, articles)) {
                var d = stored.document(doc);
                hashes.put(d.get(DOC), d.get(HASH));
            }
            return hashes;
        });
    }

    /** Brings the index in line with the corpus, embedding only the sentences of added or changed articles. */
    public synchronized SyncReport sync(Corpus corpus) {
        long start = System.nanoTime();
        Map<String, String> indexed = indexedHashes();
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<Document> toEmbed = new ArrayList<>();
        Map<String, Boolean> present = new HashMap<>();
        for (Document d : corpus.documents()) {
            present.put(d.id(), true);
            String old = indexed.get(d.id());
            if (old == null) {
                added.add(d.id());
                toEmbed.add(d);
            } else if (!old.equals(d.hash())) {
                changed.add(d.id());
                toEmbed.add(d);
            }
        }
        List<String> removed = new ArrayList<>();
        for (String id : indexed.keySet()) {
            if (!present.containsKey(id)) {
                removed.add(id);
            }
        }
        removed.sort(null);
        try {
            for (String id : removed) {
                writer.deleteDocuments(new Term(DOC, id));
            }
            for (String id : changed) {
                writer.deleteDocuments(new Term(DOC, id));
            }
            int embedded = addDocuments(toEmbed);
            if (!toEmbed.isEmpty() || !removed.isEmpty()) {
                commit();
            }
            return new SyncReport(added, changed, removed, embedded, (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("indexing failed in " + path, e);
        }
    }

    private int addDocuments(List<Document> documents) throws IOException {
        // Batches hold whole articles, and an article's marker goes in after its sentences, so an interrupted run
        // never leaves an article that looks complete but is not.
        List<Document> batch = new ArrayList<>();
        int sentences = 0;
        int embedded = 0;
        for (Document d : documents) {
            batch.add(d);
            sentences += d.sentences().size();
            if (sentences >= EMBED_BATCH) {
                embedded += addBatch(batch);
                batch.clear();
                sentences = 0;
            }
        }
        return embedded + addBatch(batch);
    }

    private int addBatch(List<Document> batch) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Document d : batch) {
            for (Sentence s : d.sentences()) {
                texts.add(s.text());
            }
        }
        List<float[]> vectors = texts.isEmpty() ? List.of() : embedder.embedAll(texts);
        int first = 0;
        for (Document d : batch) {
            List<float[]> own = vectors.subList(first, first + d.sentences().size());
            for (Sentence s : d.sentences()) {
                writer.addDocument(sentenceDocument(d, s, own.get(s.ordinal()), WindowVectors.window(own,
                        s.ordinal())));
            }
            writer.addDocument(articleDocument(d));
            first += d.sentences().size();
        }
        return texts.size();
    }

    private static org.apache.lucene.document.Document sentenceDocument(Document article, Sentence s, float[] vector,
                                                                        byte[] window) {
        var doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(KIND, SENTENCE_KIND, Field.Store.NO));
        doc.add(new StringField(DOC, s.docId(), Field.Store.YES));
        doc.add(new StoredField(ORD, s.ordinal()));
        doc.add(new SortedDocValuesField(DOC_VALUE, new BytesRef(s.docId())));
        doc.add(new NumericDocValuesField(ORD_VALUE, s.ordinal()));
        doc.add(new TextField(TEXT, s.text(), Field.Store.NO));
        doc.add(new TextField(CONTEXT, window(article, s.ordinal()), Field.Store.NO));
        doc.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        doc.add(new BinaryDocValuesField(WINDOW_VECTOR, new BytesRef(window)));
        return doc;
    }

    /** The sentence with its neighbours and the article's title, so a sentence that says "the capital" still matches "Kyiv". */
    private static String window(Document article, int ordinal) {
        List<Sentence> all = article.sentences();
        StringBuilder sb = new StringBuilder(article.title()).append('\n');
        for (int i = Math.max(0, ordinal - 1); i <= Math.min(all.size() - 1, ordinal + 1); i++) {
            sb.append(all.get(i).text()).append(' ');
        }
        return sb.toString();
    }

    private static org.apache.lucene.document.Document articleDocument(Document d) {
        var doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(KIND, ARTICLE_KIND, Field.Store.NO));
        doc.add(new StringField(DOC, d.id(), Field.Store.YES));
        doc.add(new StoredField(HASH, d.hash()));
        // Empty, so every document has a length for the BM25 fields: Lucene then keeps their lengths as a plain
        // array rather than a sparse one it must search for each sentence it scores. No score changes: a field
        // without terms counts in no statistic BM25 reads.
        doc.add(new TextField(TEXT, "", Field.Store.NO));
        doc.add(new TextField(CONTEXT, "", Field.Store.NO));
        return doc;
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of("format", formatKey).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /**
     * The top sentences by BM25 and by vector similarity, each with both signals, read from one consistent view of
     * the index (a refresh between the two searches must not mix Lucene document numbers); from the sentences of
     * the articles {@code within} only, unless it is empty; each also with its cosine to {@code asked} when that is
     * not null.
     */
    public List<Candidate> candidates(Query lexical, float[] vector, float[] asked, int k, Set<String> within) {
        Query filter = within.isEmpty() ? null : new TermInSetQuery(DOC, within.stream().map(BytesRef::new).toList());
        Query lexicalWithin = lexical == null || filter == null ? lexical : new BooleanQuery.Builder()
                .add(lexical, BooleanClause.Occur.MUST).add(filter, BooleanClause.Occur.FILTER).build();
        return withSearcher(searcher -> {
            Map<Integer, Candidate.Builder> byDoc = new LinkedHashMap<>();
            // Counting hits exactly is not needed, so Lucene may skip documents that cannot enter the top k as soon
            // as it has k: the same hits, without scoring thousands of sentences that share one common word.
            ScoreDoc[] lexicalHits = lexicalWithin == null ? new ScoreDoc[0]
                    : searcher.search(lexicalWithin, new TopScoreDocCollectorManager(k, null, k)).scoreDocs;
            for (int r = 0; r < lexicalHits.length; r++) {
                byDoc.computeIfAbsent(lexicalHits[r].doc, Candidate.Builder::new).lexical(r, lexicalHits[r].score);
            }
            ScoreDoc[] denseHits = searcher.search(new KnnFloatVectorQuery(VECTOR, vector, k, filter), k).scoreDocs;
            for (int r = 0; r < denseHits.length; r++) {
                // Lucene maps a dot product to (1 + dot) / 2; undo that so callers see a cosine.
                byDoc.computeIfAbsent(denseHits[r].doc, Candidate.Builder::new).dense(r, denseHits[r].score * 2 - 1);
            }
            // Only the k best by fused rank are read; in document order, as doc-value iterators only go forward.
            List<Candidate.Builder> kept = new ArrayList<>(byDoc.values());
            kept.sort(java.util.Comparator.comparingDouble((Candidate.Builder b) ->
                    RankFusion.score(b.lexicalRank, b.denseRank)).reversed());
            kept = new ArrayList<>(kept.subList(0, Math.min(k, kept.size())));
            kept.sort(java.util.Comparator.comparingInt(b -> b.luceneDoc));
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            List<Candidate> out = new ArrayList<>(kept.size());
            LeafColumns columns = null;
            for (Candidate.Builder b : kept) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(b.luceneDoc, leaves));
                if (columns == null || columns.leaf != leaf) {
                    columns = new LeafColumns(leaf);
                }
                int local = b.luceneDoc - leaf.docBase;
                String id = columns.doc(local);
                int ordinal = columns.ordinal(local);
                if (id == null || ordinal < 0) {
                    continue;
                }
                if (b.denseRank < 0 || asked != null) {
                    // The vector is read once: its iterator only goes forward.
                    float[] own = columns.vector(local);
                    if (b.denseRank < 0) {
                        b.cosine = own == null ? 0f : Embedder.dot(vector, own);
                    }
                    b.askedCosine = own == null || asked == null ? 0f : Embedder.dot(asked, own);
                }
                b.windowCosine = columns.windowCosine(local, vector);
                out.add(b.build(id, ordinal));
            }
            return out;
        });
    }

    /** One segment's columns, read forward in document order: article, position, vector, window vector. */
    private static final class LeafColumns {
        final LeafReaderContext leaf;
        final SortedDocValues docs;
        final NumericDocValues ordinals;
        final BinaryDocValues windows;
        final FloatVectorValues vectors;

        LeafColumns(LeafReaderContext leaf) throws IOException {
            this.leaf = leaf;
            this.docs = leaf.reader().getSortedDocValues(DOC_VALUE);
            this.ordinals = leaf.reader().getNumericDocValues(ORD_VALUE);
            this.windows = leaf.reader().getBinaryDocValues(WINDOW_VECTOR);
            this.vectors = leaf.reader().getFloatVectorValues(VECTOR);
        }

        String doc(int local) throws IOException {
            return docs != null && docs.advanceExact(local) ? docs.lookupOrd(docs.ordValue()).utf8ToString() : null;
        }

        int ordinal(int local) throws IOException {
            return ordinals != null && ordinals.advanceExact(local) ? (int) ordinals.longValue() : -1;
        }

        /** The sentence's vector, or null when it has none. */
        float[] vector(int local) throws IOException {
            return vectors != null && vectors.advance(local) == local ? vectors.vectorValue() : null;
        }

        float windowCosine(int local, float[] query) throws IOException {
            if (windows == null || !windows.advanceExact(local)) {
                return 0f;
            }
            BytesRef bytes = windows.binaryValue();
            return WindowVectors.dot(query, bytes.bytes, bytes.offset, bytes.length);
        }
    }

    /**
     * The stored vectors of every sentence of the given articles, by document id and then sentence ordinal; read
     * from the index, so nothing is embedded again.
     */
    public Map<String, Map<Integer, float[]>> vectors(java.util.Collection<String> docIds) {
        return withSearcher(searcher -> {
            Map<String, Map<Integer, float[]>> out = new HashMap<>();
            StoredFields stored = searcher.storedFields();
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            for (String id : docIds) {
                var query = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(DOC, id)), BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term(KIND, SENTENCE_KIND)),
                                BooleanClause.Occur.FILTER)
                        .build();
                Map<Integer, float[]> byOrdinal = new HashMap<>();
                for (int doc : matching(searcher, query)) {
                    var ord = stored.document(doc).getField(ORD);
                    float[] v = vector(leaves, doc);
                    if (ord != null && v != null) {
                        byOrdinal.put(ord.numericValue().intValue(), v);
                    }
                }
                out.put(id, byOrdinal);
            }
            return out;
        });
    }

    /**
     * About {@code n} sentence vectors spread evenly over the index, as a sample of what the corpus talks about:
     * how close a text is to a topic means something only against how close the corpus at large is.
     */
    public List<float[]> sampleVectors(int n) {
        return withSearcher(searcher -> {
            int total = Math.max(1, searcher.getIndexReader().numDocs());
            int step = Math.max(1, total / Math.max(1, n));
            List<float[]> out = new ArrayList<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
                if (values == null) {
                    continue;
                }
                for (int doc = values.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
                     doc = values.nextDoc()) {
                    if ((leaf.docBase + doc) % step == 0) {
                        out.add(values.vectorValue().clone());
                    }
                }
            }
            return out;
        });
    }

    /** Every matching document, unscored: a top-n search would allocate a queue as large as the index per call. */
    private static List<Integer> matching(IndexSearcher searcher, Query query) throws IOException {
        List<Integer> docs = new ArrayList<>();
        searcher.search(query, new org.apache.lucene.search.SimpleCollector() {
            private int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                base = context.docBase;
            }

            @Override
            public void collect(int doc) {
                docs.add(base + doc);
            }

            @Override
            public org.apache.lucene.search.ScoreMode scoreMode() {
                return org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return docs;
    }

    private static float[] vector(List<LeafReaderContext> leaves, int docId) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
        FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
        int local = docId - leaf.docBase;
        if (values != null && values.advance(local) == local) {
            return values.vectorValue().clone();
        }
        return null;
    }

    /**
     * The indexed term a term absent from the index is most likely a misspelling of ("purhcas" → "purchas"): at most
     * two edits away, same first letter, the nearest and then the most frequent; empty when none is close.
     */
    public Optional<String> correction(String term) {
        return withSearcher(searcher -> {
            SuggestWord[] words = new DirectSpellChecker().suggestSimilar(new Term(TEXT, term), 1,
                    searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            return words.length == 0 ? Optional.empty() : Optional.of(words[0].string);
        });
    }

    /** Up to {@code n} sentences holding the (analysed) term, each as its article's id and its ordinal there. */
    public List<Map.Entry<String, Integer>> sentencesWith(String term, int n) {
        return withSearcher(searcher -> {
            ScoreDoc[] hits = searcher.search(new TermQuery(new Term(TEXT, term)), n).scoreDocs;
            // Doc-value iterators only go forward: read in document order.
            Arrays.sort(hits, java.util.Comparator.comparingInt(h -> h.doc));
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            List<Map.Entry<String, Integer>> out = new ArrayList<>(hits.length);
            LeafColumns columns = null;
            for (ScoreDoc hit : hits) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                if (columns == null || columns.leaf != leaf) {
                    columns = new LeafColumns(leaf);
                }
                String id = columns.doc(hit.doc - leaf.docBase);
                int ordinal = columns.ordinal(hit.doc - leaf.docBase);
                if (id != null && ordinal >= 0) {
                    out.add(Map.entry(id, ordinal));
                }
            }
            return out;
        });
    }

    /** In how many sentences the (analysed) term occurs. */
    public int docFreq(String term) {
        return withSearcher(searcher -> searcher.getIndexReader().docFreq(new Term(TEXT, term)));
    }

    public int sentenceCount() {
        return withSearcher(searcher -> searcher.count(new TermQuery(new Term(KIND, SENTENCE_KIND))));
    }

    public int size() {
        return withSearcher(searcher -> searcher.count(new MatchAllDocsQuery()));
    }

    private <T> T withSearcher(SearcherFunction<T> f) {
        IndexSearcher searcher = null;
        try {
            searcher = searchers.acquire();
            return f.apply(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the index in " + path + " failed", e);
        } finally {
            if (searcher != null) {
                try {
                    searchers.release(searcher);
                } catch (IOException ignored) {
                    // Releasing only decrements a reference count; nothing to recover.
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the index in " + path + " failed", e);
        }
    }

    private static void closeQuietly(Directory d) {
        if (d != null) {
            try {
                d.close();
            } catch (IOException ignored) {
                // Already failing; the first error is the one to report.
            }
        }
    }

    @FunctionalInterface
    private interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

}
