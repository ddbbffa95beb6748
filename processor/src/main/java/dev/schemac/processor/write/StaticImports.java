package dev.schemac.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The static imports a generated migration uses. JavaPoet writes every static import it is given, used or not, so
 * the code records each member as it writes {@code $T.member}, and only those are imported.
 */
final class StaticImports {
    private final Map<ClassName, Set<String>> members = new TreeMap<>();

    /** Records {@code type.member} and returns {@code type}, for a {@code $T.member} in the code. */
    ClassName use(ClassName type, String member) {
        members.computeIfAbsent(type, t -> new TreeSet<>()).add(member);
        return type;
    }

    void addTo(JavaFile.Builder file) {
        members.forEach((type, names) -> file.addStaticImport(type, names.toArray(String[]::new)));
    }
}
