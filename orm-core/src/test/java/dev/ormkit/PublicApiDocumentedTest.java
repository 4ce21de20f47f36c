package dev.ormkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public and protected type, constructor, method, field and enum constant of the
 * expression language and the schema has a doc comment: the sources of {@code dev.ormkit.sql}
 * and {@code dev.ormkit.schema} (and their sub-packages) are compiled with javac's own doc
 * checker ({@code -Xdoclint:missing/protected}), which knows what is implicitly public, what an
 * override inherits and what a record declares. Only missing comments fail the build; missing
 * {@code @param} and {@code @return} tags do not, as the one-line style of these docs leaves
 * them out.
 */
class PublicApiDocumentedTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final List<String> PACKAGES = List.of("dev/ormkit/sql", "dev/ormkit/schema");

    @Test
    void everyPublicMemberOfSqlAndSchemaHasADocComment(@TempDir Path out) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String pkg : PACKAGES) {
            try (Stream<Path> walk = Files.walk(SOURCES.resolve(pkg))) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
            }
        }
        assertThat(files).as("the sources this check reads").hasSizeGreaterThan(50);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> missing = new ArrayList<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of(
                    "-Xdoclint:missing/protected",
                    "-Xdoclint/package:dev.ormkit.sql,dev.ormkit.sql.*,dev.ormkit.schema,dev.ormkit.schema.*",
                    "-Xmaxwarns", "100000",
                    "-proc:none", "-implicit:none",
                    "-classpath", System.getProperty("java.class.path"),
                    "-d", out.toString());
            boolean compiled = javac.getTask(new StringWriter(), fm, diagnostics, options, null,
                    fm.getJavaFileObjectsFromPaths(files)).call();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                String message = d.getMessage(Locale.ROOT);
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    missing.add("error: " + message);
                } else if (message.contains("no comment") && d.getSource() != null) {
                    missing.add(SOURCES.toAbsolutePath().relativize(Path.of(d.getSource().toUri())) + ":" + d.getLineNumber());
                }
            }
            assertThat(compiled).as("the sources compile: %s", missing).isTrue();
        }
        assertThat(missing).as("public or protected declarations without a doc comment").isEmpty();
    }
}
