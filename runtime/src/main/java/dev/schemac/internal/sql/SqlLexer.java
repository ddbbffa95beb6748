package dev.schemac.internal.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits SQL text into tokens where PostgreSQL's lexer would, for checks that a comment or a literal must not fool.
 * Not a parser: operators come out one character at a time, numbers loosely.
 */
public final class SqlLexer {
    /** What a token is. */
    public enum Kind {
        /** An unquoted identifier or keyword, lower-cased. */
        WORD,
        QUOTED_IDENTIFIER,
        /** A {@code '...'} literal whose quotes and doubled quotes mean what they say. */
        STRING,
        /** An {@code E'...'} literal, or a plain one read with backslash escapes: its text is left undecoded. */
        ESCAPE_STRING,
        DOLLAR_STRING,
        LINE_COMMENT,
        BLOCK_COMMENT,
        /** One character of an operator or punctuation. */
        SYMBOL,
        /** A number or a parameter such as {@code $1}. */
        OTHER
    }

    /**
     * One token.
     *
     * @param kind what it is
     * @param text a word lower-cased; a string's or dollar-quoted body's content (a plain string's {@code ''}
     *     undoubled); a symbol's character; else the source text
     * @param closed false when the text ended inside it (a literal, quoted identifier or comment left open)
     */
    public record Token(Kind kind, String text, boolean closed) {
        public boolean isWord(String word) {
            return kind == Kind.WORD && text.equals(word);
        }

        public boolean isSymbol(char symbol) {
            return kind == Kind.SYMBOL && text.charAt(0) == symbol;
        }

        public boolean isComment() {
            return kind == Kind.LINE_COMMENT || kind == Kind.BLOCK_COMMENT;
        }

        public boolean isString() {
            return kind == Kind.STRING || kind == Kind.ESCAPE_STRING || kind == Kind.DOLLAR_STRING;
        }
    }

    private final String sql;
    private final boolean backslashEscapes;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;

    private SqlLexer(String sql, boolean backslashEscapes) {
        this.sql = sql;
        this.backslashEscapes = backslashEscapes;
    }

