package dev.schemac.processor.read;

import java.util.Locale;

/**
 * Spring Boot's default, Hibernate's {@code CamelCaseToUnderscoresNamingStrategy} (7.x: {@code
 * PhysicalNamingStrategySnakeCaseImpl}): an unquoted name gets {@code .} replaced by {@code _}, an underscore before
 * each upper-case letter that sits between a lower-case letter or digit and another, then lower case. Quoted names
 * are kept as they are.
 */
final class SpringNaming implements Naming {
    @Override
    public Identifier toPhysical(Identifier logical) {
        if (logical.quoted()) {
            return logical;
        }
        StringBuilder name = new StringBuilder(logical.text().replace('.', '_'));
        for (int i = 1; i < name.length() - 1; i++) {
            if (isUnderscoreRequired(name.charAt(i - 1), name.charAt(i), name.charAt(i + 1))) {
                name.insert(i++, '_');
            }
        }
        return new Identifier(name.toString().toLowerCase(Locale.ROOT), false);
    }

    private static boolean isUnderscoreRequired(char before, char current, char after) {
        return (Character.isLowerCase(before) || Character.isDigit(before))
                && Character.isUpperCase(current)
                && (Character.isLowerCase(after) || Character.isDigit(after));
    }
}
