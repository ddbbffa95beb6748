package dev.schemac.processor.evolution;

import java.util.List;
import java.util.Random;

/**
 * The Java type of a generated entity field, with the {@code @Column} attributes that shape its column, the random
 * values the test writes into it, and the types it can become without losing a value (widening) or only by losing
 * some (narrowing).
 */
sealed interface FieldType {
    /** The field's declared type. */
    String javaType();

    /** The {@code @Column} attributes besides {@code nullable}, e.g. {@code length = 40}; empty for none. */
    String columnAttributes();

    /** A SQL literal of a random value that fits the column. */
    String randomLiteral(Random random);

    /** The value a backfill writes into existing rows of a new NOT NULL column, or null if schemac knows none. */
    String zero();

    /** Types this one can change into keeping every value. */
    List<FieldType> widenings();

    /** Types this one can change into only by losing values that do not fit. */
    List<FieldType> narrowings();

    static FieldType random(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> new Text(10 + random.nextInt(60));
            case 1 -> new Int();
            case 2 -> new Int64();
            case 3 -> new Decimal(8 + random.nextInt(6), 2);
            default -> new Bool();
        };
    }

    record Text(int length) implements FieldType {
        private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 '-";

        @Override
        public String javaType() {
            return "String";
        }

        @Override
        public String columnAttributes() {
            return "length = " + length;
        }

        @Override
        public String randomLiteral(Random random) {
            int size = random.nextInt(Math.min(length, 24) + 1);
            StringBuilder text = new StringBuilder("'");
            for (int i = 0; i < size; i++) {
                char c = LETTERS.charAt(random.nextInt(LETTERS.length()));
                text.append(c == '\'' ? "''" : String.valueOf(c));
            }
            return text.append('\'').toString();
        }

        @Override
        public String zero() {
            return null;
        }

        @Override
        public List<FieldType> widenings() {
            return List.of(new Text(length + 1 + length / 2));
        }

        @Override
        public List<FieldType> narrowings() {
            return length > 2 ? List.of(new Text(length / 2)) : List.of();
        }
    }

    record Int() implements FieldType {
        @Override
        public String javaType() {
            return "Integer";
        }

        @Override
        public String columnAttributes() {
            return "";
        }

        @Override
        public String randomLiteral(Random random) {
            return Integer.toString(random.nextInt());
        }

        @Override
        public String zero() {
            return "0";
        }

        @Override
        public List<FieldType> widenings() {
            return List.of(new Int64());
        }

        @Override
        public List<FieldType> narrowings() {
            return List.of();
        }
    }

    record Int64() implements FieldType {
        @Override
        public String javaType() {
            return "Long";
        }

        @Override
        public String columnAttributes() {
            return "";
        }

        @Override
        public String randomLiteral(Random random) {
            return Long.toString(random.nextLong());
        }

        @Override
        public String zero() {
            return "0";
        }

        @Override
        public List<FieldType> widenings() {
            return List.of();
        }

        @Override
        public List<FieldType> narrowings() {
            return List.of(new Int());
        }
    }

    record Decimal(int precision, int scale) implements FieldType {
        @Override
        public String javaType() {
            return "java.math.BigDecimal";
        }

        @Override
        public String columnAttributes() {
            return "precision = " + precision + ", scale = " + scale;
        }

        @Override
        public String randomLiteral(Random random) {
            long whole = (long) (random.nextDouble() * Math.pow(10, precision - scale));
            return (random.nextBoolean() ? "-" : "") + whole + "." + String.format("%0" + scale + "d",
                    random.nextInt((int) Math.pow(10, scale)));
        }

        @Override
        public String zero() {
            return "0";
        }

        @Override
        public List<FieldType> widenings() {
            return List.of(new Decimal(precision + 4, scale));
        }

        @Override
        public List<FieldType> narrowings() {
            return precision - scale > 2 ? List.of(new Decimal(precision - 2, scale)) : List.of();
        }
    }

    record Bool() implements FieldType {
        @Override
        public String javaType() {
            return "Boolean";
        }

        @Override
        public String columnAttributes() {
            return "";
        }

        @Override
        public String randomLiteral(Random random) {
            return Boolean.toString(random.nextBoolean());
        }

        @Override
        public String zero() {
            return "false";
        }

        @Override
        public List<FieldType> widenings() {
            return List.of();
        }

        @Override
        public List<FieldType> narrowings() {
            return List.of();
        }
    }
}
