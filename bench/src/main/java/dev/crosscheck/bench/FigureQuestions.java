package dev.crosscheck.bench;

import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.Sentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates questions whose answer is a figure stated in one sentence of an article, from the corpus text alone
 * (never through Crosscheck's index, analysis or composer). The method, deterministic for a corpus and a seed:
 * <ol>
 * <li>Articles are taken round-robin over the corpus's top-level folders in name order (when there are folders, files
 * at the top level, such as a README, are left out), each folder's articles in an order shuffled with the seed.</li>
 * <li>In an article's body (its title line excluded), a candidate sentence has at least 8 words, no quotation marks
 * (quoted speech makes odd questions), and exactly one token containing a digit, which is a figure a question can
 * ask for: a percentage (76%, 5 per cent), an amount of money (£600m, $1.13bn, 500 euros) or a count of a plural
 * noun that follows it directly or after one word (464,000 subscribers, 200 new jobs, 3 million people); the noun
 * must also follow "many" or "several" somewhere in the corpus, which keeps verbs out ("above 50 indicates").
 * Years, dates, times, scores, ordinals, bare numbers, "m" without a currency (metres or million?) and a figure right
 * after a capitalised word inside the sentence (Channel 4, Fortune 500) are not asked for. One candidate is picked
 * with the seeded random generator; an article with none, or whose pick was already used (a duplicate article),
 * gives no question.</li>
 * <li>The question is "What percentage", "How much" or "How many &lt;noun&gt;" followed by words chosen according
 * to the {@link Wording} (below). Content words are the sentence's or headline's words with stop words,
 * contractions, lower-case -ly adverbs and single letters left out, and the figure's own tokens left out; a word's
 * rarity is the number of documents it occurs in. A sentence with fewer than three content words besides its figure
 * gives no question, whatever the wording, so that both wordings ask about the same sentences.</li>
 * <li>The expected answer is the figure, as a regex accepting its usual written forms (1,200 or 1200; 76%, 76 per
 * cent or 76 percent; £600m or 600 million), and the expected sources are every document that contains the sentence
 * verbatim (news corpora hold duplicate articles).</li>
 * </ol>
 * Two wordings of the same items, so that two sets generated with the same corpus, count and seed match one to one
 * (same sentence, same expected figure and sources, same number; ids "fig-001" and "figh-001"):
 * <ul>
 * <li>{@link Wording#SENTENCE} (ids "fig-"): the sentence's five rarest content words, in sentence order. A keyword
 * question, not the sentence verbatim; but a question shares its most distinctive words with the answering sentence,
 * which favours lexical retrieval heavily: it measures sentence matching more than question answering.</li>
 * <li>{@link Wording#HEADLINE} (ids "figh-"): what a reader who has only skimmed the story might ask. After the
 * question type come the first four content words of the article's headline (its first line), in headline order,
 * leaving out a word already in the question type ("How many jobs" drops "jobs" from the headline); then at most two
 * of the answer sentence's rarest content words that are in neither the headline nor the question type (compared
 * case-insensitively, without stemming), in sentence order. Nothing is paraphrased: words are copied as written,
 * with no synonyms and no change of inflection. What it favours: retrieval that scores a passage together with its
 * article's headline, above all passages that begin with the headline, such as an article's first chunk. That
 * chunk also holds the article's opening paragraphs, so answers there are easy to find and answers further into
 * the article are not. It penalises retrieval that scores sentences alone by their words. The headline line,
 * indexed as a sentence, is the best lexical match for up to four of the question's words, and it rarely states the
 * figure. The two sentence words keep part of the first wording's lexical advantage, as they are the answering
 * sentence's own rarest words.</li>
 * </ul>
 */
public final class FigureQuestions {
    public static final int DEFAULT_COUNT = 100;
    public static final long DEFAULT_SEED = 20_050_101L;

    private static final int MIN_WORDS = 8;
    private static final int QUESTION_WORDS = 5;
    private static final int MIN_QUESTION_WORDS = 3;
    private static final int HEADLINE_WORDS = 4;
    private static final int HEADLINE_SENTENCE_WORDS = 2;

    private static final Pattern FIGURE = Pattern.compile(
            "([£$€])?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(%|m|bn|tn|k)?");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*\\p{L}");
    private static final String PERCENT = "\\s?(%|per ?cent|percent)";
    private static final Pattern QUOTES = Pattern.compile("[\"“”]|(^|\\s)['‘]|['’](\\s|$)");
    private static final Pattern COUNTED = Pattern.compile("\\b(?:[Mm]any|[Ss]everal) ([a-z][a-z-]*[a-z])\\b");
    private static final Pattern LOWER_WORD = Pattern.compile("[a-z][a-z-]*[a-z]");
    /** Scale words after a figure; a detached "m" is left out, as it may as well be metres. */
    private static final Set<String> MULTIPLIERS = Set.of("million", "billion", "trillion", "bn", "tn");
    private static final Set<String> CURRENCIES = Set.of("pounds", "dollars", "euros", "yen");
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women", "children", "staff");
    private static final Set<String> STOP = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
            "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has",
            "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in",
            "into", "is", "it", "its", "itself", "just", "less", "may", "me", "might", "more", "most", "mr", "mrs",
            "ms", "much", "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or",
            "other", "our", "ours", "ourselves", "out", "over", "own", "per", "said", "same", "says", "she",
            "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then",
            "there", "these", "they", "this", "those", "through", "thus", "to", "too", "under", "until", "up", "upon",
            "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why",
            "will", "with", "would", "yet", "you", "your", "yours", "yourself", "yourselves");

    /** How a question is worded after its type; see the class comment. Every wording asks about the same items. */
    public enum Wording {
        /** The answer sentence's five rarest content words; ids "fig-001", "fig-002"… */
        SENTENCE("fig"),
        /** Up to four headline words, then up to two of the sentence's rarest words not in the headline; "figh-001"… */
        HEADLINE("figh");

        private final String prefix;

        Wording(String prefix) {
            this.prefix = prefix;
        }

        /** What the ids of this wording's questions start with, before "-001". */
        public String prefix() {
            return prefix;
        }
    }

    private FigureQuestions() {
    }

    /** {@value #DEFAULT_COUNT} questions with the default seed, worded from the sentence. */
    public static List<QaItem> generate(Corpus corpus) {
        return generate(corpus, Wording.SENTENCE);
    }

    /** {@value #DEFAULT_COUNT} questions with the default seed, in the given wording. */
    public static List<QaItem> generate(Corpus corpus, Wording wording) {
        return generate(corpus, DEFAULT_COUNT, DEFAULT_SEED, wording);
    }

    /** Up to {@code count} questions worded from the sentence; fewer only when the corpus runs out of candidates. */
    public static List<QaItem> generate(Corpus corpus, int count, long seed) {
        return generate(corpus, count, seed, Wording.SENTENCE);
    }

    /**
     * Up to {@code count} questions in the given wording; fewer only when the corpus runs out of candidate
     * sentences. The items depend on the corpus, count and seed only: the wording changes the questions' text and
     * id prefix, nothing else.
     */
    public static List<QaItem> generate(Corpus corpus, int count, long seed, Wording wording) {
        Random random = new Random(seed);
        Map<String, Integer> df = documentFrequencies(corpus);
        Set<String> counted = countedNouns(corpus);
        List<List<Document>> folders = folders(corpus, random);
        Set<String> used = new HashSet<>();
        List<QaItem> out = new ArrayList<>();
        int longest = folders.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest && out.size() < count; i++) {
            for (List<Document> folder : folders) {
                if (i >= folder.size() || out.size() >= count) {
                    continue;
                }
                List<Candidate> candidates = candidates(folder.get(i), counted);
                if (candidates.isEmpty()) {
                    continue;
                }
                Candidate pick = candidates.get(random.nextInt(candidates.size()));
                if (!used.add(pick.sentence().text())) {
                    continue;
                }
                List<Integer> rarest = rarest(pick, df);
                if (rarest != null) {
                    String question = switch (wording) {
                        case SENTENCE -> sentenceQuestion(pick, rarest);
                        case HEADLINE -> headlineQuestion(pick, rarest);
                    };
                    out.add(new QaItem(String.format(Locale.ROOT, "%s-%03d", wording.prefix(), out.size() + 1),
                            question,
                            QaItem.FACTOID, List.of(pick.figure().regex()), List.of(),
                            sources(corpus, pick.sentence().text())));
                }
            }
        }
        return out;
    }

    /** Articles grouped by top-level folder, each group shuffled; so every topic is drawn from evenly. */
    private static List<List<Document>> folders(Corpus corpus, Random random) {
        Map<String, List<Document>> byFolder = new TreeMap<>();
        boolean nested = corpus.documents().stream().anyMatch(d -> d.id().contains("/"));
        for (Document d : corpus.documents()) {
            int slash = d.id().indexOf('/');
            if (slash < 0 && nested) {
                continue;
            }
            byFolder.computeIfAbsent(slash < 0 ? "" : d.id().substring(0, slash), k -> new ArrayList<>()).add(d);
        }
        List<List<Document>> out = new ArrayList<>();
        for (List<Document> docs : byFolder.values()) {
            Collections.shuffle(docs, random);
            out.add(docs);
        }
        return out;
    }

    private record Candidate(String title, Sentence sentence, String[] tokens, int at, Figure figure) {
    }

    private static List<Candidate> candidates(Document d, Set<String> counted) {
        int body = d.text().indexOf(d.title()) + d.title().length();
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : d.sentences()) {
            if (s.start() < body) {
                continue;
            }
            String[] tokens = s.text().trim().split("\\s+");
            // Quoted speech makes for questions nobody would ask ("What percentage fresh?" of "I'll be 100% fresh").
            if (tokens.length < MIN_WORDS || QUOTES.matcher(s.text()).find()) {
                continue;
            }
            int at = -1;
            int digits = 0;
            for (int i = 0; i < tokens.length; i++) {
                if (tokens[i].chars().anyMatch(Character::isDigit)) {
                    digits++;
                    at = i;
                }
            }
            if (digits == 1) {
                Figure f = Figure.read(tokens, at, counted);
                if (f != null) {
                    out.add(new Candidate(d.title(), s, tokens, at, f));
                }
            }
        }
        return out;
    }

    /**
     * Positions of the sentence's content words outside the figure, first occurrence of each, rarest in the corpus
     * first (ties in sentence order); or null if fewer than {@value #MIN_QUESTION_WORDS} remain.
     */
    private static List<Integer> rarest(Candidate c, Map<String, Integer> df) {
        List<Integer> positions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = c.at(); i < c.figure().end(); i++) {
            seen.add(strip(c.tokens()[i]).toLowerCase(Locale.ROOT));
        }
        for (int i = 0; i < c.tokens().length; i++) {
            String w = word(c.tokens()[i]);
            if (i >= c.at() && i < c.figure().end() || w == null || !seen.add(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            positions.add(i);
        }
        if (positions.size() < MIN_QUESTION_WORDS) {
            return null;
        }
        positions.sort(Comparator.comparingInt((Integer i) -> df.getOrDefault(lower(c.tokens()[i]), 0))
                .thenComparingInt(i -> i));
        return positions;
    }

    /** The figure's typed opening and the sentence's rarest content words, in sentence order. */
    private static String sentenceQuestion(Candidate c, List<Integer> rarest) {
        StringBuilder q = new StringBuilder(c.figure().opening());
        appendInSentenceOrder(q, c, rarest.subList(0, Math.min(QUESTION_WORDS, rarest.size())));
        return q.append('?').toString();
    }

    /**
     * The figure's typed opening, the headline's first content words (those not in the opening), and the sentence's
     * rarest content words that are in neither, in sentence order.
     */
    private static String headlineQuestion(Candidate c, List<Integer> rarest) {
        Set<String> asked = new HashSet<>();
        for (String w : c.figure().opening().split(" ")) {
            asked.add(w.toLowerCase(Locale.ROOT));
        }
        StringBuilder q = new StringBuilder(c.figure().opening());
        Set<String> headline = new HashSet<>();
        int taken = 0;
        for (String token : c.title().trim().split("\\s+")) {
            String w = word(token);
            if (w == null) {
                continue;
            }
            headline.add(w.toLowerCase(Locale.ROOT));
            if (taken < HEADLINE_WORDS && asked.add(w.toLowerCase(Locale.ROOT))) {
                q.append(' ').append(w);
                taken++;
            }
        }
        List<Integer> extra = new ArrayList<>();
        for (int i : rarest) {
            String w = lower(c.tokens()[i]);
            if (extra.size() < HEADLINE_SENTENCE_WORDS && !headline.contains(w) && !asked.contains(w)) {
                extra.add(i);
            }
        }
        appendInSentenceOrder(q, c, extra);
        return q.append('?').toString();
    }

    private static void appendInSentenceOrder(StringBuilder q, Candidate c, List<Integer> positions) {
        List<Integer> ordered = new ArrayList<>(positions);
        Collections.sort(ordered);
        for (int i : ordered) {
            q.append(' ').append(word(c.tokens()[i]));
        }
    }

    private static List<String> sources(Corpus corpus, String sentence) {
        return corpus.documents().stream().filter(d -> d.text().contains(sentence)).map(Document::id).toList();
    }

    private static Map<String, Integer> documentFrequencies(Corpus corpus) {
        Map<String, Integer> df = new HashMap<>();
        for (Document d : corpus.documents()) {
            Set<String> words = new HashSet<>();
            for (String token : d.text().split("\\s+")) {
                String w = word(token);
                if (w != null) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
            words.forEach(w -> df.merge(w, 1, Integer::sum));
        }
        return df;
    }

    /** Words the corpus puts after "many" or "several": things that are counted. */
    private static Set<String> countedNouns(Corpus corpus) {
        Set<String> out = new HashSet<>();
        for (Document d : corpus.documents()) {
            Matcher m = COUNTED.matcher(d.text());
            while (m.find()) {
                out.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static String lower(String token) {
        return word(token).toLowerCase(Locale.ROOT);
    }

    /** The token as a content word (punctuation and a possessive 's removed), or null for stop words and the like. */
    static String word(String token) {
        String w = strip(token);
        if (w.endsWith("'s") || w.endsWith("’s")) {
            w = w.substring(0, w.length() - 2);
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if (!WORD.matcher(w).matches() || STOP.contains(lower) || w.indexOf('\'') >= 0 || w.indexOf('’') >= 0) {
            return null;
        }
        // Adverbs are rare words users do not type ("How many jobs approximately"); names ending in -ly stay.
        return lower.endsWith("ly") && w.equals(lower) ? null : w;
    }

    /** The token without the quotes, brackets and punctuation around it. */
    static String strip(String token) {
        int a = 0;
        int b = token.length();
        while (a < b && "([\"'“‘".indexOf(token.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && ".,;:!?)]\"'”’".indexOf(token.charAt(b - 1)) >= 0) {
            b--;
        }
        return token.substring(a, b);
    }

    private static boolean punctuated(String token) {
        return !strip(token).equals(token);
    }

    /**
     * A figure read at token {@code at}: what kind of question asks for it, the regex that finds it in an answer,
     * and the end (exclusive) of the tokens that belong to it (unit words and a counted noun).
     */
    record Figure(String opening, String regex, int end) {
        static Figure read(String[] tokens, int at, Set<String> counted) {
            String token = tokens[at];
            Matcher m = FIGURE.matcher(strip(token));
            if (!m.matches() || at > 0 && capitalised(tokens[at - 1])) {
                return null;
            }
            boolean currency = m.group(1) != null;
            String digits = m.group(2).replace(",", "");
            String decimals = m.group(3);
            String suffix = m.group(4) == null ? "" : m.group(4);
            if (suffix.equals("k") || digits.length() > 1 && digits.startsWith("0") || !currency && suffix.isEmpty() && decimals == null && isYear(m.group(2))) {
                return null;
            }
            // A figure followed by punctuation ends its clause: the words after it are not its unit or its noun.
            boolean open = !punctuated(token);
            int next = at + 1;
            String multiplier = suffix;
            if (open && suffix.isEmpty() && MULTIPLIERS.contains(word(tokens, next))) {
                multiplier = word(tokens, next);
                open = !punctuated(tokens[next]);
                next++;
            }
            String number = "(?<![\\d.,])" + thousands(digits) + (decimals == null ? "" : "\\." + decimals);
            if (suffix.equals("%")) {
                return new Figure("What percentage", number + PERCENT, at + 1);
            }
            if (open && word(tokens, next).equals("percent")) {
                return new Figure("What percentage", number + PERCENT, next + 1);
            }
            if (open && word(tokens, next).equals("per") && !punctuated(tokens[next])
                    && word(tokens, next + 1).equals("cent")) {
                return new Figure("What percentage", number + PERCENT, next + 2);
            }
            String scaled = number + unit(multiplier);
            if (currency) {
                return new Figure("How much", scaled, next);
            }
            if (open && CURRENCIES.contains(word(tokens, next))) {
                return new Figure("How much", scaled, next + 1);
            }
            // "100m" is a sprint as often as a sum, so without a currency it is skipped; so are decimals that are
            // not money and figures that do not count a plural noun.
            if (multiplier.equals("m") || decimals != null && multiplier.isEmpty() || !open) {
                return null;
            }
            if (plural(word(tokens, next), counted)) {
                return new Figure("How many " + strip(tokens[next]), scaled, next + 1);
            }
            String between = word(tokens, next);
            if (LOWER_WORD.matcher(between).matches() && !STOP.contains(between) && !punctuated(tokens[next])
                    && plural(word(tokens, next + 1), counted)) {
                return new Figure("How many " + between + " " + strip(tokens[next + 1]), scaled, next + 2);
            }
            return null;
        }

        private static boolean isYear(String digits) {
            return digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
        }

        /** Token {@code i} in lower case without surrounding punctuation, or "" past the end of the sentence. */
        private static String word(String[] tokens, int i) {
            return i < tokens.length ? strip(tokens[i]).toLowerCase(Locale.ROOT) : "";
        }

        private static boolean capitalised(String token) {
            String w = strip(token);
            return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
        }

        /** Looks like a plural and is counted elsewhere in the corpus, which rules out verbs ("50 indicates"). */
        private static boolean plural(String token, Set<String> counted) {
            if (!LOWER_WORD.matcher(token).matches() || STOP.contains(token) || !counted.contains(token)) {
                return false;
            }
            return IRREGULAR_PLURALS.contains(token) || token.length() >= 4 && token.endsWith("s")
                    && !token.endsWith("ss") && !token.endsWith("us") && !token.endsWith("is");
        }

        /** 1200 as 1,?200 so that either way of writing it matches. */
        private static String thousands(String digits) {
            StringBuilder sb = new StringBuilder();
            int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
            sb.append(digits, 0, head);
            for (int i = head; i < digits.length(); i += 3) {
                sb.append(",?").append(digits, i, i + 3);
            }
            return sb.toString();
        }

        private static String unit(String multiplier) {
            return switch (multiplier) {
                case "m", "million" -> "\\s?(m|million)\\b";
                case "bn", "billion" -> "\\s?(bn|billion)\\b";
                case "tn", "trillion" -> "\\s?(tn|trillion)\\b";
                default -> "(?![\\d]|[.,]\\d)";
            };
        }
    }
}
