package dev.ormkit.migrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.ormkit.schema.MetaData;
import org.jspecify.annotations.Nullable;

/**
 * A new revision being written, Alembic's {@code revision} command:
 * {@code migrator.revision("add bio to users").autogenerate(metadata).writeTo(Path.of("src/main/java"))}.
 * Without {@link #autogenerate} the revision's methods are empty, to be filled in by hand. The
 * source is meant to be read and edited before it is applied.
 */
public final class RevisionWriter {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Migrator migrator;
    private final String message;
    private String id;
    private @Nullable List<String> down;
    private @Nullable String head;
    private final List<String> branchLabels = new ArrayList<>();
    private @Nullable String packageName;
    private @Nullable String className;
    private @Nullable List<SchemaDiff> diffs;

    RevisionWriter(Migrator migrator, String message) {
        this.migrator = migrator;
        this.message = message;
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        this.id = HexFormat.of().formatHex(bytes); // 12 hex digits, as Alembic's ids
    }

    /** Fills the revision with what it takes to bring the database to {@code metadata}; the database must be at head. */
    public RevisionWriter autogenerate(MetaData metadata) {
        List<String> heads = migrator.heads();
        List<String> current = migrator.current();
        if (!new HashSet<>(heads).equals(new HashSet<>(current))) {
            throw new MigrationException("Target database is not up to date: it is at " + Migrator.describe(current)
                    + ", the revisions' heads are " + Migrator.describe(heads) + "; upgrade it before autogenerating");
        }
        this.diffs = migrator.compare(metadata);
        return this;
    }

    /** The revision id instead of a random one. */
    public RevisionWriter id(String revisionId) {
        this.id = revisionId;
        return this;
    }

    /** The head to build on, where there are several (Alembic's {@code --head}). */
    public RevisionWriter head(String revision) {
        this.head = revision;
        return this;
    }

    /** A branch label for the revision (Alembic's {@code --branch-label}). */
    public RevisionWriter branchLabel(String label) {
        branchLabels.add(label);
        return this;
    }

    /** The package to write into; the migrator's first package by default. */
    public RevisionWriter packageName(String name) {
        this.packageName = name;
        return this;
    }

    /** The class name; made from the message by default ({@code "add bio"} -> {@code AddBio}). */
    public RevisionWriter className(String name) {
        this.className = name;
        return this;
    }

    RevisionWriter down(List<String> revisions) {
        this.down = List.copyOf(revisions);
        return this;
    }

    public String id() {
        return id;
    }

    /** How many changes autogenerate found (0 without autogenerate). */
    public int changeCount() {
        return diffs == null ? 0 : diffs.size();
    }

    /** The revision's Java source. */
    public String source() {
        return javaFile().toString();
    }

    /** Writes the source under {@code sourceRoot} in its package's directory and returns the file. */
    public Path writeTo(Path sourceRoot) {
        JavaFile file = javaFile();
        Path target = sourceRoot.resolve(file.packageName().replace('.', '/')).resolve(file.typeSpec().name() + ".java");
        if (Files.exists(target)) {
            throw new MigrationException(target + " exists already; give the revision another message or class name");
        }
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
        migrator.reload();
        return target;
    }

    private List<String> downRevisions() {
        if (down != null) {
            return down;
        }
        if (head != null) {
            return List.of(migrator.graph().resolve(head));
        }
        List<String> heads = migrator.heads();
        if (heads.size() > 1) {
            throw new MigrationException("Multiple heads are present " + heads + "; please specify the head revision on"
                    + " which the new revision should be based (head(...), --head), or perform a merge");
        }
        return heads;
    }

    private JavaFile javaFile() {
        List<String> downs = downRevisions();
        String pkg = packageName != null ? packageName : migrator.packages().get(0);
        String name = className != null ? className : classNameFor(message, id);
        ClassName revision = ClassName.get(Revision.class);
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(Revision.class).addMember("id", "$S", id);
        if (downs.isEmpty()) {
            annotation.addMember("down", "$T.BASE", revision);
        } else if (downs.size() == 1) {
            annotation.addMember("down", "$S", downs.get(0));
        } else {
            annotation.addMember("down", "{$L}", strings(downs));
        }
        annotation.addMember("message", "$S", message);
        if (!branchLabels.isEmpty()) {
            annotation.addMember("branchLabels", "{$L}", strings(branchLabels));
        }
        CodeBlock.Builder up = CodeBlock.builder();
        CodeBlock.Builder downCode = CodeBlock.builder();
        if (diffs != null && !diffs.isEmpty()) {
            up.add("// generated by autogenerate: review before applying\n");
            downCode.add("// generated by autogenerate: review before applying\n");
            for (SchemaDiff d : diffs) {
                d.upgrade(up);
            }
            for (int i = diffs.size() - 1; i >= 0; i--) {
                diffs.get(i).downgrade(downCode);
            }
        } else if (diffs != null) {
            up.add("// autogenerate found no changes\n");
        }
        TypeSpec type = TypeSpec.classBuilder(name)
                .addJavadoc("$L\n\n<p>Revision $L, after $L.\n", message.isEmpty() ? "A revision." : message, id,
                        downs.isEmpty() ? "base" : String.join(", ", downs))
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(annotation.build())
                .addSuperinterface(Migration.class)
                .addMethod(method("upgrade", up.build()))
                .addMethod(method("downgrade", downCode.build()))
                .build();
        return JavaFile.builder(pkg, type).indent("    ").skipJavaLangImports(true).build();
    }

    private static MethodSpec method(String name, CodeBlock body) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .addParameter(Operations.class, "op").addCode(body).build();
    }

    private static CodeBlock strings(List<String> values) {
        List<CodeBlock> parts = new ArrayList<>();
        values.forEach(v -> parts.add(CodeBlock.of("$S", v)));
        return CodeBlock.join(parts, ", ");
    }

    /** {@code "Add bio to users!"} -> {@code AddBioToUsers}; a message without letters gives {@code Revision<id>}. */
    static String classNameFor(String message, String id) {
        StringBuilder s = new StringBuilder();
        for (String word : message.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                s.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        if (s.length() == 0 || !Character.isJavaIdentifierStart(s.charAt(0))) {
            s.insert(0, "Revision" + id.toUpperCase(Locale.ROOT).substring(0, Math.min(4, id.length())));
        }
        return s.toString();
    }
}
