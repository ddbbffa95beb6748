package dev.schemac.processor.launch;

/**
 * Replaces the code inside method, constructor and initializer bodies with spaces, keeping every line break, so
 * that javac parses a file much faster while every declaration stays exactly where it was (diagnostics keep their
 * line and column). Bodies declare nothing visible outside, and schemac's javac run stops before it would look at
 * them, so the result is the same as for the original file. Field initializers, annotation values and nested
 * types are kept, including anonymous classes and lambdas in field initializers.
 *
 * <p>A small lexer (comments, strings, text blocks, chars) and a scan of class bodies; when it meets something it
 * does not expect it keeps the rest of the file unchanged, which is always correct, only slower.
 */
final class BodyBlanker {
    private final char[] text;
    private int pos;

    private BodyBlanker(String source) {
        this.text = source.toCharArray();
    }

    /** The source with method bodies blanked. */
    static String blank(String source) {
        BodyBlanker blanker = new BodyBlanker(source);
        try {
            blanker.compilationUnit();
        } catch (Unexpected e) {
            // Keep what was blanked so far: every blanked region was a complete body.
        }
        return new String(blanker.text);
    }

    /** The scan met something it does not understand; the rest stays as it is. */
    private static final class Unexpected extends Exception {
        private static final long serialVersionUID = 1L;

        Unexpected() {
            super(null, null, false, false);
        }
    }

    private void compilationUnit() throws Unexpected {
        while (true) {
            String token = next();
            if (token == null) {
                return;
            }
            if (token.equals("@")) {
                annotation();
            } else if (isTypeKeyword(token)) {
                skipTypeHeader();
                classBody(token.equals("enum"));
            }
        }
    }

    /** After the opening brace of a class body; returns after its closing brace. */
    private void classBody(boolean isEnum) throws Unexpected {
        if (isEnum && enumConstants()) {
            return;
        }
        while (true) {
            if (!member()) {
                return;
            }
        }
    }

    /** Skips the enum constants; returns whether the body already ended. */
    private boolean enumConstants() throws Unexpected {
        while (true) {
            String token = next();
            if (token == null) {
                throw new Unexpected();
            }
            switch (token) {
                case "(" -> skipBalanced('(', ')');
                case "{" -> classBody(false);
                case "@" -> annotation();
                case ";" -> {
                    return false;
                }
                case "}" -> {
                    return true;
                }
                default -> {
                    // constant names and commas
                }
            }
        }
    }

    /** Scans one member; returns false at the class body's closing brace. */
    private boolean member() throws Unexpected {
        boolean afterParameters = false;
        while (true) {
            String token = next();
            if (token == null) {
                throw new Unexpected();
            }
            switch (token) {
                case "}" -> {
                    return false;
                }
                case ";" -> {
                    return true;
                }
                case "@" -> annotation();
                case "(" -> {
                    skipBalanced('(', ')');
                    afterParameters = true;
                }
                case "=" -> {
                    skipExpression();
                    return true;
                }
                case "default" -> {
                    if (afterParameters) { // an annotation element's default value
                        skipExpression();
                        return true;
                    }
                }
                case "{" -> {
                    blankBody();
                    return true;
                }
                default -> {
                    if (isTypeKeyword(token) && !afterParameters) {
                        skipTypeHeader();
                        classBody(token.equals("enum"));
                        return true;
                    }
                }
            }
        }
    }

    private void annotation() throws Unexpected {
        String name = next();
        if (name == null) {
            throw new Unexpected();
        }
        if (name.equals("interface")) { // @interface: an annotation type declaration
            skipTypeHeader();
            classBody(false);
            return;
        }
        int save = pos;
        String token = next();
        while (".".equals(token)) {
            next();
            save = pos;
            token = next();
        }
        if ("(".equals(token)) {
            skipBalanced('(', ')');
        } else {
            pos = save;
        }
    }

