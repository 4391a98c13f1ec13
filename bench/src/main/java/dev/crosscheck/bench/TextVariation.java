package dev.crosscheck.bench;

import dev.crosscheck.corpus.Sentence;
import dev.crosscheck.corpus.SentenceSplitter;
import dev.crosscheck.quantity.QuantityParser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewords an article for one copy of a multiplied corpus, so that its sentences embed to other vectors while every
 * fact stays. In a sentence that states no figure, lowercase everyday words are swapped for synonyms, the copy's own
 * choice from each word's list; a sentence with a figure (digits, number words, ordinals) keeps its words, so each
 * claim the conflict detector reads from a figure is the original's, context words included. Straight quotes and
 * apostrophes turn typographic in some copies, which reaches sentences with figures too. Capitalised words (names,
 * places, sentence starts), numbers, line breaks and sentence order are never touched, and no list holds a word the
 * detector reads in sentences without figures (states such as "closed" or "still standing", facilities, revisions
 * such as "later" or "again", place prepositions), so a copy agrees with its original and with the other copies.
 */
public final class TextVariation {
    /** Word (or short phrase) to its replacement in copies 1, 2 and 3; every replacement is lowercase. */
    private static final Map<String, List<String>> SYNONYMS = synonyms(
            "said", "stated|noted|explained",
            "says", "states|notes|explains",
            "told", "informed|assured|advised",
            "added", "remarked|commented|continued",
            "also", "additionally|likewise|too",
            "but", "yet|though|however",
            "because", "since|as|given that",
            "about", "regarding|concerning|on the subject of",
            "some", "certain|various|a number of",
            "just", "only|merely|simply",
            "including", "such as|notably|among them",
            "after", "following|subsequent to|in the wake of",
            "before", "prior to|ahead of|earlier than",
            "during", "throughout|amid|over the course of",
            "while", "whilst|even as|whereas",
            "very", "really|extremely|highly",
            "however", "nevertheless|nonetheless|even so",
            "often", "frequently|regularly|commonly",
            "quickly", "rapidly|swiftly|promptly",
            "currently", "presently|at present|nowadays",
            "recently", "lately|newly|of late",
            "probably", "possibly|perhaps|in all likelihood",
            "mainly", "mostly|largely|chiefly",
            "particularly", "especially|notably|specifically",
            "significantly", "considerably|substantially|markedly",
            "clearly", "plainly|evidently|obviously",
            "strongly", "firmly|forcefully|robustly",
            "only", "merely|solely|purely",
            "despite", "in spite of|notwithstanding|regardless of",
            "big", "large|major|huge",
            "biggest", "largest|greatest|leading",
            "small", "little|modest|minor",
            "good", "fine|solid|decent",
            "bad", "poor|grim|awful",
            "important", "significant|key|crucial",
            "difficult", "hard|tough|tricky",
            "huge", "vast|enormous|massive",
            "major", "leading|principal|main",
            "strong", "robust|solid|firm",
            "current", "present|existing|ongoing",
            "possible", "feasible|conceivable|potential",
            "popular", "well-liked|favoured|beloved",
            "successful", "triumphant|thriving|prosperous",
            "different", "distinct|separate|diverse",
            "similar", "comparable|akin|analogous",
            "serious", "grave|severe|weighty",
            "whole", "entire|complete|full",
            "believe", "think|feel|reckon",
            "believes", "thinks|feels|reckons",
            "believed", "thought|felt|reckoned",
            "think", "believe|feel|reckon",
            "thinks", "believes|feels|reckons",
            "want", "wish|desire|seek",
            "wants", "wishes|desires|seeks",
            "wanted", "wished|desired|sought",
            "helped", "assisted|aided|supported",
            "showed", "revealed|indicated|suggested",
            "shown", "revealed|indicated|demonstrated",
            "get", "obtain|receive|gain",
            "got", "obtained|received|gained",
            "buy", "purchase|acquire|procure",
            "bought", "purchased|acquired|procured",
            "try", "attempt|seek|strive",
            "tried", "attempted|sought|strove",
            "keep", "retain|maintain|hold",
            "allow", "permit|enable|authorise",
            "allowed", "permitted|enabled|authorised",
            "began", "started|commenced|kicked off",
            "suggested", "proposed|indicated|hinted",
            "warned", "cautioned|advised|alerted",
            "agreed", "accepted|concurred|assented",
            "decided", "chose|opted|resolved",
            "seen", "viewed|regarded|considered",
            "continues", "persists|carries on|goes on",
            "make", "create|produce|form",
            "made", "created|produced|formed",
            "a lot", "a great deal|plenty|a good deal",
            "people", "individuals|persons|citizens",
            "new", "fresh|novel|recent",
            "government", "administration|executive|cabinet",
            "firm", "business|group|corporation",
            "company", "firm|business|corporation",
            "boss", "chief|head|leader",
            "leader", "head|chief|boss",
            "country", "nation|land|realm",
            "election", "vote|poll|ballot",
            "problem", "issue|difficulty|trouble",
            "problems", "issues|difficulties|troubles",
            "decision", "ruling|choice|move",
            "chance", "opportunity|prospect|possibility",
            "deal", "agreement|pact|accord",
            "plan", "scheme|proposal|strategy",
            "plans", "schemes|proposals|intentions",
            "game", "match|contest|fixture",
            "team", "side|squad|outfit",
            "player", "athlete|competitor|sportsman",
            "film", "movie|picture|feature",
            "phone", "handset|telephone|device",
            "mobile", "cellular|portable|handheld",
            "technology", "tech|engineering|innovation",
            "growth", "expansion|upturn|advance",
            "best", "finest|top|greatest",
            "great", "tremendous|superb|excellent",
            "should", "ought to|must|had better",
            "market", "marketplace|sector|trade",
            "say", "state|argue|maintain",
            "saying", "stating|noting|explaining",
            "won", "secured|clinched|captured",
            "see", "witness|observe|notice",
            "former", "previous|onetime|erstwhile",
            "include", "comprise|feature|involve",
            "already", "previously|by this point|so far",
            "role", "part|position|function",
            "data", "information|records|statistics",
            "information", "details|data|facts",
            "award", "prize|honour|accolade",
            "awards", "prizes|honours|accolades",
            "firms", "companies|businesses|corporations",
            "companies", "firms|businesses|corporations",
            "players", "athletes|competitors|sportsmen",
            "money", "cash|funds|capital",
            "expected", "anticipated|predicted|projected",
            "actor", "performer|star|thespian",
            "actress", "performer|star|leading lady",
            "recent", "latest|fresh|new",
            "campaign", "drive|push|crusade",
            "industry", "sector|trade|business",
            "really", "truly|genuinely|actually",
            "law", "legislation|statute|rule",
            "always", "invariably|constantly|forever",
            "prices", "costs|rates|charges",
            "sales", "turnover|revenues|takings",
            "international", "global|worldwide|overseas",
            "meeting", "gathering|session|summit",
            "economic", "financial|fiscal|commercial",
            "find", "discover|locate|uncover",
            "denied", "rejected|refuted|disputed");