    /**
     * The tokens of {@code sql}, comments included.
     *
     * @param backslashEscapes read a backslash in a plain {@code '...'} literal as an escape, as PostgreSQL does
     *     with {@code standard_conforming_strings} off; escape strings ({@code E'...'}) are always read so
     */
    public static List<Token> tokens(String sql, boolean backslashEscapes) {
        SqlLexer lexer = new SqlLexer(sql, backslashEscapes);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '-' && next(1) == '-') {
                lineComment();
            } else if (c == '/' && next(1) == '*') {
                blockComment();
            } else if (c == '\'') {
                string(backslashEscapes);
            } else if (c == '"') {
                quotedIdentifier();
            } else if (c == '$') {
                dollar();
            } else if (isIdentifierStart(c)) {
                word();
            } else if (c >= '0' && c <= '9' || c == '.' && isDigit(next(1))) {
                number();
            } else {
                add(Kind.SYMBOL, String.valueOf(c), true);
                pos++;
            }
        }
    }

    private void lineComment() {
        int end = sql.indexOf('\n', pos);
        end = end < 0 ? sql.length() : end;
        add(Kind.LINE_COMMENT, sql.substring(pos, end), true);
        pos = end;
    }

    /** Block comments nest in PostgreSQL: {@code /* a /* b *}{@code / c *}{@code /} is one comment. */
    private void blockComment() {
        int start = pos;
        int depth = 0;
        while (pos < sql.length()) {
            if (sql.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (sql.startsWith("*/", pos)) {
                depth--;
                pos += 2;
                if (depth == 0) {
                    add(Kind.BLOCK_COMMENT, sql.substring(start, pos), true);
                    return;
                }
            } else {
                pos++;
            }
        }
        add(Kind.BLOCK_COMMENT, sql.substring(start), false);
    }

    /** A {@code '...'} literal from the quote at {@code pos}; with escapes, a backslash escapes the next character. */
    private void string(boolean escapes) {
        StringBuilder text = new StringBuilder();
        boolean sawBackslash = false;
        pos++;
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (c == '\\' && escapes) {
                sawBackslash = true;
                text.append(c);
                if (pos + 1 < sql.length()) {
                    text.append(sql.charAt(pos + 1));
                }
                pos += 2;
            } else if (c == '\'' && next(1) == '\'') {
                text.append(escapes ? "''" : "'");
                pos += 2;
            } else if (c == '\'') {
                pos++;
                add(sawBackslash ? Kind.ESCAPE_STRING : Kind.STRING, text.toString(), true);
                return;
            } else {
                text.append(c);
                pos++;
            }
        }
        add(sawBackslash ? Kind.ESCAPE_STRING : Kind.STRING, text.toString(), false);
    }

    private void quotedIdentifier() {
        StringBuilder text = new StringBuilder();
        pos++;
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (c == '"' && next(1) == '"') {
                text.append('"');
                pos += 2;
            } else if (c == '"') {
                pos++;
                add(Kind.QUOTED_IDENTIFIER, text.toString(), true);
                return;
            } else {
                text.append(c);
                pos++;
            }
        }
        add(Kind.QUOTED_IDENTIFIER, text.toString(), false);
    }

    /** {@code $1}, a dollar-quoted body {@code $tag$...$tag$}, or a lone {@code $}. */
    private void dollar() {
        if (isDigit(next(1))) {
            int end = pos + 1;
            while (end < sql.length() && isDigit(sql.charAt(end))) {
                end++;
            }
            add(Kind.OTHER, sql.substring(pos, end), true);
            pos = end;
            return;
        }
        int end = pos + 1;
        if (end < sql.length() && isIdentifierStart(sql.charAt(end))) {
            end++;
            while (end < sql.length() && isTagPart(sql.charAt(end))) {
                end++;
            }
        }
        if (end >= sql.length() || sql.charAt(end) != '$') {
            add(Kind.SYMBOL, "$", true);
            pos++;
            return;
        }
        String tag = sql.substring(pos, end + 1);
        int bodyStart = end + 1;
        int close = sql.indexOf(tag, bodyStart);
        if (close < 0) {
            add(Kind.DOLLAR_STRING, sql.substring(bodyStart), false);
            pos = sql.length();
        } else {
            add(Kind.DOLLAR_STRING, sql.substring(bodyStart, close), true);
            pos = close + tag.length();
        }
    }

    /** An identifier or keyword; {@code E'} starts an escape string instead. */
    private void word() {
        int start = pos;
        if ((sql.charAt(pos) == 'e' || sql.charAt(pos) == 'E') && next(1) == '\'') {
            pos++;
            string(true);
            Token literal = tokens.remove(tokens.size() - 1);
            add(Kind.ESCAPE_STRING, literal.text(), literal.closed());
            return;
        }
        while (pos < sql.length() && (isTagPart(sql.charAt(pos)) || sql.charAt(pos) == '$')) {
            pos++;
        }
        add(Kind.WORD, sql.substring(start, pos).toLowerCase(Locale.ROOT), true);
    }

    private void number() {
        int start = pos;
        while (pos < sql.length() && (isTagPart(sql.charAt(pos)) || sql.charAt(pos) == '.')) {
            pos++;
        }
        add(Kind.OTHER, sql.substring(start, pos), true);
    }

    private void add(Kind kind, String text, boolean closed) {
        tokens.add(new Token(kind, text, closed));
    }

    private char next(int offset) {
        int at = pos + offset;
        return at < sql.length() ? sql.charAt(at) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Letters, underscore and any non-ASCII character, as PostgreSQL's lexer has it. */
    private static boolean isIdentifierStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80;
    }

    private static boolean isTagPart(char c) {
        return isIdentifierStart(c) || isDigit(c);
    }
}
