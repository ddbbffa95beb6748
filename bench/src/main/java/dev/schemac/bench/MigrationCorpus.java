package dev.schemac.bench;

import dev.schemac.SchemaChanges;
import dev.schemac.internal.index.IndexEntry;
import dev.schemac.internal.index.MigrationIndex;
import dev.schemac.internal.sql.SqlRenderer;
import dev.schemac.processor.write.MigrationSource;
import dev.schemac.processor.write.MigrationSources;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * N migrations, each creating a table with a primary key and an index, in three equal forms: schemac migration
 * classes with their index (compiled, as a build would), Flyway SQL files, and the plain statement lists, all with
 * the SQL schemac renders, so every engine runs exactly the same DDL.
 */
final class MigrationCorpus {
    static final String PACKAGE = "bench.migration";

    final Path dir;
    final List<List<String>> statements;

    private MigrationCorpus(Path dir, List<List<String>> statements) {
        this.dir = dir;
        this.statements = statements;
    }

    static MigrationCorpus create(int count) throws IOException {
        Path dir = Files.createTempDirectory("schemac-bench-migrations");
        Path sources = Files.createDirectories(dir.resolve("src/" + PACKAGE.replace('.', '/')));
        Path flyway = Files.createDirectories(dir.resolve("flyway"));
        List<List<String>> statements = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Files.writeString(sources.resolve(className(i) + ".java"), source(i));
        }
        Path classes = compile(dir, sources);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                MigrationCorpus.class.getClassLoader())) {
            for (int i = 1; i <= count; i++) {
                SchemaChanges changes = new SchemaChanges();
                ((dev.schemac.Migration) loader.loadClass(PACKAGE + "." + className(i)).getConstructor()
                        .newInstance()).up(changes);
                List<String> sql = new SqlRenderer().render(changes.operations());
                statements.add(sql);
                Files.writeString(flyway.resolve("V" + i + "__Create_t" + i + ".sql"),
                        String.join(";\n", sql) + ";\n");
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        List<IndexEntry> entries = new ArrayList<>();
        for (MigrationSource m : MigrationSources.scan(sources, PACKAGE)) {
            entries.add(new IndexEntry(m.version(), m.description(), m.checksum(), m.className()));
        }
        Path index = classes.resolve("META-INF/schemac/migrations.idx");
        Files.createDirectories(index.getParent());
        Files.writeString(index, new MigrationIndex(entries).format(), StandardCharsets.UTF_8);
        return new MigrationCorpus(dir, statements);
    }

    Path classes() {
        return dir.resolve("classes");
    }

    Path flyway() {
        return dir.resolve("flyway");
    }

    private static String className(int i) {
        return "V" + i + "__CreateT" + i;
    }

    private static String source(int i) {
        return """
                package %1$s;

                import static dev.schemac.schema.Column.column;
                import static dev.schemac.schema.ColumnType.BIGINT;
                import static dev.schemac.schema.ColumnType.timestamptz;
                import static dev.schemac.schema.ColumnType.varchar;
                import static dev.schemac.schema.Index.index;
                import static dev.schemac.schema.Table.table;

                import dev.schemac.Migration;
                import dev.schemac.SchemaChanges;

                public final class %2$s implements Migration {
                    @Override
                    public void up(SchemaChanges schema) {
                        schema.createTable(table("t%3$d")
                                .column(column("id", BIGINT).notNull())
                                .column(column("name", varchar(100)).notNull())
                                .column(column("created_at", timestamptz(6)))
                                .primaryKey("t%3$d_pkey", "id"));
                        schema.createIndex("t%3$d", index("t%3$d_name_idx", "name"));
                    }
                }
                """.formatted(PACKAGE, className(i), i);
    }

    private static Path compile(Path dir, Path sources) throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
                var files = Files.list(sources)) {
            List<Path> list = files.toList();
            boolean ok = javac.getTask(null, fm, null, List.of("-d", classes.toString(), "-proc:none", "-classpath",
                    System.getProperty("java.class.path")), null, fm.getJavaFileObjectsFromPaths(list)).call();
            if (!ok) {
                throw new IllegalStateException("migration corpus did not compile");
            }
        }
        return classes;
    }

    /** The class path a child JVM needs to run the corpus. */
    String childClasspath() {
        return classes() + File.pathSeparator + System.getProperty("java.class.path");
    }
}