    /** Names the rules beyond the lists; change it when they change, so built corpora are rebuilt. */
    private static final String RULES = "figure sentences keep their words; typographic quotes 1: both, 2: \", 3: '";

    /** The number of copies the lists above can vary (copy 0 is the original). */
    public static final int VARIED_COPIES = 3;

    // Longest first, so "a lot" is tried before any one-word entry; lowercase only, and not inside a longer word,
    // a hyphenated compound or a contraction.
    private static final Pattern WORDS = Pattern.compile("(?<![\\p{L}\\p{N}'’\\-])(?:" + String.join("|",
            SYNONYMS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                    .toList()) + ")(?![\\p{L}\\p{N}'’\\-])");

    private final int copy;

    private TextVariation(int copy) {
        this.copy = copy;
    }

    /** The variation of copy {@code copy}: 0 keeps the text, 1 to {@value #VARIED_COPIES} each swap differently. */
    public static TextVariation of(int copy) {
        if (copy < 0 || copy > VARIED_COPIES) {
            throw new IllegalArgumentException("copy must be 0 to " + VARIED_COPIES + ": " + copy);
        }
        return new TextVariation(copy);
    }

    public String apply(String text) {
        if (copy == 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 256);
        int done = 0;
        for (Sentence s : SentenceSplitter.split("", text)) {
            if (!QuantityParser.parse(s.text()).isEmpty()) {
                continue;
            }
            out.append(text, done, s.start());
            Matcher m = WORDS.matcher(s.text());
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(SYNONYMS.get(m.group()).get(copy - 1)));
            }
            m.appendTail(out);
            done = s.end();
        }
        return typography(out.append(text, done, text.length()).toString());
    }

    /**
     * Straight apostrophes and quotes made typographic: copy 1 both, copy 2 the double quotes, copy 3 the
     * apostrophes. The tokenizer reads ’ and ' as different tokens, so this reaches sentences with figures too; the
     * reader, splitter and detector treat both styles alike, so no claim changes.
     */
    private String typography(String text) {
        boolean singles = copy != 2;
        boolean doubles = copy != 3;
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean opening = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{\u201C".indexOf(
                    text.charAt(i - 1)) >= 0;
            if (c == '\'' && singles) {
                out.append(opening && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1)) ? '\u2018'
                        : '\u2019');
            } else if (c == '"' && doubles) {
                out.append(opening ? '\u201C' : '\u201D');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A short hash of the rules and word lists, so a corpus built another way is rebuilt rather than reused. */
    public static String fingerprint() {
        StringBuilder all = new StringBuilder(RULES).append('\n');
        new TreeMap<>(SYNONYMS).forEach((word, alternatives) -> all.append(word).append('=').append(alternatives)
                .append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }

    /** Every word and phrase this class may write, for tests that check none of them reads as a figure. */
    static List<String> replacements() {
        List<String> out = new ArrayList<>();
        SYNONYMS.values().forEach(out::addAll);
        return out;
    }

    private static Map<String, List<String>> synonyms(String... pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            List<String> alternatives = List.of(pairs[i + 1].split("\\|"));
            if (alternatives.size() != VARIED_COPIES || map.put(pairs[i], alternatives) != null) {
                throw new IllegalStateException("bad synonym entry: " + pairs[i]);
            }
        }
        return Map.copyOf(map);
    }
}
