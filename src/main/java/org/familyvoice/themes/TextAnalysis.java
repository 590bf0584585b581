package org.familyvoice.themes;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one analysis used for the taxonomy, the sentiment lexicon and every text, so they meet on the same tokens:
 * HTML stripped, Lucene's standard tokenizer (Unicode word rules; emoji are tokens too), English possessives
 * removed, lower case, accents folded, English stop words removed and Porter stems. "no", "not" and "but" are
 * kept out of the stop words: the first two carry negation, the last one ends a clause. Each token also says
 * whether a clause starts there (after . ! ? ; : , a line break, or a "but"/"however"/"although"), which bounds
 * both phrase matching and the reach of a negation. Thread-safe: Lucene's analyzer keeps its components per
 * thread.
 */
final class TextAnalysis {

    /** One analysed token: its stem, and whether a new clause starts at it. */
    record Token(String stem, boolean clauseStart) {
    }

    /** Longest text analysed; anything beyond is ignored (a pasted book must not hold up a save). */
    static final int MAX_CHARS = 200_000;

    private static final CharArraySet STOP_WORDS = stopWords();
    /** "but", "however", "although", "though", "whereas" as the Porter stemmer leaves them. */
    private static final Set<String> CLAUSE_WORDS = Set.of("but", "howev", "although", "though", "wherea");
    private static final String CLAUSE_PUNCTUATION = ".!?;:,\n\r\u2026";

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new HTMLStripCharFilter(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(stream, STOP_WORDS);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    };

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(16, false);
        for (Object word : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
            String w = new String((char[]) word);
            if (!Set.of("no", "not", "but").contains(w)) {
                words.add(w);
            }
        }
        return CharArraySet.unmodifiableSet(words);
    }

    /** The stems of a keyword, phrase or lexicon entry, in order. */
    List<String> stems(String term) {
        return analyse(term).stream().map(Token::stem).toList();
    }

    /** The tokens of a text, in order, each marked where a clause starts. */
    List<Token> analyse(String text) {
        String input = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        // Curly apostrophes as typed on phones, so "didn’t" and "didn't" are one word (same length: offsets hold).
        input = input.replace('\u2019', '\'').replace('\u2018', '\'');
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", input)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int previousEnd = 0;
            boolean clauseWord = false;
            while (stream.incrementToken()) {
                String stem = term.toString();
                boolean brk = clauseWord || tokens.isEmpty() || hasClausePunctuation(input, previousEnd, offset.startOffset());
                previousEnd = offset.endOffset();
                if (CLAUSE_WORDS.contains(stem)) {
                    clauseWord = true;
                    continue;
                }
                clauseWord = false;
                tokens.add(new Token(stem, brk));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String does not fail
        }
        return tokens;
    }

    private static boolean hasClausePunctuation(String text, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
            if (CLAUSE_PUNCTUATION.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
