package dev.schemac.processor.launch;

/**
 * Replaces code schemac does not read with spaces, keeping every line break, so that javac parses and enters a file
 * much faster while every declaration it keeps stays exactly where it was (diagnostics keep their line and column).
 * In a class where no method carries an annotation (other than {@code @Override} and similar markers), whole
 * methods, constructors and initializers go, except getters ({@code getX()}, {@code isX()}): with property access,
 * inherited or set with {@code @Access}, un-annotated getters are persistent properties. Elsewhere only bodies go,
 * so methods keep their signatures. Bodies declare nothing visible outside, and schemac's javac run stops before it
 * would look at them. Field initializers, annotation values and nested types are kept, including anonymous classes
 * and lambdas in field initializers.
 *
 * <p>A small lexer (comments, strings, text blocks, chars) and a scan of class bodies; when it meets something it
 * does not expect it keeps the rest of the file unchanged, which is always correct, only slower.
 */
final class BodyBlanker {
    /** Annotations that say nothing about persistence; a method carrying only these may go whole. */
    private static final java.util.Set<String> MARKERS = java.util.Set.of("Override", "SuppressWarnings",
            "Deprecated", "SafeVarargs");

    private final char[] text;
    private int pos;
    /** Whether the member being scanned carries an annotation other than a marker. */
    private boolean annotated;
    /** Whether the member being scanned is shaped like a getter: {@code getX()} or {@code isX()}. */
    private boolean getter;

    /**
     * A method, constructor or initializer block of the class body being scanned.
     *
     * @param start where its declaration starts (after the previous member); -1 for a getter, whose declaration
     *     always stays
     * @param bodyStart just after its body's opening brace, or -1 without a body
     * @param end just after its last character
     */
    private record Code(int start, int bodyStart, int end) {
    }

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
        classBody(isEnum, false);
    }

    /**
     * After the opening brace of a class body; returns after its closing brace. An annotation type's elements
     * ({@code String value();}) look like methods without a body but are declarations: they stay.
     */
    private void classBody(boolean isEnum, boolean isAnnotationType) throws Unexpected {
        if (isEnum && enumConstants()) {
            return;
        }
        java.util.List<Code> code = new java.util.ArrayList<>();
        boolean annotatedMethod = false;
        while (true) {
            int start = pos;
            annotated = false;
            getter = false;
            Code member = member();
            if (member == null) {
                break;
            }
            if (member.end() >= 0 && !isAnnotationType) {
                // a getter keeps its declaration, as an annotated method does
                code.add(new Code(getter ? -1 : start, member.bodyStart(), member.end()));
                annotatedMethod |= annotated;
            }
        }
        for (Code c : code) {
            if (!annotatedMethod && c.start() >= 0) {
                blank(c.start(), c.end());
            } else if (c.bodyStart() >= 0) {
                blank(c.bodyStart(), c.end() - 1);
            }
        }
    }

    private static boolean isGetterName(String name) {
        return name != null && (name.length() > 3 && name.startsWith("get") || name.length() > 2
                && name.startsWith("is"));
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text[i])) {
                return false;
            }
        }
        return true;
    }

    private void blank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text[i] != '\n' && text[i] != '\r') {
                text[i] = ' ';
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

    /** A member that is not code: a field, a nested type, an annotation element, a stray semicolon. */
    private static final Code NOT_CODE = new Code(-1, -1, -1);

    /**
     * Scans one member: returns its extent when it is a method, constructor or initializer, {@link #NOT_CODE}
     * otherwise, and null at the class body's closing brace.
     */
    private Code member() throws Unexpected {
        boolean afterParameters = false;
        boolean empty = true;
        String previous = null;
        while (true) {
            String token = next();
            if (token == null) {
                throw new Unexpected();
            }
            String before = previous;
            previous = token;
            switch (token) {
                case "}" -> {
                    if (empty) {
                        return null;
                    }
                    throw new Unexpected();
                }
                case ";" -> {
                    // An abstract or interface method ends here; so does a field without initializer.
                    return afterParameters ? new Code(-1, -1, pos) : NOT_CODE;
                }
                case "@" -> {
                    if (annotation()) {
                        return NOT_CODE; // a nested annotation type
                    }
                }
                case "(" -> {
                    int open = pos;
                    skipBalanced('(', ')');
                    getter = !afterParameters && isGetterName(before) && isBlank(open, pos - 1);
                    afterParameters = true;
                }
                case "=" -> {
                    skipExpression();
                    return NOT_CODE;
                }
                case "default" -> {
                    if (afterParameters) { // an annotation element's default value
                        skipExpression();
                        return NOT_CODE;
                    }
                }
                case "{" -> {
                    int bodyStart = pos;
                    skipBalanced('{', '}');
                    return new Code(-1, bodyStart, pos);
                }
                default -> {
                    if (isTypeKeyword(token) && !afterParameters) {
                        skipTypeHeader();
                        classBody(token.equals("enum"));
                        return NOT_CODE;
                    }
                }
            }
            empty = false;
        }
    }

    /** After an {@code @}: skips the annotation; returns true when it was an {@code @interface} declaration. */
    private boolean annotation() throws Unexpected {
        String name = next();
        if (name == null) {
            throw new Unexpected();
        }
        if (name.equals("interface")) { // @interface: an annotation type declaration
            skipTypeHeader();
            classBody(false, true);
            return true;
        }
        int save = pos;
        String token = next();
        while (".".equals(token)) {
            name = next();
            save = pos;
            token = next();
        }
        if (!MARKERS.contains(name)) {
            annotated = true;
        }
        if ("(".equals(token)) {
            skipBalanced('(', ')');
        } else {
            pos = save;
        }
        return false;
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