    /** Skips a field initializer or default value up to and including its semicolon. */
    private void skipExpression() throws Unexpected {
        while (true) {
            String token = next();
            if (token == null) {
                throw new Unexpected();
            }
            switch (token) {
                case ";" -> {
                    return;
                }
                case "(" -> skipBalanced('(', ')');
                case "[" -> skipBalanced('[', ']');
                case "{" -> skipBalanced('{', '}');
                case "}" -> throw new Unexpected();
                default -> {
                    // part of the expression
                }
            }
        }
    }

    /** After a body's opening brace: blanks everything up to its closing brace, which stays. */
    private void blankBody() throws Unexpected {
        int start = pos;
        skipBalanced('{', '}');
        for (int i = start; i < pos - 1; i++) {
            if (text[i] != '\n' && text[i] != '\r') {
                text[i] = ' ';
            }
        }
    }

    /** After an opening bracket: skips to just after the matching closing one. */
    private void skipBalanced(char open, char close) throws Unexpected {
        int depth = 1;
        while (depth > 0) {
            String token = next();
            if (token == null) {
                throw new Unexpected();
            }
            if (token.length() == 1) {
                char c = token.charAt(0);
                if (c == open) {
                    depth++;
                } else if (c == close) {
                    depth--;
                }
            }
        }
    }

    /** Skips a type's name, type parameters, record components and supertypes, up to its body's brace. */
    private void skipTypeHeader() throws Unexpected {
        while (true) {
            String token = next();
            if (token == null || token.equals(";") || token.equals("}")) {
                throw new Unexpected();
            }
            switch (token) {
                case "{" -> {
                    return;
                }
                case "(" -> skipBalanced('(', ')');
                case "@" -> annotation();
                default -> {
                    // names, type parameters, extends, implements, permits
                }
            }
        }
    }

    private static boolean isTypeKeyword(String token) {
        return token.equals("class") || token.equals("interface") || token.equals("enum") || token.equals("record");
    }

    /**
     * The next token: an identifier or keyword, a single punctuation character, or "" for literals and numbers;
     * null at the end. Comments and whitespace are skipped.
     */
    private String next() {
        while (pos < text.length) {
            char c = text[pos];
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '/' && pos + 1 < text.length && text[pos + 1] == '/') {
                while (pos < text.length && text[pos] != '\n') {
                    pos++;
                }
            } else if (c == '/' && pos + 1 < text.length && text[pos + 1] == '*') {
                int end = indexOf("*/", pos + 2);
                pos = end < 0 ? text.length : end + 2;
            } else if (c == '"') {
                skipString();
                return "";
            } else if (c == '\'') {
                skipQuoted('\'');
                return "";
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = pos;
                while (pos < text.length && Character.isJavaIdentifierPart(text[pos])) {
                    pos++;
                }
                return new String(text, start, pos - start);
            } else if (Character.isDigit(c)) {
                while (pos < text.length && (Character.isLetterOrDigit(text[pos]) || text[pos] == '_'
                        || text[pos] == '.')) {
                    pos++;
                }
                return "";
            } else {
                pos++;
                return String.valueOf(c);
            }
        }
        return null;
    }

    private void skipString() {
        if (pos + 2 < text.length && text[pos + 1] == '"' && text[pos + 2] == '"') {
            int i = pos + 3;
            while (i < text.length) {
                if (text[i] == '\\') {
                    i += 2;
                } else if (text[i] == '"' && i + 2 < text.length && text[i + 1] == '"' && text[i + 2] == '"') {
                    pos = i + 3;
                    return;
                } else {
                    i++;
                }
            }
            pos = text.length;
            return;
        }
        skipQuoted('"');
    }

    private void skipQuoted(char quote) {
        int i = pos + 1;
        while (i < text.length && text[i] != quote && text[i] != '\n') {
            i += text[i] == '\\' ? 2 : 1;
        }
        pos = Math.min(i + 1, text.length);
    }

    private int indexOf(String s, int from) {
        outer:
        for (int i = from; i <= text.length - s.length(); i++) {
            for (int j = 0; j < s.length(); j++) {
                if (text[i + j] != s.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
