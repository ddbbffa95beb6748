package dev.schemac.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.schemac.Migration;
import dev.schemac.SchemaChanges;
import dev.schemac.operation.Classification;
import dev.schemac.operation.ClassifiedOperation;
import dev.schemac.operation.Operation;
import dev.schemac.processor.diff.Change;
import dev.schemac.processor.diff.DiffResult;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/** Writes a migration class with JavaPoet against the runtime's {@code SchemaChanges} API. */
public final class MigrationWriter {
    private static final ClassName MIGRATION = ClassName.get(Migration.class);
    private static final ClassName SCHEMA_CHANGES = ClassName.get(SchemaChanges.class);

    private MigrationWriter() {
    }

    /**
     * The Java source of the migration; the same spec gives the same text.
     *
     * @throws IllegalArgumentException when a column becomes NOT NULL with no value for existing rows: such a
     *     migration would fail on a table with rows, so the caller reports it instead ({@code backfill-missing})
     */
    public static String write(MigrationSpec spec) {
        DiffResult diff = spec.diff();
        if (!diff.backfills().isEmpty()) {
            throw new IllegalArgumentException("no value for the existing rows of " + diff.backfills());
        }
        StaticImports imports = new StaticImports();
        OperationCode code = new OperationCode(imports);
        // Classified as a whole: an operation's class depends on what the method did before it (a new table).
        List<ClassifiedOperation> up = Classification.of(diff.up(), true);
        List<ClassifiedOperation> down = Classification.of(diff.down(), true);
        TypeSpec type = TypeSpec.classBuilder(spec.className())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(MIGRATION)
                .addJavadoc(javadoc(spec, up, down))
                .addMethods(methods("up", diff.up(), up, code))
                .addMethods(methods("down", diff.down(), down, code))
                .build();
        JavaFile.Builder file = JavaFile.builder(spec.packageName(), type).indent("    ").skipJavaLangImports(true);
        imports.addTo(file);
        return file.build().toString();
    }

    /**
     * The method, or when its operations would not fit in one method (the JVM allows 64 KB of bytecode each) the
     * method calling its parts in order, followed by the parts.
     */
    private static List<MethodSpec> methods(String name, List<Operation> operations,
            List<ClassifiedOperation> classified, OperationCode code) {
        List<List<Operation>> parts = MethodParts.split(operations);
        if (parts.size() == 1) {
            return List.of(method(name, classified, code, true));
        }
        CodeBlock.Builder calls = CodeBlock.builder()
                .add("// $L operations in $L parts: one Java method holds at most 64 KB of bytecode.\n",
                        operations.size(), parts.size());
        List<MethodSpec> methods = new java.util.ArrayList<>();
        methods.add(null);
        int start = 0;
        for (int i = 0; i < parts.size(); i++) {
            String part = name + "Part" + (i + 1);
            calls.addStatement("$L(schema)", part);
            int end = start + parts.get(i).size();
            methods.add(method(part, classified.subList(start, end), code, false));
            start = end;
        }
        methods.set(0, MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(SCHEMA_CHANGES, "schema")
                .addCode(calls.build())
                .build());
        return methods;
    }

    private static MethodSpec method(String name, List<ClassifiedOperation> operations, OperationCode code,
            boolean overrides) {
        CodeBlock.Builder body = CodeBlock.builder();
        boolean previousApart = false;
        for (int i = 0; i < operations.size(); i++) {
            OperationCode.Statement statement = code.statement(operations.get(i));
            if (i > 0 && (statement.standsApart() || previousApart)) {
                body.add("\n");
            }
            body.add(statement.code());
            previousApart = statement.standsApart();
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder(name).addParameter(SCHEMA_CHANGES, "schema");
        if (overrides) {
            method.addAnnotation(Override.class).addModifiers(Modifier.PUBLIC);
        } else {
            method.addModifiers(Modifier.PRIVATE);
        }
        return method.addCode(body.build()).build();
    }

    private static CodeBlock javadoc(MigrationSpec spec, List<ClassifiedOperation> up,
            List<ClassifiedOperation> down) {
        CodeBlock.Builder doc = CodeBlock.builder().add("$L:\n<ul>\n", spec.description());
        for (Change change : spec.diff().changes()) {
            if (change.kind().needsMigration()) {
                String note = change.kind() == Change.Kind.NEEDS_APPROVAL ? " (can lose data: needs approval)"
                        : change.kind() == Change.Kind.DROPPED ? " (destructive: decided in the source)" : "";
                doc.add("  <li>$L$L</li>\n", CommentText.javadoc(change.description()), note);
            }
        }
        doc.add("</ul>\n")
                .add("\n<p>Generated by schemac from the entities and the snapshot. Review it before it is applied;\n")
                .add("it may be edited, for example to add a backfill ({@code schema.sql(\"update ...\")}).\n");
        doc.add("\n<p>Classified with online mode, the runtime's default; each operation that is not safe has a\n")
                .add("comment with its class (blocking-lock, data-dependent or destructive).\n")
                .add("Up: $L.\nDown: $L.\n", ClassificationText.counts(up), ClassificationText.counts(down));
        if (spec.diff().changes().stream().anyMatch(c -> c.kind() == Change.Kind.DROPPED)) {
            doc.add("\n<p><b>Destructive.</b> This migration drops data that a person decided to drop with\n")
                    .add("{@code @DropColumn} or {@code @DropTable}; their reason is its approval. Once applied, the\n")
                    .add("data is gone: restore it from a backup if needed.\n");
        }
        boolean approvals = Stream.concat(spec.diff().up().stream(), spec.diff().down().stream())
                .anyMatch(OperationCode::needsApproval);
        if (approvals) {
            doc.add("\n<p>Operations that can lose data are refused until a person approves them with\n")
                    .add("{@code approveDataLoss(\"<reason>\")} ({@code import static $L.approveDataLoss;}).\n",
                            OperationCode.APPROVAL.canonicalName())
                    .add("schemac never approves them itself.\n");
        }
        return doc.build();
    }
}
